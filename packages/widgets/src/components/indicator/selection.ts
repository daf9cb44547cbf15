import { comparePeriods, type Dataset, type Indicator, type Observation, type Sex } from '@dhol/core';

/** What the `indicator`, `areas`, `periods` and `sex` attributes ask for; an empty list means "all". */
export interface IndicatorQuery {
  indicator?: string;
  areas: string[];
  periods: string[];
  sexes: string[];
}

/** Why a value is not drawn: the source hid it (`suppressed`) or published none (`missing`). */
export type Gap = 'suppressed' | 'missing';

/** One place in the chart: an area, a period and a sex, with its value or the reason it has none. */
export interface Cell {
  area: string;
  period: string;
  sex: Sex;
  /** The value to draw; `undefined` when there is a gap. Never 0 in place of a gap. */
  value?: number;
  ci?: { lower: number; upper: number; level?: number };
  gap?: Gap;
  preliminary: boolean;
  observation?: Observation;
}

/** The observations of one indicator, narrowed to the areas, periods and sexes asked for, in reading order. */
export interface IndicatorSlice {
  indicator: Indicator;
  areas: string[];
  periods: string[];
  sexes: Sex[];
  /** Observations that were selected, in their dataset order (for CSV export). */
  observations: Observation[];
  cell(area: string, period: string, sex: Sex): Cell;
  /**
   * The series (0-based) an area is drawn as: its place among the areas asked for (`areas`), or else among every
   * area the indicator has figures for. An area without figures in this selection keeps its place, so the others
   * keep their colours.
   */
  areaSeries(area: string): number;
}

export type SliceResult =
  | { kind: 'slice'; slice: IndicatorSlice }
  | { kind: 'no-indicators' }
  | { kind: 'unknown-indicator'; id: string }
  | { kind: 'no-observations'; indicator: Indicator };

const SEX_ORDER: readonly Sex[] = ['T', 'K', 'M'];

/** Splits an attribute value such as `"1907 19 00"` or `"2021,2023"` into its items. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Municipality first, then its län, then the country: the reading order of "here, the county, Sweden". */
function areaRank(code: string): number {
  if (code === '00') return 2;
  return code.length === 2 ? 1 : 0;
}

/** Keeps the order asked for when the caller names items; otherwise every item present in its natural order. */
function choose<T extends string>(present: readonly T[], asked: readonly string[]): T[] {
  if (asked.length === 0) return [...present];
  return asked.filter(
    (item, index): item is T => present.includes(item as T) && asked.indexOf(item) === index,
  );
}

/** Picks the indicator and the cells that the element's attributes ask for. */
export function sliceIndicator(dataset: Dataset, query: IndicatorQuery): SliceResult {
  const indicators = dataset.indicators ?? [];
  if (indicators.length === 0) return { kind: 'no-indicators' };
  const indicator = query.indicator ? indicators.find((item) => item.id === query.indicator) : indicators[0];
  if (!indicator) return { kind: 'unknown-indicator', id: query.indicator ?? '' };

  const own = (dataset.observations ?? []).filter((observation) => observation.indicator === indicator.id);
  const presentAreas = [...new Set(own.map((o) => o.area))];
  const naturalAreas = presentAreas
    .map((code, index) => ({ code, index }))
    .sort((a, b) => areaRank(a.code) - areaRank(b.code) || a.index - b.index)
    .map((item) => item.code);
  const areas = choose(naturalAreas, query.areas);
  const seriesOrder = query.areas.length > 0 ? [...new Set(query.areas)] : naturalAreas;
  const areaSeries = (area: string) => Math.max(0, seriesOrder.indexOf(area));
  const periods = choose([...new Set(own.map((o) => o.period))].sort(comparePeriods), query.periods);
  const sexes = choose(
    SEX_ORDER.filter((sex) => own.some((o) => o.sex === sex)),
    query.sexes.map((sex) => sex.toUpperCase()),
  );

  const observations = own.filter(
    (o) => areas.includes(o.area) && periods.includes(o.period) && sexes.includes(o.sex),
  );
  if (observations.length === 0) return { kind: 'no-observations', indicator };

  const byKey = new Map<string, Observation>();
  for (const observation of observations) {
    byKey.set(`${observation.area}|${observation.period}|${observation.sex}`, observation);
  }
  const cells = new Map<string, Cell>();
  const cell = (area: string, period: string, sex: Sex): Cell => {
    const key = `${area}|${period}|${sex}`;
    let found = cells.get(key);
    if (!found) {
      found = makeCell(area, period, sex, byKey.get(key));
      cells.set(key, found);
    }
    return found;
  };
  // A sex with no observation at all in the selection is left out, so that Surahammar's påfrestning (no total)
  // does not show an empty "Totalt" series.
  const usedSexes = sexes.filter((sex) => observations.some((o) => o.sex === sex));
  const usedAreas = areas.filter((area) => observations.some((o) => o.area === area));
  const usedPeriods = periods.filter((period) => observations.some((o) => o.period === period));
  return {
    kind: 'slice',
    slice: {
      indicator,
      areas: usedAreas,
      periods: usedPeriods,
      sexes: usedSexes,
      observations,
      cell,
      areaSeries,
    },
  };
}

/** A cell from its observation: a gap unless the observation has a usable value. */
function makeCell(area: string, period: string, sex: Sex, observation: Observation | undefined): Cell {
  const cell: Cell = { area, period, sex, preliminary: observation?.status === 'preliminary', observation };
  if (!observation || observation.status === 'missing' || observation.value === null) {
    cell.gap = observation?.status === 'suppressed' ? 'suppressed' : 'missing';
  } else if (observation.status === 'suppressed') {
    cell.gap = 'suppressed';
  } else {
    cell.value = observation.value;
    if (observation.ci) cell.ci = observation.ci;
  }
  return cell;
}
