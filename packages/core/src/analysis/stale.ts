import type { Activity, ProgressNote } from '../model/activity.js';
import type { Plan, Revision } from '../model/plan.js';
import { subtractMonths } from '../time/days.js';
import { partialDateSpan } from '../time/partial-date.js';
import { distinctActivities } from './goals.js';
import { latestNote, statusAsOf } from './progress.js';

/** How long an activity may go without a progress note before it is flagged. */
export interface StaleOptions {
  /** Months without a note; defaults to six. */
  months?: number;
}

/** An activity that has gone too long without a progress note. */
export interface StaleActivity {
  activity: Activity;
  /** Its latest note, when it has one. */
  lastNote?: ProgressNote;
  /**
   * The day its silence is counted from: the latest note, else the day the plan's current version took effect
   * (see `planStartDay`). Undefined when neither is known.
   */
  since?: string;
}

export const DEFAULT_STALE_MONTHS = 6;

/**
 * The day a plan's current version took effect, for counting from: the last done revision (its done date, its
 * decision's date, else the first day of its planned date), else the plan's decision, else the first day of its
 * validity. Undefined when the plan says none of these.
 */
export function planStartDay(plan: Plan | undefined | null): string | undefined {
  const revisions = Array.isArray(plan?.revisionSchedule?.revisions) ? plan.revisionSchedule.revisions : [];
  let latest: string | undefined;
  for (const revision of revisions) {
    if (revision?.done !== true) continue;
    const day = revisionDay(revision);
    if (day !== undefined && (latest === undefined || day > latest)) latest = day;
  }
  if (latest !== undefined) return latest;
  const decided = plan?.decision?.date;
  if (typeof decided === 'string' && partialDateSpan(decided)) return decided;
  const start = plan?.validity?.start;
  return typeof start === 'string' ? partialDateSpan(start)?.first : undefined;
}

/** The day a done revision took effect: its done date, its decision's date, else the first day of its date. */
export function revisionDay(revision: Revision): string | undefined {
  for (const day of [revision.doneDate, revision.decision?.date]) {
    if (typeof day === 'string' && partialDateSpan(day)?.first === day) return day;
  }
  return typeof revision.date === 'string' ? partialDateSpan(revision.date)?.first : undefined;
}

/**
 * Activities with no progress note for `months` (six by default) before `today` (`YYYY-MM-DD`). Done and
 * cancelled activities are never stale; an activity that has never had a note counts from the day the plan took
 * effect, and is stale when that is unknown. The clock is a parameter, never read from the system.
 */
export function staleActivities(
  plan: Plan | undefined | null,
  today: string,
  options: StaleOptions = {},
): StaleActivity[] {
  const months =
    typeof options?.months === 'number' && options.months >= 0 ? options.months : DEFAULT_STALE_MONTHS;
  const cutoff = subtractMonths(today, months);
  if (cutoff === undefined) return [];
  const start = planStartDay(plan);
  const out: StaleActivity[] = [];
  for (const activity of distinctActivities(plan?.activities)) {
    const status = statusAsOf(activity, today);
    if (status.source !== 'unknown' && (status.status === 'completed' || status.status === 'cancelled'))
      continue;
    const lastNote = latestNote(activity, today);
    const since = lastNote?.date ?? start;
    if (since !== undefined && since >= cutoff) continue;
    out.push({ activity, ...(lastNote ? { lastNote } : {}), ...(since !== undefined ? { since } : {}) });
  }
  return out;
}
