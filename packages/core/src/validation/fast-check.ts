/**
 * A fast, allocation-free yes/no structure check built once from a zod schema's definition, as a tree of small
 * functions (no `new Function`, so it runs under a strict Content Security Policy).
 *
 * It is sound, not complete: `true` means zod would accept the input unchanged; `false` means "ask zod", which
 * then explains the issues (or, for unusual objects this check does not model, accepts them). A schema feature it
 * does not know makes the whole build give `undefined`, and callers use zod alone.
 */

type Check = (value: unknown) => boolean;

/** The parts of zod's internal definitions this module reads. */
interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  options?: readonly Schema[];
  discriminator?: string;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  keyType?: Schema;
  valueType?: Schema;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}
interface Schema {
  _zod: { def: Def; optin?: string; optout?: string };
}

class Unsupported extends Error {}

const built = new WeakMap<object, Check | null>();

/** The fast check for a schema, built on first use; undefined when the schema uses a feature it does not model. */
export function fastCheck(schema: object): Check | undefined {
  let check = built.get(schema);
  if (check === undefined) {
    try {
      check = build(schema as Schema);
    } catch {
      check = null;
    }
    built.set(schema, check);
  }
  return check ?? undefined;
}

/** A string's length in Unicode code points, as zod counts it (a lone surrogate counts as one). */
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Length limits, number bounds and patterns; any other kind of check is not modelled. */
function lengthChecks(def: Def): { min: number; max: number; patterns: RegExp[] } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length' && typeof c.minimum === 'number') min = Math.max(min, c.minimum);
    else if (c.check === 'max_length' && typeof c.maximum === 'number') max = Math.min(max, c.maximum);
    else if (
      c.check === 'string_format' &&
      c.format === 'regex' &&
      c.pattern instanceof RegExp &&
      !c.pattern.global &&
      !c.pattern.sticky
    ) {
      patterns.push(c.pattern);
    } else throw new Unsupported(c.check);
  }
  return { min, max, patterns };
}

function build(schema: Schema): Check {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string': {
      const { min, max, patterns } = lengthChecks(def);
      if (def.format !== undefined) {
        if (!(def.pattern instanceof RegExp) || def.pattern.global || def.pattern.sticky)
          throw new Unsupported(def.format);
        patterns.unshift(def.pattern);
      }
      return (v) => {
        if (typeof v !== 'string') return false;
        // zod measures strings in code points; only lengths near a limit need counting.
        const units = v.length;
        if (units < min || (units > max && codePointLength(v) > max)) return false;
        if (units < min * 2 && codePointLength(v) < min) return false;
        for (const pattern of patterns) if (!pattern.test(v)) return false;
        return true;
      };
    }
    case 'number': {
      let lower = Number.NEGATIVE_INFINITY;
      let lowerInclusive = true;
      let upper = Number.POSITIVE_INFINITY;
      let upperInclusive = true;
      for (const check of def.checks ?? []) {
        const c = check._zod.def;
        if (c.check === 'greater_than' && typeof c.value === 'number') {
          lower = c.value;
          lowerInclusive = c.inclusive === true;
        } else if (c.check === 'less_than' && typeof c.value === 'number') {
          upper = c.value;
          upperInclusive = c.inclusive === true;
        } else throw new Unsupported(c.check);
      }
      if (def.format !== undefined && def.format !== 'safeint') throw new Unsupported(def.format);
      const integer = def.format === 'safeint';
      return (v) =>
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (!integer || Number.isSafeInteger(v)) &&
        (lowerInclusive ? v >= lower : v > lower) &&
        (upperInclusive ? v <= upper : v < upper);
    }
    case 'boolean':
      if (def.checks?.length) throw new Unsupported('boolean checks');
      return (v) => typeof v === 'boolean';
    case 'unknown':
    case 'any':
      if (def.checks?.length) throw new Unsupported('unknown checks');
      return () => true;
    case 'enum': {
      if (def.checks?.length || !def.entries) throw new Unsupported('enum');
      const values = Object.values(def.entries);
      if (!values.every((value) => typeof value === 'string')) throw new Unsupported('non-string enum');
      const allowed = new Set<unknown>(values);
      return (v) => allowed.has(v);
    }
    case 'literal': {
      if (def.checks?.length || !def.values) throw new Unsupported('literal');
      if (!def.values.every((value) => typeof value === 'string'))
        throw new Unsupported('non-string literal');
      const allowed = new Set<unknown>(def.values);
      return (v) => allowed.has(v);
    }
    case 'optional': {
      if (def.checks?.length || !def.innerType) throw new Unsupported('optional');
      const inner = build(def.innerType);
      return (v) => v === undefined || inner(v);
    }
    case 'nullable': {
      if (def.checks?.length || !def.innerType) throw new Unsupported('nullable');
      const inner = build(def.innerType);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      if (!def.element) throw new Unsupported('array');
      const { min, max, patterns } = lengthChecks(def);
      if (patterns.length) throw new Unsupported('array pattern');
      const element = build(def.element);
      return (v) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object':
      return buildObject(def);
    case 'union': {
      // Only discriminated unions: their options exclude one another, so "some option accepts" is zod's answer.
      if (def.checks?.length || !def.options || def.discriminator === undefined)
        throw new Unsupported('union');
      const options = def.options.map(build);
      return (v) => {
        for (const option of options) if (option(v)) return true;
        return false;
      };
    }
    case 'record': {
      const keyDef = def.keyType?._zod.def;
      if (
        def.checks?.length ||
        keyDef?.type !== 'string' ||
        keyDef.checks?.length ||
        keyDef.format !== undefined
      ) {
        throw new Unsupported('record');
      }
      const value = build(def.valueType!);
      return (v) => {
        // Plain data only: anything else (class instances, symbol keys) is left to zod.
        if (!isObject(v)) return false;
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) return false;
        if (typeof v.constructor === 'function' && Object.hasOwn(v, 'constructor')) return false;
        if (Object.getOwnPropertySymbols(v).length > 0) return false;
        for (const key of Object.keys(v)) if (key !== '__proto__' && !value(v[key])) return false;
        return true;
      };
    }
    default:
      throw new Unsupported(def.type);
  }
}

function buildObject(def: Def): Check {
  if (def.checks?.length || !def.shape) throw new Unsupported('object');
  const strict = def.catchall?._zod.def.type === 'never';
  if (def.catchall !== undefined && !strict) throw new Unsupported('catchall');
  const keys = Object.keys(def.shape);
  if (keys.includes('__proto__') || Object.getOwnPropertySymbols(def.shape).length > 0) {
    throw new Unsupported('key');
  }
  const checks = keys.map((key) => build(def.shape![key]!));
  const required = keys.map((key) => def.shape![key]!._zod.optin === undefined);
  const known = new Set(keys);
  const count = keys.length;
  return (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      if (required[i] && !(key in v)) return false;
      if (!checks[i]!(v[key])) return false;
    }
    if (strict) for (const key in v) if (!known.has(key)) return false;
    return true;
  };
}
