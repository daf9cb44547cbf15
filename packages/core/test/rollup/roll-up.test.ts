import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/model/dataset.js';
import { REFERENCES, referencesOf } from '../../src/rollup/references.js';
import { type RollUpSource, rollUp } from '../../src/rollup/roll-up.js';
import { buildShapeTable } from '../../src/validation/shape-builder.js';
import { validateDataset } from '../../src/validation/validate-dataset.js';
import { areas, now, smallDataset } from '../validation/fixtures.js';

const allAreas = [...areas, { code: '1980', name: 'Västerås', kind: 'kommun' as const, parent: '19' }];

/**
 * The small test dataset with every kind of reference the model has filled in: follow-up notes, the plan it
 * replaces, a revision's decision, check-ins and a framework that supersedes another.
 */
function fullDataset(name: string): Dataset {
  const dataset = smallDataset();
  dataset.title = { sv: `Testdata för ${name}` };
  const framework = dataset.frameworks![0]!;
  dataset.frameworks!.push({
    ...structuredClone(framework),
    id: 'fw-next',
    version: '2',
    supersedes: { framework: 'fw', version: '1', goalMap: { d1: ['d1'] } },
  });
  const plan = dataset.plans![0]!;
  plan.title = { sv: `Handlingsplan för ${name}` };
  plan.version = '2026';
  dataset.plans!.unshift({ ...structuredClone(plan), id: 'plan-2025', version: '2025' });
  plan.replaces = { plan: 'plan-2025', version: '2025' };
  plan.revisionSchedule!.revisions[0]!.decision = { decidedBy: 'kommun', date: '2026-01-20' };
  plan.activities[0]!.progress = [
    {
      date: '2026-02-01',
      status: 'ongoing',
      text: { sv: 'Första kursen hölls.' },
      reportedBy: 'socialtjanst',
    },
  ];
  const agreement = dataset.agreements![0]!;
  agreement.checkIns = [{ date: '2026-03-01', participants: ['kommun', 'region'] }];
  dataset.organisations![0]!.name = { sv: `${name} kommun` };
  return dataset;
}

/** Freezes a value and everything in it, so that a change to an input throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((item) => item.id);

describe('rollUp', () => {
  test('two municipalities that both have a plan `plan` and an activity `a1` keep both, apart', () => {
    const surahammar = deepFreeze(fullDataset('Surahammar'));
    const vasteras = deepFreeze(fullDataset('Västerås'));
    const copy = structuredClone(surahammar);
    const { dataset, origins, keys } = rollUp([
      { dataset: surahammar, area: '1907' },
      { dataset: vasteras, area: '1980' },
    ]);
    expect(keys).toEqual(['1907', '1980']);
    expect(ids(dataset.plans)).toEqual(['1907.plan-2025', '1907.plan', '1980.plan-2025', '1980.plan']);
    expect(dataset.plans?.[1]?.activities.map((activity) => activity.id)).toEqual(['a1', 'a2']);
    expect(dataset.plans?.[3]?.activities.map((activity) => activity.id)).toEqual(['a1', 'a2']);
    expect(origins.plans[3]).toEqual({ source: '1980', id: 'plan' });
    // The organisations that differ are renamed, and so is the unit under each; the identical region is kept once.
    expect(ids(dataset.organisations)).toEqual([
      '1907.kommun',
      'region',
      '1907.socialtjanst',
      '1980.kommun',
      '1980.socialtjanst',
    ]);
    expect(origins.organisations[1]).toEqual({ source: '1907', id: 'region', alsoIn: ['1980'] });
    expect(dataset.plans?.[3]?.activities[0]?.responsible?.[0]?.organisation).toBe('1980.kommun');
    expect(dataset.plans?.[3]?.replaces?.plan).toBe('1980.plan-2025');
    // The inputs are untouched (they are frozen, and equal to their copies).
    expect(surahammar).toEqual(copy);
  });

  test('the merged dataset is valid: every reference leads to an item of the same source', () => {
    const { dataset, origins } = rollUp([
      { dataset: fullDataset('Surahammar'), key: 'surahammar' },
      { dataset: fullDataset('Västerås'), key: 'vasteras' },
    ]);
    const result = validateDataset(dataset, { areas: allAreas, now });
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const collection of ['plans', 'agreements'] as const) {
      dataset[collection]?.forEach((item, index) => {
        const source = origins[collection][index]?.source;
        for (const [to, id] of referencesOf(collection, item)) {
          if (to === 'organisations' && id === 'region') continue; // shared by both
          if (to === 'frameworks' || to === 'indicators') continue; // identical, shared
          expect(id, `${collection}[${index}] → ${to}`).toMatch(new RegExp(`^${source}\\.`));
        }
      });
    }
  });

  test('ids that no other source uses stay as they are, and such items are the input objects themselves', () => {
    const one = smallDataset();
    const other: Dataset = {
      formatVersion: '1.0',
      organisations: [{ id: 'vasteras-stad', name: { sv: 'Västerås stad' }, kind: 'kommun', area: '1980' }],
    };
    const { dataset } = rollUp([{ dataset: one }, { dataset: other }]);
    expect(dataset.plans?.[0]).toBe(one.plans?.[0]);
    expect(dataset.organisations?.at(-1)).toBe(other.organisations?.[0]);
    expect(ids(dataset.organisations)).toEqual(['kommun', 'region', 'socialtjanst', 'vasteras-stad']);
  });

  test('identical items whose references lead to differently renamed items are renamed too', () => {
    // `socialtjanst` is the same in both files, but its parent `kommun` is a different organisation in each.
    const a = smallDataset();
    const b = smallDataset();
    b.organisations![0]!.name = { sv: 'En annan kommun' };
    const { dataset } = rollUp([
      { dataset: a, key: 'a' },
      { dataset: b, key: 'b' },
    ]);
    expect(ids(dataset.organisations)).toEqual([
      'a.kommun',
      'region',
      'a.socialtjanst',
      'b.kommun',
      'b.socialtjanst',
    ]);
    expect(dataset.organisations?.[4]?.parent).toBe('b.kommun');
    expect(dataset.plans?.[1]?.activities[1]?.responsible?.[0]?.organisation).toBe('b.socialtjanst');
  });

  test('the same framework in every file is kept once', () => {
    const { dataset, origins } = rollUp([{ dataset: smallDataset() }, { dataset: smallDataset() }]);
    expect(ids(dataset.frameworks)).toEqual(['fw']);
    expect(origins.frameworks).toEqual([{ source: 'source-1', id: 'fw', alsoIn: ['source-2'] }]);
  });

  test('observations are kept once; two sources that disagree give a warning and the first value stays', () => {
    const a = smallDataset();
    const b = smallDataset();
    b.observations![1]!.value = 43;
    const { dataset, issues, origins } = rollUp([
      { dataset: a, key: 'a' },
      { dataset: b, key: 'b' },
    ]);
    expect(dataset.observations).toHaveLength(3);
    expect(dataset.observations?.[1]?.value).toBe(42);
    expect(origins.observations).toEqual(['a', 'a', 'a']);
    expect(issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['rollup.observation.conflict', 'warning', ['observations', 1]],
    ]);
    expect(issues[0]?.message.sv).toContain('Källorna a och b har olika värden för indikatorn ”ind”');
    expect(issues[0]?.message.en).toContain('The sources a and b have different values');
  });

  test('an observation follows its renamed indicator', () => {
    const a = smallDataset();
    const b = smallDataset();
    b.indicators![0]!.title = { sv: 'Annan indikator' };
    b.observations = b.observations!.map((o) => ({ ...o, area: '1980' }));
    const { dataset } = rollUp([
      { dataset: a, key: 'a' },
      { dataset: b, key: 'b' },
    ]);
    expect(ids(dataset.indicators)).toEqual(['a.ind', 'b.ind']);
    expect(dataset.observations?.map((o) => `${o.indicator} ${o.area}`)).toEqual([
      'a.ind 1907',
      'a.ind 1907',
      'a.ind 1907',
      'b.ind 1980',
      'b.ind 1980',
      'b.ind 1980',
    ]);
  });

  test('long ids stay within the id limit and apart; a new id never lands on an existing one', () => {
    const long = `plan-${'x'.repeat(114)}`;
    const make = (title: string): Dataset => {
      const dataset = smallDataset();
      dataset.plans![0]!.id = long;
      dataset.plans![0]!.title = { sv: title };
      return dataset;
    };
    const taken = smallDataset();
    taken.plans![0]!.id = 'a.plan';
    const plain = (title: string) => {
      const dataset = smallDataset();
      dataset.plans![0]!.title = { sv: title };
      return dataset;
    };
    const { dataset } = rollUp([
      { dataset: make('Ett'), key: 'a' },
      { dataset: make('Två'), key: 'b' },
      { dataset: plain('Tre'), key: 'a2' },
      { dataset: taken, key: 'c' },
      { dataset: plain('Fyra'), key: 'a' },
    ]);
    const planIds = ids(dataset.plans);
    expect(new Set(planIds).size).toBe(planIds.length);
    for (const id of planIds) expect(id).toMatch(/^[a-z0-9][a-z0-9._-]{0,119}$/);
    expect(planIds[0]?.startsWith('a.plan-xxx')).toBe(true);
    expect(planIds).toContain('a.plan');
  });

  test('keys: the given key, else the area, else source-N; repeated keys get -2, -3', () => {
    const sources: RollUpSource[] = [
      { dataset: smallDataset(), key: 'surahammar' },
      { dataset: smallDataset(), area: '1907' },
      { dataset: smallDataset(), area: '1907' },
      { dataset: smallDataset(), key: 'Not A Key!' },
      { dataset: smallDataset(), key: 'surahammar' },
    ];
    expect(rollUp(sources).keys).toEqual(['surahammar', '1907', '1907-2', 'source-4', 'surahammar-2']);
  });

  test('the merged dataset takes its id and title from the options, and the latest of the sources’ updates', () => {
    const a = smallDataset();
    a.updated = '2026-02-01';
    const b = smallDataset();
    b.updated = '2026-03-15';
    const { dataset } = rollUp(
      [
        { dataset: a, key: 'a' },
        { dataset: b, key: 'b' },
      ],
      { id: 'lan-19', title: { sv: 'Västmanlands län' } },
    );
    expect([dataset.id, dataset.title, dataset.updated]).toEqual([
      'lan-19',
      { sv: 'Västmanlands län' },
      '2026-03-15',
    ]);
  });

  test('no sources give an empty dataset', () => {
    const { dataset, issues } = rollUp([]);
    expect(validateDataset(dataset).ok).toBe(true);
    expect(issues).toEqual([]);
  });
});

/** Every id field of the dataset model, from the shape table, as `plans[].owner`. */
function idFields(): string[] {
  const out = new Set<string>();
  const shapes = buildShapeTable();
  const walk = (index: number, path: string, seen: ReadonlySet<number>) => {
    if (seen.has(index)) return;
    const next = new Set(seen).add(index);
    const node = shapes.nodes[index]!;
    if (node.t === 'string' && node.re?.some(([, name]) => name === 'id')) out.add(path);
    else if (node.t === 'optional' || node.t === 'nullable' || node.t === 'record') walk(node.of, path, next);
    else if (node.t === 'array') walk(node.of, `${path}[]`, next);
    else if (node.t === 'object')
      for (const [key, at] of Object.entries(node.keys)) walk(at, `${path}.${key}`, next);
    else if (node.t === 'union') for (const at of node.of) walk(at, path, next);
  };
  walk(shapes.roots.dataset, '', new Set());
  return [...out].map((path) => path.slice(1)).sort();
}

test('rollUp knows every id field of the model: a new reference must be taught to rollup/references.ts', () => {
  const known = Object.entries(REFERENCES).flatMap(([collection, paths]) =>
    paths.map(([path]) => `${collection}[].${path}`),
  );
  // Ids that need no renaming: goals live inside their framework, activities inside their plan; `related` and the
  // dataset's own id name other datasets.
  const local = [
    'frameworks[].goals[].id',
    'frameworks[].goals[].parent',
    'frameworks[].supersedes.goalMap[]',
    'plans[].sections[].goal',
    'plans[].activities[].id',
    'plans[].activities[].goals[].goal',
    'agreements[].goals[].goal',
    'indicators[].goals[].goal',
    'related[].id',
    'id',
  ];
  expect(idFields()).toEqual([...known, ...local].sort());
});
