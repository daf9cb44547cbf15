import type { ActivityStatus, AgreementStatus, Sex } from '../model/index.js';
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

const ACTIVITY_STATUS: Record<Lang, Record<ActivityStatus, string>> = {
  sv: {
    planned: 'planerad',
    ongoing: 'pågår',
    completed: 'genomförd',
    paused: 'pausad',
    cancelled: 'avbruten',
  },
  en: {
    planned: 'planned',
    ongoing: 'ongoing',
    completed: 'completed',
    paused: 'paused',
    cancelled: 'cancelled',
  },
};

/** An activity status in words, lower case (`planerad`, `pågår`, `genomförd` …); an unknown code is returned as it is. */
export function activityStatusLabel(status: ActivityStatus | string, lang: Lang = 'sv'): string {
  const table = ACTIVITY_STATUS[asLang(lang)] as Record<string, string>;
  const code = String(status);
  return Object.hasOwn(table, code) ? table[code]! : code;
}

const AGREEMENT_STATUS: Record<Lang, Record<AgreementStatus, string>> = {
  sv: {
    draft: 'utkast',
    decided: 'beslutad',
    signed: 'undertecknad',
    'in-progress': 'pågår',
    ended: 'avslutad',
  },
  en: { draft: 'draft', decided: 'decided', signed: 'signed', 'in-progress': 'in progress', ended: 'ended' },
};

/** A handslag's status in words, lower case (`utkast`, `beslutad`, `undertecknad`, `pågår`, `avslutad`). */
export function agreementStatusLabel(status: AgreementStatus | string, lang: Lang = 'sv'): string {
  const table = AGREEMENT_STATUS[asLang(lang)] as Record<string, string>;
  const code = String(status);
  return Object.hasOwn(table, code) ? table[code]! : code;
}
