import type { IssuePath } from '../issues/issue.js';
import type { Goal } from '../model/framework.js';
import { type CheckContext, report } from './context.js';
import { type Loose, wasCut } from './sound-view.js';

type TreeGoal = Loose<Goal> & { id: string };

/**
 * A framework's goal tree: every parent exists, parents never loop back, and a priority (prioritering) sits under
 * a delmål. Runs in linear time and always terminates, whatever the parents say. Goals whose id or kind failed
 * the structure check are left out, and then no parent is called unknown (it may be one of them).
 */
export function checkGoalTree(
  goals: readonly (Loose<Goal> | undefined)[],
  path: IssuePath,
  ctx: CheckContext,
): void {
  const byId = new Map<string, { goal: TreeGoal; index: number }>();
  let isWhole = true;
  for (let i = 0; i < goals.length; i++) {
    const goal = goals[i];
    if (goal?.id === undefined) isWhole = false;
    else if (!byId.has(goal.id)) byId.set(goal.id, { goal: goal as TreeGoal, index: i });
  }
  for (let i = 0; i < goals.length; i++) {
    const goal = goals[i];
    if (goal?.id === undefined || goal.parent === undefined) continue;
    const parent = byId.get(goal.parent);
    if (!parent) {
      if (isWhole) {
        report(ctx, 'error', 'goal-tree.parent-unknown', [...path, i, 'parent'], {
          id: goal.id,
          parent: goal.parent,
        });
      }
    } else if (goal.kind === 'priority' && parent.goal.kind !== undefined && parent.goal.kind !== 'subgoal') {
      report(ctx, 'error', 'goal-tree.priority-parent', [...path, i, 'parent'], { id: goal.id });
    }
  }
  for (let i = 0; i < goals.length; i++) {
    const goal = goals[i];
    if (goal?.id !== undefined && goal.kind === 'priority' && goal.parent === undefined) {
      // A parent that failed the structure check was there: that is its own error.
      if (!wasCut(ctx.pruned, goal, 'parent'))
        report(ctx, 'error', 'goal-tree.priority-parent', [...path, i], { id: goal.id });
    }
  }
  // Cycle search: follow parents from each goal; 1 = on the current walk, 2 = known to reach a root.
  const state = new Map<string, 1 | 2>();
  for (const { goal: start } of byId.values()) {
    if (state.has(start.id)) continue;
    const walk: string[] = [];
    let current: TreeGoal | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 1);
      walk.push(current.id);
      current = current.parent === undefined ? undefined : byId.get(current.parent)?.goal;
    }
    if (current && state.get(current.id) === 1) {
      const cycle = walk.slice(walk.indexOf(current.id));
      const first = cycle.reduce((a, b) => (byId.get(a)!.index <= byId.get(b)!.index ? a : b));
      report(ctx, 'error', 'goal-tree.cycle', [...path, byId.get(first)!.index, 'parent'], {
        cycle: [...cycle, current.id].join(' → '),
      });
    }
    for (const id of walk) state.set(id, 2);
  }
}
