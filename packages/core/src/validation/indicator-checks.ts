import type { IssuePath } from '../issues/issue.js';
import type { Indicator, Observation } from '../model/indicator.js';
import { type CheckContext, report } from './context.js';
import { checkStatPeriod } from './dates.js';
import { at } from './path.js';
import { checkAreaRef, checkFrameworkGoalRefs, checkIndicatorRef } from './references.js';
import type { Loose } from './sound-view.js';
import { checkUrl } from './urls.js';

/** Checks one indicator: its source address, goals and target period. */
export function checkIndicator(indicator: Loose<Indicator>, path: IssuePath, ctx: CheckContext): void {
  checkUrl(indicator.source?.url, ctx, path, 'source', 'url');
  checkFrameworkGoalRefs(indicator.goals, ctx, path, 'goals');
  checkStatPeriod(indicator.target?.period, ctx, path, 'target', 'period');
  const target = indicator.target?.value;
  if (indicator.unit === 'percent' && target !== undefined && !isPercent(target)) {
    report(ctx, 'error', 'value.percent-range', at(path, 'target', 'value'), { value: target });
  }
}

function isPercent(value: number): boolean {
  return value >= 0 && value <= 100;
}

/** Checks one observation: its indicator and area, its period, and whether its value is possible. */
export function checkObservation(observation: Loose<Observation>, path: IssuePath, ctx: CheckContext): void {
  checkIndicatorRef(observation.indicator, ctx, path, 'indicator');
  checkAreaRef(observation.area, ctx, path, 'area');
  checkStatPeriod(observation.period, ctx, path, 'period');
  checkUrl(observation.source?.url, ctx, path, 'source', 'url');
  const { status, value } = observation;
  // A value is checked only when it passed the structure check, and against only what passed it too.
  if (value === undefined) return;
  if ((status === 'suppressed' || status === 'missing') && value !== null) {
    report(ctx, 'error', 'value.not-null', at(path, 'value'), { status });
  } else if ((status === 'ok' || status === 'preliminary') && value === null) {
    report(ctx, 'error', 'value.null', at(path, 'value'), { status });
  }
  const lower = observation.ci?.lower;
  const upper = observation.ci?.upper;
  if (lower !== undefined && upper !== undefined) {
    if (lower > upper) {
      report(ctx, 'error', 'value.ci-order', at(path, 'ci'), { lower, upper });
    } else if (value !== null && (value < lower || value > upper)) {
      report(ctx, 'error', 'value.outside-ci', at(path, 'value'), { value, lower, upper });
    }
  }
  if (value === null || observation.indicator === undefined) return;
  const unit = ctx.indicators?.get(observation.indicator)?.unit;
  if (unit === 'percent' && !isPercent(value)) {
    report(ctx, 'error', 'value.percent-range', at(path, 'value'), { value });
  } else if (unit === 'count' && value < 0) {
    report(ctx, 'error', 'value.negative-count', at(path, 'value'), { value });
  }
}

/** Observations must be unique by indicator, area, period and sex. */
export function checkDuplicateObservations(
  observations: readonly (Loose<Observation> | undefined)[],
  path: IssuePath,
  ctx: CheckContext,
): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    // Two figures are the same only when every part of the key is known.
    if (
      !o ||
      o.indicator === undefined ||
      o.area === undefined ||
      o.period === undefined ||
      o.sex === undefined
    )
      continue;
    const key = `${o.indicator}|${o.area}|${o.period}|${o.sex}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      report(ctx, 'error', 'duplicate.observation', at(path, i), {
        indicator: o.indicator,
        area: o.area,
        period: o.period,
        sex: o.sex,
        first,
      });
    }
  }
}
