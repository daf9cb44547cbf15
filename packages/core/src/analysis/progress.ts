import type { Activity, ActivityStatus, ProgressNote } from '../model/activity.js';
import type { Plan } from '../model/plan.js';
import { distinctActivities } from './goals.js';

function notesOf(activity: Pick<Activity, 'progress'> | undefined | null): ProgressNote[] {
  const notes = Array.isArray(activity?.progress) ? activity.progress : [];
  return notes.filter((note): note is ProgressNote => typeof note?.date === 'string');
}

/**
 * An activity's progress notes in date order. Notes on the same day keep the order they are listed in, so the
 * last one listed for a day is that day's final word. Notes that are not objects with a date are left out.
 */
export function progressTimeline(activity: Pick<Activity, 'progress'> | undefined | null): ProgressNote[] {
  return notesOf(activity)
    .map((note, index) => ({ note, index }))
    .sort((a, b) => (a.note.date < b.note.date ? -1 : a.note.date > b.note.date ? 1 : a.index - b.index))
    .map(({ note }) => note);
}

/**
 * The note that speaks last for an activity on or before `day` (`YYYY-MM-DD`; without it, the latest of all):
 * the latest date, and on a tie the one listed last.
 */
export function latestNote(
  activity: Pick<Activity, 'progress'> | undefined | null,
  day?: string,
): ProgressNote | undefined {
  let latest: ProgressNote | undefined;
  for (const note of notesOf(activity)) {
    if (day !== undefined && note.date > day) continue;
    if (latest === undefined || note.date >= latest.date) latest = note;
  }
  return latest;
}

/**
 * An activity's status on a day, and what it rests on: `note`, the latest progress note on or before the day;
 * `current`, the activity's own status when it has no notes at all (the plan does not say since when); `unknown`
 * when every note is later than the day, since nothing then says what the status was.
 */
export type StatusAt =
  | { source: 'note'; status: ActivityStatus; note: ProgressNote }
  | { source: 'current'; status: ActivityStatus }
  | { source: 'unknown' };

/** An activity's status on `day` (`YYYY-MM-DD`); see `StatusAt`. */
export function statusAsOf(activity: Activity, day: string): StatusAt {
  const note = latestNote(activity, day);
  if (note) return { source: 'note', status: note.status, note };
  if (notesOf(activity).length > 0) return { source: 'unknown' };
  return { source: 'current', status: activity.status };
}

/** An activity with its status on a day. */
export interface ActivityStatusAt {
  activity: Activity;
  status: StatusAt;
}

/** Every distinct activity of a plan with its status on `day`, in document order. */
export function planStatusAsOf(plan: Plan | undefined | null, day: string): ActivityStatusAt[] {
  return distinctActivities(plan?.activities).map((activity) => ({
    activity,
    status: statusAsOf(activity, day),
  }));
}
