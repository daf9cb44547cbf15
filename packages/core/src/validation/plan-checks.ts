import type { IssuePath } from '../issues/issue.js';
import type { Activity } from '../model/activity.js';
import type { Plan } from '../model/plan.js';
import { type CheckContext, report } from './context.js';
import { checkPartialDate, checkValidity, spanOf } from './dates.js';
import { checkDuplicateIds } from './duplicates.js';
import { checkPlanFollowUp } from './followup-checks.js';
import { at } from './path.js';
import { checkActivityPolicy, checkPlanPolicy } from './policy.js';
import {
  checkAreaRefs,
  checkFrameworkRef,
  checkGoalRef,
  checkIndicatorRefs,
  checkOrganisationRef,
} from './references.js';
import type { Loose } from './sound-view.js';
import { checkLinks } from './urls.js';

/** Checks one plan: its references, dates, activities and (with policy on) the policy rules. */
export function checkPlan(plan: Loose<Plan>, path: IssuePath, ctx: CheckContext): void {
  checkAreaRefs(plan.scope, ctx, path, 'scope');
  const frameworkKnown = checkFrameworkRef(plan.framework, ctx, path, 'framework');
  checkOrganisationRef(plan.owner, ctx, path, 'owner');
  checkOrganisationRef(plan.decision?.decidedBy, ctx, path, 'decision', 'decidedBy');
  const participants = plan.participants;
  if (participants) {
    for (let i = 0; i < participants.length; i++) {
      checkOrganisationRef(participants[i]?.organisation, ctx, path, 'participants', i, 'organisation');
    }
  }
  checkValidity(plan.validity, ctx, path, 'validity');
  checkValidity(plan.period, ctx, path, 'period');
  checkRevisions(plan, path, ctx);
  const framework = frameworkKnown ? plan.framework : undefined;
  const sections = plan.sections;
  if (framework !== undefined && sections) {
    for (let i = 0; i < sections.length; i++) {
      checkGoalRef(framework, sections[i]?.goal, ctx, path, 'sections', i, 'goal');
    }
  }
  checkIndicatorRefs(plan.indicators, ctx, path, 'indicators');
  const activities = plan.activities;
  if (activities) {
    const activitiesPath = at(path, 'activities');
    checkDuplicateIds(activities, activitiesPath, 'duplicate.activity', ctx);
    // One path for every activity, its last step the activity's place: a check copies a path before it keeps it
    // (`at`), and a new path for each of the national set's 30,000 activities was an eighth of what validating it
    // allocated (5.4 of 40.3 MB).
    const activityPath = [...activitiesPath, 0];
    for (let i = 0; i < activities.length; i++) {
      const activity = activities[i];
      activityPath[activityPath.length - 1] = i;
      if (activity) checkActivity(activity, framework, activityPath, ctx);
    }
  }
  checkPlanFollowUp(plan, path, ctx);
  if (ctx.policy) checkPlanPolicy(plan, path, ctx);
}

function checkRevisions(plan: Loose<Plan>, path: IssuePath, ctx: CheckContext): void {
  const revisions = plan.revisionSchedule?.revisions;
  if (!revisions) return;
  const period = plan.period ?? plan.validity;
  const start = period?.start === undefined ? undefined : spanOf(period.start, ctx);
  const end = period?.end === undefined ? undefined : spanOf(period.end, ctx);
  const revisionsPath = at(path, 'revisionSchedule', 'revisions');
  for (let i = 0; i < revisions.length; i++) {
    const date = revisions[i]?.date;
    if (date === undefined || !checkPartialDate(date, ctx, revisionsPath, i, 'date')) continue;
    const span = spanOf(date, ctx)!;
    if ((start && span.last < start.first) || (end && span.first > end.last)) {
      report(ctx, 'error', 'date.revision-outside-period', at(revisionsPath, i, 'date'), {
        value: date,
        start: period?.start ?? '…',
        end: period?.end ?? '…',
      });
    }
  }
}

const NONE: readonly never[] = [];

/**
 * One activity, at `path` (which the caller uses again for the next activity: copy it before keeping it): goal links
 * against the plan's framework (when it is known), organisations, indicators, dates and links.
 */
export function checkActivity(
  activity: Loose<Activity>,
  framework: string | undefined,
  path: IssuePath,
  ctx: CheckContext,
): void {
  // Hot loop on national data: look up first, build the path only for a finding.
  const goals = framework === undefined ? undefined : ctx.frameworks.get(framework)?.goals;
  if (goals) {
    const links = activity.goals ?? NONE;
    for (let i = 0; i < links.length; i++) {
      const goal = links[i]?.goal;
      if (goal !== undefined && !goals.has(goal)) {
        checkGoalRef(framework!, goal, ctx, path, 'goals', i, 'goal');
      }
    }
  }
  const responsible = activity.responsible ?? NONE;
  const known = ctx.organisations;
  if (known) {
    for (let i = 0; i < responsible.length; i++) {
      const organisation = responsible[i]?.organisation;
      if (organisation !== undefined && !known.has(organisation)) {
        checkOrganisationRef(organisation, ctx, path, 'responsible', i, 'organisation');
      }
    }
  }
  checkIndicatorRefs(activity.indicators, ctx, path, 'indicators');
  checkValidity(activity.period, ctx, path, 'period');
  checkLinks(activity.links, ctx, path, 'links');
  if (ctx.policy) checkActivityPolicy(activity, path, ctx);
}
