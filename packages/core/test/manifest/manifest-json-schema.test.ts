import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from 'vitest';
import { MANIFEST_FORMAT_VERSION } from '../../src/model/manifest.js';
import { MANIFEST_SCHEMA_ID, manifestJsonSchema } from '../../src/validation/index.js';

const committed = readFileSync(new URL('../../schema/manifest.schema.json', import.meta.url), 'utf8');

function ajvValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(committed));
}

const sound = {
  $schema: 'https://example.org/manifest.schema.json',
  formatVersion: '1.0',
  title: { sv: 'Västmanlands län' },
  area: '19',
  sources: [{ url: 'surahammar-handslag.json', area: '1907', kinds: ['handslag'] }],
};

test('the committed manifest schema equals a fresh generation from the model (run the core build to refresh it)', () => {
  expect(committed).toBe(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
});

test('the manifest schema has the dhol id, a title and a description, in draft 2020-12', () => {
  const schema = JSON.parse(committed);
  expect(schema.$id).toBe(MANIFEST_SCHEMA_ID);
  expect(MANIFEST_SCHEMA_ID).toBe(`urn:dhol:schema:manifest:${MANIFEST_FORMAT_VERSION}`);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.title).toBeTruthy();
  expect(schema.description).toBeTruthy();
});

test('Ajv accepts a sound manifest and rejects an unknown field, a wrong kind and a wrong format version', () => {
  const validate = ajvValidator();
  expect(validate(sound), JSON.stringify(validate.errors)).toBe(true);
  const broken = structuredClone(sound) as Record<string, unknown> & { sources: Record<string, unknown>[] };
  broken.formatVersion = '2.0';
  broken.sources[0]!.kinds = ['budget'];
  broken.sources[0]!.colour = 'red';
  expect(validate(broken)).toBe(false);
  expect((validate.errors ?? []).map((error) => error.keyword)).toEqual(
    expect.arrayContaining(['const', 'enum', 'additionalProperties']),
  );
});
