import type { IssuePath } from '../issues/issue.js';

/** One step of a path. */
export type PathKey = string | number;

/**
 * A path built only when an issue is reported: checks pass a base path and up to three keys, so the common case
 * (nothing to report) allocates nothing on national-scale data.
 */
export function at(base: IssuePath, a?: PathKey, b?: PathKey, c?: PathKey): IssuePath {
  const path = base.slice();
  if (a !== undefined) path.push(a);
  if (b !== undefined) path.push(b);
  if (c !== undefined) path.push(c);
  return path;
}
