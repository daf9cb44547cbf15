import type { IssuePath } from '../issues/issue.js';
import type { Framework } from '../model/framework.js';
import { type CheckContext, report } from './context.js';
import { checkDuplicateIds } from './duplicates.js';
import { checkGoalTree } from './goal-tree.js';
import { at } from './path.js';
import { checkLinks } from './urls.js';

/** Checks one framework: unique goal ids, a sound goal tree, its period and its links. */
export function checkFramework(framework: Framework, path: IssuePath, ctx: CheckContext): void {
  checkDuplicateIds(framework.goals, at(path, 'goals'), 'duplicate.goal', ctx);
  checkGoalTree(framework.goals, at(path, 'goals'), ctx);
  if (framework.period && framework.period.end < framework.period.start) {
    report(ctx, 'error', 'date.end-before-start', at(path, 'period', 'end'), {
      start: framework.period.start,
      end: framework.period.end,
    });
  }
  checkLinks(framework.links, ctx, path, 'links');
}
