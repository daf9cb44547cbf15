import * as z from 'zod/mini';

/**
 * The structure check. zod/mini interprets its schemas, which is slow on national-scale data (a 30 000-activity
 * dataset takes several hundred milliseconds and a full copy of the data). zod can also compile a schema into a
 * specialised validator with `new Function`, which answers the same question several times faster. Pages with
 * a strict Content Security Policy forbid `new Function`: they set `z.config({ jitless: true })` before the first
 * parse, and then schemas are never compiled (the page sees no CSP violation) and the interpreter is used.
 */
const compiled = new WeakMap<object, z.ZodMiniType>();

/** The compiled equivalent of `schema`, or undefined where compiling is not allowed or not possible. */
function compiledSchema(schema: z.ZodMiniType): z.ZodMiniType | undefined {
  if (z.config().jitless === true) return undefined;
  let fast = compiled.get(schema);
  if (fast === undefined) {
    try {
      // zod returns the schema itself when it cannot compile it.
      fast = z.compile(schema);
    } catch {
      fast = schema;
    }
    compiled.set(schema, fast);
  }
  return fast === schema ? undefined : fast;
}

export type StructureResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly unknown[] } };

/**
 * Checks `input` against `schema`. Valid input is returned as it is: the model has no defaults or transforms, so
 * what zod would build is a copy of the same data, and skipping the copy halves the work on large datasets.
 * Invalid input is parsed by the interpreter, which explains every issue (with the offending input attached).
 */
export function checkStructure<T>(schema: z.ZodMiniType<T>, input: unknown): StructureResult<T> {
  const fast = compiledSchema(schema);
  if (fast && z.validate(fast, input)) return { success: true, data: input as T };
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error };
}
