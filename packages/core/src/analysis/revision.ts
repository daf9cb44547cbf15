import type { Plan, Revision } from '../model/index.js';
import { comparePartialDates, isPartialDate, isPast, toIsoDay } from '../time/partial-date.js';

/** Where a plan stands against its revision schedule on a given day. */
export interface RevisionStatus {
  /** The earliest planned revision not yet past, if any. */
  next?: Revision;
  /** Planned revisions whose whole date (a year-only `2027` until 2027-12-31) has passed without being done. */
  overdue: Revision[];
  /** Revisions marked done, in date order. */
  done: Revision[];
  /** Revisions not done and not yet past, in date order (a revision with an unreadable date comes last). */
  planned: Revision[];
  /** The day the status was worked out for (`YYYY-MM-DD`); undefined when the clock value could not be read. */
  today?: string;
}

function readDay(now: Date | string | number): string | undefined {
  try {
    if (typeof now === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(now)) return now;
    return toIsoDay(now);
  } catch {
    return undefined;
  }
}

function byDate(a: Revision, b: Revision): number {
  const va = isPartialDate(a.date);
  const vb = isPartialDate(b.date);
  if (va !== vb) return va ? -1 : 1;
  return comparePartialDates(a.date, b.date);
}

/**
 * Sorts a plan's revisions into done, overdue and planned for the day `now` (a parameter, never the system clock),
 * with partial-date semantics: a revision planned for 2027 is overdue only from 2028-01-01.
 */
export function revisionStatus(plan: Plan | undefined | null, now: Date | string | number): RevisionStatus {
  const today = readDay(now);
  const revisions = Array.isArray(plan?.revisionSchedule?.revisions) ? plan.revisionSchedule.revisions : [];
  const done: Revision[] = [];
  const overdue: Revision[] = [];
  const planned: Revision[] = [];
  for (const revision of revisions) {
    if (!revision || typeof revision.date !== 'string') continue;
    if (revision.done === true) done.push(revision);
    else if (today !== undefined && isPast(revision.date, today)) overdue.push(revision);
    else planned.push(revision);
  }
  done.sort(byDate);
  overdue.sort(byDate);
  planned.sort(byDate);
  const next = planned.find((revision) => isPartialDate(revision.date));
  return { ...(next ? { next } : {}), overdue, done, planned, ...(today ? { today } : {}) };
}
