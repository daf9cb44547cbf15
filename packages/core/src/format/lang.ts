/** The languages dhol speaks: Swedish (the default) and English. */
export type Lang = 'sv' | 'en';

/** The `Intl` locale for a language: `sv-SE` for Swedish, `en-GB` for English. */
export function localeOf(lang: Lang | undefined): string {
  return lang === 'en' ? 'en-GB' : 'sv-SE';
}

/** Reads any value as a language, falling back to Swedish for anything but `en`. */
export function asLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'sv';
}
