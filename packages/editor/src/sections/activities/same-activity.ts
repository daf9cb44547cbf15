/**
 * One activity, however many delmål a plan lists it under (Besökskort under delmål 4 and 5 in Sörmland's plan):
 * finding an activity with the same name, linking it to one more delmål instead of copying it, and merging a copy
 * into the activity it copies.
 */
import type { Framework } from '@dhol/core';
import type { Lang } from '../../i18n/messages.js';
import { isObject, type JsonObject, type Path } from '../../store/path.js';
import { slugify, uniqueId } from '../../util/ids.js';
import { goalShortLabel } from '../goals.js';
import { textOf } from '../names.js';
import type { EditorContext } from '../section.js';

/** A name as compared: case, spaces and quotation marks do not count. */
export function normaliseTitle(text: string): string {
  return text
    .replace(/["'”“„»«’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('sv');
}

/** Each activity's name as compared, kept per activity object: an edit makes a new object, so it is never stale. */
const compared = new WeakMap<object, string>();

function comparedTitle(activity: JsonObject): string {
  let title = compared.get(activity);
  if (title === undefined) {
    title = normaliseTitle(textOf(activity['title'], 'sv'));
    compared.set(activity, title);
  }
  return title;
}

/** The indices of the activities named `title` (in Swedish), besides `except`. */
export function sameTitle(activities: readonly unknown[], title: string, except?: number): number[] {
  const wanted = normaliseTitle(title);
  if (wanted === '') return [];
  const out: number[] = [];
  activities.forEach((activity, index) => {
    if (index !== except && isObject(activity) && comparedTitle(activity) === wanted) out.push(index);
  });
  return out;
}

/** The goal ids an activity links to. */
export function goalsOf(activity: unknown): string[] {
  const goals = isObject(activity) && Array.isArray(activity['goals']) ? activity['goals'] : [];
  return goals.flatMap((link) => (isObject(link) && typeof link['goal'] === 'string' ? [link['goal']] : []));
}

/** "delmål 4 och 5", "delmål 4, 5 och 6" — goals as a reader names them. */
export function goalsText(ids: readonly string[], framework: Framework | undefined, lang: Lang): string {
  const names = ids.map((id) => {
    const goal = framework?.goals.find((g) => g.id === id);
    return goal ? goalShortLabel(goal, lang) : id;
  });
  const word = lang === 'sv' ? 'Delmål' : 'Sub-goal';
  const allSubgoals = names.every((name) => name.startsWith(`${word} `));
  const parts = allSubgoals ? names.map((name, i) => (i === 0 ? name : name.slice(word.length + 1))) : names;
  const and = lang === 'sv' ? 'och' : 'and';
  const text =
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
  return lang === 'sv' ? text.replace(/^Delmål/, 'delmål') : text.replace(/^Sub-goal/, 'sub-goal');
}

/** A new activity named `title` under `goal`. */
export function newActivity(
  title: string,
  goal: string,
  kind: string,
  status: string,
  takenIds: Iterable<string>,
): JsonObject {
  return {
    id: uniqueId(slugify(title, 'aktivitet'), takenIds),
    title: { sv: title },
    goals: [{ goal }],
    kind,
    status,
    responsible: [],
  };
}

/** Links the activity at `activityPath` to `goal` as well (one undoable step). */
export function linkToGoal(ctx: EditorContext, activityPath: Path, goal: string, kind?: string): void {
  const goals = ctx.get([...activityPath, 'goals']);
  const count = Array.isArray(goals) ? goals.length : 0;
  const activityKind = ctx.get([...activityPath, 'kind']);
  // The kind under this delmål is written only when it differs from the activity's own.
  const link = kind && kind !== activityKind ? { goal, kind } : { goal };
  ctx.edit([...activityPath, 'goals', count], link, { insert: true, group: null });
}

/** The values of `from` that `into` lacks, so merging keeps everything the copy said. */
function mergedInto(into: JsonObject, from: JsonObject): JsonObject {
  const out: JsonObject = { ...into };
  const intoGoals = goalsOf(into);
  const links = Array.isArray(into['goals']) ? [...into['goals']] : [];
  for (const link of Array.isArray(from['goals']) ? from['goals'] : []) {
    if (isObject(link) && typeof link['goal'] === 'string' && !intoGoals.includes(link['goal']))
      links.push(link);
  }
  out['goals'] = links;
  for (const key of ['responsible', 'targetGroups', 'links', 'progress'] as const) {
    const mine = Array.isArray(into[key]) ? (into[key] as unknown[]) : [];
    const theirs = Array.isArray(from[key]) ? (from[key] as unknown[]) : [];
    const seen = new Set(mine.map((item) => JSON.stringify(item)));
    const added = theirs.filter((item) => !seen.has(JSON.stringify(item)));
    if (added.length > 0) out[key] = [...mine, ...added];
  }
  for (const key of ['description', 'period', 'followUp'] as const) {
    if (out[key] === undefined && from[key] !== undefined) out[key] = from[key];
  }
  return out;
}

/**
 * Merges the activity at index `from` into the one at `into`: `into` gets the delmål links (and responsible
 * parties, target groups, links, notes, and texts it lacked) of `from`, and `from` goes. One undoable step.
 * Returns the index `into` has afterwards.
 */
export function mergeActivities(ctx: EditorContext, planPath: Path, from: number, into: number): number {
  const list = ctx.get([...planPath, 'activities']);
  if (!Array.isArray(list) || !isObject(list[from]) || !isObject(list[into])) return into;
  const merged = mergedInto(list[into], list[from]);
  ctx.transact(() => {
    ctx.edit([...planPath, 'activities', into], merged);
    ctx.edit([...planPath, 'activities', from], undefined);
  });
  return from < into ? into - 1 : into;
}
