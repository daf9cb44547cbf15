import type { IssuePath } from '../issues/issue.js';
import type { ShapeIssue } from './shape-check.js';

// One pass reports every issue: references, addresses, dates and policy are checked in every part of a document
// whose own structure is sound, down to the single field. The structure check's issues say which values are
// unsound; `soundView` cuts exactly those out of a view of the input, and the checks then read the view the same
// way they read valid data, skipping what is missing.

/**
 * A document as the checks after the structure check see it: every field may be missing (it failed the structure
 * check and was cut out, or it was never there) and every list may have holes. The type makes each check say what
 * it does when a part is missing, instead of assuming it.
 */
export type Loose<T> = T extends readonly (infer U)[]
  ? readonly (Loose<U> | undefined)[]
  : T extends object
    ? { readonly [K in keyof T]?: Loose<T[K]> }
    : T;

/** The fields cut out of each object or list of a view, so a check can tell "cut out" from "left out". */
export type Pruned = WeakMap<object, Set<string | number>>;

export interface SoundView {
  /** The input with every unsound value replaced by `undefined`; the input itself when nothing was unsound. */
  view: unknown;
  pruned: Pruned;
}

/**
 * The input with the values the structure check refused cut out. Only the objects and lists on the way to a cut are
 * copied (shallowly); everything else is shared with the input, which is never changed.
 */
export function soundView(input: unknown, issues: readonly ShapeIssue[]): SoundView {
  const pruned: Pruned = new WeakMap();
  const copies = new WeakSet<object>();
  const holder: { root: unknown } = { root: input };
  for (const issue of issues) {
    const path = unsoundPath(issue);
    // No check reads a key named `__proto__`, and writing one into a copy would change the copy's prototype.
    if (path === undefined || path.includes('__proto__')) continue;
    if (path.length === 0) return { view: undefined, pruned };
    let parent: Record<string | number, unknown> = holder as unknown as Record<string, unknown>;
    let key: string | number = 'root';
    for (const step of path) {
      const child = parent[key];
      if (child === null || typeof child !== 'object') {
        parent = undefined as never;
        break;
      }
      let copy = child as object;
      if (!copies.has(copy)) {
        copy = Array.isArray(child) ? child.slice() : { ...(child as object) };
        copies.add(copy);
        parent[key] = copy;
      }
      parent = copy as Record<string | number, unknown>;
      key = step;
    }
    // A cut further up already took this value away.
    if (parent === undefined) continue;
    parent[key] = undefined;
    let cut = pruned.get(parent);
    if (!cut) {
      cut = new Set();
      pruned.set(parent, cut);
    }
    cut.add(key);
  }
  return { view: holder.root, pruned };
}

/**
 * The value a structure issue makes unsound, or undefined when it leaves every value sound: an unknown key is
 * reported but reads nothing, and a list of the wrong length still has sound entries.
 */
function unsoundPath(issue: ShapeIssue): IssuePath | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return undefined;
    case 'too_small':
    case 'too_big':
      return issue.origin === 'array' ? undefined : issue.path;
    case 'invalid_union':
      // The issue sits at the discriminator, but without a known form the whole object is unreadable.
      return issue.discriminator === undefined ? issue.path : issue.path.slice(0, -1);
    default:
      return issue.path;
  }
}

/** Whether a field of a view's object or list was cut out because it failed the structure check. */
export function wasCut(pruned: Pruned | undefined, owner: object, key: string | number): boolean {
  return pruned?.get(owner)?.has(key) === true;
}
