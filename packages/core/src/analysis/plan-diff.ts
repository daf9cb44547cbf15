import type { Activity, ActivityKind, ActivityStatus } from '../model/activity.js';
import type { ResponsibleParty } from '../model/organisation.js';
import type { Plan } from '../model/plan.js';
import type { LocalizedText, TextBlocks } from '../model/primitives.js';
import { distinctActivities } from './goals.js';

/** A field of an activity that `diffPlans` compares. */
export type ActivityField = 'id' | 'title' | 'description' | 'goals' | 'kind' | 'status' | 'responsible';

/** One changed field: its value before and after (undefined where the field was absent). */
export type FieldChange =
  | { field: 'id'; before: string; after: string }
  | { field: 'title'; before: LocalizedText; after: LocalizedText }
  | { field: 'description'; before?: TextBlocks; after?: TextBlocks }
  | { field: 'goals'; before: string[]; after: string[]; added: string[]; removed: string[] }
  | { field: 'kind'; before: ActivityKind; after: ActivityKind }
  | { field: 'status'; before: ActivityStatus; after: ActivityStatus }
  | {
      field: 'responsible';
      before: ResponsibleParty[];
      after: ResponsibleParty[];
      added: ResponsibleParty[];
      removed: ResponsibleParty[];
    };

/** An activity found in both versions, with what differs. */
export interface ActivityChange {
  before: Activity;
  after: Activity;
  /** `id` when the ids agree; `title` when the ids differ and the Swedish titles match. */
  matchedBy: 'id' | 'title';
  changes: FieldChange[];
}

/** What changed between two versions of a plan, activity by activity. */
export interface PlanDiff {
  /** The two plans' ids, versions and titles, for a report's heading. */
  before: PlanLabel;
  after: PlanLabel;
  /** Activities only in the newer version, in its order. */
  added: Activity[];
  /** Activities only in the older version, in its order. */
  removed: Activity[];
  /** Activities in both that differ, in the newer version's order. */
  changed: ActivityChange[];
  /** How many activities are in both and did not change. */
  unchanged: number;
  /** True when nothing was added, removed or changed. */
  identical: boolean;
}

export interface PlanLabel {
  id?: string;
  version?: string;
  title?: LocalizedText;
}

function label(plan: Plan | undefined | null): PlanLabel {
  return {
    ...(typeof plan?.id === 'string' ? { id: plan.id } : {}),
    ...(typeof plan?.version === 'string' ? { version: plan.version } : {}),
    ...(plan?.title && typeof plan.title === 'object' ? { title: plan.title } : {}),
  };
}

/** JSON with object keys in sorted order, so two values equal by content compare equal as text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** A title as compared for matching: Swedish text, spaces collapsed, case folded. */
function titleKey(activity: Activity): string | undefined {
  const sv = activity.title?.sv;
  return typeof sv === 'string' ? sv.replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv') : undefined;
}

function goalIds(activity: Activity): string[] {
  const ids: string[] = [];
  for (const link of Array.isArray(activity.goals) ? activity.goals : []) {
    if (typeof link?.goal === 'string' && !ids.includes(link.goal)) ids.push(link.goal);
  }
  return ids;
}

function parties(activity: Activity): ResponsibleParty[] {
  return Array.isArray(activity.responsible)
    ? activity.responsible.filter((p) => p && typeof p === 'object')
    : [];
}

/** Items of `a` with no equal item (by content) in `b`. */
function missingFrom<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const keys = new Set(b.map(key));
  return a.filter((item) => !keys.has(key(item)));
}

const partyKey = (party: ResponsibleParty) => canonical(party);
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The fields of two versions of one activity that differ, in a fixed order. */
export function compareActivities(before: Activity, after: Activity): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.id !== after.id) changes.push({ field: 'id', before: before.id, after: after.id });
  if (!same(before.title, after.title))
    changes.push({ field: 'title', before: before.title, after: after.title });
  const descriptionBefore = before.description?.length ? before.description : undefined;
  const descriptionAfter = after.description?.length ? after.description : undefined;
  if (!same(descriptionBefore, descriptionAfter)) {
    changes.push({
      field: 'description',
      ...(descriptionBefore ? { before: descriptionBefore } : {}),
      ...(descriptionAfter ? { after: descriptionAfter } : {}),
    });
  }
  const goalsBefore = goalIds(before);
  const goalsAfter = goalIds(after);
  const goalsAdded = goalsAfter.filter((id) => !goalsBefore.includes(id));
  const goalsRemoved = goalsBefore.filter((id) => !goalsAfter.includes(id));
  if (goalsAdded.length > 0 || goalsRemoved.length > 0) {
    changes.push({
      field: 'goals',
      before: goalsBefore,
      after: goalsAfter,
      added: goalsAdded,
      removed: goalsRemoved,
    });
  }
  if (before.kind !== after.kind) changes.push({ field: 'kind', before: before.kind, after: after.kind });
  if (before.status !== after.status)
    changes.push({ field: 'status', before: before.status, after: after.status });
  const partiesBefore = parties(before);
  const partiesAfter = parties(after);
  const partiesAdded = missingFrom(partiesAfter, partiesBefore, partyKey);
  const partiesRemoved = missingFrom(partiesBefore, partiesAfter, partyKey);
  if (partiesAdded.length > 0 || partiesRemoved.length > 0) {
    changes.push({
      field: 'responsible',
      before: partiesBefore,
      after: partiesAfter,
      added: partiesAdded,
      removed: partiesRemoved,
    });
  }
  return changes;
}

/**
 * What changed between two versions of a plan: activities added, removed and changed (title, description, delmål
 * links, kind, status and responsible parties). Activities are matched by id; of those left over, an activity in
 * each version with the same Swedish title (ignoring case and spacing, and only where the title is unique on both
 * sides) is the same activity under a new id. The order of goal links and parties does not count as a change, and
 * progress notes are not compared: they are follow-up, not plan.
 */
export function diffPlans(before: Plan | undefined | null, after: Plan | undefined | null): PlanDiff {
  const oldActivities = distinctActivities(before?.activities);
  const newActivities = distinctActivities(after?.activities);
  const oldById = new Map(oldActivities.map((a) => [a.id, a] as const));
  const newIds = new Set(newActivities.map((a) => a.id));
  const pairs = new Map<Activity, { before: Activity; matchedBy: 'id' | 'title' }>();
  for (const activity of newActivities) {
    const old = oldById.get(activity.id);
    if (old) pairs.set(activity, { before: old, matchedBy: 'id' });
  }
  const oldLeft = oldActivities.filter((a) => !newIds.has(a.id));
  const newLeft = newActivities.filter((a) => !oldById.has(a.id));
  const unique = (list: Activity[]) => {
    const counts = new Map<string, number>();
    for (const a of list) {
      const key = titleKey(a);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return new Map(
      list.filter((a) => counts.get(titleKey(a) ?? '') === 1).map((a) => [titleKey(a)!, a] as const),
    );
  };
  const oldByTitle = unique(oldLeft);
  for (const [key, activity] of unique(newLeft)) {
    const old = oldByTitle.get(key);
    if (old) pairs.set(activity, { before: old, matchedBy: 'title' });
  }
  const matchedOld = new Set([...pairs.values()].map((p) => p.before));
  const changed: ActivityChange[] = [];
  let unchanged = 0;
  const added: Activity[] = [];
  for (const activity of newActivities) {
    const pair = pairs.get(activity);
    if (!pair) {
      added.push(activity);
      continue;
    }
    const changes = compareActivities(pair.before, activity);
    if (changes.length === 0) unchanged += 1;
    else changed.push({ before: pair.before, after: activity, matchedBy: pair.matchedBy, changes });
  }
  const removed = oldActivities.filter((a) => !matchedOld.has(a));
  return {
    before: label(before),
    after: label(after),
    added,
    removed,
    changed,
    unchanged,
    identical: added.length === 0 && removed.length === 0 && changed.length === 0,
  };
}

/**
 * The plan asked for by id, else the newest of a list: the first plan no other plan in the list replaces (a
 * dataset may hold a plan and the versions before it). Undefined when the list is empty or the id is not in it.
 */
export function currentPlan(plans: readonly Plan[] | undefined | null, id?: string): Plan | undefined {
  const list = Array.isArray(plans) ? plans.filter((p) => p && typeof p === 'object') : [];
  if (id !== undefined) return list.find((p) => p.id === id);
  const replaced = new Set(list.map((p) => p.replaces?.plan).filter((x) => typeof x === 'string'));
  return list.find((p) => !replaced.has(p.id)) ?? list[0];
}
