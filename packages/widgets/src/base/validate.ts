import { type Area, type Dataset, type Framework, type Result, validateDataset } from '@dhol/core';

export interface ValidateOptions {
  frameworks: readonly Framework[];
  areas: readonly Area[];
  now?: Date | string | number;
}

/**
 * Validates a dataset for display with core's `validateDataset` (structure, cross-references, policy rules):
 * errors make it unshowable, warnings travel along with the valid dataset.
 */
export function validateForDisplay(input: unknown, options: ValidateOptions): Result<Dataset> {
  return validateDataset(input, {
    frameworks: options.frameworks,
    areas: options.areas,
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
}
