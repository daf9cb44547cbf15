import type { Issue, Result } from '../issues/issue.js';
import type { CheckContext, ValidateOptions } from './context.js';
import { validationIssue } from './messages.js';
import { checkShape, type ShapeResult } from './shape-check.js';
import type { ShapeRoot } from './shape-table.js';
import { type Pruned, soundView } from './sound-view.js';
import { describeStructureIssues } from './structure-issues.js';

/** What the structure check leaves for the other checks. */
export type Structure<T> =
  | { checked: false; issues: Issue[] }
  | {
      checked: true;
      /** The input, when its structure is sound. */
      value: T | undefined;
      /** The input with every value that failed the structure check cut out (see `soundView`). */
      view: unknown;
      pruned: Pruned | undefined;
      issues: Issue[];
    };

/** Checks the structure of `input` and cuts what failed out of the view the other checks read. */
export function structureOf<T>(root: ShapeRoot | 'observations', input: unknown): Structure<T> {
  let parsed: ShapeResult<T>;
  try {
    parsed = checkShape<T>(root, input);
  } catch {
    // Getters that throw, proxies and the like: not data that came from JSON.
    return { checked: false, issues: [validationIssue('error', 'input.unreadable', [])] };
  }
  if (parsed.success) {
    return { checked: true, value: parsed.data, view: parsed.data, pruned: undefined, issues: [] };
  }
  const { view, pruned } = soundView(input, parsed.issues);
  return { checked: true, value: undefined, view, pruned, issues: describeStructureIssues(parsed.issues) };
}

/**
 * Runs a validation and turns what it found into a result: ignored warnings left out, `ok` when no error is left
 * and the structure was sound. Never throws: a bug in a check becomes one `internal.error` issue.
 */
export function finish<T>(
  options: ValidateOptions | undefined,
  run: () => Structure<T> & { ctx?: CheckContext },
): Result<T> {
  try {
    const outcome = run();
    const issues = withoutIgnored(outcome.ctx?.issues ?? outcome.issues, options?.ignore);
    const value = outcome.checked ? outcome.value : undefined;
    const ok = value !== undefined && issues.every((issue) => issue.severity !== 'error');
    return ok ? { ok: true, value, issues } : { ok: false, issues };
  } catch {
    return { ok: false, issues: [validationIssue('error', 'internal.error', [])] };
  }
}

/** Leaves out the warnings whose code the caller ignores: exactly, or by a family written `prefix.*`. */
function withoutIgnored(issues: Issue[], ignore: unknown): Issue[] {
  if (!Array.isArray(ignore) || ignore.length === 0) return issues;
  const exact = new Set<string>();
  const families: string[] = [];
  for (const code of ignore) {
    if (typeof code !== 'string') continue;
    if (code.endsWith('.*')) families.push(code.slice(0, -1));
    else if (code === '*') families.push('');
    else exact.add(code);
  }
  return issues.filter(
    (issue) =>
      issue.severity === 'error' ||
      !(exact.has(issue.code) || families.some((family) => issue.code.startsWith(family))),
  );
}
