import type {
  Activity,
  ActivityKind,
  Framework,
  Goal,
  GoalLink,
  GoalSection,
  LocalizedText,
  Plan,
} from '../model/index.js';
import { delmalOf, distinctActivities, kindAt, linkResolver, placementsOf } from './goals.js';

/** An activity as the plan lists it under one delmål: in that place's words and kind. */
export interface ListedActivity {
  activity: Activity;
  /** The wording the plan uses here (`link.listedAs`), else the activity's title. */
  title: LocalizedText;
  /** The kind the plan gives it here (`link.kind`), else the activity's. */
  kind: ActivityKind;
  link: GoalLink;
  /** The priority the link points at, when it points at one rather than at the delmål itself. */
  priority?: Goal;
}

/** One delmål with what the plan says about it and its activities in document order. */
export interface GoalActivities {
  goal: Goal;
  section?: GoalSection;
  activities: ListedActivity[];
}

/** Every delmål of the framework, in order, with the plan's activities for it, ready to render. */
export function activitiesByGoal(
  plan: Plan | undefined | null,
  framework: Framework | undefined | null,
): GoalActivities[] {
  const resolve = linkResolver(framework);
  const sections = new Map<string, GoalSection>();
  for (const section of Array.isArray(plan?.sections) ? plan.sections : []) {
    if (section && !sections.has(section.goal)) sections.set(section.goal, section);
  }
  const groups = new Map<string, GoalActivities>(
    delmalOf(framework).map((goal) => {
      const section = sections.get(goal.id);
      return [goal.id, { goal, ...(section ? { section } : {}), activities: [] }];
    }),
  );
  for (const activity of distinctActivities(plan?.activities)) {
    for (const placement of placementsOf(activity, resolve)) {
      groups.get(placement.delmal.id)?.activities.push({
        activity,
        title: placement.link.listedAs ?? activity.title,
        kind: kindAt(activity, placement.link),
        link: placement.link,
        ...(placement.priority ? { priority: placement.priority } : {}),
      });
    }
  }
  return [...groups.values()];
}
