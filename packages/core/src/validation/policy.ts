import type { IssuePath } from '../issues/issue.js';
import type { Activity } from '../model/activity.js';
import type { Indicator } from '../model/indicator.js';
import type { Plan } from '../model/plan.js';
import { isPast } from '../time/partial-date.js';
import { type CheckContext, report } from './context.js';
import { type Loose, wasCut } from './sound-view.js';

/**
 * Policy rules: findings a publisher should act on, given as warnings. They run only when `policy` is on. A rule
 * stays silent where the part it reads failed the structure check: that part already has its error.
 */

/** An activity should name at least one responsible party; leaving the list out and leaving it empty are alike. */
export function checkActivityPolicy(activity: Loose<Activity>, path: IssuePath, ctx: CheckContext): void {
  if (wasCut(ctx.pruned, activity, 'responsible')) return;
  if (activity.responsible === undefined || activity.responsible.length === 0) {
    report(ctx, 'warning', 'policy.activity.no-responsible', [...path, 'responsible'], {
      id: activity.id ?? '',
    });
  }
}

/**
 * A plan should address every delmål of its framework (a link to a priority counts for its delmål), and a
 * planned revision whose date has passed is overdue (a year is overdue only once the whole year has passed).
 * Local plans are held to every delmål only when `localPlanCoverage` asks for it: a municipality may address some
 * delmål on purpose.
 */
export function checkPlanPolicy(plan: Loose<Plan>, path: IssuePath, ctx: CheckContext): void {
  const index = plan.framework === undefined ? undefined : ctx.frameworks.get(plan.framework);
  if (index && plan.kind !== undefined && (plan.kind !== 'local' || ctx.localPlanCoverage)) {
    checkSubgoalCoverage(plan, index, path, ctx);
  }
  const revisions = plan.revisionSchedule?.revisions;
  if (revisions) {
    for (let i = 0; i < revisions.length; i++) {
      const revision = revisions[i];
      if (revision?.date === undefined || revision.done === true || !isPast(revision.date, ctx.today))
        continue;
      report(
        ctx,
        'warning',
        'policy.revision.overdue',
        [...path, 'revisionSchedule', 'revisions', i, 'date'],
        {
          value: revision.date,
        },
      );
    }
  }
}

function checkSubgoalCoverage(
  plan: Loose<Plan>,
  index: NonNullable<ReturnType<CheckContext['frameworks']['get']>>,
  path: IssuePath,
  ctx: CheckContext,
): void {
  const activities = plan.activities;
  if (!activities) return;
  const linked = new Set<string>();
  for (const activity of activities) {
    // A link that failed the structure check could have been to any delmål: say nothing rather than guess.
    if (!activity?.goals) return;
    for (const link of activity.goals) {
      if (link?.goal === undefined) return;
      // Walk up the tree so a priority counts for its delmål; bounded by the tree's size (cycles are errors).
      let goal = index.goals.get(link.goal);
      for (let steps = 0; goal?.id !== undefined && steps <= index.goals.size; steps++) {
        if (linked.has(goal.id)) break;
        linked.add(goal.id);
        goal = goal.parent === undefined ? undefined : index.goals.get(goal.parent);
      }
    }
  }
  for (const goal of index.framework.goals ?? []) {
    if (goal?.kind === 'subgoal' && goal.id !== undefined && !linked.has(goal.id)) {
      report(ctx, 'warning', 'policy.subgoal.no-activity', [...path, 'activities'], {
        plan: plan.id ?? '',
        label: goal.number === undefined ? `”${goal.id}”` : goal.number,
        goal: goal.id,
      });
    }
  }
}

/**
 * An indicator about people should be split by sex: its `breakdowns` should list `sex`, and its observations
 * should hold more than totals (T). `sexes` is the set of sexes its observations use, when any are known.
 */
export function checkIndicatorPolicy(
  indicator: Loose<Indicator>,
  sexes: ReadonlySet<string> | undefined,
  path: IssuePath,
  ctx: CheckContext,
): void {
  if (indicator.aboutPeople !== true) return;
  const breakdowns = indicator.breakdowns;
  const breakdownsSound = !wasCut(ctx.pruned, indicator, 'breakdowns') && !breakdowns?.includes(undefined);
  if (breakdownsSound && !breakdowns?.includes('sex')) {
    report(ctx, 'warning', 'policy.indicator.no-sex-breakdown', [...path, 'breakdowns'], {
      id: indicator.id ?? '',
    });
  }
  if (sexes && sexes.size > 0 && !sexes.has('K') && !sexes.has('M')) {
    report(ctx, 'warning', 'policy.indicator.no-sex-split', path, { id: indicator.id ?? '' });
  }
}
