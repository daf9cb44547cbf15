import type { IssuePath } from '../issues/issue.js';
import { isRecord } from '../util/is-record.js';
import type { CompactShape, CompactShapes, ShapeRef, ShapeRoot } from './shape-table.js';
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

const TABLE: CompactShapes = SHAPES;

type Check = (value: unknown) => boolean;
/** Each node's fast check, compiled on first use. */
const compiled = new Map<CompactShape, Check>();
const patterns = new Map<string, RegExp>();

function regex(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    patterns.set(source, pattern);
  }
  return pattern;
}

function node(ref: ShapeRef): CompactShape {
  return typeof ref === 'number' ? (TABLE.nodes[ref] as CompactShape) : ref;
}

/** A text node's patterns, each a source and the name of its form ('' for none). */
function patternsOf(shape: CompactShape): [source: string, name: string][] {
  const out: [string, string][] = [];
  for (let i = 3; i < shape.length; i += 2) out.push([shape[i] as string, shape[i + 1] as string]);
  return out;
}

/** An object node's fields in order: name, node, and whether it may be left out. */
interface Fields {
  names: string[];
  refs: ShapeRef[];
  optional: boolean[];
}
const fieldsCache = new Map<CompactShape, Fields>();

function fieldsOf(shape: CompactShape): Fields {
  let fields = fieldsCache.get(shape);
  if (!fields) {
    fields = { names: [], refs: [], optional: [] };
    for (let i = 1; i < shape.length; i += 2) {
      const name = shape[i] as string;
      const optional = name.endsWith('?');
      fields.names.push(optional ? name.slice(0, -1) : name);
      fields.refs.push(shape[i + 1] as ShapeRef);
      fields.optional.push(optional);
    }
    fieldsCache.set(shape, fields);
  }
  return fields;
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

function fast(ref: ShapeRef): Check {
  const shape = node(ref);
  let check = compiled.get(shape);
  if (!check) {
    // A placeholder first, so a schema that refers to itself compiles without looping.
    compiled.set(shape, (value) => (compiled.get(shape) as Check)(value));
    check = compile(shape);
    compiled.set(shape, check);
  }
  return check;
}

function compile(shape: CompactShape): Check {
  switch (shape[0]) {
    case 's': {
      const min = shape[1] ?? 0;
      const max = shape[2] ?? Number.POSITIVE_INFINITY;
      const tests = patternsOf(shape).map(([source]) => regex(source));
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
    case 'n': {
      // Bounds as local constants: the closure reads no table object per value.
      const integer = shape[1] === 1;
      const gt = shape[2] ?? Number.NEGATIVE_INFINITY;
      const gte = shape[3] ?? Number.NEGATIVE_INFINITY;
      const lt = shape[4] ?? Number.POSITIVE_INFINITY;
      const lte = shape[5] ?? Number.POSITIVE_INFINITY;
      return (v) =>
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (!integer || Number.isSafeInteger(v)) &&
        v >= gte &&
        (v > gt || gt === Number.NEGATIVE_INFINITY) &&
        v <= lte &&
        (v < lt || lt === Number.POSITIVE_INFINITY);
    }
    case 'b':
      return (v) => typeof v === 'boolean';
    case 'u':
      return () => true;
    case 'e': {
      const allowed = new Set<unknown>(shape.slice(1));
      return (v) => allowed.has(v);
    }
    case 'z': {
      const inner = fast(shape[1]);
      return (v) => v === null || inner(v);
    }
    case 'a': {
      const element = fast(shape[1]);
      const min = shape[2] ?? 0;
      const max = shape[3] ?? Number.POSITIVE_INFINITY;
      return (v) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'o': {
      // A strict object is walked by its own keys (often fewer than the schema's): each must be known and valid,
      // and every required key must have been met. An inherited or non-enumerable field makes the count come
      // out wrong, which only sends the input to `explain`, which decides exactly.
      const { names, refs, optional } = fieldsOf(shape);
      const checks = refs.map((ref, i): Check => {
        const inner = fast(ref);
        return optional[i] ? (v) => v === undefined || inner(v) : inner;
      });
      const at = new Map(names.map((key, i) => [key, i]));
      const requiredCount = optional.filter((o) => !o).length;
      return (v) => {
        if (!isRecord(v)) return false;
        let met = 0;
        for (const key in v) {
          const i = at.get(key);
          if (i === undefined || !(checks[i] as Check)(v[key])) return false;
          if (!optional[i]) met++;
        }
        return met === requiredCount;
      };
    }
    case '|': {
      const options = shape[2].map(fast);
      return (v) => {
        for (const option of options) if (option(v)) return true;
        return false;
      };
    }
    case 'r': {
      const value = fast(shape[1]);
      return (v) => {
        if (!isPlainObject(v) || hasSymbolKeys(v)) return false;
        for (const key of Object.keys(v)) if (key !== '__proto__' && !value(v[key])) return false;
        return true;
      };
    }
    default:
      throw new Error(`Unknown shape kind ${shape[0]}`);
  }
}

/** Walks input the fast check refused and records every issue in it. */
function explain(ref: ShapeRef, v: unknown, path: IssuePath, out: ShapeIssue[]): void {
  const shape = node(ref);
  const issue = (code: ShapeIssue['code'], extra: Omit<ShapeIssue, 'code' | 'path' | 'input'> = {}) =>
    out.push({ code, path: [...path], input: v, ...extra });
  switch (shape[0]) {
    case 's': {
      if (typeof v !== 'string') return void issue('invalid_type', { expected: 'string' });
      const min = shape[1] ?? 0;
      const max = shape[2] ?? Number.POSITIVE_INFINITY;
      const forms = patternsOf(shape);
      for (const [source, name] of forms) {
        if (name === 'date' && !regex(source).test(v)) issue('invalid_format', { format: 'date' });
      }
      if (textLength(v, min) < min) issue('too_small', { origin: 'string', minimum: min, inclusive: true });
      if (v.length > max && textLength(v, max) > max) {
        issue('too_big', { origin: 'string', maximum: max, inclusive: true });
      }
      for (const [source, name] of forms) {
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
    case 'n': {
      if (!isFiniteNumber(v)) {
        const received = typeof v !== 'number' ? undefined : Number.isNaN(v) ? 'NaN' : 'Infinity';
        return void issue('invalid_type', { expected: 'number', ...(received ? { received } : {}) });
      }
      const [, int, gt, gte, lt, lte] = shape;
      if (int && !Number.isInteger(v)) return void issue('invalid_type', { expected: 'int' });
      if (int && v < Number.MIN_SAFE_INTEGER) {
        return void issue('too_small', {
          origin: 'number',
          minimum: Number.MIN_SAFE_INTEGER,
          inclusive: true,
        });
      }
      if (int && v > Number.MAX_SAFE_INTEGER) {
        return void issue('too_big', { origin: 'number', maximum: Number.MAX_SAFE_INTEGER, inclusive: true });
      }
      if (gte != null && v < gte) issue('too_small', { origin: 'number', minimum: gte, inclusive: true });
      if (gt != null && v <= gt) issue('too_small', { origin: 'number', minimum: gt, inclusive: false });
      if (lte != null && v > lte) issue('too_big', { origin: 'number', maximum: lte, inclusive: true });
      if (lt != null && v >= lt) issue('too_big', { origin: 'number', maximum: lt, inclusive: false });
      return;
    }
    case 'b':
      if (typeof v !== 'boolean') issue('invalid_type', { expected: 'boolean' });
      return;
    case 'u':
      return;
    case 'e': {
      const values = shape.slice(1) as string[];
      if (!values.includes(v as string)) issue('invalid_value', { values });
      return;
    }
    case 'z':
      if (v !== null) explain(shape[1], v, path, out);
      return;
    case 'a': {
      if (!Array.isArray(v)) return void issue('invalid_type', { expected: 'array' });
      const [, of, min, max] = shape;
      for (let i = 0; i < v.length; i++) {
        if (fast(of)(v[i])) continue;
        path.push(i);
        explain(of, v[i], path, out);
        path.pop();
      }
      if (min != null && v.length < min) {
        issue('too_small', { origin: 'array', minimum: min, inclusive: true });
      }
      if (max != null && v.length > max) {
        issue('too_big', { origin: 'array', maximum: max, inclusive: true });
      }
      return;
    }
    case 'o': {
      if (!isRecord(v)) return void issue('invalid_type', { expected: 'object' });
      const { names, refs, optional } = fieldsOf(shape);
      for (let i = 0; i < names.length; i++) {
        const key = names[i] as string;
        const field = refs[i] as ShapeRef;
        const value = v[key];
        if (optional[i] ? value === undefined || fast(field)(value) : fast(field)(value) && key in v)
          continue;
        path.push(key);
        explain(field, value, path, out);
        path.pop();
      }
      const unknown: string[] = [];
      for (const key in v) if (!names.includes(key)) unknown.push(key);
      if (unknown.length > 0) issue('unrecognized_keys', { keys: unknown });
      return;
    }
    case '|': {
      if (!isRecord(v)) return void issue('invalid_type', { expected: 'object' });
      const [, by, choices] = shape;
      const options = choices.map((option) => tagOf(option, by));
      const chosen = choices[options.indexOf(v[by] as string)];
      if (chosen !== undefined) {
        explain(chosen, v, path, out);
        return;
      }
      path.push(by);
      issue('invalid_union', { discriminator: by, options });
      path.pop();
      return;
    }
    case 'r': {
      if (!isPlainObject(v)) return void issue('invalid_type', { expected: 'record' });
      for (const key of Object.getOwnPropertySymbols(v)) {
        if (!Object.prototype.propertyIsEnumerable.call(v, key)) continue;
        path.push(String(key));
        out.push({ code: 'invalid_type', path: [...path], input: key, expected: 'string' });
        path.pop();
      }
      const of = shape[1];
      for (const key of Object.keys(v)) {
        if (key === '__proto__' || fast(of)(v[key])) continue;
        path.push(key);
        explain(of, v[key], path, out);
        path.pop();
      }
      return;
    }
  }
}

/** The value of a union option's discriminator: the first value of its literal. */
function tagOf(option: ShapeRef, by: string): string | undefined {
  const shape = node(option);
  if (shape[0] !== 'o') return undefined;
  const { names, refs } = fieldsOf(shape);
  const tag = node(refs[names.indexOf(by)] as ShapeRef);
  return tag[0] === 'e' ? tag[1] : undefined;
}
