import type { Indicator, Observation, ObservationStatus, Polarity, Sex } from '../model/index.js';
import { periodYears } from '../time/partial-date.js';

/** One published figure, read honestly: `value` is null whenever the source gives no usable number. */
export interface Figure {
  area: string;
  period: string;
  sex: Sex;
  /** The value when the observation has one and is not suppressed or missing; otherwise null (never zero). */
  value: number | null;
  status: ObservationStatus;
  ci?: { lower: number; upper: number; level?: number };
  count?: number;
}

/** An indicator given as the object (with its polarity) or only by id (then treated as neutral). */
export type IndicatorRef = Indicator | string;

export function indicatorId(indicator: IndicatorRef | undefined | null): string | undefined {
  if (typeof indicator === 'string') return indicator;
  return typeof indicator?.id === 'string' ? indicator.id : undefined;
}

export function polarityOf(indicator: IndicatorRef | undefined | null): Polarity {
  return typeof indicator === 'object' && indicator?.polarity ? indicator.polarity : 'neutral';
}

/** True when the figure carries a number to show and compare. */
export function hasValue(figure: Figure | undefined): figure is Figure & { value: number } {
  return figure !== undefined && figure.value !== null;
}

export function toFigure(observation: Observation): Figure {
  const usable =
    (observation.status === 'ok' || observation.status === 'preliminary') &&
    typeof observation.value === 'number' &&
    Number.isFinite(observation.value);
  const status: ObservationStatus =
    !usable && (observation.status === 'ok' || observation.status === 'preliminary')
      ? 'missing'
      : observation.status;
  const ci = observation.ci;
  const validCi =
    ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper) && ci.lower <= ci.upper ? ci : undefined;
  return {
    area: observation.area,
    period: observation.period,
    sex: observation.sex,
    value: usable ? (observation.value as number) : null,
    status,
    ...(usable && validCi ? { ci: validCi } : {}),
    ...(typeof observation.count === 'number' ? { count: observation.count } : {}),
  };
}

/** The well-formed observations of one indicator (bad entries are skipped, never thrown on). */
export function observationsOf(
  observations: readonly Observation[] | undefined | null,
  indicator: IndicatorRef | undefined | null,
): Observation[] {
  const id = indicatorId(indicator);
  if (!Array.isArray(observations) || id === undefined) return [];
  return observations.filter(
    (o): o is Observation =>
      !!o &&
      typeof o === 'object' &&
      o.indicator === id &&
      typeof o.area === 'string' &&
      typeof o.period === 'string' &&
      (o.sex === 'T' || o.sex === 'K' || o.sex === 'M'),
  );
}

/** Orders statistical periods by their last year, then their first (so `2019-2023` sorts just before `2023`). */
export function comparePeriods(a: string, b: string): number {
  const ya = periodYears(a);
  const yb = periodYears(b);
  if (!ya || !yb) return ya ? -1 : yb ? 1 : a.localeCompare(b);
  return ya.end - yb.end || ya.start - yb.start;
}

/** The latest period an area has any observation for. */
export function latestPeriod(observations: readonly Observation[], area: string): string | undefined {
  const periods = observations.filter((o) => o.area === area).map((o) => o.period);
  return periods.sort(comparePeriods).at(-1);
}

/** Whether two values differ beyond doubt: both intervals known and not overlapping. Undefined without both. */
export function intervalsClear(a: Figure, b: Figure): boolean | undefined {
  if (!a.ci || !b.ci) return undefined;
  return a.ci.lower > b.ci.upper || a.ci.upper < b.ci.lower;
}

/** Rounds a value to the decimals the indicator is shown with (one by default), so `same` means "looks the same". */
export function roundTo(value: number, decimals: number | undefined): number {
  const d = decimals === undefined ? 1 : Math.min(6, Math.max(0, decimals));
  const factor = 10 ** d;
  return Math.round(value * factor) / factor;
}

/**
 * A verdict on a value against another from the indicator's polarity: `better`, `worse`, `same` (equal when
 * rounded), `unclear` (a value is missing, or the confidence intervals overlap) or `different` (a clear
 * difference for an indicator with no better direction). Never "up" or "down".
 */
export type Verdict = 'better' | 'worse' | 'same' | 'unclear' | 'different';

/** One value compared with another. */
export interface Difference {
  /** This value minus the other; undefined when either has no value. */
  difference?: number;
  /** Non-overlapping confidence intervals: true; overlapping: false; undefined when either has none. */
  isClear?: boolean;
  verdict: Verdict;
}

export function differenceOf(
  value: Figure | undefined,
  other: Figure | undefined,
  polarity: Polarity,
  decimals: number | undefined,
): Difference {
  if (!hasValue(value) || !hasValue(other)) return { verdict: 'unclear' };
  const difference = value.value - other.value;
  const isClear = intervalsClear(value, other);
  const base = { difference, ...(isClear !== undefined ? { isClear } : {}) };
  if (roundTo(value.value, decimals) === roundTo(other.value, decimals)) return { ...base, verdict: 'same' };
  if (isClear === false) return { ...base, verdict: 'unclear' };
  if (polarity === 'neutral') return { ...base, verdict: 'different' };
  const higherIsBetter = polarity === 'higher-is-better';
  return { ...base, verdict: difference > 0 === higherIsBetter ? 'better' : 'worse' };
}
