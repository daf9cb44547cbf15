import type { Activity, Framework, Goal, LocalizedText, Organisation, Plan } from '../model/index.js';
import {
  delmalOf,
  distinctActivities,
  kindAt,
  linkResolver,
  organisationsOf,
  placementsOf,
} from './goals.js';

/** A priority (prioritering) of a delmål that the plan links to, and the activities linked to it. */
export interface PriorityCoverage {
  goal: Goal;
  activities: Activity[];
}

/** What a plan does for one delmål. */
export interface GoalCoverage {
  goal: Goal;
  /** Every activity with a link to the delmål or to one of its priorities, in document order. */
  activities: Activity[];
  /** Counts by kind where the plan lists the activity under this delmål (`link.kind ?? activity.kind`). */
  ongoing: number;
  development: number;
  new: number;
  /** Distinct ids of the organisations responsible for these activities. */
  organisations: string[];
  /** The delmål's priorities the plan links to, in framework order. */
  priorities: PriorityCoverage[];
}

/** Which delmål of a framework a plan's activities address, and which none does. */
export interface Coverage {
  /** One entry per delmål, ordered by number. */
  goals: GoalCoverage[];
  /** Delmål with no activity. */
  uncovered: Goal[];
  /** Distinct activities in the plan. */
  totalActivities: number;
  /** Activities whose links reach no delmål of this framework (e.g. only an overarching goal or an unknown id). */
  outside: Activity[];
  /** False when the plan names another framework than the one given. */
  frameworkMatches: boolean;
}

/** Which delmål of a framework a plan's activities address, and which none does. */
export function coverage(plan: Plan | undefined | null, framework: Framework | undefined | null): Coverage {
  const delmal = delmalOf(framework);
  const resolve = linkResolver(framework);
  const activities = distinctActivities(plan?.activities);
  const entries = new Map<string, GoalCoverage>(
    delmal.map((goal) => [
      goal.id,
      { goal, activities: [], ongoing: 0, development: 0, new: 0, organisations: [], priorities: [] },
    ]),
  );
  const priorityActivities = new Map<string, Activity[]>();
  const outside: Activity[] = [];

  for (const activity of activities) {
    const placements = placementsOf(activity, resolve);
    if (placements.length === 0) outside.push(activity);
    for (const placement of placements) {
      const entry = entries.get(placement.delmal.id);
      if (!entry) continue;
      entry.activities.push(activity);
      entry[kindAt(activity, placement.link)] += 1;
    }
    const priorities = new Set<string>();
    for (const link of Array.isArray(activity.goals) ? activity.goals : []) {
      const priority = resolve(link)?.priority;
      if (priority && !priorities.has(priority.id)) {
        priorities.add(priority.id);
        const list = priorityActivities.get(priority.id) ?? [];
        list.push(activity);
        priorityActivities.set(priority.id, list);
      }
    }
  }

  for (const goal of Array.isArray(framework?.goals) ? framework.goals : []) {
    const list = goal?.kind === 'priority' ? priorityActivities.get(goal.id) : undefined;
    const entry = list && goal.parent ? entries.get(goal.parent) : undefined;
    if (entry && list) entry.priorities.push({ goal, activities: list });
  }
  for (const entry of entries.values()) entry.organisations = organisationsOf(entry.activities);

  const goals = [...entries.values()];
  return {
    goals,
    uncovered: goals.filter((entry) => entry.activities.length === 0).map((entry) => entry.goal),
    totalActivities: activities.length,
    outside,
    frameworkMatches: !!plan && !!framework && plan.framework === framework.id,
  };
}

/** One column of a coverage matrix: a plan or an organisation. */
export interface CoverageColumn {
  id: string;
  /** The plan's title or the organisation's name, when known. */
  label?: LocalizedText;
  /** Activities under any delmål in this column. */
  total: number;
}

/**
 * One cell: how many activities of the column serve the row's delmål. A plan's zero is a gap (a plan is meant to
 * address every delmål); an organisation's zero is not: no organisation is expected to work on every delmål, and
 * a delmål no column serves is found in `uncovered`.
 */
export interface CoverageCell {
  column: string;
  count: number;
  isGap: boolean;
}

export interface CoverageRow {
  goal: Goal;
  cells: CoverageCell[];
  /** Distinct activities (across all columns) serving the delmål. */
  total: number;
}

/** Delmål × plans or delmål × organisations, for a table that shows where work is done and where it is missing. */
export interface CoverageMatrix {
  by: 'plan' | 'organisation';
  columns: CoverageColumn[];
  rows: CoverageRow[];
  /** Every gap, row by row: by plan, each empty cell; by organisation, none (a zero is not a gap by itself). */
  gaps: { goal: Goal; column: string }[];
  /** Delmål no column serves. */
  uncovered: Goal[];
}

export interface CoverageMatrixOptions {
  by: 'plan' | 'organisation';
  /** Organisations to label the columns with, when `by` is `organisation`. */
  organisations?: readonly Organisation[];
}

/**
 * A table of delmål (rows) against plans or responsible organisations (columns), with counts and gaps. An activity
 * with several responsible organisations counts in each of their columns once.
 */
export function coverageMatrix(
  plans: readonly Plan[] | undefined | null,
  framework: Framework | undefined | null,
  options: CoverageMatrixOptions = { by: 'plan' },
): CoverageMatrix {
  const by = options?.by === 'organisation' ? 'organisation' : 'plan';
  const validPlans = (Array.isArray(plans) ? plans : []).filter(
    (plan): plan is Plan => !!plan && typeof plan === 'object',
  );
  const perPlan = validPlans.map((plan) => ({ plan, coverage: coverage(plan, framework) }));
  const delmal = delmalOf(framework);

  // For each delmål: column id → the activities counted there. Each plan's activities are distinct objects
  // (`coverage` keeps one per id), so the objects themselves are the keys; an id may be anything in unchecked data.
  const counts = new Map<string, Map<string, Set<Activity>>>(delmal.map((goal) => [goal.id, new Map()]));
  const columnTotals = new Map<string, Set<Activity>>();
  const columns: CoverageColumn[] = [];
  const columnIndex = new Map<string, CoverageColumn>();
  const orgNames = new Map(
    (Array.isArray(options?.organisations) ? options.organisations : [])
      .filter((org) => !!org && typeof org === 'object')
      .map((org) => [org.id, org.name]),
  );
  const addColumn = (id: string, label: LocalizedText | undefined) => {
    if (columnIndex.has(id)) return;
    const column: CoverageColumn = { id, ...(label ? { label } : {}), total: 0 };
    columnIndex.set(id, column);
    columns.push(column);
    columnTotals.set(id, new Set());
  };

  perPlan.forEach(({ plan, coverage: result }, planIndex) => {
    const planKey = typeof plan.id === 'string' ? plan.id : `#${planIndex}`;
    if (by === 'plan') addColumn(planKey, plan.title);
    for (const entry of result.goals) {
      for (const activity of entry.activities) {
        const columnIds = by === 'plan' ? [planKey] : organisationsOf([activity]);
        for (const id of columnIds) {
          if (by === 'organisation') addColumn(id, orgNames.get(id));
          const cell = counts.get(entry.goal.id);
          if (!cell) continue;
          const set = cell.get(id) ?? new Set<Activity>();
          set.add(activity);
          cell.set(id, set);
          columnTotals.get(id)?.add(activity);
        }
      }
    }
  });
  for (const column of columns) column.total = columnTotals.get(column.id)?.size ?? 0;

  const gaps: { goal: Goal; column: string }[] = [];
  const rows: CoverageRow[] = delmal.map((goal) => {
    const byColumn = counts.get(goal.id) ?? new Map<string, Set<Activity>>();
    const cells = columns.map((column) => {
      const count = byColumn.get(column.id)?.size ?? 0;
      const isGap = by === 'plan' && count === 0;
      if (isGap) gaps.push({ goal, column: column.id });
      return { column: column.id, count, isGap };
    });
    // Counted from the plans, so an activity with no responsible organisation still serves the delmål.
    const total = perPlan.reduce(
      (sum, { coverage: result }) =>
        sum + (result.goals.find((g) => g.goal.id === goal.id)?.activities.length ?? 0),
      0,
    );
    return { goal, cells, total };
  });

  return { by, columns, rows, gaps, uncovered: rows.filter((row) => row.total === 0).map((row) => row.goal) };
}
