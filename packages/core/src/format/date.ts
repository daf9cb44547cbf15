import { partialDateSpan } from '../time/partial-date.js';
import { dateTimeFormat } from './intl.js';
import { asLang, type Lang, localeOf } from './lang.js';

/**
 * A date known to the day, month or year as people read it: `17 april 2026` / `17 April 2026`, `mars 2027` /
 * `March 2027`, `2027`. A full timestamp is shown as its UTC day. Text that is not a date is returned unchanged.
 */
export function formatDate(value: string | null | undefined, lang: Lang = 'sv'): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  const day = /^\d{4}-\d{2}-\d{2}T/.test(trimmed) ? trimmed.slice(0, 10) : trimmed;
  const span = partialDateSpan(day);
  if (!span) return value;
  const locale = localeOf(asLang(lang));
  const date = new Date(`${span.first}T00:00:00Z`);
  if (day.length === 4) return day;
  const options: Intl.DateTimeFormatOptions =
    day.length === 7
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return dateTimeFormat(locale, options).format(date);
}

/** A statistical period with an en dash: `2019-2023` → `2019–2023`; a single year stays as it is. */
export function formatPeriod(period: string | null | undefined): string {
  if (typeof period !== 'string') return '';
  const match = /^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$/.exec(period);
  return match ? `${match[1]}–${match[2]}` : period.trim();
}
