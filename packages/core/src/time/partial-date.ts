/**
 * Dates known to the year, month or day (`2027`, `2027-03`, `2027-03-15`) compared as the span of days they cover:
 * "revision in 2027" is not overdue until 2027 has ended, and is not before a plan period that starts in 2027-04.
 */

/** The first and last calendar day a partial date covers, as `YYYY-MM-DD`, or undefined when it is not a date. */
export function partialDateSpan(value: string): { first: string; last: string } | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match as unknown as [string, string, string | undefined, string | undefined];
  const year = Number(y);
  if (m === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  const days = daysInMonth(year, month);
  if (d === undefined) return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(days).padStart(2, '0')}` };
  const day = Number(d);
  if (day < 1 || day > days) return undefined;
  return { first: value, last: value };
}

/** True when the string is a real calendar date at year, month or day precision (rejects 2026-02-30). */
export function isPartialDate(value: string): boolean {
  return partialDateSpan(value) !== undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date as `YYYY-MM-DD` in UTC for a clock value (a Date, an ISO string or epoch milliseconds). */
export function toIsoDay(now: Date | string | number): string {
  const date = now instanceof Date ? now : new Date(now);
  return date.toISOString().slice(0, 10);
}

/** True when the whole of a partial date lies before the day `today` (`YYYY-MM-DD`). */
export function isPast(value: string, today: string): boolean {
  const span = partialDateSpan(value);
  return span !== undefined && span.last < today;
}

/** Orders partial dates by their first day, then by precision (a year before its own months). */
export function comparePartialDates(a: string, b: string): number {
  const sa = partialDateSpan(a);
  const sb = partialDateSpan(b);
  if (!sa || !sb) return a < b ? -1 : a > b ? 1 : 0;
  if (sa.first !== sb.first) return sa.first < sb.first ? -1 : 1;
  return sa.last < sb.last ? 1 : sa.last > sb.last ? -1 : 0;
}

/** The start and end years of a statistical period (`2023` or `2019-2023`). */
export function periodYears(period: string): { start: number; end: number } | undefined {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  return { start, end };
}
