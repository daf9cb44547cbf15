import type { Indicator } from '../model/indicator.js';

// Words for children and young people in Swedish and English, as indicator titles and populations use them.
const YOUNG =
  /(ungdom|\bunga\b|elev|barn|flick|pojk|tjej|kill|skol|årskurs|gymnasi|högstadi|youth|young people|pupil|child|girl|boy)/i;
// "Unga vuxna" (16–29) are adults: their figures are for women and men.
const YOUNG_ADULT = /unga vuxna|young adult/i;

/**
 * Whether an indicator is about children or young people, judged from its population and title, so that its
 * figures by sex are told as girls and boys ("flickor", "pojkar") rather than women and men. Summaries, charts
 * and tables ask this one question, so they never disagree about the same indicator.
 */
export function isAboutYoungPeople(indicator: Indicator): boolean {
  const text = [indicator.population?.sv, indicator.population?.en, indicator.title?.sv, indicator.title?.en]
    .filter((part) => typeof part === 'string')
    .join(' ');
  return YOUNG.test(text) && !YOUNG_ADULT.test(text);
}
