import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Result } from '../../src/issues/issue.js';
import {
  parseDatasetJson,
  validateAgreement,
  validateDataset,
  validateIndicator,
  validateManifest,
  validateObservations,
  validatePlan,
} from '../../src/validation/index.js';
import { example, validateOptions } from '../hardening/examples.js';
import { smallDataset } from './fixtures.js';

// Every public result of validation, pinned for a few thousand broken inputs made from a fixed seed: the issues,
// their codes, paths, severities, Swedish and English messages, positions and order. Validation is refactored for
// size (its table, its messages, its checks); the results must stay byte for byte what they were. Each group is
// pinned by a digest of its results and a count of its issues. When a change of behaviour is meant, print the new
// figures (the failure shows them) and say in the commit what changed; when it is not meant, write `text(...)` of
// the failing group to a file on the commit before and after, and compare the two.

type Json = unknown;

/** The results as a text: everything but `value` (the input itself). */
function text(results: readonly Result<unknown>[]): string {
  return results.map((r) => JSON.stringify({ ok: r.ok, issues: r.issues })).join('\n');
}

function digest(results: readonly Result<unknown>[]): { issues: number; sha256: string } {
  return {
    issues: results.reduce((n, r) => n + r.issues.length, 0),
    sha256: createHash('sha256').update(text(results)).digest('hex'),
  };
}

function containers(value: Json, out: object[] = []): object[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

const values = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
  {
    arbitrary: fc.constantFrom(
      '',
      'x',
      '😀',
      '\ud800',
      'a-1',
      'Ab',
      '1907',
      '19',
      '9999',
      '2026-02-30',
      '2026-02-28',
      '2026-13',
      '2027',
      '2019-2023',
      '2030-2020',
      '2099-01-01',
      'http://example.org/a',
      'javascript:alert(1)',
      'https://example.org/b',
      'T',
      'K',
      'ok',
      'done',
      'signed',
      'local',
      'percent',
      1.5,
      -1,
      0,
      101,
      1e300,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      null,
      [],
      {},
      'd1',
      'd2',
      'fw',
      'test',
      'x'.repeat(2100),
      'ab'.repeat(61),
      1e7,
      2,
      5,
      -0.5,
      true,
      'missing',
      'suppressed',
      'decided',
      'http://example.org/c',
    ),
    weight: 3,
  },
);

const edit = fc.record({ at: fc.nat(), key: fc.nat({ max: 40 }), remove: fc.boolean(), value: values });

/** Applies seeded edits: each sets or removes one key of one object or array somewhere in the data. */
function edited<T>(
  data: T,
  edits: readonly { at: number; key: number; remove: boolean; value: unknown }[],
): T {
  for (const e of edits) {
    const nodes = containers(data);
    const node = nodes[e.at % nodes.length] as Record<string, unknown>;
    const keys = Object.keys(node);
    if (keys.length === 0) continue;
    const key = keys[e.key % keys.length]!;
    if (e.remove) delete node[key];
    else node[key] = structuredClone(e.value);
  }
  return data;
}

const edits = fc.array(edit, { minLength: 1, maxLength: 4 });
const sample = <T>(arbitrary: fc.Arbitrary<T>, seed: number, numRuns: number) =>
  fc.sample(arbitrary, { seed, numRuns });

function datasetResults(make: () => object, seed: number, runs: number) {
  return sample(edits, seed, runs).map((e) => validateDataset(edited(make(), e), validateOptions));
}

/** Text edits: a character taken out, put in or replaced, at seeded places of a JSON text. */
const textEdit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 3 }),
  insert: fc.constantFrom(
    '',
    ',',
    '}',
    ']',
    '"',
    "'",
    '“',
    ':',
    '/',
    '//',
    'x',
    '0',
    '-',
    '\t',
    '\n',
    '\\',
    '\\u12',
  ),
});

function textResults(source: string, seed: number, runs: number) {
  return sample(fc.array(textEdit, { minLength: 1, maxLength: 2 }), seed, runs).map((list) => {
    let t = source;
    for (const e of list) {
      const at = e.at % (t.length + 1);
      t = t.slice(0, at) + e.insert + t.slice(at + e.remove);
    }
    return parseDatasetJson(t, validateOptions);
  });
}

/** The invented follow-up example of `@dhol/data`, which the hardening examples leave out. */
const followUpText = readFileSync(
  new URL('../../../data/datasets/exempel-uppfoljning.json', import.meta.url),
  'utf8',
);

const manifest = () => ({
  formatVersion: '1.0',
  title: { sv: 'Länets arbete (testdata)' },
  area: '19',
  sources: [
    { url: 'surahammar-handslag.json', area: '1907', kinds: ['handslag', 'indicators'] },
    {
      url: 'https://vasteras.example/plan.json',
      area: '1980',
      organisation: { name: { sv: 'Västerås stad' }, kind: 'kommun' },
      kinds: ['plan'],
    },
  ],
});

/** The values every field of a dataset is set to in turn, after being left out. */
const everyField = [null, true, -1, 1.5, 101, 1e7, '', 'X Y', '2026-02-30', 'x'.repeat(20_001), [], {}];

/** Each field of the data left out, then set to each of `everyField`, one change at a time. */
function fieldResults(make: () => object): Result<unknown>[] {
  const places = containers(make()).flatMap((node, at) => Object.keys(node).map((key) => [at, key] as const));
  const results: Result<unknown>[] = [];
  for (const [at, key] of places) {
    for (const value of [undefined, ...everyField]) {
      const data = make();
      const node = containers(data)[at] as Record<string, unknown>;
      if (value === undefined) delete node[key];
      else node[key] = structuredClone(value);
      results.push(validateDataset(data, validateOptions));
    }
  }
  return results;
}

/** How to make each group's results. */
function groups(): Record<string, () => Result<unknown>[]> {
  const surahammar = example('surahammar-handslag');
  const sormland = example('sormland-handlingsplan-2026');
  return {
    small: () => datasetResults(smallDataset, 1, 600),
    sormland: () => datasetResults(() => example('sormland-handlingsplan-2026'), 2, 150),
    surahammar: () => datasetResults(() => example('surahammar-handslag'), 3, 250),
    followup: () => datasetResults(() => JSON.parse(followUpText) as object, 4, 250),
    entities: () => [
      ...sample(edits, 5, 100).map((e) =>
        validatePlan(edited(structuredClone(sormland.plans![0]!), e), validateOptions),
      ),
      ...sample(edits, 6, 100).map((e) =>
        validateAgreement(edited(structuredClone(surahammar.agreements![0]!), e), validateOptions),
      ),
      ...sample(edits, 7, 100).map((e) =>
        validateIndicator(edited(structuredClone(surahammar.indicators![0]!), e), validateOptions),
      ),
      ...sample(edits, 8, 100).map((e) =>
        validateObservations(edited(structuredClone(surahammar.observations!), e), validateOptions),
      ),
    ],
    manifest: () =>
      sample(edits, 9, 200).map((e) =>
        validateManifest(edited(manifest(), e), { url: 'https://region.example/dhol/lan-19.json' }),
      ),
    smallFields: () => fieldResults(smallDataset),
    text: () => textResults(JSON.stringify(smallDataset(), null, 2), 10, 300),
  };
}

const PINNED: Record<string, { issues: number; sha256: string }> = {
  small: { issues: 1587, sha256: 'ad128fe810be1bf1366884aa5736ba6cf3dd8879d5f07e35d575a101304f1d6a' },
  sormland: { issues: 3414, sha256: 'd63d56f79b7f6420c9c5aac83f1b5429d281ca8f916a637629afba05b104c0da' },
  surahammar: { issues: 547, sha256: 'c0ef9bc327e0cbf71014c440dbe733aa9b7d2d34102703d8a637fd9b18c21027' },
  followup: { issues: 2040, sha256: 'e593652dfe6b07d64a0fdc6a9a5d73588c7e3f4b1f0fc98f959bddf6b847cb51' },
  entities: { issues: 2890, sha256: 'd3e43abd2b812f4e216efad8fc7d5900235ac3a8f9264d25833fb724bfcb8f86' },
  manifest: { issues: 356, sha256: 'c6eb16ad2b688c0b5b38c50caebd2324bd1255ab32049b32d31c8ee61bac2fe8' },
  text: { issues: 294, sha256: 'c7e265cf902b2e41c2f341e1bc8b741938d27c86e4807e3fba9e31c64026ed94' },
  smallFields: { issues: 3907, sha256: '80f3786df8375f7913e1a76d8d5397a6ac6be740d8a12873b7f7d331e81cb394' },
};

const made = groups();

test.each(Object.keys(made))(
  'validation gives the same results as before: %s',
  (name) => {
    expect(digest(made[name]!())).toEqual(PINNED[name]);
  },
  120_000,
);

test('every group is pinned', () => {
  expect(Object.keys(made).sort()).toEqual(Object.keys(PINNED).sort());
});
