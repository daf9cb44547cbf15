/**
 * Puts imported indicator figures into a dataset: what `dhol import … --dataset` and `dhol fetch … --dataset` do
 * with an existing file, so figures edited in a spreadsheet or fetched anew go back where they came from.
 */
import type { Result } from '../issues/issue.js';
import type { Dataset } from '../model/dataset.js';
import type { Indicator, Observation } from '../model/indicator.js';
import { IssueList, isRecord, observationKey, sameJson } from './common.js';

export interface MergeFiguresOptions {
  /**
   * Replace all figures of each indicator the incoming figures hold, so a row deleted in the spreadsheet is
   * deleted in the dataset. Default false: figures are updated and added, and figures the incoming set does not
   * hold are kept, so a file of only this year's values never removes earlier years.
   */
  replace?: boolean;
}

/** How many figures and indicators a merge added, changed, kept as they were and removed. */
export interface FiguresChanges {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  indicatorsAdded: number;
  indicatorsChanged: number;
}

export interface FiguresMerge {
  dataset: Dataset;
  changes: FiguresChanges;
}

/** A figure's key, or undefined for an item that is no figure (validation reports it; the merge keeps it). */
function keyOf(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const { indicator, area, period, sex } = item;
  if (typeof indicator !== 'string' || typeof area !== 'string' || typeof period !== 'string')
    return undefined;
  return observationKey({ indicator, area, period, sex: typeof sex === 'string' ? sex : '' });
}

const idOf = (item: unknown) => (isRecord(item) && typeof item.id === 'string' ? item.id : undefined);

/**
 * Merges figures into a dataset without changing anything else in it. An incoming indicator replaces the
 * dataset's indicator with its id, or is added; an incoming observation replaces the dataset's observation of the
 * same indicator, area, period and sex where it stands, or is added after the others. Every observation must have
 * its indicator described, in the figures or in the dataset: one error per indicator that is not, since the result
 * would not be valid. The dataset is not changed; a new one is returned. Never throws.
 */
export function mergeFigures(
  dataset: unknown,
  figures: { indicators?: readonly Indicator[]; observations?: readonly Observation[] },
  options: MergeFiguresOptions = {},
): Result<FiguresMerge> {
  const issues = new IssueList();
  if (!isRecord(dataset)) {
    issues.error('figures.dataset.invalid', [], { field: '(dataset)' });
    return { ok: false, issues: issues.items };
  }
  for (const field of ['indicators', 'observations'] as const) {
    if (dataset[field] !== undefined && !Array.isArray(dataset[field])) {
      issues.error('figures.dataset.invalid', [field], { field });
    }
  }
  if (issues.hasErrors) return { ok: false, issues: issues.items };

  const changes: FiguresChanges = {
    added: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    indicatorsAdded: 0,
    indicatorsChanged: 0,
  };
  const indicators: unknown[] = [...((dataset.indicators as unknown[] | undefined) ?? [])];
  for (const incoming of figures.indicators ?? []) {
    const at = indicators.findIndex((item) => idOf(item) === incoming.id);
    if (at < 0) {
      indicators.push(incoming);
      changes.indicatorsAdded++;
    } else {
      if (!sameJson(indicators[at], incoming)) changes.indicatorsChanged++;
      indicators[at] = incoming;
    }
  }

  const described = new Set(indicators.map(idOf));
  const undescribed = new Map<string, number>();
  for (const o of figures.observations ?? []) {
    if (!described.has(o.indicator)) undescribed.set(o.indicator, (undescribed.get(o.indicator) ?? 0) + 1);
  }
  for (const [id, count] of undescribed) {
    issues.error('figures.indicator.undescribed', ['indicators'], { id, count });
  }
  if (issues.hasErrors) return { ok: false, issues: issues.items };

  // Walk the dataset's figures in order, so an updated figure keeps its place and the file's order holds.
  const incoming = new Map<string, Observation>();
  for (const o of figures.observations ?? []) {
    const key = observationKey(o);
    if (!incoming.has(key)) incoming.set(key, o);
  }
  const replaced = new Set(options.replace ? [...incoming.values()].map((o) => o.indicator) : []);
  const observations: unknown[] = [];
  const placed = new Set<string>();
  for (const item of (dataset.observations as unknown[] | undefined) ?? []) {
    const key = keyOf(item);
    const update = key === undefined || placed.has(key) ? undefined : incoming.get(key);
    if (update) {
      if (sameJson(item, update)) changes.unchanged++;
      else changes.changed++;
      observations.push(update);
      placed.add(key!);
    } else if (isRecord(item) && replaced.has(item.indicator as string)) {
      changes.removed++;
    } else {
      observations.push(item);
    }
  }
  for (const [key, o] of incoming) {
    if (placed.has(key)) continue;
    observations.push(o);
    changes.added++;
  }

  const merged = {
    ...dataset,
    ...(indicators.length > 0 ? { indicators } : {}),
    ...(observations.length > 0 ? { observations } : {}),
  } as Dataset;
  return { ok: true, value: { dataset: merged, changes }, issues: issues.items };
}
