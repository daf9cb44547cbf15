import type { IssuePath } from '../issues/issue.js';
import { isRecord } from '../util/is-record.js';
import type { ShapeNode, ShapeRoot, ShapeTable } from './shape-table.js';
import { SHAPES } from './shapes.js';

// Checks input against the shape table, in two passes. The first is a yes/no check compiled once per table node
// into small closures: it allocates nothing, needs no `new Function` (so it runs under a strict Content Security
// Policy) and is all that valid data ever meets. Only input it refuses is walked again to explain every issue, in
// the form `structure-issues.ts` turns into messages.
//
// It accepts exactly what the model's zod schemas accept (a property test holds the two together), and the model
// has no defaults or transforms, so valid input is returned as it is.

/** One structure issue, in the fields of zod's issue shape that `structure-issues.ts` reads. */
export interface ShapeIssue {
  code:
    | 'invalid_type'
    | 'invalid_format'
    | 'invalid_value'
    | 'too_small'
    | 'too_big'
    | 'unrecognized_keys'
    | 'invalid_union';
  path: IssuePath;
  input: unknown;
  /** What the field should be: `string`, `number`, `int`, `boolean`, `array`, `object` or `record`. */
  expected?: string;
  /** For a number that is not finite: `NaN` or `Infinity`. */
  received?: string;
  origin?: 'string' | 'number' | 'array';
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  /** `date` or `regex`; a regex has its `pattern` and the name of its form in `message` (`id`, `period` …). */
  format?: string;
  pattern?: string;
  message?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  discriminator?: string;
  options?: readonly unknown[];
}

export type ShapeResult<T> = { success: true; data: T } | { success: false; issues: ShapeIssue[] };

const TABLE: ShapeTable = SHAPES;

type Check = (value: unknown) => boolean;
const compiled: (Check | undefined)[] = [];
const patterns = new Map<string, RegExp>();

function regex(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    patterns.set(source, pattern);
  }
  return pattern;
}

function node(index: number): ShapeNode {
  return TABLE.nodes[index] as ShapeNode;
}

/** Checks `input` against one of the table's entities; never throws on data, however odd. */
export function checkShape<T>(root: ShapeRoot | 'observations', input: unknown): ShapeResult<T> {
  const index = TABLE.roots[root];
  if (fast(index)(input)) return { success: true, data: input as T };
  const issues: ShapeIssue[] = [];
  explain(index, input, [], issues);
  // The fast check may refuse what is in fact valid (it takes short cuts on odd objects); `explain` is exact.
  return issues.length === 0 ? { success: true, data: input as T } : { success: false, issues };
}

/** A string's length in Unicode code points (a lone surrogate counts as one). */
function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** A string's length as limits count it: code units when that already decides, else code points. */
function textLength(text: string, limit: number): number {
  const units = text.length;
  return units < limit || units >= limit * 2 ? units : codePointLength(text);
}

/** A record's test, as zod makes it: an object whose constructor, if any, looks like `Object`. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const ctor = value.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isRecord(proto) && Object.hasOwn(proto, 'isPrototypeOf');
}

/** Enumerable symbol keys: a record's keys must be text, and JSON never makes any other. */
function hasSymbolKeys(value: object): boolean {
  return Object.getOwnPropertySymbols(value).some((key) =>
    Object.prototype.propertyIsEnumerable.call(value, key),
  );
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function fast(index: number): Check {
  let check = compiled[index];
  if (!check) {
    // A placeholder first, so a schema that refers to itself compiles without looping.
    compiled[index] = (value) => (compiled[index] as Check)(value);
    check = compile(node(index));
    compiled[index] = check;
  }
  return check;
}

function compile(shape: ShapeNode): Check {
  switch (shape.t) {
    case 'string': {
      const min = shape.min ?? 0;
      const max = shape.max ?? Number.POSITIVE_INFINITY;
      const tests = (shape.re ?? []).map(([source]) => regex(source));
      const count = tests.length;
      return (v) => {
        if (typeof v !== 'string') return false;
        const units = v.length;
        // Code points are counted only where code units cannot decide.
        if (units < min || (units < min * 2 && codePointLength(v) < min)) return false;
        if (units > max && codePointLength(v) > max) return false;
        for (let i = 0; i < count; i++) if (!(tests[i] as RegExp).test(v)) return false;
        return true;
      };
    }
    case 'number': {
      // Bounds as local constants: the closure reads no table object per value.
      const integer = shape.int === true;
      const gte = shape.gte ?? Number.NEGATIVE_INFINITY;
      const gt = shape.gt ?? Number.NEGATIVE_INFINITY;
      const lte = shape.lte ?? Number.POSITIVE_INFINITY;
      const lt = shape.lt ?? Number.POSITIVE_INFINITY;
      return (v) =>
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (!integer || Number.isSafeInteger(v)) &&
        v >= gte &&
        (v > gt || gt === Number.NEGATIVE_INFINITY) &&
        v <= lte &&
        (v < lt || lt === Number.POSITIVE_INFINITY);
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'unknown':
      return () => true;
    case 'enum':
    case 'literal': {
      const allowed = new Set<unknown>(shape.values);
      return (v) => allowed.has(v);
    }
    case 'optional': {
      const inner = fast(shape.of);
      return (v) => v === undefined || inner(v);
    }
    case 'nullable': {
      const inner = fast(shape.of);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const element = fast(shape.of);
      const min = shape.min ?? 0;
      const max = shape.max ?? Number.POSITIVE_INFINITY;
      return (v) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object': {
      const keys = Object.keys(shape.keys);
      const checks = keys.map((key) => fast(shape.keys[key] as number));
      const required = keys.map((key) => node(shape.keys[key] as number).t !== 'optional');
      const strict = shape.strict === true;
      const count = keys.length;
      if (strict) {
        // A strict object is walked by its own keys (often fewer than the schema's): each must be known and valid,
        // and every required key must have been met. An inherited or non-enumerable field makes the count come
        // out wrong, which only sends the input to `explain`, which decides exactly.
        const at = new Map(keys.map((key, i) => [key, i]));
        const requiredCount = required.filter(Boolean).length;
        return (v) => {
          if (!isRecord(v)) return false;
          let met = 0;
          for (const key in v) {
            const i = at.get(key);
            if (i === undefined || !(checks[i] as Check)(v[key])) return false;
            if (required[i]) met++;
          }
          return met === requiredCount;
        };
      }
      return (v) => {
        if (!isRecord(v)) return false;
        for (let i = 0; i < count; i++) {
          const key = keys[i] as string;
          const value = v[key];
          if (value === undefined && required[i] && !(key in v)) return false;
          if (!(checks[i] as Check)(value)) return false;
        }
        return true;
      };
    }
    case 'union': {
      const options = shape.of.map(fast);
      return (v) => {
        for (const option of options) if (option(v)) return true;
        return false;
      };
    }
    case 'record': {
      const value = fast(shape.of);
      return (v) => {
        if (!isPlainObject(v) || hasSymbolKeys(v)) return false;
        for (const key of Object.keys(v)) if (key !== '__proto__' && !value(v[key])) return false;
        return true;
      };
    }
  }
}

/** Walks input the fast check refused and records every issue in it. */
function explain(index: number, v: unknown, path: IssuePath, out: ShapeIssue[]): void {
  const shape = node(index);
  const issue = (code: ShapeIssue['code'], extra: Omit<ShapeIssue, 'code' | 'path' | 'input'> = {}) =>
    out.push({ code, path: [...path], input: v, ...extra });
  switch (shape.t) {
    case 'string': {
      if (typeof v !== 'string') return void issue('invalid_type', { expected: 'string' });
      const min = shape.min ?? 0;
      const max = shape.max ?? Number.POSITIVE_INFINITY;
      for (const [source, name] of shape.re ?? []) {
        if (name === 'date' && !regex(source).test(v)) issue('invalid_format', { format: 'date' });
      }
      if (textLength(v, min) < min) issue('too_small', { origin: 'string', minimum: min, inclusive: true });
      if (v.length > max && textLength(v, max) > max) {
        issue('too_big', { origin: 'string', maximum: max, inclusive: true });
      }
      for (const [source, name] of shape.re ?? []) {
        if (name !== 'date' && !regex(source).test(v)) {
          issue('invalid_format', {
            format: 'regex',
            pattern: `/${source}/`,
            ...(name ? { message: name } : {}),
          });
        }
      }
      return;
    }
    case 'number': {
      if (!isFiniteNumber(v)) {
        const received = typeof v !== 'number' ? undefined : Number.isNaN(v) ? 'NaN' : 'Infinity';
        return void issue('invalid_type', { expected: 'number', ...(received ? { received } : {}) });
      }
      if (shape.int && !Number.isInteger(v)) return void issue('invalid_type', { expected: 'int' });
      if (shape.int && v < Number.MIN_SAFE_INTEGER) {
        return void issue('too_small', {
          origin: 'number',
          minimum: Number.MIN_SAFE_INTEGER,
          inclusive: true,
        });
      }
      if (shape.int && v > Number.MAX_SAFE_INTEGER) {
        return void issue('too_big', { origin: 'number', maximum: Number.MAX_SAFE_INTEGER, inclusive: true });
      }
      if (shape.gte !== undefined && v < shape.gte) {
        issue('too_small', { origin: 'number', minimum: shape.gte, inclusive: true });
      }
      if (shape.gt !== undefined && v <= shape.gt) {
        issue('too_small', { origin: 'number', minimum: shape.gt, inclusive: false });
      }
      if (shape.lte !== undefined && v > shape.lte) {
        issue('too_big', { origin: 'number', maximum: shape.lte, inclusive: true });
      }
      if (shape.lt !== undefined && v >= shape.lt) {
        issue('too_big', { origin: 'number', maximum: shape.lt, inclusive: false });
      }
      return;
    }
    case 'boolean':
      if (typeof v !== 'boolean') issue('invalid_type', { expected: 'boolean' });
      return;
    case 'unknown':
      return;
    case 'enum':
    case 'literal':
      if (!shape.values.includes(v as string)) issue('invalid_value', { values: shape.values });
      return;
    case 'optional':
      if (v !== undefined) explain(shape.of, v, path, out);
      return;
    case 'nullable':
      if (v !== null) explain(shape.of, v, path, out);
      return;
    case 'array': {
      if (!Array.isArray(v)) return void issue('invalid_type', { expected: 'array' });
      for (let i = 0; i < v.length; i++) {
        if (fast(shape.of)(v[i])) continue;
        path.push(i);
        explain(shape.of, v[i], path, out);
        path.pop();
      }
      if (shape.min !== undefined && v.length < shape.min) {
        issue('too_small', { origin: 'array', minimum: shape.min, inclusive: true });
      }
      if (shape.max !== undefined && v.length > shape.max) {
        issue('too_big', { origin: 'array', maximum: shape.max, inclusive: true });
      }
      return;
    }
    case 'object': {
      if (!isRecord(v)) return void issue('invalid_type', { expected: 'object' });
      for (const [key, field] of Object.entries(shape.keys)) {
        const value = v[key];
        if (fast(field)(value) && (key in v || node(field).t === 'optional')) continue;
        path.push(key);
        explain(field, value, path, out);
        path.pop();
      }
      if (shape.strict) {
        const unknown: string[] = [];
        for (const key in v) if (!Object.hasOwn(shape.keys, key)) unknown.push(key);
        if (unknown.length > 0) issue('unrecognized_keys', { keys: unknown });
      }
      return;
    }
    case 'union': {
      if (!isRecord(v)) return void issue('invalid_type', { expected: 'object' });
      const tag = v[shape.by];
      const options = shape.of.map((option) => tagOf(option, shape.by));
      const chosen = shape.of[options.indexOf(tag as string)];
      if (chosen !== undefined) {
        explain(chosen, v, path, out);
        return;
      }
      path.push(shape.by);
      issue('invalid_union', { discriminator: shape.by, options });
      path.pop();
      return;
    }
    case 'record': {
      if (!isPlainObject(v)) return void issue('invalid_type', { expected: 'record' });
      for (const key of Object.getOwnPropertySymbols(v)) {
        if (!Object.prototype.propertyIsEnumerable.call(v, key)) continue;
        path.push(String(key));
        out.push({ code: 'invalid_type', path: [...path], input: key, expected: 'string' });
        path.pop();
      }
      for (const key of Object.keys(v)) {
        if (key === '__proto__' || fast(shape.of)(v[key])) continue;
        path.push(key);
        explain(shape.of, v[key], path, out);
        path.pop();
      }
      return;
    }
  }
}

/** The value of a union option's discriminator: its literal. */
function tagOf(option: number, by: string): string | undefined {
  const shape = node(option);
  if (shape.t !== 'object') return undefined;
  const tag = node(shape.keys[by] as number);
  return tag.t === 'literal' ? tag.values[0] : undefined;
}
