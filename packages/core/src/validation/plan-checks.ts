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
import { checkLinks } from './urls.js';

/** Checks one plan: its references, dates, activities and (with policy on) the policy rules. */
export function checkPlan(plan: Plan, path: IssuePath, ctx: CheckContext): void {
  checkAreaRefs(plan.scope, ctx, path, 'scope');
  const frameworkKnown = checkFrameworkRef(plan.framework, ctx, path, 'framework');
  checkOrganisationRef(plan.owner, ctx, path, 'owner');
  if (plan.decision) checkOrganisationRef(plan.decision.decidedBy, ctx, path, 'decision', 'decidedBy');
  if (plan.participants) {
    for (let i = 0; i < plan.participants.length; i++) {
      checkOrganisationRef(plan.participants[i]!.organisation, ctx, path, 'participants', i, 'organisation');
    }
  }
  checkValidity(plan.validity, ctx, path, 'validity');
  checkValidity(plan.period, ctx, path, 'period');
  checkRevisions(plan, path, ctx);
  if (frameworkKnown && plan.sections) {
    for (let i = 0; i < plan.sections.length; i++) {
      checkGoalRef(plan.framework, plan.sections[i]!.goal, ctx, path, 'sections', i, 'goal');
    }
  }
  checkIndicatorRefs(plan.indicators, ctx, path, 'indicators');
  const activitiesPath = at(path, 'activities');
  checkDuplicateIds(plan.activities, activitiesPath, 'duplicate.activity', ctx);
  const framework = frameworkKnown ? plan.framework : undefined;
  for (let i = 0; i < plan.activities.length; i++) {
    checkActivity(plan.activities[i]!, framework, activitiesPath, i, ctx);
  }
  checkPlanFollowUp(plan, path, ctx);
  if (ctx.policy) checkPlanPolicy(plan, path, ctx);
}

function checkRevisions(plan: Plan, path: IssuePath, ctx: CheckContext): void {
  const revisions = plan.revisionSchedule?.revisions;
  if (!revisions) return;
  const period = plan.period ?? plan.validity;
  const start = period?.start === undefined ? undefined : spanOf(period.start, ctx);
  const end = period?.end === undefined ? undefined : spanOf(period.end, ctx);
  const revisionsPath = at(path, 'revisionSchedule', 'revisions');
  for (let i = 0; i < revisions.length; i++) {
    const revision = revisions[i]!;
    if (!checkPartialDate(revision.date, ctx, revisionsPath, i, 'date')) continue;
    const span = spanOf(revision.date, ctx)!;
    if ((start && span.last < start.first) || (end && span.first > end.last)) {
      report(ctx, 'error', 'date.revision-outside-period', at(revisionsPath, i, 'date'), {
        value: revision.date,
        start: period?.start ?? '…',
        end: period?.end ?? '…',
      });
    }
  }
}

/**
 * One activity, at `activities[index]`: goal links against the plan's framework (when it is known),
 * organisations, indicators, dates and links.
 */
export function checkActivity(
  activity: Activity,
  framework: string | undefined,
  activities: IssuePath,
  index: number,
  ctx: CheckContext,
): void {
  // Hot loop on national data: look up first, build the path only for a finding.
  const goals = framework === undefined ? undefined : ctx.frameworks.get(framework)?.goals;
  if (goals) {
    for (let i = 0; i < activity.goals.length; i++) {
      const goal = activity.goals[i]!.goal;
      if (!goals.has(goal)) checkGoalRef(framework!, goal, ctx, at(activities, index, 'goals'), i, 'goal');
    }
  }
  const responsible = activity.responsible;
  const known = ctx.organisations;
  for (let i = 0; i < responsible.length; i++) {
    const organisation = responsible[i]!.organisation;
    if (known && !known.has(organisation)) {
      checkOrganisationRef(organisation, ctx, at(activities, index, 'responsible'), i, 'organisation');
    }
  }
  if (activity.indicators || activity.period || activity.links || (ctx.policy && responsible.length === 0)) {
    const path = at(activities, index);
    checkIndicatorRefs(activity.indicators, ctx, path, 'indicators');
    checkValidity(activity.period, ctx, path, 'period');
    checkLinks(activity.links, ctx, path, 'links');
    if (ctx.policy) checkActivityPolicy(activity, path, ctx);
  }
}
