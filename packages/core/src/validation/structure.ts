import * as z from 'zod/mini';
import { Dataset } from '../model/dataset.js';
import { fastCheck } from './fast-check.js';

/**
 * The structure check. zod/mini interprets its schemas, which is slow on national-scale data (a 30 000-activity
 * dataset takes several hundred milliseconds, most of it building a copy of the data and collecting it again).
 * Valid data is therefore recognised first by a yes/no check built from the same schema (`fast-check.ts`), which
 * allocates nothing and needs no `new Function`; only data it does not accept goes to zod, which explains every
 * issue. For a schema the fast check cannot model, zod's own compiler is used instead where the page allows
 * `new Function` (not when `z.config({ jitless: true })` is set, as strict-CSP pages do).
 */
const compiled = new WeakMap<object, z.ZodMiniType>();

/** zod's compiled equivalent of `schema`, or undefined where compiling is not allowed or not possible. */
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
 * what zod would build is a copy of the same data. Other input is parsed by zod, which explains every issue (with
 * the offending input attached).
 */
export function checkStructure<T>(schema: z.ZodMiniType<T>, input: unknown): StructureResult<T> {
  const fast = fastCheck(schema);
  if (fast) {
    if (fast(input)) return { success: true, data: input as T };
  } else {
    const zodCompiled = compiledSchema(schema);
    if (zodCompiled && z.validate(zodCompiled, input)) return { success: true, data: input as T };
  }
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? { success: true, data: parsed.data } : { success: false, error: parsed.error };
}

/**
 * True when `input` has the structure of a dataset: the answer `Dataset.safeParse(input).success` gives, found
 * faster. References, dates, values, links and policy are not checked; use `validateDataset` for those.
 */
export function isDatasetShape(input: unknown): input is Dataset {
  try {
    return checkStructure(Dataset, input).success;
  } catch {
    return false;
  }
}
