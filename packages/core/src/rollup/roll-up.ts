import type { Issue } from '../issues/issue.js';
import { FORMAT_VERSION } from '../model/constants.js';
import type { Dataset } from '../model/dataset.js';
import type { Observation } from '../model/indicator.js';
import type { AreaCode, LocalizedText } from '../model/primitives.js';
import { rollUpIssue } from './messages.js';
import { COLLECTIONS, type Collection, type Rename, referencesOf, renameItem } from './references.js';

/** One validated dataset to roll up, and where it came from. */
export interface RollUpSource {
  /**
   * A short name for the source (lower-case letters, digits, `-`, `_`), unique among the sources: the prefix of its
   * ids that collide with another source's. Defaults to the area code, else `source-1`, `source-2` …
   */
  key?: string;
  /** The dataset, validated with `validateDataset` (rollUp does not validate it again). */
  dataset: Dataset;
  /** The area the source belongs to. */
  area?: AreaCode;
}

/** Where one item of a rolled-up dataset came from. */
export interface Origin {
  /** The key of the source it came from. */
  source: string;
  /** Its id in its own file. */
  id: string;
  /** The keys of other sources that hold the very same item, which is kept once. */
  alsoIn?: string[];
}

/** Where every item of a rolled-up dataset came from, in lists parallel to the dataset's own. */
export type Origins = Record<Collection, Origin[]> & {
  /** The key of the source of each observation. */
  observations: string[];
};

/** Several datasets merged into one. */
export interface RolledUp {
  dataset: Dataset;
  /** The key each source got, in the order the sources were given. */
  keys: string[];
  /** `origins.plans[i]` says where `dataset.plans[i]` came from, and so on for every list. */
  origins: Origins;
  /** Warnings about what could not be merged as it was (observations that disagree). */
  issues: Issue[];
}

export interface RollUpOptions {
  /** The merged dataset's id, title and description. */
  id?: string;
  title?: LocalizedText;
  description?: LocalizedText;
}

/** How a source's item is identified while rolling up: the source's index and the item. */
interface Member {
  source: number;
  item: { id: string };
}

const KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const MAX_ID = 120;

/**
 * Merges validated datasets from several sources into one, without id collisions: ids only need to be unique within
 * their own file, so two municipalities may both have an activity `a1` or a plan `handlingsplan`.
 *
 * - An item whose id no other source uses keeps it.
 * - Items that share an id and are identical (the region's own organisation, described the same way in every
 *   municipality's file; the framework) are kept once.
 * - Items that share an id but differ are each renamed `<source key>.<id>`, and every reference to them in their
 *   own source follows. Activities need no renaming: their ids are unique within their plan.
 * - Observations are kept once per indicator, area, period and sex; two sources that disagree on one give a warning
 *   and the first source's value is kept.
 *
 * Pure: the inputs are never changed; an item whose ids do not change is the input object itself. `origins` says
 * where each item came from, by the sources' keys; the dataset's `updated` is the latest of the sources'.
 */
export function rollUp(sources: readonly RollUpSource[], options: RollUpOptions = {}): RolledUp {
  const keys = assignKeys(sources);
  const groups = groupById(sources);
  const renamedIds = decideRenames(groups);
  const maps = assignIds(groups, renamedIds, keys);
  const renames: (Rename | undefined)[] = maps.map((map) =>
    map ? (collection, id) => map[collection]?.get(id) ?? id : undefined,
  );

  const dataset: Dataset = { formatVersion: FORMAT_VERSION };
  if (options.id) dataset.id = options.id;
  if (options.title) dataset.title = options.title;
  if (options.description) dataset.description = options.description;
  const origins = { observations: [] } as unknown as Origins;
  for (const collection of COLLECTIONS) {
    const items: unknown[] = [];
    const from: Origin[] = [];
    sources.forEach((source, s) => {
      const list = source.dataset[collection] as { id: string }[] | undefined;
      if (!list) return;
      const rename = renames[s];
      for (const item of list) {
        const members = groups[collection].get(item.id) as Member[];
        const isShared = members.length > 1 && !renamedIds[collection].has(item.id);
        if (isShared && members[0]?.item !== item) continue;
        items.push(rename ? renameItem(collection, item, rename) : item);
        const origin: Origin = { source: keys[s] as string, id: item.id };
        if (isShared) origin.alsoIn = members.slice(1).map((member) => keys[member.source] as string);
        from.push(origin);
      }
    });
    if (items.length > 0) (dataset as Record<string, unknown>)[collection] = items;
    origins[collection] = from;
  }
  const issues: Issue[] = [];
  const observations = mergeObservations(sources, renames, keys, origins.observations, issues);
  if (observations.length > 0) dataset.observations = observations;

  const updated = sources
    .map((source) => source.dataset.updated)
    .filter((day): day is string => typeof day === 'string')
    .sort()
    .pop();
  if (updated) dataset.updated = updated;
  return { dataset, keys, origins, issues };
}

/** A key per source: its own when usable, else its area, else `source-N`; made unique with `-2`, `-3` … */
function assignKeys(sources: readonly RollUpSource[]): string[] {
  const used = new Set<string>();
  return sources.map((source, index) => {
    const wanted =
      [source.key, source.area].find((key): key is string => typeof key === 'string' && KEY.test(key)) ??
      `source-${index + 1}`;
    let key = wanted;
    for (let n = 2; used.has(key); n++) key = `${wanted}-${n}`;
    used.add(key);
    return key;
  });
}

type Groups = Record<Collection, Map<string, Member[]>>;

/** Every source's items of each collection, by id. */
function groupById(sources: readonly RollUpSource[]): Groups {
  const groups = Object.fromEntries(COLLECTIONS.map((collection) => [collection, new Map()])) as Groups;
  sources.forEach((source, s) => {
    for (const collection of COLLECTIONS) {
      const list = source.dataset[collection] as { id: string }[] | undefined;
      if (!list) continue;
      const byId = groups[collection];
      for (const item of list) {
        const members = byId.get(item.id);
        if (members) members.push({ source: s, item });
        else byId.set(item.id, [{ source: s, item }]);
      }
    }
  });
  return groups;
}

/**
 * The ids that must be renamed, per collection: those several sources use for different items. Items that are
 * identical stay shared, unless their references lead to items that are renamed differently in each source; that
 * is decided again until nothing changes (an organisation's parent, a framework an indicator names).
 */
function decideRenames(groups: Groups): Record<Collection, Set<string>> {
  const renamed = Object.fromEntries(COLLECTIONS.map((collection) => [collection, new Set()])) as Record<
    Collection,
    Set<string>
  >;
  const shared: [Collection, Member[]][] = [];
  for (const collection of COLLECTIONS) {
    for (const [id, members] of groups[collection]) {
      if (members.length < 2) continue;
      const first = members[0] as Member;
      const isSame = members.every(
        (member, i) => i === 0 || (member.source !== first.source && isSameData(member.item, first.item)),
      );
      if (isSame) shared.push([collection, members]);
      else renamed[collection].add(id);
    }
  }
  if (COLLECTIONS.every((collection) => renamed[collection].size === 0)) return renamed;
  // Where a reference of a shared item leads, for one member: its own source's item when renamed, else the id.
  const target = (source: number, collection: Collection, id: string) =>
    renamed[collection].has(id) && groups[collection].get(id)?.some((member) => member.source === source)
      ? `${source}\u0000${id}`
      : id;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [collection, members] of shared) {
      const id = (members[0] as Member).item.id;
      if (renamed[collection].has(id)) continue;
      const leads = members.map((member) =>
        referencesOf(collection, member.item)
          .map(([to, ref]) => target(member.source, to, ref))
          .join('\u0001'),
      );
      if (leads.some((lead) => lead !== leads[0])) {
        renamed[collection].add(id);
        changed = true;
      }
    }
  }
  return renamed;
}

/** For each source, the new id of each of its renamed items (undefined for a source that keeps every id). */
function assignIds(
  groups: Groups,
  renamed: Record<Collection, Set<string>>,
  keys: readonly string[],
): (Partial<Record<Collection, Map<string, string>>> | undefined)[] {
  const maps: (Partial<Record<Collection, Map<string, string>>> | undefined)[] = keys.map(() => undefined);
  for (const collection of COLLECTIONS) {
    if (renamed[collection].size === 0) continue;
    // Ids that stay, so that a new id never lands on one (a file may itself have an id `1907.plan`).
    const taken = new Set<string>();
    for (const id of groups[collection].keys()) if (!renamed[collection].has(id)) taken.add(id);
    for (const id of renamed[collection]) {
      for (const member of groups[collection].get(id) ?? []) {
        const key = keys[member.source] as string;
        const wanted = prefixed(key, id);
        let next = wanted;
        for (let n = 2; taken.has(next); n++) next = `${wanted.slice(0, MAX_ID - 1 - String(n).length)}-${n}`;
        taken.add(next);
        const sourceMaps = maps[member.source] ?? {};
        maps[member.source] = sourceMaps;
        const map = sourceMaps[collection] ?? new Map<string, string>();
        sourceMaps[collection] = map;
        map.set(id, next);
      }
    }
  }
  return maps;
}

/** `<key>.<id>`, shortened with a hash of the id when it would pass the id length limit. */
function prefixed(key: string, id: string): string {
  const full = `${key}.${id}`;
  if (full.length <= MAX_ID) return full;
  const hash = fnv1a(id);
  return `${key}.${id.slice(0, MAX_ID - key.length - 2 - hash.length)}-${hash}`;
}

/** A 32-bit FNV-1a hash as 8 hex digits: short, stable and enough to tell long ids apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Every source's observations, with renamed indicators followed, kept once per indicator, area, period and sex. */
function mergeObservations(
  sources: readonly RollUpSource[],
  renames: readonly (Rename | undefined)[],
  keys: readonly string[],
  origins: string[],
  issues: Issue[],
): Observation[] {
  const out: Observation[] = [];
  const seen = new Map<string, number>();
  sources.forEach((source, s) => {
    const rename = renames[s];
    for (const original of source.dataset.observations ?? []) {
      const observation = rename ? renameItem('observations', original, rename) : original;
      const key = `${observation.indicator}|${observation.area}|${observation.period}|${observation.sex}`;
      const at = seen.get(key);
      if (at === undefined) {
        seen.set(key, out.length);
        out.push(observation);
        origins.push(keys[s] as string);
        continue;
      }
      if (isSameData(out[at], observation)) continue;
      issues.push(
        rollUpIssue('warning', 'rollup.observation.conflict', ['observations', at], {
          first: origins[at] as string,
          source: keys[s] as string,
          indicator: observation.indicator,
          area: observation.area,
          period: observation.period,
          sex: observation.sex,
        }),
      );
    }
  });
  return out;
}

/** Whether two values read from JSON hold the same data (the order of an object's keys aside). */
function isSameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isSameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    count++;
    if (!isSameData(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) count--;
  return count === 0;
}
