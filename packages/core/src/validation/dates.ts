import type { IssuePath } from '../issues/issue.js';
import { partialDateSpan, periodYears } from '../time/partial-date.js';
import { type CheckContext, report } from './context.js';
import { fieldName } from './zod-issues.js';

/** A partial date (`2027`, `2027-03`, `2027-03-15`) must be a real calendar date: 2026-02-30 is not. */
export function checkPartialDate(value: string | undefined, path: IssuePath, ctx: CheckContext): boolean {
  if (value === undefined) return true;
  if (partialDateSpan(value) !== undefined) return true;
  report(ctx, 'error', 'date.invalid', path, { field: fieldName(path), value: JSON.stringify(value) });
  return false;
}

/** A validity, period or duration: real dates, and the end not before the start. */
export function checkValidity(
  validity: { start?: string | undefined; end?: string | undefined } | undefined,
  path: IssuePath,
  ctx: CheckContext,
): void {
  if (!validity) return;
  const startOk = checkPartialDate(validity.start, [...path, 'start'], ctx);
  const endOk = checkPartialDate(validity.end, [...path, 'end'], ctx);
  if (!startOk || !endOk || validity.start === undefined || validity.end === undefined) return;
  const start = partialDateSpan(validity.start)!;
  const end = partialDateSpan(validity.end)!;
  if (end.last < start.first) {
    report(ctx, 'error', 'date.end-before-start', [...path, 'end'], {
      start: validity.start,
      end: validity.end,
    });
  }
}

/** A statistical period such as `2019-2023` must not end before it starts. */
export function checkStatPeriod(period: string | undefined, path: IssuePath, ctx: CheckContext): void {
  if (period === undefined) return;
  const years = periodYears(period);
  if (years && years.end < years.start)
    report(ctx, 'error', 'period.end-before-start', path, { value: period });
}
