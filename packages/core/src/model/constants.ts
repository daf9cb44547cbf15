/**
 * Plain values of the model that code outside validation needs (the importers, the editor), in a module without
 * zod, so that a bundle which reads or writes datasets but never runs the zod schemas carries none of zod.
 */

/** The version of the dataset format this library reads and writes. */
export const FORMAT_VERSION = '1.0';

/**
 * `ok`; `suppressed` (hidden by the source, e.g. too few answers: neither missing nor zero); `missing` (no value
 * published); `preliminary` (may change).
 */
export const OBSERVATION_STATUSES = ['ok', 'suppressed', 'missing', 'preliminary'] as const;
