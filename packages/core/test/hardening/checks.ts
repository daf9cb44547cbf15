// What every result of core must look like, whatever the input was.
import type { Issue } from '../../src/issues/issue.js';

/** Throws with a description when a result is not what core promises: issues with paths and both messages. */
export function expectResult(
  result: unknown,
  input?: { value: unknown },
): asserts result is { ok: boolean; issues: Issue[] } {
  if (!result || typeof result !== 'object') throw new Error(`not a result: ${String(result)}`);
  const { ok, issues, value } = result as { ok: unknown; issues: unknown; value?: unknown };
  if (typeof ok !== 'boolean') throw new Error(`ok is ${typeof ok}`);
  if (!Array.isArray(issues)) throw new Error('issues is not an array');
  for (const issue of issues as Issue[]) expectIssue(issue, input);
  const errors = (issues as Issue[]).filter((issue) => issue.severity === 'error');
  if (!ok && errors.length === 0) throw new Error('ok is false, but no issue is an error');
  if (ok && errors.length > 0) throw new Error(`ok is true with errors: ${errors.map((e) => e.code)}`);
  if (ok && value === undefined) throw new Error('ok is true, but there is no value');
}

/** Throws unless a value is plain data, as JSON would carry it: no functions, symbols, NaN or Infinity anywhere. */
export function expectPlainData(value: unknown): void {
  const stack: { node: unknown; path: string }[] = [{ node: value, path: '' }];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'function' || typeof node === 'symbol' || typeof node === 'bigint')
      throw new Error(`${typeof node} at ${path || '(root)'}`);
    if (typeof node === 'number' && !Number.isFinite(node)) throw new Error(`${node} at ${path || '(root)'}`);
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    for (const [key, child] of Object.entries(node)) stack.push({ node: child, path: `${path}.${key}` });
  }
}

/** A format reader's result: as `expectResult`, and a value that is plain data. */
export function expectReadResult(result: unknown, input?: { value: unknown }): void {
  expectResult(result, input);
  if (result.ok) expectPlainData((result as unknown as { value: unknown }).value);
}

function expectIssue(issue: Issue, input?: { value: unknown }): void {
  const where = JSON.stringify(issue).slice(0, 300);
  if (typeof issue.code !== 'string' || issue.code === '') throw new Error(`issue without a code: ${where}`);
  if (issue.severity !== 'error' && issue.severity !== 'warning')
    throw new Error(`issue with severity ${String(issue.severity)}: ${where}`);
  if (!Array.isArray(issue.path)) throw new Error(`issue without a path: ${where}`);
  for (const part of issue.path) {
    if (typeof part !== 'string' && typeof part !== 'number')
      throw new Error(`path part ${typeof part}: ${where}`);
  }
  for (const lang of ['sv', 'en'] as const) {
    const text = issue.message?.[lang];
    if (typeof text !== 'string' || text.trim() === '') throw new Error(`no ${lang} message: ${where}`);
  }
  if (input && !pointsInto(input.value, issue.path))
    throw new Error(`path ${JSON.stringify(issue.path)} does not point into the input: ${where}`);
}

/**
 * Whether a path addresses the input: every step but the last exists, and the last is a key (present or missing)
 * of an object or array that does.
 */
export function pointsInto(input: unknown, path: readonly (string | number)[]): boolean {
  let node = input;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') return false;
    const key = path[i]!;
    if (Array.isArray(node)) {
      if (typeof key !== 'number' && !/^\d+$/.test(key)) return i === path.length - 1;
      if (i === path.length - 1) return true;
      if (Number(key) >= node.length) return false;
    } else {
      if (i === path.length - 1) return true;
      if (!Object.hasOwn(node, key)) return false;
    }
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}
