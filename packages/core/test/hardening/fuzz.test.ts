// Hardening: property-based tests of everything in core that reads data a person or another system wrote.
// Whatever comes in, nothing throws; every failure comes back as issues with a code, a path into the input and a
// message in Swedish and English; and the CSV, JSON and JSON-stat round trips lose nothing. Prints one line per
// property with the cases it ran, and a total.
import fc from 'fast-check';
import { afterAll, describe, expect, test, vi } from 'vitest';
import {
  activitiesByGoal,
  compareAreas,
  coverage,
  coverageMatrix,
  diffPlans,
  planStatusAsOf,
  revisionStatus,
  sexGap,
  staleActivities,
  summariseFollowUp,
  summariseIndicator,
  summariseStatus,
  trend,
} from '../../src/analysis/index.js';
import {
  asLang,
  formatDate,
  formatDifference,
  formatNumber,
  formatPeriod,
  formatValue,
  localeOf,
  localize,
  referenceText,
  sexLabel,
} from '../../src/format/index.js';
import {
  activitiesToCsv,
  observationsToCsv,
  parseActivitiesCsv,
  parseJsonStat,
  parseKolada,
  parseObservationsCsv,
  toJsonStat,
} from '../../src/formats/index.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Observation } from '../../src/model/indicator.js';
import type { Plan } from '../../src/model/plan.js';
import {
  parseDatasetJson,
  validateAgreement,
  validateDataset,
  validateFramework,
  validateIndicator,
  validateObservation,
  validateObservations,
  validatePlan,
} from '../../src/validation/index.js';
import { expectReadResult, expectResult } from './checks.js';
import {
  areas,
  example,
  exampleNames,
  exampleText,
  nationalFramework,
  now,
  validateOptions,
} from './examples.js';
import { containers, mutate, mutations } from './mutate.js';
import { held, holds, tallyReport } from './tally.js';

afterAll(() => {
  console.log(`\n${tallyReport('fuzz')}`);
});

/** Keys that have broken parsers before: prototype keys, and the names the model uses. */
const key = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'valueOf',
      'hasOwnProperty',
      'id',
      'plans',
      'activities',
      'goals',
      'observations',
      'indicators',
      'frameworks',
      'formatVersion',
      'value',
      'values',
      'dimension',
      'sv',
      'url',
    ),
  },
);

/** Any JavaScript value, prototype keys and null-prototype objects included. */
const anything = fc.anything({
  key,
  maxDepth: 4,
  withNullPrototype: true,
  withBoxedValues: true,
  withSparseArray: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withObjectString: true,
});

/** A JSON document as `JSON.parse` would give it, prototype keys included. */
const json = fc
  .oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    // Valid JSON that `String()` and template literals cannot convert.
    { weight: 1, arbitrary: fc.constant(null).map(() => JSON.parse('{"toString":null,"valueOf":null}')) },
  )
  .chain((value) =>
    fc.oneof(
      fc.constant(value),
      fc
        .dictionary(key, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 })
        .map((extra) => JSON.parse(JSON.stringify({ ...extra, formatVersion: '1.0' }))),
    ),
  );

const firstPlan = (data: unknown): unknown => (data as { plans?: unknown[] })?.plans?.[0];

// Each property is bounded by its number of cases, never by time. The test timeout only ends a hang: a busy
// two-core CI machine took more than the package's 30 s for parseDatasetJson's thousand cases.
vi.setConfig({ testTimeout: 300_000 });

describe('validation and import never throw, and every failure is issues with paths', () => {
  test('validateDataset, on arbitrary JSON', () => {
    holds(
      'validateDataset ← arbitrary JSON',
      json,
      (value) => expectResult(validateDataset(value, validateOptions), { value }),
      1500,
    );
  });

  test('validateDataset, on arbitrary values with __proto__ and constructor keys', () => {
    holds(
      'validateDataset ← arbitrary values',
      anything,
      (value) => expectResult(validateDataset(value, validateOptions), { value }),
      1500,
    );
  });

  test('parseDatasetJson, on arbitrary text and on JSON text', () => {
    holds(
      'parseDatasetJson ← arbitrary text',
      fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 4 })),
      (text) => {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          value = undefined;
        }
        const result = parseDatasetJson(text, validateOptions);
        expectResult(result, value === undefined ? undefined : { value });
      },
      1000,
    );
  });

  test('every per-entity validator, on arbitrary values', () => {
    const validators = [
      validatePlan,
      validateAgreement,
      validateFramework,
      validateIndicator,
      validateObservation,
      validateObservations,
    ];
    holds(
      'validate<Entity> ← arbitrary values',
      anything,
      (value) => {
        for (const validate of validators) expectResult(validate(value, validateOptions), { value });
      },
      800,
    );
  });

  test('validateDataset and parseDatasetJson, on mutations of the real example datasets', () => {
    holds(
      'validateDataset, parseDatasetJson ← mutated examples',
      fc.tuple(fc.constantFrom(...exampleNames), mutations),
      ([name, list]) => {
        const data = mutate(example(name), list);
        expectResult(validateDataset(data, validateOptions), { value: data });
        // Nested mutations can stack deeper than JSON.stringify reaches (it overflows the stack): such data has no
        // text to parse, so only the object half applies.
        let text: string;
        try {
          text = JSON.stringify(data);
        } catch {
          return;
        }
        expectResult(parseDatasetJson(text, validateOptions), { value: JSON.parse(text) });
      },
      250,
    );
  });

  test('every per-entity validator, on mutations of the real plans, agreements, frameworks and indicators', () => {
    holds(
      'validate<Entity> ← mutated example entities',
      fc.tuple(
        fc.constantFrom(
          () => ({ run: validatePlan, value: firstPlan(example('sormland-handlingsplan-2026')) }),
          () => ({ run: validateAgreement, value: example('surahammar-handslag').agreements![0] }),
          () => ({ run: validateFramework, value: example('det-handlar-om-livet-2025').frameworks![0] }),
          () => ({ run: validateIndicator, value: example('surahammar-handslag').indicators![0] }),
          () => ({ run: validateObservations, value: example('surahammar-handslag').observations }),
        ),
        mutations,
      ),
      ([pick, list]) => {
        const { run, value } = pick();
        mutate(value, list);
        expectResult(run(value, validateOptions), { value });
      },
      300,
    );
  });
});

/** Surahammar's first indicator and its observations as a JSON-stat cube, as `toJsonStat` writes it. */
function surahammarCube(): unknown {
  const data = example('surahammar-handslag');
  const written = toJsonStat(data, data.indicators![0]!.id);
  if (!written.ok) throw new Error('toJsonStat refused the Surahammar example');
  return JSON.parse(JSON.stringify(written.value));
}

/** A Kolada v3 page in the shape the API returns. */
function koladaPage(): unknown {
  return {
    count: 2,
    values: [
      {
        kpi: 'N33820',
        municipality: '1907',
        period: 2023,
        values: [
          { gender: 'T', value: 12.4, status: '', count: 1 },
          { gender: 'K', value: null, status: 'Sekretess', count: 0 },
        ],
      },
      {
        kpi: 'N33820',
        municipality: '0000',
        period: 2022,
        values: [{ gender: 'M', value: 9.8, status: 'p', isdeleted: false }],
      },
    ],
    next_url: null,
    previous_url: null,
  };
}

describe('the format readers never throw, and report with paths', () => {
  test('parseJsonStat and parseKolada, on arbitrary values', () => {
    holds(
      'parseJsonStat, parseKolada ← arbitrary values',
      fc.oneof(anything, json),
      (value) => {
        expectReadResult(parseJsonStat(value), { value });
        expectReadResult(parseKolada(value), { value });
      },
      1500,
    );
  });

  test('parseJsonStat, on mutations of a cube written from the Surahammar example', () => {
    holds(
      'parseJsonStat ← mutated cube',
      mutations,
      (list) => {
        const value = mutate(surahammarCube(), list);
        expectReadResult(parseJsonStat(value), { value });
      },
      600,
    );
  });

  test('parseKolada, on mutations of a Kolada page', () => {
    holds(
      'parseKolada ← mutated page',
      mutations,
      (list) => {
        const value = mutate(koladaPage(), list);
        expectReadResult(parseKolada(value), { value });
        expectReadResult(parseKolada([value, koladaPage()]), { value: [value, koladaPage()] });
      },
      600,
    );
  });

  test('parseObservationsCsv and parseActivitiesCsv, on arbitrary text', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '"',
        '""',
        ';',
        ',',
        '\t',
        '\r\n',
        '\n',
        '\ufeff',
        '..',
        '1,5',
        '=cmd',
        '[',
        '{',
        'constructor',
        '__proto__',
      ),
    );
    const table = fc
      .tuple(
        fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 6 }),
        fc.constantFrom(';', ',', '\t'),
        fc.constantFrom('\n', '\r\n'),
      )
      .map(([rows, separator, newline]) => rows.map((row) => row.join(separator)).join(newline));
    holds(
      'parseObservationsCsv, parseActivitiesCsv ← arbitrary text',
      fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), table),
      (text) => {
        expectReadResult(parseObservationsCsv(text));
        expectReadResult(parseActivitiesCsv(text));
      },
      1500,
    );
  });

  test('parseObservationsCsv and parseActivitiesCsv, on real exports with a cell changed', () => {
    const observationsCsv = observationsToCsv(example('surahammar-handslag').observations!);
    const activitiesCsv = activitiesToCsv(firstPlan(example('sormland-handlingsplan-2026')) as Plan);
    const edit = fc.record({
      at: fc.nat(),
      length: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('"', ';', '\r\n', '[{"goal":', '"""', 'NaN', '1e309', '\u0000'),
      ),
    });
    const apply = (text: string, edits: { at: number; length: number; insert: string }[]) =>
      edits.reduce((t, e) => {
        const at = e.at % (t.length + 1);
        return t.slice(0, at) + e.insert + t.slice(at + e.length);
      }, text);
    holds(
      'parseObservationsCsv, parseActivitiesCsv ← edited exports',
      fc.array(edit, { minLength: 1, maxLength: 3 }),
      (edits) => {
        expectReadResult(parseObservationsCsv(apply(observationsCsv, edits)));
        expectReadResult(parseActivitiesCsv(apply(activitiesCsv, edits)));
      },
      600,
    );
  });
});

/** Runs every analysis function on the same inputs; each must return a value. */
function analyse(
  plan: unknown,
  framework: unknown,
  observations: unknown,
  options: unknown,
  extra: unknown,
): void {
  const returned = [
    coverage(plan as never, framework as never),
    coverageMatrix([plan] as never, framework as never),
    coverageMatrix(
      [plan, extra] as never,
      framework as never,
      { by: 'organisation', organisations: extra } as never,
    ),
    activitiesByGoal(plan as never, framework as never),
    summariseStatus(plan as never),
    revisionStatus(plan as never, now),
    revisionStatus(plan as never, extra as never),
    compareAreas(observations as never, options as never),
    trend(observations as never, options as never),
    sexGap(observations as never, options as never),
    summariseIndicator(observations as never, options as never),
    summariseIndicator(extra as never, options as never, 'en'),
    summariseFollowUp(plan as never, framework as never, { now, from: options as never, to: extra as never }),
    summariseFollowUp(plan as never, framework as never, options as never),
    diffPlans(plan as never, extra as never),
    staleActivities(plan as never, now, options as never),
    planStatusAsOf(plan as never, now),
  ];
  for (const value of returned) {
    if (value === undefined || value === null) throw new Error('an analysis function returned nothing');
  }
}

describe('analysis never throws and always returns a value', () => {
  // Analysis reads typed data, which comes from JSON files: any JSON, prototype keys included, is fair game.
  test('on arbitrary JSON for every argument', () => {
    holds(
      'analysis ← arbitrary JSON',
      fc.tuple(json, json, json, json, json),
      (args) => analyse(...args),
      1500,
    );
  });

  test('on mutations of the real examples', () => {
    holds(
      'analysis ← mutated examples',
      fc.tuple(
        mutations,
        mutations,
        fc.constantFrom('1907', '19', '00', '04'),
        fc.constantFrom('T', 'K', 'M'),
      ),
      ([first, second, area, sex]) => {
        const sormland = mutate(example('sormland-handlingsplan-2026'), first);
        const surahammar = mutate(example('surahammar-handslag'), second);
        const framework = mutate(structuredClone(nationalFramework), second);
        const indicator = surahammar.indicators?.[0];
        const options = { indicator, area, sex, areas };
        analyse(firstPlan(sormland), framework, surahammar.observations, options, surahammar);
        analyse(
          firstPlan(sormland),
          nationalFramework,
          surahammar.observations,
          { ...options, indicator: 'x' },
          {
            indicator,
            observations: surahammar.observations,
          },
        );
      },
      250,
    );
  });

  test('the format helpers, on arbitrary JSON, always give text', () => {
    holds(
      'format helpers ← arbitrary JSON',
      fc.tuple(json, json, json),
      ([value, unit, options]) => {
        const texts = [
          formatNumber(value as never, options as never),
          formatValue(value as never, unit as never, options as never),
          formatDifference(value as never, unit as never, options as never),
          formatDate(value as never, unit as never),
          formatPeriod(value as never),
          sexLabel(value as never, unit as never, options as never),
          localize(value as never, unit as never),
          localeOf(unit as never),
          asLang(value),
        ];
        for (const text of texts) if (typeof text !== 'string') throw new Error(`gave ${typeof text}`);
        const reference = referenceText(value as never, unit as never);
        if (reference !== undefined && typeof reference.text !== 'string')
          throw new Error('reference without text');
      },
      2000,
    );
  });
});

// ── Round trips ─────────────────────────────────────────────────────────────────────────────────────────────

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
  fc.constantFrom(
    'a;b',
    'a,b',
    'rad 1\nrad 2',
    'rad 1\r\nrad 2',
    '"citat"',
    ' blanksteg ',
    '\ttab',
    'å ä ö',
    '=1+1',
  ),
);

/** Replaces every localised text of a document (`{ sv, en }`) with generated text. */
function withTexts<T>(document: T, texts: readonly string[]): T {
  let i = 0;
  for (const node of containers(document)) {
    if (Array.isArray(node)) continue;
    for (const lang of ['sv', 'en'] as const) {
      if (typeof node[lang] === 'string' && texts.length > 0) node[lang] = texts[i++ % texts.length];
    }
  }
  return document;
}

const number = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((n) => n + 0);

/** Observations the model accepts, with awkward notes; the real Surahammar ones among them. */
const observations = fc
  .array(
    fc.record(
      {
        indicator: fc.constantFrom('fullgod-psykisk-halsa-unga', 'psykisk-pafrestning-unga'),
        area: fc.constantFrom('00', '04', '19', '1907', '0180'),
        period: fc.constantFrom('2019', '2023', '2024', '2019-2023'),
        sex: fc.constantFrom('T' as const, 'K' as const, 'M' as const),
        value: fc.option(number, { nil: null }),
        status: fc.constantFrom(
          'ok' as const,
          'suppressed' as const,
          'missing' as const,
          'preliminary' as const,
        ),
        ci: fc.tuple(number, number).map(([a, b]) => ({ lower: Math.min(a, b), upper: Math.max(a, b) })),
        count: fc.nat(),
        note: fc.record({ sv: text, en: text }, { requiredKeys: ['sv'] }),
      },
      { requiredKeys: ['indicator', 'area', 'period', 'sex', 'value', 'status'] },
    ),
    { maxLength: 20 },
  )
  .map((list) => {
    const seen = new Set<string>();
    return list
      .map((o): Observation => (o.value === null && o.status === 'ok' ? { ...o, status: 'missing' } : o))
      .map(
        (o): Observation =>
          o.value !== null && (o.status === 'suppressed' || o.status === 'missing')
            ? { ...o, value: null }
            : o,
      )
      .filter((o) => {
        const k = `${o.indicator}|${o.area}|${o.period}|${o.sex}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
  })
  .filter((list) => validateObservations(list).ok);

describe('round trips lose nothing', () => {
  test('observations: CSV export and import give back the real datasets’ observations', () => {
    held('observations CSV round trip ← real examples', exampleNames.length * 3, () => {
      for (const name of exampleNames) {
        const original = example(name).observations ?? [];
        for (const separator of [';', ',', '\t'] as const) {
          const back = parseObservationsCsv(observationsToCsv(original, { separator }));
          expect(back.issues).toEqual([]);
          expect(back.ok && back.value).toEqual(original);
        }
      }
    });
  });

  test('observations: CSV export and import give back generated observations', () => {
    holds(
      'observations CSV round trip ← generated',
      fc.tuple(observations, fc.constantFrom(';' as const, ',' as const, '\t' as const)),
      ([list, separator]) => {
        const back = parseObservationsCsv(observationsToCsv(list, { separator }));
        expect(back.issues).toEqual([]);
        expect(back.ok && back.value).toEqual(list);
      },
      300,
    );
  });

  test('activities: CSV export and import give back the Sörmland plan’s activities, with any texts', () => {
    const real = firstPlan(example('sormland-handlingsplan-2026')) as Plan;
    held('activities CSV round trip ← real plan', 1, () => {
      const back = parseActivitiesCsv(activitiesToCsv(real));
      expect(back.issues).toEqual([]);
      expect(back.ok && back.value).toEqual(real.activities);
    });
    holds(
      'activities CSV round trip ← plan with generated texts',
      fc.tuple(fc.array(text, { minLength: 1, maxLength: 12 }), fc.constantFrom(';' as const, ',' as const)),
      ([texts, separator]) => {
        // The reader trims a title cell (spreadsheets add stray spaces), so titles here have none at either end.
        const trimmed = texts.map((t) => t.trim()).filter((t) => t !== '');
        fc.pre(trimmed.length > 0);
        const plan = withTexts(structuredClone(real), trimmed);
        const back = parseActivitiesCsv(activitiesToCsv(plan, { separator }), { separator });
        expect(back.ok && back.value).toEqual(plan.activities);
      },
      150,
    );
  });

  test('datasets: JSON.stringify then parseDatasetJson gives back every example, with any texts', () => {
    held('JSON round trip ← real examples', exampleNames.length, () => {
      for (const name of exampleNames) {
        const back = parseDatasetJson(exampleText(name), validateOptions);
        expect(back.ok).toBe(true);
        expect(back.ok && back.value).toEqual(example(name));
      }
    });
    holds(
      'JSON round trip ← examples with generated texts',
      fc.tuple(fc.constantFrom(...exampleNames), fc.array(text, { minLength: 1, maxLength: 12 })),
      ([name, texts]) => {
        const data = withTexts(example(name), texts);
        const valid = validateDataset(data, validateOptions);
        fc.pre(valid.ok);
        const back = parseDatasetJson(JSON.stringify(data), validateOptions);
        expect(back.ok && back.value).toEqual(data);
      },
      150,
    );
  });

  test('indicators: toJsonStat then parseJsonStat gives back the indicator and its observations', () => {
    const surahammar = example('surahammar-handslag');
    const roundTrip = (dataset: Dataset, id: string) => {
      const cube = toJsonStat(dataset, id);
      expect(cube.ok).toBe(true);
      const back = parseJsonStat(JSON.parse(JSON.stringify(cube.ok && cube.value)));
      expect(back.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
      const byKey = (a: Observation, b: Observation) =>
        `${a.area}|${a.period}|${a.sex}`.localeCompare(`${b.area}|${b.period}|${b.sex}`);
      const wanted = (dataset.observations ?? []).filter((o) => o.indicator === id).sort(byKey);
      expect(back.ok && back.value.indicators).toEqual(dataset.indicators!.filter((i) => i.id === id));
      expect(back.ok && [...(back.value.observations ?? [])].sort(byKey)).toEqual(wanted);
    };
    held('JSON-stat round trip ← real indicators', surahammar.indicators!.length, () => {
      for (const indicator of surahammar.indicators!) roundTrip(surahammar, indicator.id);
    });
    holds(
      'JSON-stat round trip ← generated observations',
      observations.filter((list) => list.some((o) => o.indicator === 'fullgod-psykisk-halsa-unga')),
      (list) => roundTrip({ ...surahammar, observations: list }, 'fullgod-psykisk-halsa-unga'),
      300,
    );
  });
});
