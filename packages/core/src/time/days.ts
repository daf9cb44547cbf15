/**
 * Calendar arithmetic on days written `YYYY-MM-DD`, in UTC so that a day never shifts with the reader's time zone.
 */

function parts(day: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function write(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after (or, when negative, before) `day`; undefined when `day` is not a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string | undefined {
  const p = parts(day);
  if (!p || !Number.isFinite(days)) return undefined;
  return write(new Date(Date.UTC(p[0], p[1] - 1, p[2] + Math.trunc(days))));
}

/**
 * The same day `months` calendar months earlier, clamped to the month's last day: six months before 2026-08-31 is
 * 2026-02-28. Undefined when `day` is not a `YYYY-MM-DD` day.
 */
export function subtractMonths(day: string, months: number): string | undefined {
  const p = parts(day);
  if (!p || !Number.isFinite(months)) return undefined;
  const first = new Date(Date.UTC(p[0], p[1] - 1 - Math.trunc(months), 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return write(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(p[2], last))));
}
