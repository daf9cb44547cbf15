/** The collections of a dataset whose items have an id that other items refer to. */
export type Collection = 'frameworks' | 'organisations' | 'plans' | 'agreements' | 'indicators';

/** The collections in the order a dataset lists them. */
export const COLLECTIONS: readonly Collection[] = [
  'frameworks',
  'organisations',
  'plans',
  'agreements',
  'indicators',
];

/** Gives the id an item of `collection` has after the roll-up (the same id when it keeps its own). */
export type Rename = (collection: Collection, id: string) => string;

/**
 * Every id of the model that names an item of a collection, as a path from an item (`[]` steps into each entry of a
 * list) and the collection the id lies in. The first path of each collection is the item's own id. A test compares
 * this table with every id field of the shape table, so a reference cannot be added to the model without being
 * added here. Ids that need no renaming are not listed: goals live inside their framework, activities inside their
 * plan.
 */
export const REFERENCES: Readonly<
  Record<Collection | 'observations', readonly (readonly [string, Collection])[]>
> = {
  frameworks: [
    ['id', 'frameworks'],
    ['supersedes.framework', 'frameworks'],
  ],
  organisations: [
    ['id', 'organisations'],
    ['parent', 'organisations'],
  ],
  plans: [
    ['id', 'plans'],
    ['replaces.plan', 'plans'],
    ['framework', 'frameworks'],
    ['owner', 'organisations'],
    ['decision.decidedBy', 'organisations'],
    ['revisionSchedule.revisions[].decision.decidedBy', 'organisations'],
    ['participants[].organisation', 'organisations'],
    ['activities[].responsible[].organisation', 'organisations'],
    ['activities[].indicators[]', 'indicators'],
    ['activities[].progress[].reportedBy', 'organisations'],
    ['indicators[]', 'indicators'],
  ],
  agreements: [
    ['id', 'agreements'],
    ['initiatedBy', 'organisations'],
    ['parties[].organisation', 'organisations'],
    ['governance.coordinator.appointedBy', 'organisations'],
    ['decisionSteps[].body', 'organisations'],
    ['serves[].framework', 'frameworks'],
    ['serves[].owner', 'organisations'],
    ['goals[].framework', 'frameworks'],
    ['baseline.indicators[]', 'indicators'],
    ['checkIns[].participants[]', 'organisations'],
  ],
  indicators: [
    ['id', 'indicators'],
    ['goals[].framework', 'frameworks'],
  ],
  observations: [['indicator', 'indicators']],
};

const steps = new Map<string, string[]>();

/** A path's steps: `activities[].indicators[]` → `activities`, `[]`, `indicators`, `[]`. */
function stepsOf(path: string): string[] {
  let list = steps.get(path);
  if (!list) {
    list = path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
    steps.set(path, list);
  }
  return list;
}

/**
 * `value` with every id at `path` passed through `f`. What does not change is returned as it is, so rolling up
 * files whose ids never collide copies nothing.
 */
function rewrite(value: unknown, path: readonly string[], at: number, f: (id: string) => string): unknown {
  if (at === path.length) return typeof value === 'string' ? f(value) : value;
  const step = path[at] as string;
  if (step === '[]') {
    if (!Array.isArray(value)) return value;
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = rewrite(value[i], path, at + 1, f);
      if (next !== value[i]) {
        out ??= value.slice();
        out[i] = next;
      }
    }
    return out ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const inner = (value as Record<string, unknown>)[step];
  if (inner === undefined) return value;
  const next = rewrite(inner, path, at + 1, f);
  return next === inner ? value : { ...value, [step]: next };
}

/** The item with its own id and every id it refers to passed through `rename`. */
export function renameItem<T>(collection: Collection | 'observations', item: T, rename: Rename): T {
  let out: unknown = item;
  for (const [path, target] of REFERENCES[collection]) {
    out = rewrite(out, stepsOf(path), 0, (id) => rename(target, id));
  }
  return out as T;
}

/** Every id an item refers to (its own left out), with the collection it lies in. */
export function referencesOf(collection: Collection, item: unknown): [Collection, string][] {
  const found: [Collection, string][] = [];
  for (const [path, target] of REFERENCES[collection].slice(1)) {
    rewrite(item, stepsOf(path), 0, (id) => {
      found.push([target, id]);
      return id;
    });
  }
  return found;
}
