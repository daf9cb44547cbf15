import { dateTimeFormat, formatDate, localeOf, numberFormat } from '@dhol/core';
import type { Lang } from '../i18n/messages.js';

/** A count as the language writes it (`1 234` with a no-break space in Swedish), with core's cached formatter. */
export function formatCount(value: number, lang: Lang): string {
  return numberFormat(localeOf(lang)).format(value);
}

/** A moment as people read it in a list of drafts: `24 nov. 2026 14:03`. */
export function formatMoment(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A date known to the day, month or year: `17 april 2026`, `mars 2027`, `2027` (core's wording). */
export function formatPartialDate(value: string | undefined, lang: Lang): string {
  return formatDate(value, lang);
}
