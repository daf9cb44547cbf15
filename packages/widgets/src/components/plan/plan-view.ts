import {
  type ActivityKind,
  type ActivityStatus,
  activitiesByGoal,
  type ListedActivity as CoreListedActivity,
  type Framework,
  type Goal,
  type GoalSection,
  type LocalizedText,
  type Organisation,
  type Plan,
  type TextBlock,
} from '@dhol/core';

/** What a citizen has narrowed the activities to; every field is optional. */
export interface PlanFilters {
  /** A delmål: its number (`6`) or, when it has none, its id. */
  goal?: string;
  kind?: ActivityKind;
  status?: ActivityStatus;
  /** A responsible organisation's id. */
  organisation?: string;
  /** Free text to look for in titles, descriptions and responsible organisations. */
  q?: string;
  /** The activity picked by the user (its id). */
  activity?: string;
}

/** URL parameter names, after the prefix: `?dhol-delmal=6&dhol-q=besök`. */
export const PARAMS: Record<keyof PlanFilters, string> = {
  goal: 'delmal',
  kind: 'kind',
  status: 'status',
  organisation: 'org',
  q: 'q',
  activity: 'activity',
};

const KINDS: readonly ActivityKind[] = ['ongoing', 'development', 'new'];
const STATUSES: readonly ActivityStatus[] = ['planned', 'ongoing', 'completed', 'paused', 'cancelled'];

/** Reads filters from a query string or hash (`?a=1` or `#a=1`); unknown values are ignored, never thrown on. */
export function readFilters(search: string, prefix: string): PlanFilters {
  const params = new URLSearchParams(search.replace(/^[?#]/, ''));
  const get = (key: keyof PlanFilters) => {
    const value = params.get(`${prefix}${PARAMS[key]}`)?.trim();
    return value ? value.slice(0, 200) : undefined;
  };
  const filters: PlanFilters = {};
  const goal = get('goal');
  if (goal) filters.goal = goal;
  const kind = get('kind');
  if (kind && (KINDS as readonly string[]).includes(kind)) filters.kind = kind as ActivityKind;
  const status = get('status');
  if (status && (STATUSES as readonly string[]).includes(status)) filters.status = status as ActivityStatus;
  const organisation = get('organisation');
  if (organisation) filters.organisation = organisation;
  const q = get('q');
  if (q) filters.q = q;
  const activity = get('activity');
  if (activity) filters.activity = activity;
  return filters;
}

/** Writes filters into a query string or hash, keeping every parameter that is not the element's own. */
export function writeFilters(search: string, prefix: string, filters: PlanFilters): string {
  const params = new URLSearchParams(search.replace(/^[?#]/, ''));
  for (const key of Object.keys(PARAMS) as (keyof PlanFilters)[]) {
    const value = filters[key];
    if (value) params.set(`${prefix}${PARAMS[key]}`, value);
    else params.delete(`${prefix}${PARAMS[key]}`);
  }
  return params.toString();
}

/** True when any filter that narrows the list is set (a picked activity does not narrow it). */
export function isFiltered(filters: PlanFilters): boolean {
  return Boolean(filters.goal || filters.kind || filters.status || filters.organisation || filters.q);
}

/** An activity as the plan lists it under one delmål: in the words and as the kind it has there (core's type). */
export type ListedActivity = CoreListedActivity;

/** One delmål (or the catch-all for links to other goals) with its section text and activities. */
export interface ActivityGroup {
  /** The filter value: the delmål's number, or its id; `other` for the catch-all. */
  key: string;
  goal?: Goal;
  section?: GoalSection;
  activities: ListedActivity[];
}

/** The value that picks a goal in the filter and the URL. */
export function goalKey(goal: Goal): string {
  return goal.number !== undefined ? String(goal.number) : goal.id;
}

/**
 * The plan's activities grouped by delmål, in the framework's order (core's `activitiesByGoal`): an activity
 * listed under several delmål appears in each, with the wording and kind it has there. Activities whose links
 * reach no delmål (an overarching goal, a framework the page does not know) go to a last group without a goal,
 * so no activity is ever left out.
 */
export function groupActivities(plan: Plan, framework: Framework | undefined): ActivityGroup[] {
  const groups: ActivityGroup[] = activitiesByGoal(plan, framework).map((g) => ({
    key: goalKey(g.goal),
    goal: g.goal,
    ...(g.section ? { section: g.section } : {}),
    activities: g.activities,
  }));
  const placed = new Set(groups.flatMap((g) => g.activities.map((a) => a.activity.id)));
  const seen = new Set<string>();
  const other: ListedActivity[] = [];
  for (const activity of plan.activities) {
    if (placed.has(activity.id) || seen.has(activity.id)) continue;
    seen.add(activity.id);
    const link = activity.goals[0] ?? { goal: '' };
    other.push({ activity, title: link.listedAs ?? activity.title, kind: link.kind ?? activity.kind, link });
  }
  return other.length > 0 ? [...groups, { key: 'other', activities: other }] : groups;
}

/** Every word of a text in both languages, lower-cased, for search. */
function words(text: LocalizedText | undefined): string {
  return text ? `${text.sv} ${text.en ?? ''}` : '';
}

function blockWords(blocks: readonly TextBlock[] | undefined): string {
  return (blocks ?? [])
    .map((b) => (b.type === 'list' ? b.items.map(words).join(' ') : words(b.text)))
    .join(' ');
}

/** Whether one listed activity passes the filters. `organisationName` resolves ids for the text search. */
export function matches(
  listed: ListedActivity,
  group: ActivityGroup,
  filters: PlanFilters,
  organisationName: (id: string) => string,
): boolean {
  if (filters.goal && filters.goal !== group.key && filters.goal !== group.goal?.id) return false;
  if (filters.kind && filters.kind !== listed.kind) return false;
  if (filters.status && filters.status !== listed.activity.status) return false;
  const responsible = listed.activity.responsible ?? [];
  if (filters.organisation && !responsible.some((r) => r.organisation === filters.organisation)) return false;
  if (filters.q) {
    const needle = filters.q.toLocaleLowerCase('sv');
    const haystack = [
      words(listed.title),
      words(listed.activity.title),
      blockWords(listed.activity.description),
      blockWords(listed.activity.followUp),
      ...(listed.activity.targetGroups ?? []).map(words),
      ...responsible.map((r) => `${organisationName(r.organisation)} ${words(r.label)}`),
    ]
      .join(' ')
      .toLocaleLowerCase('sv');
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

/** Every name an organisation goes by: its name and short name, in each language given. */
export function organisationNames(org: Organisation): string[] {
  return [org.name, org.shortName].flatMap((text) => Object.values(text ?? {}).filter(Boolean));
}

const normalise = (text: string) =>
  text
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/, '')
    .trim();

/**
 * Whether a party's label says no more than its role and name already do: "Samordnas av Länsstyrelsen" for a
 * coordinator named Länsstyrelsen i Södermanlands län (short name Länsstyrelsen). Such a label is left out so the
 * line does not read "Samordnas av: Länsstyrelsen i Södermanlands län (Samordnas av Länsstyrelsen)"; a label that
 * adds anything ("Kartläggningen sammanställs av FoU i Sörmland") stays.
 */
export function restatesRole(label: string, role: string, names: readonly string[]): boolean {
  const said = normalise(label);
  const verb = normalise(role);
  if (said === verb) return true;
  if (!said.startsWith(`${verb} `)) return false;
  const who = said.slice(verb.length + 1);
  return names.some((name) => normalise(name) === who);
}
