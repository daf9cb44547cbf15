import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Dataset } from '../../src/model/dataset.js';
import { Plan } from '../../src/model/plan.js';
import { isDatasetShape, validateDataset } from '../../src/validation/index.js';
import { checkShape } from '../../src/validation/shape-check.js';
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

/** The places an issue list points at, each once and in a stable order. */
const places = (issues: readonly { path?: readonly PropertyKey[] }[]) =>
  [...new Set(issues.map((issue) => JSON.stringify((issue.path ?? []).map(String))))].sort();

test('the shape check accepts exactly what the zod model accepts and points at the same places', () => {
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
      const zod = Dataset.safeParse(data);
      const shape = checkShape('dataset', data);
      expect(shape.success).toBe(zod.success);
      if (!zod.success && !shape.success) expect(places(shape.issues)).toEqual(places(zod.error.issues));
      // validateDataset never calls a dataset structurally valid when the model does not.
      if (!zod.success) expect(validateDataset(data, { policy: false }).ok).toBe(false);
    }),
    { numRuns: 1000 },
  );
});

test('the shape check of one entity agrees with its zod schema', () => {
  const plan = smallDataset().plans![0]!;
  expect(checkShape('plan', plan).success).toBe(true);
  const broken = { ...plan, kind: 'county', extra: 1 };
  const shape = checkShape('plan', broken);
  const zod = Plan.safeParse(broken);
  expect(shape.success || zod.success).toBe(false);
  if (!shape.success && !zod.success) expect(places(shape.issues)).toEqual(places(zod.error.issues));
});

test('records are read as zod reads them: inherited keys ignored, symbol keys refused', () => {
  const data = smallDataset() as unknown as Record<string, unknown>;
  data.extensions = Object.assign(Object.create({ inherited: true }), { own: 1 });
  expect(checkShape('dataset', data).success).toBe(Dataset.safeParse(data).success);
  data.extensions = { [Symbol('hidden')]: 1 };
  expect(Dataset.safeParse(data).success).toBe(false);
  expect(checkShape('dataset', data).success).toBe(false);
  expect(validateDataset(data).ok).toBe(false);
});

test('isDatasetShape answers whether data has the structure of a dataset', () => {
  expect(isDatasetShape(smallDataset())).toBe(true);
  expect(isDatasetShape({ formatVersion: '1.0', plans: [{}] })).toBe(false);
  expect(isDatasetShape(null)).toBe(false);
});

test('the shape check counts text length in code points, as zod does', () => {
  const data = smallDataset();
  // 15 000 emoji are 30 000 UTF-16 units but 15 000 characters: within the 20 000-character limit.
  data.plans![0]!.title = { sv: '😀'.repeat(15_000) };
  expect(Dataset.safeParse(data).success).toBe(true);
  expect(checkShape('dataset', data).success).toBe(true);
  data.plans![0]!.title = { sv: '😀'.repeat(20_001) };
  expect(Dataset.safeParse(data).success).toBe(false);
  expect(checkShape('dataset', data).success).toBe(false);
});
