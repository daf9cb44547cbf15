import type { IssuePath } from '../issues/issue.js';
import { partialDateSpan, periodYears } from '../time/partial-date.js';
import { type CheckContext, report } from './context.js';
import { at, type PathKey } from './path.js';
import { fieldName } from './structure-issues.js';

type Span = { first: string; last: string } | undefined;

/** The span of a partial date, remembered per validation (datasets repeat the same few dates thousands of times). */
export function spanOf(value: string, ctx: CheckContext): Span {
  if (!ctx.spans) ctx.spans = new Map<string, Span>();
  const cache = ctx.spans;
  if (cache.has(value)) return cache.get(value);
  const span = partialDateSpan(value);
  cache.set(value, span);
  return span;
}

/** A partial date (`2027`, `2027-03`, `2027-03-15`) must be a real calendar date: 2026-02-30 is not. */
export function checkPartialDate(
  value: string | undefined,
  ctx: CheckContext,
  base: IssuePath,
  a?: PathKey,
  b?: PathKey,
  c?: PathKey,
): boolean {
  if (value === undefined || spanOf(value, ctx) !== undefined) return true;
  const path = at(base, a, b, c);
  report(ctx, 'error', 'date.invalid', path, { field: fieldName(path), value: JSON.stringify(value) });
  return false;
}

/** A validity, period or duration under `base[key]`: real dates, and the end not before the start. */
export function checkValidity(
  validity: { start?: string | undefined; end?: string | undefined } | undefined,
  ctx: CheckContext,
  base: IssuePath,
  key: PathKey,
): void {
  if (!validity) return;
  const startOk = checkPartialDate(validity.start, ctx, base, key, 'start');
  const endOk = checkPartialDate(validity.end, ctx, base, key, 'end');
  if (!startOk || !endOk || validity.start === undefined || validity.end === undefined) return;
  const start = spanOf(validity.start, ctx)!;
  const end = spanOf(validity.end, ctx)!;
  if (end.last < start.first) {
    report(ctx, 'error', 'date.end-before-start', at(base, key, 'end'), {
      start: validity.start,
      end: validity.end,
    });
  }
}

/** A statistical period such as `2019-2023` must not end before it starts. */
export function checkStatPeriod(
  period: string | undefined,
  ctx: CheckContext,
  base: IssuePath,
  a?: PathKey,
  b?: PathKey,
): void {
  if (period === undefined || period.length === 4) return;
  const years = periodYears(period);
  if (years && years.end < years.start)
    report(ctx, 'error', 'period.end-before-start', at(base, a, b), { value: period });
}
