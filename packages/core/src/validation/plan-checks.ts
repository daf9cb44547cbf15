import type { IssuePath } from '../issues/issue.js';
import type { Activity } from '../model/activity.js';
import type { Plan } from '../model/plan.js';
import { partialDateSpan } from '../time/partial-date.js';
import { type CheckContext, report } from './context.js';
import { checkPartialDate, checkValidity } from './dates.js';
import { checkDuplicateIds } from './duplicates.js';
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
  checkAreaRefs(plan.scope, [...path, 'scope'], ctx);
  const frameworkKnown = checkFrameworkRef(plan.framework, [...path, 'framework'], ctx);
  checkOrganisationRef(plan.owner, [...path, 'owner'], ctx);
  if (plan.decision) checkOrganisationRef(plan.decision.decidedBy, [...path, 'decision', 'decidedBy'], ctx);
  if (plan.participants) {
    for (let i = 0; i < plan.participants.length; i++) {
      checkOrganisationRef(
        plan.participants[i]!.organisation,
        [...path, 'participants', i, 'organisation'],
        ctx,
      );
    }
  }
  checkValidity(plan.validity, [...path, 'validity'], ctx);
  checkValidity(plan.period, [...path, 'period'], ctx);
  checkRevisions(plan, path, ctx);
  if (frameworkKnown && plan.sections) {
    for (let i = 0; i < plan.sections.length; i++) {
      checkGoalRef(plan.framework, plan.sections[i]!.goal, [...path, 'sections', i, 'goal'], ctx);
    }
  }
  checkIndicatorRefs(plan.indicators, [...path, 'indicators'], ctx);
  checkDuplicateIds(plan.activities, [...path, 'activities'], 'duplicate.activity', ctx);
  for (let i = 0; i < plan.activities.length; i++) {
    checkActivity(
      plan.activities[i]!,
      frameworkKnown ? plan.framework : undefined,
      [...path, 'activities', i],
      ctx,
    );
  }
  if (ctx.policy) checkPlanPolicy(plan, path, ctx);
}

function checkRevisions(plan: Plan, path: IssuePath, ctx: CheckContext): void {
  const revisions = plan.revisionSchedule?.revisions;
  if (!revisions) return;
  const period = plan.period ?? plan.validity;
  const start = period?.start === undefined ? undefined : partialDateSpan(period.start);
  const end = period?.end === undefined ? undefined : partialDateSpan(period.end);
  for (let i = 0; i < revisions.length; i++) {
    const revision = revisions[i]!;
    const revisionPath = [...path, 'revisionSchedule', 'revisions', i, 'date'];
    if (!checkPartialDate(revision.date, revisionPath, ctx)) continue;
    const span = partialDateSpan(revision.date)!;
    if ((start && span.last < start.first) || (end && span.first > end.last)) {
      report(ctx, 'error', 'date.revision-outside-period', revisionPath, {
        value: revision.date,
        start: period?.start ?? '…',
        end: period?.end ?? '…',
      });
    }
  }
}

/** One activity: goal links against the plan's framework, organisations, indicators, dates, links. */
export function checkActivity(
  activity: Activity,
  framework: string | undefined,
  path: IssuePath,
  ctx: CheckContext,
): void {
  if (framework !== undefined) {
    for (let i = 0; i < activity.goals.length; i++) {
      checkGoalRef(framework, activity.goals[i]!.goal, [...path, 'goals', i, 'goal'], ctx);
    }
  }
  for (let i = 0; i < activity.responsible.length; i++) {
    checkOrganisationRef(
      activity.responsible[i]!.organisation,
      [...path, 'responsible', i, 'organisation'],
      ctx,
    );
  }
  checkIndicatorRefs(activity.indicators, [...path, 'indicators'], ctx);
  checkValidity(activity.period, [...path, 'period'], ctx);
  checkLinks(activity.links, [...path, 'links'], ctx);
  if (ctx.policy) checkActivityPolicy(activity, path, ctx);
}
