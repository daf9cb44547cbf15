import { formatDate } from '../format/date.js';
import { activityStatusLabel } from '../format/labels.js';
import type { Lang } from '../format/lang.js';
import { formatNumber } from '../format/number.js';
import type { Message } from '../issues/issue.js';
import type { Activity, ActivityStatus, ProgressNote } from '../model/activity.js';
import type { Framework, Goal } from '../model/framework.js';
import type { Plan, Revision } from '../model/plan.js';
import { addDays } from '../time/days.js';
import { partialDateSpan, toIsoDay } from '../time/partial-date.js';
import { activitiesByGoal } from './activities-by-goal.js';
import { distinctActivities } from './goals.js';
import { progressTimeline, type StatusAt, statusAsOf } from './progress.js';
import { revisionStatus } from './revision.js';
import {
  DEFAULT_STALE_MONTHS,
  planStartDay,
  revisionDay,
  type StaleActivity,
  staleActivities,
} from './stale.js';

export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  'planned',
  'ongoing',
  'completed',
  'paused',
  'cancelled',
];

/** How many activities have each status; `unknown` counts those with notes only after the day. */
export type StatusCounts = Record<ActivityStatus | 'unknown', number>;

/** One activity over the period. */
export interface ActivityFollowUp {
  activity: Activity;
  /** Its status the day before the period began. */
  atStart: StatusAt;
  /**
   * What the period is measured from: `atStart`, or, for an activity first reported within the period, where the
   * first day's notes left it.
   */
  baseline: StatusAt;
  /** Its status on the period's last day. */
  atEnd: StatusAt;
  /** Its progress notes dated within the period, in date order. */
  notes: ProgressNote[];
  /**
   * True when a note in the period left it with another status than it had before the period. An activity first
   * reported within the period is measured from its first day of notes, since nothing says where it stood before.
   */
  changed: boolean;
}

/** The follow-up of a group of activities (a whole plan or one delmål) over the period. */
export interface FollowUpGroup {
  /** Distinct activities. */
  total: number;
  /** Their statuses on the period's last day. */
  atEnd: StatusCounts;
  /** How many reached each status during the period (moved there from another status by a note). */
  reached: Record<ActivityStatus, number>;
  /** How many have at least one progress note dated in the period. */
  reported: number;
  /** How many got their first note ever in the period, so their status before it is unknown. */
  firstReported: number;
  activities: ActivityFollowUp[];
  /** The group's follow-up in words: only figures computed from the data, never an estimate. */
  text: Message;
}

/** Where the period's start comes from when it was not given. */
export type PeriodStart =
  | { kind: 'revision'; revision: Revision; day: string }
  | { kind: 'decision'; day: string }
  | { kind: 'validity'; day: string }
  | { kind: 'given'; day: string };

export interface FollowUpOptions {
  /** Today, for the default end of the period and for staleness: a Date, an ISO string or epoch milliseconds. */
  now: Date | string | number;
  /** First day of the period (`2027`, `2027-03` or `2027-03-15`; a year or month means its first day). */
  from?: string;
  /** Last day of the period (a year or month means its last day); defaults to today. */
  to?: string;
  /** Months without a note before an activity is flagged as stale; defaults to six. */
  staleMonths?: number;
}

export interface FollowUpSummary extends FollowUpGroup {
  /**
   * The period, inclusive, as `YYYY-MM-DD`; `start` says where `from` came from; `label` names it in words
   * ("16 mars 2026 – 5 december 2026 (sedan revideringen mars 2026)").
   */
  period: { from: string; to: string; start: PeriodStart; toIsToday: boolean; label: Message };
  /** False when the period ends before it begins; then nothing counts as changed. */
  validPeriod: boolean;
  /** Every delmål of the framework in order, with the activities the plan links to it. */
  goals: (FollowUpGroup & { goal: Goal })[];
  /** True when any activity of the plan has a progress note at all. */
  hasNotes: boolean;
  /** Activities with no note for `staleMonths` before today. */
  stale: StaleActivity[];
  staleMonths: number;
  /** Planned revisions whose date has passed without being done. */
  overdueRevisions: Revision[];
}

function readToday(now: Date | string | number): string {
  if (typeof now === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(now)) return now;
  try {
    return toIsoDay(now);
  } catch {
    return toIsoDay(Date.now());
  }
}

/**
 * The default start of a follow-up period: the last done revision, else the plan's decision, else the start of its
 * validity. Undefined when the plan says none of these.
 */
export function defaultPeriodStart(plan: Plan | undefined | null): PeriodStart | undefined {
  const done = revisionStatus(plan, '9999-12-31').done;
  for (let i = done.length - 1; i >= 0; i--) {
    const day = revisionDay(done[i]!);
    if (day !== undefined) return { kind: 'revision', revision: done[i]!, day };
  }
  const day = planStartDay(plan);
  if (day === undefined) return undefined;
  return { kind: plan?.decision?.date === day ? 'decision' : 'validity', day };
}

function emptyCounts(): StatusCounts {
  return { planned: 0, ongoing: 0, completed: 0, paused: 0, cancelled: 0, unknown: 0 };
}

function followActivity(activity: Activity, from: string, to: string, valid: boolean): ActivityFollowUp {
  const before = addDays(from, -1) ?? from;
  const atStart = statusAsOf(activity, before);
  const atEnd = statusAsOf(activity, to);
  const notes = valid ? progressTimeline(activity).filter((n) => n.date >= from && n.date <= to) : [];
  // What the period is measured from: the status before it, or, for an activity first reported within it, where
  // the first day's notes left it (two notes on that day count as that day's final word, not as a change).
  const baseline =
    atStart.source === 'unknown' && notes.length > 0 ? statusAsOf(activity, notes[0]!.date) : atStart;
  const changed =
    notes.length > 0 &&
    baseline.source !== 'unknown' &&
    atEnd.source !== 'unknown' &&
    baseline.status !== atEnd.status;
  return { activity, atStart, baseline, atEnd, notes, changed };
}

interface Scope {
  /** Whole plan, or a delmål's number or id. */
  goal?: Goal;
}

function group(items: ActivityFollowUp[], scope: Scope, context: TextContext): FollowUpGroup {
  const atEnd = emptyCounts();
  const reached = { planned: 0, ongoing: 0, completed: 0, paused: 0, cancelled: 0 };
  let reported = 0;
  let firstReported = 0;
  for (const item of items) {
    if (item.notes.length > 0 && item.atStart.source === 'unknown') firstReported += 1;
    const end = item.atEnd;
    if (end.source === 'unknown' || !ACTIVITY_STATUSES.includes(end.status)) atEnd.unknown += 1;
    else {
      atEnd[end.status] += 1;
      if (item.changed) reached[end.status] += 1;
    }
    if (item.notes.length > 0) reported += 1;
  }
  const partial = { total: items.length, atEnd, reached, reported, firstReported, activities: items };
  return { ...partial, text: lazyText((lang) => describe(partial, scope, context, lang)) };
}

/**
 * A text in Swedish and English, each language built the first time it is read: a page in one language never builds
 * the other's words, nor the `Intl` formatters they need (on a phone each costs a task of its own), and a delmål's
 * text is built when its part of a report is drawn. Plain enumerable properties to any reader (spread, JSON,
 * structuredClone), with the values both would have had if built at once, as long as nobody changes the summary's
 * figures first.
 */
function lazyText(build: (lang: Lang) => string): Message {
  const built: Partial<Message> = {};
  return {
    get sv() {
      built.sv ??= build('sv');
      return built.sv;
    },
    get en() {
      built.en ??= build('en');
      return built.en;
    },
  };
}

/**
 * A plan's follow-up (uppföljning) for a period: per delmål and for the whole plan, how many activities are
 * planned, ongoing, completed, paused or cancelled at the period's end, how many reached each status during the
 * period, which are stale and which revisions are overdue, with the same in Swedish and English words (each
 * language's built the first time it is read). Counts come only from the activities' statuses and dated notes;
 * where the notes cannot say, the text says so instead of guessing. The period defaults to "since the last done
 * revision" until today.
 */
export function summariseFollowUp(
  plan: Plan | undefined | null,
  framework: Framework | undefined | null,
  options: FollowUpOptions,
): FollowUpSummary {
  const today = readToday(options?.now ?? Date.now());
  const given = typeof options?.from === 'string' ? partialDateSpan(options.from)?.first : undefined;
  const fallback = defaultPeriodStart(plan);
  const start: PeriodStart = given
    ? { kind: 'given', day: given }
    : (fallback ?? { kind: 'given', day: today });
  const givenTo = typeof options?.to === 'string' ? partialDateSpan(options.to)?.last : undefined;
  const to = givenTo ?? today;
  const from = start.day;
  const validPeriod = from <= to;
  const activities = distinctActivities(plan?.activities);
  const followed = new Map(activities.map((a) => [a, followActivity(a, from, to, validPeriod)] as const));
  const hasNotes = activities.some((a) => Array.isArray(a.progress) && a.progress.length > 0);
  const context: TextContext = { from, to, start, toIsToday: to === today, hasNotes, validPeriod };
  const whole = group([...followed.values()], {}, context);
  const goals = activitiesByGoal(plan, framework).map(({ goal, activities: listed }) => {
    const items = [...new Set(listed.map((l) => l.activity))].map((a) => followed.get(a)!);
    return { goal, ...group(items, { goal }, context) };
  });
  const staleMonths =
    typeof options?.staleMonths === 'number' && options.staleMonths >= 0
      ? options.staleMonths
      : DEFAULT_STALE_MONTHS;
  return {
    ...whole,
    period: {
      from,
      to,
      start,
      toIsToday: to === today,
      label: lazyText((lang) => periodLabel(context, lang)),
    },
    validPeriod,
    goals,
    hasNotes,
    stale: staleActivities(plan, today, { months: staleMonths }),
    staleMonths,
    overdueRevisions: revisionStatus(plan, today).overdue,
  };
}

interface TextContext {
  from: string;
  to: string;
  start: PeriodStart;
  toIsToday: boolean;
  hasNotes: boolean;
  validPeriod: boolean;
}

type Counts = Pick<FollowUpGroup, 'total' | 'atEnd' | 'reached' | 'reported' | 'firstReported'>;

const WORDS = {
  sv: {
    activities: (n: number) => (n === 1 ? 'aktivitet' : 'aktiviteter'),
    reached: {
      completed: 'genomförts',
      ongoing: 'påbörjats eller återupptagits',
      paused: 'pausats',
      cancelled: 'avbrutits',
      planned: 'åter blivit planerade',
    } as Record<ActivityStatus, string>,
  },
  en: {
    activities: (n: number) => (n === 1 ? 'activity' : 'activities'),
    reached: {
      completed: 'completed',
      ongoing: 'started or resumed',
      paused: 'paused',
      cancelled: 'cancelled',
      planned: 'set back to planned',
    } as Record<ActivityStatus, string>,
  },
};

/** Order of the statuses in the "at the end" sentence: what is moving first. */
const END_ORDER: readonly ActivityStatus[] = ['ongoing', 'planned', 'paused', 'completed', 'cancelled'];

/** Swedish plurals of the status words; `activityStatusLabel` gives the singular (and English). */
const SV_PLURAL: Partial<Record<ActivityStatus, string>> = {
  planned: 'planerade',
  paused: 'pausade',
  completed: 'genomförda',
  cancelled: 'avbrutna',
};

/** "3 planerade", "1 planerad": a count with its status word. */
function counted(status: ActivityStatus, count: number, lang: Lang): string {
  const word = (lang === 'sv' && count !== 1 && SV_PLURAL[status]) || activityStatusLabel(status, lang);
  return `${n(count, lang)} ${word}`;
}

/** A count: whole numbers read the same without `decimals`, whose formatter the elements have already built. */
function n(value: number, lang: Lang): string {
  return formatNumber(value, { lang });
}

/**
 * "1 pågår, 2 planerade och 1 avbruten": a list as `Intl.ListFormat`'s conjunction writes it in sv-SE and en-GB
 * (no comma before the last item), without building one: only this text needs it on a page, and its locale data
 * cost the report's first drawing about 12 ms at 4x CPU.
 */
function list(items: string[], lang: Lang): string {
  const last = items.at(-1) ?? '';
  return items.length < 2
    ? last
    : `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${last}`;
}

function sincePhrase(context: TextContext, lang: Lang): string {
  const { start, from, to } = context;
  if (context.toIsToday && start.kind !== 'given') {
    const day = formatDate(start.day, lang);
    if (start.kind === 'revision') {
      const when = formatDate(start.revision.date, lang);
      return lang === 'sv' ? `sedan revideringen ${when}` : `since the revision of ${when}`;
    }
    if (start.kind === 'decision')
      return lang === 'sv' ? `sedan beslutet ${day}` : `since the decision of ${day}`;
    return lang === 'sv' ? `sedan planen började gälla ${day}` : `since the plan took effect on ${day}`;
  }
  return lang === 'sv'
    ? `mellan ${formatDate(from, lang)} och ${formatDate(to, lang)}`
    : `between ${formatDate(from, lang)} and ${formatDate(to, lang)}`;
}

/** The period's days, and where its start came from when it was not given. */
function periodLabel(context: TextContext, lang: Lang): string {
  const range = `${formatDate(context.from, lang)} – ${formatDate(context.to, lang)}`;
  return context.toIsToday && context.start.kind !== 'given'
    ? `${range} (${sincePhrase(context, lang)})`
    : range;
}

function describe(counts: Counts, scope: Scope, context: TextContext, lang: Lang): string {
  const sv = lang === 'sv';
  const words = WORDS[lang];
  const where = scope.goal
    ? sv
      ? ` under delmål ${scope.goal.number ?? scope.goal.id}`
      : ` under sub-goal ${scope.goal.number ?? scope.goal.id}`
    : '';
  const total = counts.total;
  if (total === 0) {
    return sv ? `Planen har inga aktiviteter${where}.` : `The plan has no activities${where}.`;
  }
  const sentences: string[] = [];
  const activities = `${n(total, lang)} ${words.activities(total)}${where}`;
  if (!context.hasNotes) {
    const current = END_ORDER.filter((s) => counts.atEnd[s] > 0).map((s) =>
      counted(s, counts.atEnd[s], lang),
    );
    sentences.push(
      sv
        ? `Planen har ${activities}, men ingen lägesrapport, så uppgifterna säger inte vad som har hänt ${sincePhrase(context, lang)}.`
        : `The plan has ${activities} but no progress notes, so the data does not say what happened ${sincePhrase(context, lang)}.`,
    );
    if (current.length > 0) {
      sentences.push(
        sv
          ? `Enligt planens egna uppgifter: ${list(current, lang)}.`
          : `According to the plan itself: ${list(current, lang)}.`,
      );
    }
    return sentences.join(' ');
  }
  if (!context.validPeriod) {
    return sv
      ? `Perioden slutar (${formatDate(context.to, lang)}) före sin början (${formatDate(context.from, lang)}), så ingenting kan räknas för den.`
      : `The period ends (${formatDate(context.to, lang)}) before it begins (${formatDate(context.from, lang)}), so nothing can be counted for it.`;
  }
  const since = sincePhrase(context, lang);
  sentences.push(
    sv
      ? `Av ${activities} har ${n(counts.reached.completed, lang)} genomförts ${since}.`
      : `Of ${activities}, ${n(counts.reached.completed, lang)} ${counts.reached.completed === 1 ? 'has' : 'have'} been completed ${since}.`,
  );
  const others = (['ongoing', 'paused', 'cancelled', 'planned'] as const)
    .filter((s) => counts.reached[s] > 0)
    .map((s) => `${n(counts.reached[s], lang)} ${words.reached[s]}`);
  if (others.length > 0) {
    sentences.push(
      sv ? `Under samma tid har ${list(others, lang)}.` : `In the same time, ${list(others, lang)}.`,
    );
  }
  if (counts.firstReported > 0) {
    const first = n(counts.firstReported, lang);
    const one = counts.firstReported === 1;
    sentences.push(
      sv
        ? `${first} fick sin första lägesrapport under perioden, så ${one ? 'dess' : 'deras'} status före den är okänd.`
        : `${first} got ${one ? 'its' : 'their'} first progress note in the period, so ${one ? 'its' : 'their'} status before it is unknown.`,
    );
  }
  const end = END_ORDER.filter((s) => counts.atEnd[s] > 0).map((s) => counted(s, counts.atEnd[s], lang));
  if (counts.atEnd.unknown > 0) {
    end.push(
      sv
        ? `${n(counts.atEnd.unknown, lang)} utan känd status`
        : `${n(counts.atEnd.unknown, lang)} without a known status`,
    );
  }
  const endDay = formatDate(context.to, lang);
  sentences.push(sv ? `Den ${endDay}: ${list(end, lang)}.` : `On ${endDay}: ${list(end, lang)}.`);
  const silent = total - counts.reported;
  sentences.push(
    silent === 0
      ? sv
        ? 'Alla har fått minst en lägesrapport under perioden.'
        : 'Every one has at least one progress note in the period.'
      : sv
        ? `${n(silent, lang)} av ${n(total, lang)} saknar lägesrapport för perioden.`
        : `${n(silent, lang)} of ${n(total, lang)} ${silent === 1 ? 'has' : 'have'} no progress note for the period.`,
  );
  return sentences.join(' ');
}
