import type * as z from 'zod/mini';
import { Dataset } from '../model/dataset.js';
import { fastCheck } from './fast-check.js';

/**
 * The structure check. zod/mini interprets its schemas, which is slow on national-scale data (a 30 000-activity
 * dataset takes several hundred milliseconds, most of it building a copy of the data and collecting it again).
 * Valid data is therefore recognised first by a yes/no check built from the same schema (`fast-check.ts`), which
 * allocates nothing and needs no `new Function` (so strict-CSP pages get the same speed); only data it does not
 * accept goes to zod, which explains every issue. zod's own compiler (`z.compile`) is not used: it was slower
 * than the fast check, needs `new Function`, and would add about 8 KB gzip to the script-tag bundle.
 */
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
  if (fast?.(input)) return { success: true, data: input as T };
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
