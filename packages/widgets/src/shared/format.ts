import { localeOf as coreLocaleOf, formatDate, numberFormat } from '@dhol/core';
import type { Lang } from '../i18n/index.js';

/** The `Intl` locale for a language (`sv-SE`, `en-GB`). */
export function localeOf(lang: Lang): string {
  return coreLocaleOf(lang);
}

/** A date known to the day, month or year as people read it: `17 april 2026`, `mars 2027`, `2027` (core's). */
export function formatPartialDate(value: string | undefined, lang: Lang): string {
  return formatDate(value, lang);
}

/**
 * A number as the language writes it (`1 234` with a non-breaking space in Swedish), with core's cached
 * formatter; message parameters (strings or numbers) are read as numbers.
 */
export function formatCount(value: unknown, lang: Lang): string {
  return numberFormat(localeOf(lang)).format(Number(value));
}
