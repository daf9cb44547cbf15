import * as z from 'zod/mini';
import * as model from '../model/index.js';
import { docsBySchema, documentingOverride } from './model-doc.js';
import { MODEL_DOCS } from './model-docs.js';

/** The `$id` of the published JSON Schema for datasets. */
// Written out rather than built from FORMAT_VERSION: a template string is not known to be pure, so bundlers would
// keep it; a test checks the two agree.
export const DATASET_SCHEMA_ID = 'urn:dhol:schema:dataset:1.0';

/**
 * Where a dataset file's `$schema` points: the schema file of the newest `@dhol/core` release of this major version,
 * on a public package CDN. A copied file keeps working (a relative path breaks), additive changes of the format reach
 * it, and a release that breaks the format gets a new major version and so a new address. A release check compares
 * it with the packed package.
 */
export const DATASET_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/@dhol/core@0/schema/dataset.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a dataset, for editors and other languages. It describes the structure only:
 * references, dates, values and addresses are checked by `validateDataset`.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(model.Dataset, {
    target: 'draft-2020-12',
    override: documentingOverride(docsBySchema(MODEL_DOCS, model)),
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: DATASET_SCHEMA_ID,
    title: 'dhol dataset',
    description:
      'A dataset of plans, agreements, frameworks, organisations, indicators and observations under Det handlar om livet, the Swedish national strategy for mental health and suicide prevention 2025–2034. Structure only: validate with @dhol/core for references, dates, values and links.',
    ...rest,
  };
}
