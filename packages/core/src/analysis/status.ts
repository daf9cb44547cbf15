import type { Activity, ActivityKind, ActivityStatus, Plan } from '../model/index.js';
import { distinctActivities } from './goals.js';

/** How far a plan's activities have come, and what is missing. */
export interface StatusSummary {
  /** Distinct activities (an activity listed under several delmål counts once). */
  total: number;
  byStatus: Record<ActivityStatus, number>;
  /** By each activity's own kind. */
  byKind: Record<ActivityKind, number>;
  /** Activities that name no responsible party. */
  withoutResponsible: Activity[];
  /** The distinct activities, in document order. */
  activities: Activity[];
}

const STATUSES: readonly ActivityStatus[] = ['planned', 'ongoing', 'completed', 'paused', 'cancelled'];
const KINDS: readonly ActivityKind[] = ['ongoing', 'development', 'new'];

/** Counts a plan's activities by status and kind, and lists those with no responsible party. */
export function summariseStatus(plan: Plan | undefined | null): StatusSummary {
  const activities = distinctActivities(plan?.activities);
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<ActivityKind, number>;
  const withoutResponsible: Activity[] = [];
  for (const activity of activities) {
    if (STATUSES.includes(activity.status)) byStatus[activity.status] += 1;
    if (KINDS.includes(activity.kind)) byKind[activity.kind] += 1;
    if (!Array.isArray(activity.responsible) || activity.responsible.length === 0)
      withoutResponsible.push(activity);
  }
  return { total: activities.length, byStatus, byKind, withoutResponsible, activities };
}
