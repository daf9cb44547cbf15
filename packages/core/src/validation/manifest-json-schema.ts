import * as z from 'zod/mini';
import * as model from '../model/index.js';
import { docsBySchema, documentingOverride } from './model-doc.js';
import { MODEL_DOCS } from './model-docs.js';

/** The `$id` of the published JSON Schema for manifests. */
// Written out, like DATASET_SCHEMA_ID, so that bundlers can drop it; a test checks it names MANIFEST_FORMAT_VERSION.
export const MANIFEST_SCHEMA_ID = 'urn:dhol:schema:manifest:1.0';

/** Where a manifest file's `$schema` points; see `DATASET_SCHEMA_URL`. */
export const MANIFEST_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/@dhol/core@0/schema/manifest.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a manifest, for editors and other languages. It describes the structure only:
 * addresses, duplicates and area codes are checked by `validateManifest`.
 */
export function manifestJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(model.Manifest, {
    target: 'draft-2020-12',
    override: documentingOverride(docsBySchema(MODEL_DOCS, model)),
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: MANIFEST_SCHEMA_ID,
    title: 'dhol manifest',
    description:
      'A list of published dhol datasets (each a URL with the area or organisation it belongs to) that one overview of a county or of the country reads. Structure only: validate with @dhol/core for addresses, duplicates and area codes.',
    ...rest,
  };
}
