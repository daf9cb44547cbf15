import type { IssuePath } from '../issues/issue.js';
import type { Framework } from '../model/framework.js';
import { type CheckContext, report } from './context.js';
import { checkDuplicateIds } from './duplicates.js';
import { checkGoalTree } from './goal-tree.js';
import { at } from './path.js';
import type { Loose } from './sound-view.js';
import { checkLinks } from './urls.js';

/** Checks one framework: unique goal ids, a sound goal tree, its period and its links. */
export function checkFramework(framework: Loose<Framework>, path: IssuePath, ctx: CheckContext): void {
  if (framework.goals) {
    checkDuplicateIds(framework.goals, at(path, 'goals'), 'duplicate.goal', ctx);
    checkGoalTree(framework.goals, at(path, 'goals'), ctx);
  }
  const start = framework.period?.start;
  const end = framework.period?.end;
  if (start !== undefined && end !== undefined && end < start) {
    report(ctx, 'error', 'date.end-before-start', at(path, 'period', 'end'), { start, end });
  }
  checkLinks(framework.links, ctx, path, 'links');
}
