/** The languages the CLI speaks: Swedish by default, English with `--lang en`. */
export type Lang = 'sv' | 'en';

export const LANGS: readonly Lang[] = ['sv', 'en'];

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A whole number as people read it: `1 234` in Swedish (with a non-breaking space), `1,234` in English. */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** A word in singular and plural, per language. */
export type Noun = Record<Lang, readonly [one: string, many: string]>;

/** `3 fel`, `1 varning`, `2 warnings`: a count with the word in the right number. */
export function countOf(lang: Lang, value: number, noun: Noun): string {
  const [one, many] = noun[lang];
  return `${formatNumber(lang, value)} ${value === 1 ? one : many}`;
}

/** Nouns the reports count. */
export const nouns = {
  file: { sv: ['fil', 'filer'], en: ['file', 'files'] },
  valid: { sv: ['giltig', 'giltiga'], en: ['valid', 'valid'] },
  invalid: { sv: ['ogiltig', 'ogiltiga'], en: ['invalid', 'invalid'] },
  unreadable: { sv: ['oläslig', 'oläsliga'], en: ['unreadable', 'unreadable'] },
  error: { sv: ['fel', 'fel'], en: ['error', 'errors'] },
  warning: { sv: ['varning', 'varningar'], en: ['warning', 'warnings'] },
  framework: { sv: ['ramverk', 'ramverk'], en: ['framework', 'frameworks'] },
  organisation: { sv: ['organisation', 'organisationer'], en: ['organisation', 'organisations'] },
  plan: { sv: ['handlingsplan', 'handlingsplaner'], en: ['action plan', 'action plans'] },
  activity: { sv: ['aktivitet', 'aktiviteter'], en: ['activity', 'activities'] },
  agreement: { sv: ['handslag', 'handslag'], en: ['agreement', 'agreements'] },
  indicator: { sv: ['indikator', 'indikatorer'], en: ['indicator', 'indicators'] },
  observation: { sv: ['observation', 'observationer'], en: ['observation', 'observations'] },
  row: { sv: ['rad', 'rader'], en: ['row', 'rows'] },
} satisfies Record<string, Noun>;

/** Joins a list as prose: `a, b och c` / `a, b and c`. */
export function joinList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}
