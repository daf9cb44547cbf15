/**
 * The edit store: the one place the dataset being edited lives, and its history. Every change is an operation
 * `edit(path, value)`; undo, redo, the draft kept in browser storage, "what changed" and validation all read the
 * same operations. The form holds no copy of the data: it renders from `value` and writes through `edit`.
 *
 * Values are never mutated. An edit returns a new root that shares every untouched branch, so an operation keeps
 * references to the values before and after it at no cost, and undoing gives back exactly what was there (the
 * order of an object's keys included, so an unedited file downloads as it came).
 */
import {
  getAt,
  isObject,
  type JsonObject,
  type Path,
  pathKey,
  replaceIn,
  startsWith,
  withKey,
  withKeyAt,
  withoutKey,
} from './path.js';

/**
 * One change at `path`. `before` undefined: the key or element was added (an array element is inserted at the
 * index). `after` undefined: it was removed; `index` is a removed object key's place among its siblings.
 */
export interface Operation {
  path: Path;
  before: unknown;
  after: unknown;
  index?: number;
}

/** An undoable step: one or more operations, applied in order. */
export interface HistoryEntry {
  /** Unique within a store: names the state after this entry (a merge gives the entry a new id). */
  id: number;
  ops: Operation[];
  /** Consecutive edits with the same group (a field being typed in) merge into one entry until `seal()`. */
  group?: string;
}

export type ChangeSource = 'edit' | 'undo' | 'redo' | 'open';

/** What a listener hears after every change. */
export interface StoreChange {
  source: ChangeSource;
  /** The operations as applied, in order (for undo, the inverse operations). */
  ops: readonly Operation[];
  /** The history entry the change belongs to (for undo, the entry that was undone). */
  entry?: HistoryEntry;
  /** True when the change merged into the entry before it instead of starting a new one. */
  merged?: boolean;
  /** True when the change undid the entry it merged into (text typed into an empty field, then erased): the entry is gone. */
  cancelled?: boolean;
}

export interface EditOptions {
  /**
   * Merge into the previous entry when it has the same group and was not sealed: a run of keystrokes in one
   * field is one undo step. Defaults to the path, so typing merges; pass `null` for a step of its own.
   */
  group?: string | null;
  /** Insert into an array at the path's index instead of replacing the element there. */
  insert?: boolean;
}

/** The most steps kept for undo; older ones are dropped (their changes stay, only the way back goes). */
export const HISTORY_LIMIT = 500;

export class EditStore {
  #value: unknown;
  #baseline: unknown;
  #undo: HistoryEntry[] = [];
  #redo: HistoryEntry[] = [];
  #sealed = true;
  #nextId = 1;
  #transaction?: Operation[];
  #listeners = new Set<(change: StoreChange) => void>();

  constructor(initial: unknown = {}) {
    this.#value = initial;
    this.#baseline = initial;
  }

  /** The dataset as it is now. */
  get value(): unknown {
    return this.#value;
  }

  /** The dataset as it was opened, before any edit of this draft. */
  get baseline(): unknown {
    return this.#baseline;
  }

  /** An id of the current state: it changes with every edit and returns to an earlier id on undo. */
  get stateId(): number {
    return this.#undo.at(-1)?.id ?? 0;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** The steps undo would take back, newest last. */
  get history(): readonly HistoryEntry[] {
    return this.#undo;
  }

  /**
   * Starts over with `value` (a dataset opened, a draft restored): no history. `baseline` is what "what changed"
   * compares with; by default the value itself.
   */
  open(value: unknown, baseline: unknown = value): void {
    this.#value = value;
    this.#baseline = baseline;
    this.#undo = [];
    this.#redo = [];
    this.#sealed = true;
    this.#emit({ source: 'open', ops: [] });
  }

  subscribe(listener: (change: StoreChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Sets the value at `path`; `undefined` removes it (an object key, or an array element). Missing containers
   * along the path are created (an object for a name, an array for index 0). An object left empty by a removal
   * goes too, so clearing the last field of an optional group leaves no empty group behind. Returns false, and
   * changes nothing, when the path cannot be written (an index past the end of an array) or nothing would change.
   */
  edit(path: Path, value: unknown, options: EditOptions = {}): boolean {
    const op = this.#plan(path, value, options.insert === true);
    if (!op) return false;
    const previous = this.#value;
    this.#value = applyOp(previous, op);
    if (this.#transaction) {
      this.#transaction.push(op);
      return true;
    }
    const group = options.group === undefined ? pathKey(path) : (options.group ?? undefined);
    this.#commit([op], group, previous);
    return true;
  }

  /**
   * Runs `fn`, whose edits become one undo step. Nested calls join the outer step. With `join`, they are added to the
   * last step instead when that step has the group `join` (the typing in one field): what committing the field did
   * elsewhere in the file is then undone together with the typing that caused it.
   */
  transact(fn: () => void, join?: string): void {
    if (this.#transaction) {
      fn();
      return;
    }
    const ops: Operation[] = [];
    this.#transaction = ops;
    try {
      fn();
    } finally {
      this.#transaction = undefined;
    }
    if (ops.length === 0) return;
    const last = this.#undo.at(-1);
    if (join !== undefined && last?.group === join) {
      this.#redo = [];
      last.ops.push(...ops);
      // A new id, as for a merged keystroke; sealed, so the next keystroke starts a step of its own.
      last.id = this.#nextId++;
      this.#sealed = true;
      this.#emit({ source: 'edit', ops, entry: last, merged: true });
      return;
    }
    this.#commit(ops, undefined, undefined);
  }

  /**
   * What `path` held before the last step, when that step is the typing in the field at `path` (its edits grouped
   * by the path); undefined otherwise. What a field held before its change, for a commit that acts on the change.
   */
  valueBeforeTyping(path: Path): unknown {
    const last = this.#undo.at(-1);
    const op = last?.ops[0];
    if (!op || last.group !== pathKey(path) || last.ops.length !== 1) return undefined;
    const inside = op.path.every((key, i) => key === path[i]);
    return inside ? getAt(op.before, path.slice(op.path.length)) : undefined;
  }

  /** Ends the current typing run: the next edit starts a new undo step (a field lost focus, say). */
  seal(): void {
    this.#sealed = true;
  }

  /** Takes back the last step; returns it, or undefined when there is nothing to undo. */
  undo(): HistoryEntry | undefined {
    const entry = this.#undo.pop();
    if (!entry) return undefined;
    const inverse = entry.ops.map(invert).reverse();
    for (const op of inverse) this.#value = applyOp(this.#value, op);
    this.#redo.push(entry);
    this.#sealed = true;
    this.#emit({ source: 'undo', ops: inverse, entry });
    return entry;
  }

  /** Applies the last undone step again. */
  redo(): HistoryEntry | undefined {
    const entry = this.#redo.pop();
    if (!entry) return undefined;
    for (const op of entry.ops) this.#value = applyOp(this.#value, op);
    this.#undo.push(entry);
    this.#sealed = true;
    this.#emit({ source: 'redo', ops: entry.ops, entry });
    return entry;
  }

  /** Records applied operations; `previous` is the value before them, for merging a keystroke into its run. */
  #commit(ops: Operation[], group: string | undefined, previous: unknown): void {
    this.#redo = [];
    const last = this.#undo.at(-1);
    if (group !== undefined && !this.#sealed && last && last.group === group && last.ops.length === 1) {
      const merged = mergeOps(last.ops[0]!, ops[0]!, previous, this.#value);
      if (ops.length === 1 && merged !== 'separate') {
        if (merged === 'cancelled') {
          this.#undo.pop();
          this.#emit({ source: 'edit', ops, entry: last, merged: true, cancelled: true });
          return;
        }
        last.ops[0] = merged;
        // A new id: the state differs from the one the entry ended in before.
        last.id = this.#nextId++;
        this.#emit({ source: 'edit', ops, entry: last, merged: true });
        return;
      }
    }
    const entry: HistoryEntry = { id: this.#nextId++, ops, ...(group !== undefined ? { group } : {}) };
    this.#undo.push(entry);
    if (this.#undo.length > HISTORY_LIMIT) this.#undo.shift();
    this.#sealed = group === undefined;
    this.#emit({ source: 'edit', ops, entry });
  }

  /** The operation that sets `value` at `path`, rooted where the change really happens; undefined for none. */
  #plan(path: Path, value: unknown, insert: boolean): Operation | undefined {
    if (path.length === 0) {
      return value === undefined || value === this.#value
        ? undefined
        : { path: [], before: this.#value, after: value };
    }
    // Find the deepest existing container on the path; build what is missing below it.
    let depth = 0;
    let node: unknown = this.#value;
    while (depth < path.length - 1) {
      const key = path[depth]!;
      const next = childOf(node, key);
      if (!isContainerFor(next, path[depth + 1]!)) break;
      node = next;
      depth++;
    }
    if (!isContainerFor(node, path[depth]!)) return undefined;
    if (depth < path.length - 1) {
      // Containers are missing (or hold a value of the wrong kind) below `depth`: write the built branch there.
      if (value === undefined) return undefined;
      const key = path[depth]!;
      if (Array.isArray(node) && typeof key === 'number' && key > node.length) return undefined;
      if (!canBuild(path.slice(depth + 1))) return undefined;
      const branch = build(path.slice(depth + 1), value);
      return this.#setOp(node, path.slice(0, depth + 1), branch, false);
    }
    if (value === undefined) return this.#removeOp(path);
    return this.#setOp(node, path, value, insert);
  }

  #setOp(container: unknown, path: Path, value: unknown, insert: boolean): Operation | undefined {
    const key = path.at(-1)!;
    if (Array.isArray(container)) {
      if (typeof key !== 'number' || key < 0 || key > container.length || !Number.isInteger(key))
        return undefined;
      if (insert || key === container.length) return { path, before: undefined, after: value };
      if (container[key] === value) return undefined;
      return { path, before: container[key], after: value };
    }
    const object = container as JsonObject;
    const name = key as string;
    if (!Object.hasOwn(object, name)) return { path, before: undefined, after: value };
    if (object[name] === value) return undefined;
    return { path, before: object[name], after: value };
  }

  /** Removes the value at `path`; an object it leaves empty goes with it, up to (not including) an array item. */
  #removeOp(path: Path): Operation | undefined {
    let at = path;
    for (;;) {
      const parentPath = at.slice(0, -1);
      const parent = getAt(this.#value, parentPath);
      const key = at.at(-1)!;
      if (Array.isArray(parent)) {
        if (typeof key !== 'number' || key < 0 || key >= parent.length) return undefined;
        return { path: at, before: parent[key], after: undefined };
      }
      if (!isObject(parent) || typeof key !== 'string' || !Object.hasOwn(parent, key)) return undefined;
      const keys = Object.keys(parent);
      const grandParent = getAt(this.#value, parentPath.slice(0, -1));
      const prunable = keys.length === 1 && parentPath.length > 0 && isObject(grandParent);
      if (prunable) {
        at = parentPath;
        continue;
      }
      return { path: at, before: parent[key], after: undefined, index: keys.indexOf(key) };
    }
  }

  #emit(change: StoreChange): void {
    for (const listener of this.#listeners) listener(change);
  }
}

/** The operation that undoes `op`. */
export function invert(op: Operation): Operation {
  return {
    path: op.path,
    before: op.after,
    after: op.before,
    ...(op.index !== undefined ? { index: op.index } : {}),
  };
}

/**
 * Applies an operation to a root value and returns the new root. `before` undefined inserts (an array element at
 * the index, an object key at `index` or at the end); `after` undefined removes.
 */
export function applyOp(root: unknown, op: Operation): unknown {
  if (op.path.length === 0) return op.after;
  const key = op.path.at(-1)!;
  return replaceIn(root, op.path.slice(0, -1), (container) => {
    if (Array.isArray(container) && typeof key === 'number') {
      const copy = container.slice();
      if (op.after === undefined) copy.splice(key, 1);
      else if (op.before === undefined) copy.splice(key, 0, op.after);
      else copy[key] = op.after;
      return copy;
    }
    if (isObject(container) && typeof key === 'string') {
      if (op.after === undefined) return withoutKey(container, key);
      if (op.before === undefined && op.index !== undefined)
        return withKeyAt(container, key, op.after, op.index);
      return withKey(container, key, op.after);
    }
    throw new TypeError(`cannot apply an edit at ${pathKey(op.path)}`);
  });
}

/**
 * Two consecutive operations of one typing run as one, given the values before and after the second; 'cancelled'
 * when they undo each other, 'separate' when they cannot be one step. The second may sit at the same place, inside
 * a branch the first wrote (the first letter of an optional text creates its group), or above it (erasing the last
 * letter removes the group).
 */
function mergeOps(
  first: Operation,
  next: Operation,
  beforeNext: unknown,
  afterNext: unknown,
): Operation | 'cancelled' | 'separate' {
  const withIndex = (op: Operation, index: number | undefined): Operation =>
    index === undefined ? op : { ...op, index };
  // After a removal the same path names something else (the next array element) or nothing: two steps.
  if (first.after === undefined) return 'separate';
  if (pathKey(first.path) === pathKey(next.path)) {
    // A removal followed by an insertion would land the key elsewhere: keep them apart.
    if (next.before === undefined) return 'separate';
    if (first.before === undefined && next.after === undefined) return 'cancelled';
    const index = next.after === undefined ? (next.index ?? first.index) : first.index;
    return withIndex({ path: first.path, before: first.before, after: next.after }, index);
  }
  if (startsWith(next.path, first.path)) {
    return withIndex(
      { path: first.path, before: first.before, after: getAt(afterNext, first.path) },
      first.index,
    );
  }
  if (startsWith(first.path, next.path) && next.before !== undefined) {
    const beforeFirst = applyOp(beforeNext, invert(first));
    const before = getAt(beforeFirst, next.path);
    if (before === undefined) return 'separate';
    return withIndex({ path: next.path, before, after: next.after }, next.index);
  }
  return 'separate';
}

function childOf(node: unknown, key: string | number): unknown {
  if (Array.isArray(node)) return typeof key === 'number' ? node[key] : undefined;
  if (isObject(node)) return typeof key === 'string' && Object.hasOwn(node, key) ? node[key] : undefined;
  return undefined;
}

/** Whether `node` can hold `key`: an array for an index, an object for a name. */
function isContainerFor(node: unknown, key: string | number): boolean {
  return typeof key === 'number' ? Array.isArray(node) : isObject(node);
}

/** A path can be built from nothing when every index in it is 0 (a new array's first element). */
function canBuild(path: Path): boolean {
  return path.every((key) => typeof key === 'string' || key === 0);
}

/** The branch that holds `value` at `path`: `build(['a', 0], 1)` is `{ a: [1] }`. */
function build(path: Path, value: unknown): unknown {
  let node = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i]!;
    node = typeof key === 'number' ? [node] : { [key]: node };
  }
  return node;
}
