import type { Activity, ActivityKind, Framework, Goal, GoalLink } from '../model/index.js';

/** A goal's place by number; anything but a finite number (unvalidated data may hold anything) sorts last. */
function order(goal: Goal): number {
  return typeof goal.number === 'number' && Number.isFinite(goal.number)
    ? goal.number
    : Number.MAX_SAFE_INTEGER;
}

/** The delmål (goals of kind `subgoal`) of a framework, ordered by their number, unnumbered ones last. */
export function delmalOf(framework: Framework | undefined | null): Goal[] {
  const goals = Array.isArray(framework?.goals) ? framework.goals : [];
  return goals
    .map((goal, index) => ({ goal, index }))
    .filter(({ goal }) => goal?.kind === 'subgoal')
    .sort((a, b) => order(a.goal) - order(b.goal) || a.index - b.index)
    .map(({ goal }) => goal);
}

/** Where a goal link lands: the delmål it counts under, and the priority when it points at one. */
export interface ResolvedLink {
  delmal: Goal;
  priority?: Goal;
  link: GoalLink;
}

/** Resolves goal ids to the delmål they count under: a delmål itself, or a priority's parent delmål. */
export function linkResolver(
  framework: Framework | undefined | null,
): (link: GoalLink) => ResolvedLink | undefined {
  const goals = Array.isArray(framework?.goals) ? framework.goals : [];
  const byId = new Map<string, Goal>();
  for (const goal of goals)
    if (goal && typeof goal.id === 'string' && !byId.has(goal.id)) byId.set(goal.id, goal);
  return (link) => {
    const goal = link ? byId.get(link.goal) : undefined;
    if (!goal) return undefined;
    if (goal.kind === 'subgoal') return { delmal: goal, link };
    if (goal.kind === 'priority' && goal.parent) {
      const parent = byId.get(goal.parent);
      if (parent?.kind === 'subgoal') return { delmal: parent, priority: goal, link };
    }
    return undefined;
  };
}

/** The activities of a plan, once each (a repeated id keeps its first occurrence). */
export function distinctActivities(activities: readonly Activity[] | undefined | null): Activity[] {
  if (!Array.isArray(activities)) return [];
  const seen = new Set<string>();
  const out: Activity[] = [];
  for (const activity of activities) {
    if (!activity || typeof activity !== 'object') continue;
    const key = typeof activity.id === 'string' ? activity.id : `#${out.length}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(activity);
  }
  return out;
}

/** The kind an activity has where a link places it: the link's own kind, else the activity's. */
export function kindAt(activity: Activity, link: GoalLink | undefined): ActivityKind {
  return link?.kind ?? activity.kind;
}

/** Distinct responsible organisation ids of activities, in order of first mention. */
export function organisationsOf(activities: readonly Activity[]): string[] {
  const ids = new Set<string>();
  for (const activity of activities) {
    for (const party of Array.isArray(activity.responsible) ? activity.responsible : []) {
      if (party && typeof party.organisation === 'string') ids.add(party.organisation);
    }
  }
  return [...ids];
}

/** Each delmål an activity counts under, once, with the first link that places it there. */
export function placementsOf(
  activity: Activity,
  resolve: (link: GoalLink) => ResolvedLink | undefined,
): ResolvedLink[] {
  const out: ResolvedLink[] = [];
  const links = Array.isArray(activity.goals) ? activity.goals : [];
  for (let i = 0; i < links.length; i++) {
    const resolved = resolve(links[i] as GoalLink);
    if (resolved && !placed(out, resolved.delmal.id)) out.push(resolved);
  }
  return out;
}

/**
 * Whether a delmål is among those found: an activity links to a few goals, and a look through them is much cheaper
 * than a map for each of the tens of thousands of activities an overview of the country summarises.
 */
function placed(found: readonly ResolvedLink[], delmal: string): boolean {
  for (let i = 0; i < found.length; i++) if (found[i]?.delmal.id === delmal) return true;
  return false;
}
