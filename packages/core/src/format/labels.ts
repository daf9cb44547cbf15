import type { Sex } from '../model/index.js';
import { asLang, type Lang } from './lang.js';

export interface SexLabelOptions {
  /** Say girls and boys (flickor, pojkar) instead of women and men, for indicators about children and youth. */
  young?: boolean;
  /** Start with a capital letter, as in a table heading. */
  capitalised?: boolean;
}

const LABELS: Record<Lang, Record<'adult' | 'young', Record<Sex, string>>> = {
  sv: {
    adult: { T: 'totalt', K: 'kvinnor', M: 'män' },
    young: { T: 'totalt', K: 'flickor', M: 'pojkar' },
  },
  en: {
    adult: { T: 'total', K: 'women', M: 'men' },
    young: { T: 'total', K: 'girls', M: 'boys' },
  },
};

/**
 * The word for a sex as statistics use it: `T` totalt/total, `K` kvinnor/women (flickor/girls when young),
 * `M` män/men (pojkar/boys). Lower case unless `capitalised`; an unknown code is returned as it is.
 */
export function sexLabel(sex: Sex | string, lang: Lang = 'sv', options: SexLabelOptions = {}): string {
  const table = LABELS[asLang(lang)][options?.young ? 'young' : 'adult'];
  const code = typeof sex === 'object' && sex !== null ? '' : String(sex);
  // Own keys only: a code such as `toString` must not find Object.prototype's function.
  const label = Object.hasOwn(table, code) ? (table as Record<string, string>)[code]! : code;
  return options?.capitalised ? label.charAt(0).toLocaleUpperCase(asLang(lang)) + label.slice(1) : label;
}
