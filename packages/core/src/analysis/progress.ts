import type { Activity, ProgressNote } from '../model/activity.js';

/**
 * An activity's progress notes in date order. Notes on the same day keep the order they are listed in, so the
 * last one listed for a day is that day's final word. Notes that are not objects with a date are left out.
 */
export function progressTimeline(activity: Pick<Activity, 'progress'> | undefined | null): ProgressNote[] {
  const notes = Array.isArray(activity?.progress) ? activity.progress : [];
  return notes
    .filter((note): note is ProgressNote => typeof note?.date === 'string')
    .map((note, index) => ({ note, index }))
    .sort((a, b) => (a.note.date < b.note.date ? -1 : a.note.date > b.note.date ? 1 : a.index - b.index))
    .map(({ note }) => note);
}

/** The note that speaks last for an activity (the latest date; on a tie, the one listed last), if any. */
export function latestNote(
  activity: Pick<Activity, 'progress'> | undefined | null,
): ProgressNote | undefined {
  const notes = Array.isArray(activity?.progress) ? activity.progress : [];
  let latest: ProgressNote | undefined;
  for (const note of notes) {
    if (typeof note?.date === 'string' && (latest === undefined || note.date >= latest.date)) latest = note;
  }
  return latest;
}
