/**
 * The dataset format's version and JSON Schema address, as core writes them. Core keeps these beside its zod
 * model, and importing them from there would put zod in the editor's script (about 14 KB gzip) although the
 * editor never runs it; a test checks that the two agree.
 */
export const FORMAT_VERSION = '1.0';
/** What a downloaded file's `$schema` says: the schema's public address, which still works when the file is copied. */
export const DATASET_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/@dhol/core@0/schema/dataset.schema.json';
