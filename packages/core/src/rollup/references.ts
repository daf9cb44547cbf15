import type { Activity } from '../model/activity.js';
import type { Agreement } from '../model/agreement.js';
import type { Framework } from '../model/framework.js';
import type { Indicator, Observation } from '../model/indicator.js';
import type { Organisation } from '../model/organisation.js';
import type { Plan } from '../model/plan.js';

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

// Every place the model refers to an item by id, as one function per collection that rewrites the ids with `rename`.
// An item, or any part of it, whose ids do not change is returned as it is: rolling up files whose ids never collide
// copies nothing. A test lists every id field of the model (from the shape table), so a new reference cannot be
// added to the model without being added here.

/** A list with each item passed through `f`; the same list when no item changed. */
function mapList<T>(list: readonly T[], f: (item: T) => T): T[];
function mapList<T>(list: readonly T[] | undefined, f: (item: T) => T): T[] | undefined;
function mapList<T>(list: readonly T[] | undefined, f: (item: T) => T): T[] | undefined {
  if (!list) return list;
  let out: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    const next = f(item);
    if (next !== item) {
      out ??= list.slice();
      out[i] = next;
    }
  }
  return (out ?? list) as T[];
}

/** `object` with `changes` applied; the same object when every changed field already has its value. */
function patch<T extends object>(object: T, changes: Partial<T>): T {
  for (const key in changes) {
    if (changes[key] !== object[key]) return { ...object, ...changes };
  }
  return object;
}

/** An optional id field passed through `rename`. */
function ref(collection: Collection, id: string | undefined, rename: Rename): string | undefined {
  return id === undefined ? undefined : rename(collection, id);
}

/** Only the fields that are present, so that `patch` never adds an `undefined` the input did not have. */
function present<T extends object>(changes: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key in changes) if (changes[key] !== undefined) out[key] = changes[key];
  return out;
}

export function renameOrganisation(item: Organisation, rename: Rename): Organisation {
  return patch(
    item,
    present({ id: rename('organisations', item.id), parent: ref('organisations', item.parent, rename) }),
  );
}

export function renameFramework(item: Framework, rename: Rename): Framework {
  const supersedes = item.supersedes;
  return patch(
    item,
    present({
      id: rename('frameworks', item.id),
      supersedes: supersedes && patch(supersedes, { framework: rename('frameworks', supersedes.framework) }),
    }),
  );
}

export function renameIndicator(item: Indicator, rename: Rename): Indicator {
  return patch(
    item,
    present({
      id: rename('indicators', item.id),
      goals: mapList(item.goals, (goal) => patch(goal, { framework: rename('frameworks', goal.framework) })),
    }),
  );
}

function renameActivity(item: Activity, rename: Rename): Activity {
  return patch(
    item,
    present({
      responsible: mapList(item.responsible, (party) =>
        patch(party, { organisation: rename('organisations', party.organisation) }),
      ),
      indicators: mapList(item.indicators, (id) => rename('indicators', id)),
      progress: mapList(item.progress, (note) =>
        patch(note, { reportedBy: rename('organisations', note.reportedBy) }),
      ),
    }),
  );
}

export function renamePlan(item: Plan, rename: Rename): Plan {
  const decision = item.decision;
  const schedule = item.revisionSchedule;
  return patch(
    item,
    present({
      id: rename('plans', item.id),
      replaces: item.replaces && patch(item.replaces, { plan: rename('plans', item.replaces.plan) }),
      framework: rename('frameworks', item.framework),
      owner: ref('organisations', item.owner, rename),
      decision: decision && patch(decision, { decidedBy: rename('organisations', decision.decidedBy) }),
      revisionSchedule:
        schedule &&
        patch(schedule, {
          revisions: mapList(schedule.revisions, (revision) =>
            revision.decision
              ? patch(revision, {
                  decision: patch(revision.decision, {
                    decidedBy: rename('organisations', revision.decision.decidedBy),
                  }),
                })
              : revision,
          ),
        }),
      participants: mapList(item.participants, (participant) =>
        patch(participant, { organisation: rename('organisations', participant.organisation) }),
      ),
      activities: mapList(item.activities, (activity) => renameActivity(activity, rename)),
      indicators: mapList(item.indicators, (id) => rename('indicators', id)),
    }),
  );
}

export function renameAgreement(item: Agreement, rename: Rename): Agreement {
  const coordinator = item.governance?.coordinator;
  return patch(
    item,
    present({
      id: rename('agreements', item.id),
      initiatedBy: ref('organisations', item.initiatedBy, rename),
      parties: mapList(item.parties, (party) =>
        patch(party, { organisation: rename('organisations', party.organisation) }),
      ),
      governance:
        item.governance && coordinator?.appointedBy !== undefined
          ? patch(item.governance, {
              coordinator: patch(coordinator, {
                appointedBy: rename('organisations', coordinator.appointedBy),
              }),
            })
          : undefined,
      decisionSteps: mapList(item.decisionSteps, (step) =>
        patch(step, { body: rename('organisations', step.body) }),
      ),
      serves: mapList(item.serves, (served) =>
        patch(
          served,
          present({
            framework: ref('frameworks', served.framework, rename),
            owner: ref('organisations', served.owner, rename),
          }),
        ),
      ),
      goals: mapList(item.goals, (goal) => patch(goal, { framework: rename('frameworks', goal.framework) })),
      baseline:
        item.baseline &&
        patch(item.baseline, {
          indicators: mapList(item.baseline.indicators, (id) => rename('indicators', id)),
        }),
      checkIns: mapList(item.checkIns, (checkIn) =>
        patch(checkIn, { participants: mapList(checkIn.participants, (id) => rename('organisations', id)) }),
      ),
    }),
  );
}

export function renameObservation(item: Observation, rename: Rename): Observation {
  return patch(item, { indicator: rename('indicators', item.indicator) });
}

/** The item with every id it has and refers to passed through `rename`. */
export function renameItem<T>(collection: Collection, item: T, rename: Rename): T {
  switch (collection) {
    case 'frameworks':
      return renameFramework(item as Framework, rename) as T;
    case 'organisations':
      return renameOrganisation(item as Organisation, rename) as T;
    case 'plans':
      return renamePlan(item as Plan, rename) as T;
    case 'agreements':
      return renameAgreement(item as Agreement, rename) as T;
    case 'indicators':
      return renameIndicator(item as Indicator, rename) as T;
  }
}

/** Every id an item refers to (its own excluded), with the collection it lies in. */
export function referencesOf(collection: Collection, item: unknown): [Collection, string][] {
  const found: [Collection, string][] = [];
  const ownId = (item as { id?: unknown }).id;
  let isOwn = true;
  renameItem(collection, item, (target, id) => {
    // The first id a renamer asks for is the item's own.
    if (isOwn && target === collection && id === ownId) isOwn = false;
    else found.push([target, id]);
    return id;
  });
  return found;
}
