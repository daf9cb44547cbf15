import type { Dataset } from '../model/dataset.js';
import { checkShape } from './shape-check.js';

/**
 * True when `input` has the structure of a dataset: the answer `Dataset.safeParse(input).success` gives, found
 * faster and without zod. References, dates, values, links and policy are not checked; use `validateDataset` for
 * those.
 */
export function isDatasetShape(input: unknown): input is Dataset {
  try {
    return checkShape('dataset', input).success;
  } catch {
    return false;
  }
}
