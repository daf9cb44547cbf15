// The bugs the fuzz suite found, each pinned by the smallest input that showed it.
import { describe, expect, test } from 'vitest';
import { coverageMatrix } from '../../src/analysis/index.js';
import { formatNumber, formatValue, localize, sexLabel } from '../../src/format/index.js';
import { parseJsonStat, parseKolada, parseObservationsCsv, toJsonStat } from '../../src/formats/index.js';
import { example, nationalFramework } from './examples.js';

/** Valid JSON that `String()` cannot convert. */
const unprintable = () => JSON.parse('{"toString":null,"valueOf":null}');

const row = (entry: Record<string, unknown>) => ({
  values: [
    { kpi: 'N33820', municipality: '1907', period: 2023, values: [{ gender: 'T', value: 1, ...entry }] },
  ],
});

describe('a reader given names of Object.prototype members as codes', () => {
  test('Kolada reports the sex code "constructor" as unknown instead of reading it as a sex', () => {
    const result = parseKolada(row({ gender: 'constructor' }));
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual(['format.sex.unknown']);
  });

  test('CSV reports the status "constructor" as none of the allowed words', () => {
    const result = parseObservationsCsv(
      'indicator;area;period;sex;value;status\na;1907;2023;T;1;constructor\n',
    );
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['csv.cell.choice', [2, 'status']],
    ]);
  });

  test('sexLabel returns the unknown code "toString" as it is, not a function', () => {
    expect(sexLabel('toString')).toBe('toString');
  });
});

describe('a reader given valid JSON that String() cannot convert', () => {
  test('Kolada reports such a gender as an unknown sex code', () => {
    const result = parseKolada(row({ gender: unprintable() }));
    expect(result.issues.map((issue) => issue.code)).toEqual(['format.sex.unknown']);
  });

  test('Kolada reports such a value as invalid', () => {
    const result = parseKolada(row({ value: unprintable() }));
    expect(result.issues.map((issue) => issue.code)).toEqual(['kolada.value.invalid']);
  });

  test('JSON-stat reports such an error entry as the source’s error', () => {
    const result = parseJsonStat({ version: '2.0', class: 'dataset', error: [[unprintable()]] });
    expect(result.issues.map((issue) => issue.code)).toEqual(['jsonstat.source-error']);
  });
});

describe('JSON-stat’s dhol extension is checked like the rest of the file', () => {
  const cube = () => {
    const data = example('surahammar-handslag');
    const written = toJsonStat(data, 'fullgod-psykisk-halsa-unga');
    if (!written.ok) throw new Error('toJsonStat refused the example');
    return JSON.parse(JSON.stringify(written.value));
  };

  test('a note that is not text is left out with a warning that points at it', () => {
    const json = cube();
    json.extension.dhol.cells['1907|2023|K'].note = { sv: 5 };
    const result = parseJsonStat(json);
    expect(result.ok).toBe(true);
    const warning = result.issues.find((issue) => issue.code === 'format.model.invalid');
    expect(warning?.path).toEqual(['extension', 'dhol', 'cells', '1907|2023|K', 'note']);
    expect(warning?.severity).toBe('warning');
    const women = result.ok ? result.value.observations?.find((o) => o.sex === 'K') : undefined;
    expect(women?.value).toBe(44);
    expect(women).not.toHaveProperty('note');
  });

  test('a source with fields the model does not know never reaches an observation', () => {
    const json = cube();
    json.extension.dhol.cells['1907|2023|K'].source = { name: { sv: 'Källa' }, onclick: 'x' };
    const result = parseJsonStat(json);
    const women = result.ok ? result.value.observations?.find((o) => o.sex === 'K') : undefined;
    expect(women).not.toHaveProperty('source');
    expect(result.issues.map((issue) => issue.path.at(-1))).toContain('source');
  });
});

describe('analysis and formatting given options that are not what the types say', () => {
  test('coverageMatrix by organisation ignores organisations that are not a list of objects', () => {
    const plan = example('sormland-handlingsplan-2026').plans![0]!;
    const bad = [null, 'x'] as never;
    expect(() =>
      coverageMatrix([plan], nationalFramework, { by: 'organisation', organisations: bad }),
    ).not.toThrow();
    expect(() =>
      coverageMatrix([plan], nationalFramework, { by: 'organisation', organisations: {} as never }),
    ).not.toThrow();
  });

  test('formatNumber and formatValue read null options as none', () => {
    expect(formatNumber(48, null as never)).toBe('48');
    expect(formatValue(48, 'percent', null as never)).toBe('48\u00a0%');
  });

  test('localize gives an empty string when the text is not a string', () => {
    expect(localize({ sv: [] } as never)).toBe('');
    expect(localize({ sv: 'Hej', en: 5 } as never, 'en')).toBe('Hej');
  });
});

describe('values only a JavaScript object can hold, found by the fuzz suite on 2026-11-24', () => {
  /** The Surahammar handslag's first indicator written as a JSON-stat cube. */
  const surahammarCube = () => {
    const data = example('surahammar-handslag');
    return toJsonStat(data, data.indicators![0]!.id).value!;
  };

  test('a JSON-stat cube read from an object carries its extension as JSON would: NaN becomes null', () => {
    const cube = surahammarCube();
    const input = { ...cube, extension: { ...(cube.extension as object), copy: Number.NaN } };
    const result = parseJsonStat(input);
    expect(result.ok).toBe(true);
    expect(result.value?.extensions?.jsonstat).toMatchObject({ copy: null });
  });

  test('an extension that refers to itself is left out with a warning, not carried as a cycle', () => {
    const cube = surahammarCube();
    const extension: Record<string, unknown> = { note: 'x' };
    extension.self = extension;
    const result = parseJsonStat({ ...cube, extension });
    expect(result.ok).toBe(true);
    expect(result.value?.extensions).toBeUndefined();
    expect(result.issues.map((issue) => [issue.code, issue.path])).toContainEqual([
      'jsonstat.extension.unreadable',
      ['extension'],
    ]);
  });

  test('coverage orders delmål whose number is an object that cannot become a number, instead of throwing', () => {
    const framework = structuredClone(nationalFramework);
    const odd = framework.goals.find((goal) => goal.kind === 'subgoal')!;
    (odd as unknown as Record<string, unknown>).number = Object.create(null);
    const plan = example('sormland-handlingsplan-2026').plans![0]!;
    expect(() => coverageMatrix([plan], framework)).not.toThrow();
    expect(coverageMatrix([plan], framework).rows.at(-1)?.goal.id).toBe(odd.id);
  });

  test('a JSON-stat dimension listed as "__proto__" but not given is reported missing, not read from Object', () => {
    const cube = surahammarCube();
    const ids = [...(cube.id as string[])];
    ids[0] = '__proto__';
    const result = parseJsonStat({ ...cube, id: ids });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toContainEqual([
      'jsonstat.dimension.missing',
      ['dimension', '__proto__'],
    ]);
  });
});
