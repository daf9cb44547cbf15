import type { IssuePath } from '../issues/issue.js';
import { type CheckContext, report } from './context.js';
import type { DatasetIssueCode } from './messages.js';

/**
 * Reports every item whose id an earlier item already used, at `[...path, index, 'id']`. Lists may have holes, and
 * items may lack their id (parts that failed the structure check are cut out but keep their indexes).
 */
export function checkDuplicateIds(
  items: readonly ({ id?: string } | undefined)[] | undefined,
  path: IssuePath,
  code: DatasetIssueCode,
  ctx: CheckContext,
): void {
  if (!items) return;
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]?.id;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else report(ctx, 'error', code, [...path, i, 'id'], { id, first });
  }
}
