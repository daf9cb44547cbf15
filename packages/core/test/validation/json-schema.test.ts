import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { FORMAT_VERSION } from '../../src/model/dataset.js';
import { DATASET_SCHEMA_ID, datasetJsonSchema } from '../../src/validation/index.js';
import { smallDataset } from './fixtures.js';

const committed = readFileSync(new URL('../../schema/dataset.schema.json', import.meta.url), 'utf8');

function ajvValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(committed));
}

describe('the published JSON Schema', () => {
  test('the committed file equals a fresh generation from the model (run the core build to refresh it)', () => {
    expect(committed).toBe(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  });

  test('has the dhol id, a title and a description, in draft 2020-12', () => {
    const schema = JSON.parse(committed);
    expect(schema.$id).toBe(DATASET_SCHEMA_ID);
    expect(schema.$id).toBe('urn:dhol:schema:dataset:1.0');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBeTruthy();
    expect(schema.description).toBeTruthy();
  });

  test('Ajv accepts a valid dataset', () => {
    const validate = ajvValidator();
    expect(validate(smallDataset()), JSON.stringify(validate.errors)).toBe(true);
  });

  test('Ajv rejects an unknown field, a wrong enumeration value and a wrong format version', () => {
    const validate = ajvValidator();
    const data = smallDataset() as unknown as Record<string, unknown> & { plans: Record<string, unknown>[] };
    data.formatVersion = '2.0';
    data.plans[0]!.kind = 'municipal';
    data.plans[0]!.colour = 'red';
    expect(validate(data)).toBe(false);
    const keywords = (validate.errors ?? []).map((error) => error.keyword);
    expect(keywords).toEqual(expect.arrayContaining(['const', 'enum', 'additionalProperties']));
  });
});

test('the schema id names the format version the library reads', () => {
  expect(DATASET_SCHEMA_ID).toBe(`urn:dhol:schema:dataset:${FORMAT_VERSION}`);
});
