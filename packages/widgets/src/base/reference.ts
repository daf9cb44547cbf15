import type { Area, Framework } from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';

/**
 * The reference data every element validates against by default, shipped inside the bundle: the national
 * framework Det handlar om livet and Sweden's län and municipality codes.
 */
export const defaultFrameworks: readonly Framework[] = [nationalFramework];
export const defaultAreas: readonly Area[] = areas;
