import type { Observation, Sex } from '../model/index.js';
import { periodYears } from '../time/partial-date.js';
import {
  comparePeriods,
  differenceOf,
  type Figure,
  hasValue,
  type IndicatorRef,
  indicatorId,
  observationsOf,
  polarityOf,
  toFigure,
} from './figures.js';

/** One period of a series. A gap (suppressed or missing) keeps `value: null`: never interpolated, never zero. */
export interface TrendPoint extends Figure {
  start?: number;
  end?: number;
  isGap: boolean;
}

/**
 * `better`/`worse` by the indicator's polarity, `unchanged` (equal when rounded), `changed` (a neutral indicator
 * moved), `unclear` (fewer than two values, or the first and last confidence intervals overlap).
 */
export type TrendVerdict = 'better' | 'worse' | 'unchanged' | 'changed' | 'unclear';

export interface Trend {
  indicator?: string;
  area?: string;
  sex: Sex;
  /** Every period with an observation, oldest first (a span such as 2019-2023 sorts by its last year). */
  points: TrendPoint[];
  /** The first and last points that have values. */
  first?: TrendPoint;
  last?: TrendPoint;
  /** Last minus first. */
  change?: number;
  /** Whether the first and last values differ beyond doubt (non-overlapping intervals); undefined without both. */
  isClear?: boolean;
  verdict: TrendVerdict;
  /** Points the source suppressed, and points with no value. */
  suppressed: number;
  missing: number;
}

export interface TrendOptions {
  indicator: IndicatorRef;
  area: string;
  /** Defaults to `T`. */
  sex?: Sex;
}

/** An indicator's values for one area and sex over time, with gaps kept and a polarity-aware verdict. */
export function trend(observations: readonly Observation[] | undefined | null, options: TrendOptions): Trend {
  const indicator = options?.indicator;
  const id = indicatorId(indicator);
  const area = typeof options?.area === 'string' ? options.area : undefined;
  const sex: Sex = options?.sex === 'K' || options?.sex === 'M' ? options.sex : 'T';
  const seen = new Set<string>();
  const points: TrendPoint[] = [];
  for (const observation of observationsOf(observations, indicator)) {
    if (observation.area !== area || observation.sex !== sex || seen.has(observation.period)) continue;
    seen.add(observation.period);
    const figure = toFigure(observation);
    const years = periodYears(observation.period);
    points.push({
      ...figure,
      ...(years ? { start: years.start, end: years.end } : {}),
      isGap: figure.value === null,
    });
  }
  points.sort((a, b) => comparePeriods(a.period, b.period));
  const valued = points.filter((point) => hasValue(point));
  const first = valued[0];
  const last = valued.length > 1 ? valued.at(-1) : undefined;
  const head = {
    ...(id ? { indicator: id } : {}),
    ...(area ? { area } : {}),
    sex,
    points,
    suppressed: points.filter((p) => p.status === 'suppressed').length,
    missing: points.filter((p) => p.isGap && p.status !== 'suppressed').length,
  };
  if (!first || !last) return { ...head, ...(first ? { first } : {}), verdict: 'unclear' };
  const decimals = typeof indicator === 'object' ? indicator?.decimals : undefined;
  const result = differenceOf(last, first, polarityOf(indicator), decimals);
  const verdict: TrendVerdict =
    result.verdict === 'same' ? 'unchanged' : result.verdict === 'different' ? 'changed' : result.verdict;
  return {
    ...head,
    first,
    last,
    ...(result.difference !== undefined ? { change: result.difference } : {}),
    ...(result.isClear !== undefined ? { isClear: result.isClear } : {}),
    verdict,
  };
}
