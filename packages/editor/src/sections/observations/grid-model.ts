/**
 * The grid's view of the dataset's observations for one indicator: which areas, periods and sexes it has rows and
 * columns for, where each figure sits in `observations`, and how a set of cell inputs becomes a new observations
 * array. Pure functions over plain JSON, so the grid stays fast (an index built once per observations array) and
 * testable without a browser.
 */
import type { Area } from '@dhol/core';
import { isObject } from '../../store/path.js';
import type { CellInput } from './paste.js';

export type SexCode = 'T' | 'K' | 'M';
export const SEXES: readonly SexCode[] = ['T', 'K', 'M'];

/** A cell's place: area code, period and sex. */
export interface CellKey {
  area: string;
  period: string;
  sex: SexCode;
}

export const keyOf = (k: CellKey): string => `${k.area}|${k.period}|${k.sex}`;

/** One indicator's observations: where each sits in the dataset's array, and the areas, periods and sexes seen. */
export interface IndicatorFigures {
  byKey: Map<string, number>;
  areas: Set<string>;
  periods: Set<string>;
  sexes: Set<string>;
  count: number;
}

const cache = new WeakMap<readonly unknown[], Map<string, IndicatorFigures>>();

/** The figures of `indicator` in `observations`, built once per array (the store never mutates one). */
export function figuresOf(observations: unknown, indicator: string): IndicatorFigures {
  const list = Array.isArray(observations) ? observations : [];
  let perIndicator = cache.get(list);
  if (!perIndicator) {
    perIndicator = new Map();
    list.forEach((o, index) => {
      if (!isObject(o) || typeof o['indicator'] !== 'string') return;
      let figures = perIndicator!.get(o['indicator']);
      if (!figures) {
        figures = { byKey: new Map(), areas: new Set(), periods: new Set(), sexes: new Set(), count: 0 };
        perIndicator!.set(o['indicator'], figures);
      }
      figures.count++;
      const area = String(o['area'] ?? '');
      const period = String(o['period'] ?? '');
      const sex = String(o['sex'] ?? '');
      figures.areas.add(area);
      figures.periods.add(period);
      figures.sexes.add(sex);
      const key = `${area}|${period}|${sex}`;
      // The first of two observations with one key is the one the grid shows; validation reports the second.
      if (!figures.byKey.has(key)) figures.byKey.set(key, index);
    });
    cache.set(list, perIndicator);
  }
  return (
    perIndicator.get(indicator) ?? {
      byKey: new Map(),
      areas: new Set(),
      periods: new Set(),
      sexes: new Set(),
      count: 0,
    }
  );
}

/** Areas in the official list's order (the country, then each län, then kommuner by code); unknown codes last. */
export function sortAreas(codes: Iterable<string>, areas: readonly Area[]): string[] {
  const order = new Map(areas.map((area, i) => [area.code, i]));
  return [...new Set(codes)].sort(
    (a, b) =>
      (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      a.localeCompare(b),
  );
}

/** Periods oldest first; a span sorts by its first year, then its last. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The fields an input gives an observation: its value and status, or undefined for no observation. */
export function observationFields(
  input: CellInput,
): { value: number | null | string; status: 'ok' | 'suppressed' | 'missing' | 'preliminary' } | undefined {
  switch (input.kind) {
    case 'empty':
      return undefined;
    case 'value':
      return { value: input.value, status: input.preliminary ? 'preliminary' : 'ok' };
    case 'suppressed':
      return { value: null, status: 'suppressed' };
    case 'missing':
      return { value: null, status: 'missing' };
    case 'invalid':
      // Typed text that is no figure is kept as typed; core reports it at the cell.
      return { value: input.text, status: 'ok' };
  }
}

/** The observation after writing `input` into `existing` (or a new one); undefined when the cell is emptied. */
export function writeObservation(
  existing: unknown,
  indicator: string,
  key: CellKey,
  input: CellInput,
): Record<string, unknown> | undefined {
  const fields = observationFields(input);
  if (!fields) return undefined;
  if (isObject(existing)) return { ...existing, value: fields.value, status: fields.status };
  return { indicator, area: key.area, period: key.period, sex: key.sex, ...fields };
}

/**
 * A new observations array with every write applied: existing figures are changed in place (keeping their
 * confidence interval, count, note and source), emptied ones removed, new ones added at the end in the order
 * written. Inputs that are no figure (`invalid`) are not written; the caller reports them.
 */
export function applyWrites(
  observations: unknown,
  indicator: string,
  writes: ReadonlyMap<string, { key: CellKey; input: CellInput }>,
): unknown[] {
  const list = Array.isArray(observations) ? observations : [];
  const figures = figuresOf(list, indicator);
  const out: unknown[] = [];
  const done = new Set<string>();
  const replaced = new Map<number, Record<string, unknown> | undefined>();
  for (const [k, { key, input }] of writes) {
    if (input.kind === 'invalid') continue;
    const index = figures.byKey.get(k);
    if (index === undefined) continue;
    replaced.set(index, writeObservation(list[index], indicator, key, input));
    done.add(k);
  }
  list.forEach((o, i) => {
    if (!replaced.has(i)) out.push(o);
    else {
      const next = replaced.get(i);
      if (next) out.push(next);
    }
  });
  for (const [k, { key, input }] of writes) {
    if (done.has(k) || input.kind === 'invalid') continue;
    const next = writeObservation(undefined, indicator, key, input);
    if (next) out.push(next);
  }
  return out;
}
