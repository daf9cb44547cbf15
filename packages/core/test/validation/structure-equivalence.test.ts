import fc from 'fast-check';
import { expect, test } from 'vitest';
import * as z from 'zod/mini';
import { Dataset } from '../../src/model/dataset.js';
import { fastCheck } from '../../src/validation/fast-check.js';
import { isDatasetShape, validateDataset } from '../../src/validation/index.js';
import { smallDataset } from './fixtures.js';

type Node = Record<string, unknown> | unknown[];

function containers(value: unknown, out: Node[] = []): Node[] {
  if (value !== null && typeof value === 'object') {
    out.push(value as Node);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

const edit = fc.record({
  at: fc.nat(),
  key: fc.nat({ max: 30 }),
  remove: fc.boolean(),
  value: fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(
      '',
      'x',
      '😀',
      '\ud800',
      'a-1',
      '1907',
      '19',
      '2026-02-30',
      '2026-02-28',
      '2027',
      'T',
      'ok',
      'local',
      1.5,
      -1,
      0,
      101,
      Number.NaN,
    ),
  ),
});

test('the compiled and the fast structure checks accept exactly what the interpreter accepts', () => {
  const compiled = z.compile(Dataset);
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
      const data = smallDataset();
      for (const e of edits) {
        const nodes = containers(data);
        const node = nodes[e.at % nodes.length]!;
        const keys = Object.keys(node);
        if (keys.length === 0) continue;
        const key = keys[e.key % keys.length]!;
        if (e.remove) delete (node as Record<string, unknown>)[key];
        else (node as Record<string, unknown>)[key] = e.value;
      }
      const interpreted = Dataset.safeParse(data).success;
      expect(z.validate(compiled, data)).toBe(interpreted);
      expect(fastCheck(Dataset)!(data)).toBe(interpreted);
      // validateDataset never calls a dataset structurally valid when the interpreter does not.
      if (!interpreted) expect(validateDataset(data, { policy: false }).ok).toBe(false);
    }),
    { numRuns: 500 },
  );
});

test('the fast structure check models every schema of the model', () => {
  expect(fastCheck(Dataset)).toBeTypeOf('function');
});

test('the fast structure check leaves unusual objects to zod', () => {
  const data = smallDataset() as unknown as Record<string, unknown>;
  data.extensions = Object.assign(Object.create({ inherited: true }), { own: 1 });
  expect(fastCheck(Dataset)!(data)).toBe(false);
  expect(validateDataset(data).issues).toEqual(
    Dataset.safeParse(data).success ? [] : validateDataset(data).issues,
  );
});

test('isDatasetShape answers whether data has the structure of a dataset', () => {
  expect(isDatasetShape(smallDataset())).toBe(true);
  expect(isDatasetShape({ formatVersion: '1.0', plans: [{}] })).toBe(false);
  expect(isDatasetShape(null)).toBe(false);
});

test('the fast structure check counts text length in code points, as zod does', () => {
  const data = smallDataset();
  // 15 000 emoji are 30 000 UTF-16 units but 15 000 characters: within the 20 000-character limit.
  data.plans![0]!.title = { sv: '😀'.repeat(15_000) };
  expect(Dataset.safeParse(data).success).toBe(true);
  expect(fastCheck(Dataset)!(data)).toBe(true);
  data.plans![0]!.title = { sv: '😀'.repeat(20_001) };
  expect(Dataset.safeParse(data).success).toBe(false);
  expect(fastCheck(Dataset)!(data)).toBe(false);
});
