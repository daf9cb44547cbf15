/**
 * The dataset format's version and JSON Schema address, as core writes them. Core keeps these beside its zod
 * model, and importing them from there would put zod in the editor's script (about 14 KB gzip) although the
 * editor never runs it; a test checks that the two agree.
 */
export const FORMAT_VERSION = '1.0';
export const DATASET_SCHEMA_ID = 'urn:dhol:schema:dataset:1.0';
