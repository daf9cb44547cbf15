import type { Area, Framework } from '@dhol/core';

/**
 * The reference data every element validates against by default: the national framework and the area codes from
 * `@dhol/data`, which ship inside the bundle. (Wired to `@dhol/data` once its exports land.)
 */
export const defaultFrameworks: readonly Framework[] = [];
export const defaultAreas: readonly Area[] = [];
