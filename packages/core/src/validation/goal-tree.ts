import type { IssuePath } from '../issues/issue.js';
import type { Goal } from '../model/framework.js';
import { type CheckContext, report } from './context.js';

/**
 * A framework's goal tree: every parent exists, parents never loop back, and a priority (prioritering) sits under
 * a delmål. Runs in linear time and always terminates, whatever the parents say.
 */
export function checkGoalTree(
  goals: readonly (Goal | undefined)[],
  path: IssuePath,
  ctx: CheckContext,
): void {
  const byId = new Map<string, { goal: Goal; index: number }>();
  for (let i = 0; i < goals.length; i++) {
    const goal = goals[i];
    if (goal && !byId.has(goal.id)) byId.set(goal.id, { goal, index: i });
  }
  for (let i = 0; i < goals.length; i++) {
    const goal = goals[i];
    if (!goal || goal.parent === undefined) continue;
    const parent = byId.get(goal.parent);
    if (!parent) {
      report(ctx, 'error', 'goal-tree.parent-unknown', [...path, i, 'parent'], {
        id: goal.id,
        parent: goal.parent,
      });
    } else if (goal.kind === 'priority' && parent.goal.kind !== 'subgoal') {
      report(ctx, 'error', 'goal-tree.priority-parent', [...path, i, 'parent'], { id: goal.id });
    }
  }
  for (let i = 0; i < goals.length; i++) {
    const goal = goals[i];
    if (goal && goal.kind === 'priority' && goal.parent === undefined) {
      report(ctx, 'error', 'goal-tree.priority-parent', [...path, i], { id: goal.id });
    }
  }
  // Cycle search: follow parents from each goal; 1 = on the current walk, 2 = known to reach a root.
  const state = new Map<string, 1 | 2>();
  for (const { goal: start } of byId.values()) {
    if (state.has(start.id)) continue;
    const walk: string[] = [];
    let current: Goal | undefined = start;
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
