import type { Activity, Organisation, PartyRole, Plan } from '../model/index.js';
import { distinctActivities } from './goals.js';

/** One activity of an organisation, with the roles the organisation has in it (`lead`, `performer` …). */
export interface OrganisationActivity {
  activity: Activity;
  roles: PartyRole[];
}

/** An organisation and the activities of a plan it is named responsible for, in document order. */
export interface OrganisationActivities {
  /** The organisation's id, as the activities name it. */
  id: string;
  /** The organisation as the dataset describes it, when it is among the `organisations` given. */
  organisation?: Organisation;
  activities: OrganisationActivity[];
}

/** A plan's activities grouped by responsible organisation. */
export interface ActivitiesByOrganisation {
  /** One entry per organisation, in order of first mention; an activity is under each of its organisations once. */
  organisations: OrganisationActivities[];
  /** Activities with no responsible organisation at all. */
  unassigned: Activity[];
}

/**
 * Which activities of a plan each organisation is responsible for: "what does Region Sörmland do in this plan?".
 * Pass the dataset's `organisations` to get each entry's name and kind. Activities repeated under another delmål
 * count once. Never throws: a missing plan gives empty lists.
 */
export function activitiesByOrganisation(
  plan: Plan | undefined | null,
  organisations?: readonly Organisation[],
): ActivitiesByOrganisation {
  const known = new Map<string, Organisation>();
  if (Array.isArray(organisations))
    for (const organisation of organisations)
      if (organisation && typeof organisation.id === 'string' && !known.has(organisation.id))
        known.set(organisation.id, organisation);
  const entries = new Map<string, OrganisationActivities>();
  const unassigned: Activity[] = [];
  for (const activity of distinctActivities(plan?.activities)) {
    const roles = new Map<string, PartyRole[]>();
    for (const party of Array.isArray(activity.responsible) ? activity.responsible : []) {
      if (!party || typeof party.organisation !== 'string') continue;
      const list = roles.get(party.organisation) ?? [];
      if (party.role !== undefined && !list.includes(party.role)) list.push(party.role);
      roles.set(party.organisation, list);
    }
    if (roles.size === 0) unassigned.push(activity);
    for (const [id, list] of roles) {
      let entry = entries.get(id);
      if (!entry) {
        const organisation = known.get(id);
        entry = { id, ...(organisation ? { organisation } : {}), activities: [] };
        entries.set(id, entry);
      }
      entry.activities.push({ activity, roles: list });
    }
  }
  return { organisations: [...entries.values()], unassigned };
}
