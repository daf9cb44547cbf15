/**
 * Paths into a dataset as JSON sees it, the same form as core's issue paths: `['plans', 0, 'activities', 12,
 * 'title', 'sv']`. The editor reads and writes the dataset only through these helpers, never by mutation: every
 * write returns a new root that shares every untouched branch with the old one.
 */
import type { IssuePath } from '@dhol/core';

export type Path = readonly (string | number)[];

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path`, or undefined where the path leads nowhere (a missing key, a string, null). */
export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node)) {
      if (typeof key !== 'number') return undefined;
      node = node[key];
    } else if (isObject(node)) {
      if (typeof key !== 'string' || !Object.hasOwn(node, key)) return undefined;
      node = node[key];
    } else {
      return undefined;
    }
  }
  return node;
}

/** A stable text key for a path, for maps and element ids: `plans/0/title/sv`. */
export const pathKey = (path: Path | IssuePath): string => path.join('/');

/** Whether `prefix` is `path` or one of its ancestors. */
export function startsWith(path: Path, prefix: Path): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (path[i] !== prefix[i]) return false;
  return true;
}

/** Replaces the value at `path`, copying only the containers along it. The path must lead to a container. */
export function replaceIn(root: unknown, path: Path, update: (container: unknown) => unknown): unknown {
  if (path.length === 0) return update(root);
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = root.slice();
    copy[head] = replaceIn(root[head], rest, update);
    return copy;
  }
  if (isObject(root) && typeof head === 'string') {
    return { ...root, [head]: replaceIn(root[head], rest, update) };
  }
  throw new TypeError(`no container at ${pathKey(path)}`);
}

/** Sets `key` of an object, keeping the key's place when it exists and appending it otherwise. */
export function withKey(object: JsonObject, key: string, value: unknown): JsonObject {
  return { ...object, [key]: value };
}

/** The object without `key`. */
export function withoutKey(object: JsonObject, key: string): JsonObject {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

/** The object with `key` put back at position `index` of its keys (undoing a deletion keeps the file's order). */
export function withKeyAt(object: JsonObject, key: string, value: unknown, index: number): JsonObject {
  const entries = Object.entries(object).filter(([k]) => k !== key);
  entries.splice(Math.min(index, entries.length), 0, [key, value]);
  return Object.fromEntries(entries);
}

/** Structural equality of JSON values (key order ignored), for "what changed" and tests. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) if (!Object.hasOwn(b, key) || !jsonEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
}
