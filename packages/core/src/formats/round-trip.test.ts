import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../model/dataset.js';
import { type Indicator, Observation } from '../model/indicator.js';
import { observationsToCsv, parseObservationsCsv } from './csv.js';
import { parseJsonStat, toJsonStat } from './jsonstat.js';

const byKey = (a: Observation, b: Observation) =>
  `${a.indicator}|${a.area}|${a.period}|${a.sex}`.localeCompare(
    `${b.indicator}|${b.area}|${b.period}|${b.sex}`,
  );

const number = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
const localized = fc.record(
  { sv: fc.string({ minLength: 1 }), en: fc.string({ minLength: 1 }) },
  { requiredKeys: ['sv'] },
);

/** Any observation the model accepts, with awkward text (separators, quotes, line breaks, spaces) in its notes. */
const observation = (indicator: fc.Arbitrary<string>) =>
  fc
    .record(
      {
        indicator,
        area: fc.constantFrom('00', '04', '19', '1907', '0180', '2584'),
        period: fc.constantFrom('2023', '2024', '2019-2023'),
        sex: fc.constantFrom('T' as const, 'K' as const, 'M' as const),
        value: fc.option(number, { nil: null }),
        status: fc.constantFrom(
          'ok' as const,
          'suppressed' as const,
          'missing' as const,
          'preliminary' as const,
        ),
        ci: fc.record(
          { lower: number, upper: number, level: fc.constantFrom(90, 95, 99) },
          { requiredKeys: ['lower', 'upper'] },
        ),
        count: fc.nat(),
        note: localized,
        // An empty source object says nothing, and a flat row cannot tell it from no source.
        source: fc.oneof(
          fc.record({ name: localized, url: fc.webUrl() }, { requiredKeys: ['name'] }),
          fc.record({ url: fc.webUrl() }),
        ),
      },
      { requiredKeys: ['indicator', 'area', 'period', 'sex', 'value', 'status'] },
    )
    .filter((o) => Observation.safeParse(o).success) as fc.Arbitrary<Observation>;

const unique = (list: Observation[]) => {
  const seen = new Set<string>();
  return list.filter((o) => {
    const key = `${o.indicator}|${o.area}|${o.period}|${o.sex}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

describe('round trips lose nothing, for any observations the model accepts', () => {
  test('CSV, with semicolons and decimal commas', () => {
    fc.assert(
      fc.property(fc.array(observation(fc.constantFrom('a', 'b-c', 'n33820'))), (observations) => {
        const back = parseObservationsCsv(observationsToCsv(observations));
        expect(back.issues).toEqual([]);
        expect(back.value).toEqual(observations);
      }),
      { numRuns: 200 },
    );
  });

  test('CSV, with commas and decimal points', () => {
    fc.assert(
      fc.property(fc.array(observation(fc.constant('a'))), (observations) => {
        const back = parseObservationsCsv(observationsToCsv(observations, { separator: ',' }));
        expect(back.value).toEqual(observations);
      }),
      { numRuns: 100 },
    );
  });

  test('JSON-stat, dense or sparse', () => {
    const indicator: Indicator = {
      id: 'andel',
      title: { sv: 'Andel' },
      unit: 'percent',
      decimals: 1,
      polarity: 'higher-is-better',
      aboutPeople: true,
      source: { name: { sv: 'Testkälla' }, externalId: 'T1' },
    };
    fc.assert(
      fc.property(fc.array(observation(fc.constant('andel'))), (list) => {
        const observations = unique(list);
        const dataset: Dataset = { formatVersion: '1.0', indicators: [indicator], observations };
        const out = toJsonStat(dataset, 'andel');
        const back = parseJsonStat(JSON.parse(JSON.stringify(out.value)));
        expect(back.issues).toEqual([]);
        expect(back.value?.indicators).toEqual([indicator]);
        expect([...(back.value?.observations ?? [])].sort(byKey)).toEqual([...observations].sort(byKey));
      }),
      { numRuns: 200 },
    );
  });
});
