import { areaLineage } from '../model/area-codes.js';
import type { Area, AreaKind, Observation, Sex } from '../model/index.js';
import {
  type Difference,
  differenceOf,
  type Figure,
  hasValue,
  type IndicatorRef,
  indicatorId,
  latestPeriod,
  observationsOf,
  polarityOf,
  toFigure,
} from './figures.js';

const SEXES: readonly Sex[] = ['T', 'K', 'M'];

/** An area's figures for one period, by sex, and how they compare with each area above it. */
export interface AreaFigures {
  code: string;
  /** The area's name and kind when `areas` describes it. */
  name?: string;
  kind?: AreaKind;
  values: Partial<Record<Sex, Figure>>;
  /** One entry per parent area that has figures, nearest first. */
  differences: ParentDifference[];
}

/** This area against one parent area, sex by sex. */
export interface ParentDifference {
  parent: string;
  bySex: Partial<Record<Sex, Difference>>;
}

export interface AreaComparison {
  indicator?: string;
  /** The period compared: the one asked for, or the area's latest. */
  period?: string;
  /** The area first, then its parents that have figures for the period (kommun → län → riket). */
  areas: AreaFigures[];
}

export interface CompareAreasOptions {
  indicator: IndicatorRef;
  area: string;
  /** Defaults to the latest period with figures for the area. */
  period?: string;
  /** Names and parents of areas; without them, parents follow the codes (1907 → 19 → 00). */
  areas?: readonly Area[];
}

/** The first observation for each sex of one area and period. */
function figuresFor(
  observations: readonly Observation[],
  area: string,
  period: string,
): Partial<Record<Sex, Figure>> {
  const values: Partial<Record<Sex, Figure>> = {};
  for (const observation of observations) {
    if (observation.area !== area || observation.period !== period) continue;
    if (values[observation.sex] === undefined) values[observation.sex] = toFigure(observation);
  }
  return values;
}

function decimalsOf(indicator: IndicatorRef): number | undefined {
  return typeof indicator === 'object' ? indicator?.decimals : undefined;
}

/**
 * An area's figures next to those of the areas above it, for one indicator and period, by sex: the difference to
 * each parent, whether it is statistically clear (non-overlapping confidence intervals) and a verdict from the
 * indicator's polarity. Parents with no figures for the period are left out.
 */
export function compareAreas(
  observations: readonly Observation[] | undefined | null,
  options: CompareAreasOptions,
): AreaComparison {
  const indicator = options?.indicator;
  const id = indicatorId(indicator);
  const area = options?.area;
  const own = observationsOf(observations, indicator);
  const period = options?.period ?? (typeof area === 'string' ? latestPeriod(own, area) : undefined);
  if (typeof area !== 'string' || period === undefined) {
    return { ...(id ? { indicator: id } : {}), ...(period ? { period } : {}), areas: [] };
  }
  const described = new Map(
    (Array.isArray(options.areas) ? options.areas : [])
      .filter((a) => a && typeof a.code === 'string')
      .map((a) => [a.code, a]),
  );
  const lineage = areaLineage(area, options.areas);
  const rows: AreaFigures[] = [];
  for (const code of lineage) {
    const values = figuresFor(own, code, period);
    if (code !== area && Object.keys(values).length === 0) continue;
    const info = described.get(code);
    rows.push({
      code,
      ...(info ? { name: info.name, kind: info.kind } : {}),
      values,
      differences: [],
    });
  }
  const polarity = polarityOf(indicator);
  const decimals = decimalsOf(indicator);
  rows.forEach((row, index) => {
    row.differences = rows.slice(index + 1).map((parent) => {
      const bySex: Partial<Record<Sex, Difference>> = {};
      for (const sex of SEXES) {
        if (row.values[sex] || parent.values[sex]) {
          bySex[sex] = differenceOf(row.values[sex], parent.values[sex], polarity, decimals);
        }
      }
      return { parent: parent.code, bySex };
    });
  });
  return { ...(id ? { indicator: id } : {}), period, areas: rows };
}

/** Girls/women against boys/men in one area and period. */
export interface SexGap {
  indicator?: string;
  area?: string;
  period?: string;
  women?: Figure;
  men?: Figure;
  /** K minus M, when both have values. */
  difference?: number;
  /** Non-overlapping intervals: true; overlapping: false; undefined when either has none. */
  isClear?: boolean;
  /** Which sex has the higher value, when they differ and the difference is not unclear. */
  higher?: 'K' | 'M';
  /** Which sex fares better by the indicator's polarity, under the same conditions. */
  better?: 'K' | 'M';
  /** `same`, `unclear` (missing value or overlapping intervals) or `different`. */
  verdict: 'same' | 'unclear' | 'different';
}

export interface SexGapOptions {
  indicator: IndicatorRef;
  area: string;
  /** Defaults to the latest period with figures for the area. */
  period?: string;
}

/** The difference between K and M for an area and period, with the same clarity rule as `compareAreas`. */
export function sexGap(
  observations: readonly Observation[] | undefined | null,
  options: SexGapOptions,
): SexGap {
  const indicator = options?.indicator;
  const id = indicatorId(indicator);
  const own = observationsOf(observations, indicator);
  const area = typeof options?.area === 'string' ? options.area : undefined;
  const period = options?.period ?? (area ? latestPeriod(own, area) : undefined);
  const head = { ...(id ? { indicator: id } : {}), ...(area ? { area } : {}), ...(period ? { period } : {}) };
  if (!area || !period) return { ...head, verdict: 'unclear' };
  const values = figuresFor(own, area, period);
  const women = values.K;
  const men = values.M;
  const base = { ...head, ...(women ? { women } : {}), ...(men ? { men } : {}) };
  if (!hasValue(women) || !hasValue(men)) return { ...base, verdict: 'unclear' };
  const polarity = polarityOf(indicator);
  const result = differenceOf(women, men, polarity, decimalsOf(indicator));
  const out: SexGap = {
    ...base,
    ...(result.difference !== undefined ? { difference: result.difference } : {}),
    ...(result.isClear !== undefined ? { isClear: result.isClear } : {}),
    verdict: result.verdict === 'same' || result.verdict === 'unclear' ? result.verdict : 'different',
  };
  if (out.verdict === 'different' && result.difference !== undefined) {
    out.higher = result.difference > 0 ? 'K' : 'M';
    if (result.verdict === 'better') out.better = 'K';
    else if (result.verdict === 'worse') out.better = 'M';
  }
  return out;
}
