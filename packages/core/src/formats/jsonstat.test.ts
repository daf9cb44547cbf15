import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatPath } from '../issues/issue.js';
import type { Observation } from '../model/indicator.js';
import { validateDataset } from '../validation/validate-dataset.js';
import { parseJsonStat, toJsonStat } from './jsonstat.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/jsonstat/${name}`, import.meta.url), 'utf8'));

const byKey = (a: Observation, b: Observation) =>
  `${a.indicator}|${a.area}|${a.period}|${a.sex}`.localeCompare(
    `${b.indicator}|${b.area}|${b.period}|${b.sex}`,
  );

const find = (observations: Observation[] | undefined, area: string, period: string, sex = 'T') =>
  observations?.find((o) => o.area === area && o.period === period && o.sex === sex);

describe('a PxWeb table from Folkhälsomyndigheten (Region, Kön, År, "Andel och konfidensintervall")', () => {
  const result = parseJsonStat(fixture('fohm-pxweb.json'), {
    mapping: { indicator: { id: 'nedsatt-valbefinnande' } },
    ciLevel: 95,
  });

  test('is read without errors', () => {
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test('gives one observation per region, sex and year', () => {
    expect(result.value?.observations).toHaveLength(4 * 3 * 2);
  });

  test('puts the share, its confidence interval and the number of answers on one observation', () => {
    const riket = find(result.value?.observations, '00', '2022', 'T');
    expect(riket).toMatchObject({ indicator: 'nedsatt-valbefinnande', status: 'ok', sex: 'T' });
    expect(riket?.ci?.level).toBe(95);
    expect(riket!.ci!.lower).toBeLessThan(riket!.value!);
    expect(riket!.ci!.upper).toBeGreaterThan(riket!.value!);
    expect(Number.isInteger(riket!.count)).toBe(true);
  });

  test('reads the PxWeb sex codes 1+2, 2 and 1 as T, K and M', () => {
    const sexes = new Set(result.value?.observations?.map((o) => o.sex));
    expect([...sexes].sort()).toEqual(['K', 'M', 'T']);
  });

  test('reads sex from the category label when a table numbers its categories its own way', () => {
    const data = structuredClone(fixture('fohm-pxweb.json')) as {
      dimension: { Kön: { category: { index: Record<string, number>; label: Record<string, string> } } };
    };
    data.dimension.Kön.category = {
      index: { '0': 0, '1': 1, '2': 2 },
      label: { '0': 'Totalt', '1': 'Kvinnor', '2': 'Män' },
    };
    const own = parseJsonStat(data, { mapping: { indicator: { id: 'x' } } });
    expect(find(own.value?.observations, '00', '2022', 'K')?.value).toBe(
      find(result.value?.observations, '00', '2022', 'K')?.value,
    );
  });

  test('marks a null cell with status ".." as suppressed, not missing and not zero', () => {
    expect(find(result.value?.observations, '1907', '2024', 'K')).toMatchObject({
      value: null,
      status: 'suppressed',
    });
  });

  test('marks a null cell without a status as missing', () => {
    expect(find(result.value?.observations, '1907', '2022', 'M')).toMatchObject({
      value: null,
      status: 'missing',
    });
  });

  test('takes the indicator title, unit, decimals, source and date from the table', () => {
    const [indicator] = result.value?.indicators ?? [];
    expect(indicator).toMatchObject({
      id: 'nedsatt-valbefinnande',
      unit: 'percent',
      decimals: 1,
      aboutPeople: true,
      polarity: 'neutral',
      updated: '2025-06-17',
      source: { name: { sv: 'Folkhälsomyndigheten' }, externalId: 'testtabell-psyk' },
    });
    expect(indicator?.title.sv).toMatch(/^Nedsatt psykiskt välbefinnande/);
  });

  test('keeps the table notes as the dataset source note', () => {
    expect(result.value?.source?.note?.sv).toContain('påhittade');
  });

  test('without a fixed id names the indicator shortly after the words of its title before "efter"', () => {
    const plain = parseJsonStat(fixture('fohm-pxweb.json'));
    expect(plain.value?.indicators?.map((i) => i.id)).toEqual(['nedsatt-psykiskt-valbefinnande']);
  });

  test('a sex dimension with women and men sets the breakdown by sex, so the policy check does not warn', () => {
    const [indicator] = result.value?.indicators ?? [];
    expect(indicator?.breakdowns).toEqual(['sex']);
    const checked = validateDataset(result.value);
    expect(checked.issues.map((i) => i.code)).not.toContain('policy.indicator.no-sex-breakdown');
  });

  test('names its source once: the publisher is the source, not repeated beside it', () => {
    const [indicator] = result.value?.indicators ?? [];
    expect(indicator?.source.name.sv).toBe('Folkhälsomyndigheten');
    expect(indicator?.source.publisher).toBeUndefined();
  });
});

describe('values and statuses in every form JSON-stat allows', () => {
  test('a value array is read in row-major order (last dimension fastest)', () => {
    const result = parseJsonStat(fixture('array-values.json'), { mapping: { indicator: { id: 'suicid' } } });
    expect(find(result.value?.observations, '04', '2018-2022')?.value).toBe(13.8);
    expect(find(result.value?.observations, '19', '2017-2021')?.value).toBe(15.2);
    expect(find(result.value?.observations, '04', '2019-2023')).toMatchObject({
      value: null,
      status: 'missing',
    });
  });

  test('a sparse value object gives observations only for the cells it lists', () => {
    const result = parseJsonStat(fixture('sparse-values.json'), { mapping: { indicator: { id: 'gles' } } });
    expect(result.value?.observations?.map((o) => `${o.area} ${o.sex} ${o.period}`).sort()).toEqual([
      '00 K 2023',
      '00 K 2024',
      '1907 K 2024',
      '1907 M 2023',
    ]);
  });

  test('a status object keyed by cell index marks preliminary and suppressed cells', () => {
    const result = parseJsonStat(fixture('sparse-values.json'), { mapping: { indicator: { id: 'gles' } } });
    expect(find(result.value?.observations, '00', '2024', 'K')?.status).toBe('preliminary');
    expect(find(result.value?.observations, '1907', '2023', 'M')?.status).toBe('suppressed');
    expect(find(result.value?.observations, '1907', '2024', 'K')?.status).toBe('missing');
  });

  test('one status string applies to every cell', () => {
    const result = parseJsonStat(fixture('status-string.json'), { mapping: { indicator: { id: 'x' } } });
    expect(result.value?.observations?.map((o) => o.status)).toEqual(['suppressed', 'suppressed']);
  });

  test('a status array gives each cell its own symbol', () => {
    const result = parseJsonStat(fixture('status-array.json'), { mapping: { indicator: { id: 'x' } } });
    expect(result.value?.observations?.map((o) => o.status)).toEqual(['ok', 'suppressed', 'missing']);
  });

  test('a caller can name its own suppression symbols', () => {
    const result = parseJsonStat(fixture('status-array.json'), {
      mapping: { indicator: { id: 'x' } },
      suppressionSymbols: ['.'],
    });
    expect(result.value?.observations?.map((o) => o.status)).toEqual(['ok', 'missing', 'suppressed']);
  });
});

describe('category index as object, as array and absent', () => {
  const result = parseJsonStat(fixture('index-forms.json'), { mapping: { indicator: { id: 'former' } } });

  test('an index object orders categories by position, not by key order', () => {
    expect(find(result.value?.observations, '04', '2023')?.value).toBe(1);
    expect(find(result.value?.observations, '19', '2024')?.value).toBe(4);
  });

  test('a dimension with one category and no index uses its one label key', () => {
    expect(result.value?.observations?.every((o) => o.sex === 'T')).toBe(true);
  });

  test('an absent index with several categories is an error that names the position', () => {
    const broken = structuredClone(fixture('index-forms.json')) as {
      dimension: Record<string, { category: { label?: Record<string, string> } }>;
    };
    broken.dimension['Kön']!.category.label = { '1': 'män', '2': 'kvinnor' };
    const bad = parseJsonStat(broken);
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => formatPath(i.path))).toContain('dimension["Kön"].category.index');
  });
});

describe('units, collections, bundles and errors', () => {
  test('an indicator dimension (ContentsCode) gives one indicator per category with its unit and decimals', () => {
    const result = parseJsonStat(fixture('units.json'));
    expect(result.value?.indicators?.map((i) => [i.id, i.unit, i.decimals, i.title.sv])).toEqual([
      ['test01', 'percent', 1, 'Andel med nedsatt välbefinnande'],
      ['test02', 'per100k', 2, 'Döda i suicid per 100 000 invånare'],
    ]);
    expect(result.value?.observations?.map((o) => [o.indicator, o.value])).toEqual([
      ['test01', 17.3],
      ['test02', 14.85],
    ]);
  });

  test('a collection gives the observations of every embedded dataset', () => {
    const result = parseJsonStat(fixture('collection.json'));
    expect(result.ok).toBe(true);
    expect(result.value?.indicators?.map((i) => i.id)).toEqual(['indikator-a', 'indikator-b']);
    expect(result.value?.observations?.map((o) => [o.indicator, o.area, o.value])).toEqual([
      ['indikator-a', '04', 10.5],
      ['indikator-b', '19', 20.25],
    ]);
  });

  test('a collection item that is only a link is reported as a warning', () => {
    const result = parseJsonStat(fixture('collection.json'));
    expect(result.issues.filter((i) => i.code !== 'jsonstat.unit.unknown')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'jsonstat.item.link-only',
        path: ['link', 'item', 2],
      }),
    ]);
  });

  test('a v1-style bundle gives the observations of each of its datasets', () => {
    const result = parseJsonStat(fixture('bundle.json'));
    expect(result.ok).toBe(true);
    expect(result.value?.observations?.map((o) => [o.indicator, o.area, o.period, o.value])).toEqual([
      ['suicid-bunt', '04', '2023', 12],
      ['suicid-bunt', '19', '2023', 13.5],
      ['valbefinnande-bunt', '1907', '2022', 55.5],
    ]);
  });

  test('an error response becomes an error issue in Swedish and English', () => {
    const result = parseJsonStat(fixture('error.json'));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'jsonstat.source-error', path: ['error', 0] });
    expect(result.issues[0]?.message.sv).toContain('Tabellen finns inte');
    expect(result.issues[0]?.message.en).toContain('error');
  });

  test('a size that does not match the categories is an error at that size', () => {
    const result = parseJsonStat(fixture('size-mismatch.json'));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'jsonstat.size.mismatch', path: ['size', 1] });
  });
});

describe('bad input gives a clear result, never a crash', () => {
  test.each([null, 42, 'text', [], undefined])('input %s is refused with an issue', (input) => {
    const result = parseJsonStat(input);
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  test('a value list of the wrong length names the value position', () => {
    const data = structuredClone(fixture('array-values.json')) as { value: unknown[] };
    data.value.pop();
    const result = parseJsonStat(data);
    expect(result.issues[0]).toMatchObject({ code: 'jsonstat.value.length', path: ['value'] });
  });

  test('a cell that is not a number names its index', () => {
    const data = structuredClone(fixture('array-values.json')) as { value: unknown[] };
    data.value[4] = 'fem';
    const result = parseJsonStat(data);
    expect(result.issues[0]).toMatchObject({ code: 'jsonstat.cell.invalid', path: ['value', 4] });
  });

  test('an unknown area code is reported once at its position, and the other areas are read', () => {
    const data = structuredClone(fixture('array-values.json')) as {
      dimension: { Region: { category: { index: string[] } } };
    };
    data.dimension.Region.category.index = ['04', 'SE0192'];
    const result = parseJsonStat(data, { mapping: { indicator: { id: 'x' } } });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'format.area.unknown',
        path: ['dimension', 'Region', 'category', 'index', 1],
        params: { code: 'SE0192', position: 2, dimension: 'Region', values: 3 },
      }),
    ]);
    expect(result.value?.observations?.map((o) => o.area)).toEqual(['04', '04', '04']);
  });

  test('an area mapper translates another code scheme', () => {
    const data = structuredClone(fixture('array-values.json')) as {
      dimension: { Region: { category: { index: string[] } } };
    };
    data.dimension.Region.category.index = ['SE122', 'SE125'];
    const nuts: Record<string, string> = { SE122: '04', SE125: '19' };
    const result = parseJsonStat(data, {
      mapping: { indicator: { id: 'x' } },
      areaCode: (code) => nuts[code],
    });
    expect(result.value?.observations?.map((o) => o.area)).toContain('19');
  });

  test('a dimension that is not mapped and has several categories asks for a selection', () => {
    const data = structuredClone(fixture('array-values.json')) as {
      id: string[];
      size: number[];
      dimension: Record<string, unknown>;
      value: unknown[];
    };
    data.id.push('Ålder');
    data.size.push(2);
    data.dimension['Ålder'] = { category: { index: ['15-24', '25-44'] } };
    data.value = data.value.flatMap((v) => [v, v]);
    const bad = parseJsonStat(data, { mapping: { indicator: { id: 'x' } } });
    expect(bad.issues[0]).toMatchObject({
      code: 'jsonstat.dimension.unmapped',
      path: ['dimension', 'Ålder'],
    });
    const chosen = parseJsonStat(data, { mapping: { indicator: { id: 'x' } }, select: { Ålder: '15-24' } });
    expect(chosen.value?.observations).toHaveLength(6);
  });

  test('a cube too large to hold in memory is refused before any cell is read', () => {
    const ids = ['A', 'B', 'C', 'D'];
    const categories = { index: Array.from({ length: 100 }, (_, i) => `k${i}`) };
    const data = {
      version: '2.0',
      class: 'dataset',
      id: ids,
      size: [100, 100, 100, 100],
      dimension: Object.fromEntries(ids.map((id) => [id, { category: categories }])),
      value: {},
    };
    const result = parseJsonStat(data);
    expect(result.issues[0]).toMatchObject({ code: 'jsonstat.size.too-large', path: ['size'] });
  });

  test('a dimension named twice in id is an error at id', () => {
    const data = structuredClone(fixture('array-values.json')) as { id: string[] };
    data.id = ['Region', 'Region'];
    const result = parseJsonStat(data);
    expect(result.issues[0]).toMatchObject({ code: 'jsonstat.id.invalid', path: ['id'] });
  });

  test('a mapping that names a dimension the cube lacks is an error', () => {
    const result = parseJsonStat(fixture('array-values.json'), { mapping: { sex: 'Kön' } });
    expect(result.issues[0]).toMatchObject({
      code: 'jsonstat.mapping.unknown-dimension',
      path: ['mapping', 'sex'],
    });
  });
});

describe('responses as statistics APIs really answer', () => {
  test('an error list beside valid data: the data is read and each error is a warning', () => {
    const result = parseJsonStat(fixture('error-with-data.json'));
    expect(result.ok).toBe(true);
    expect(result.value?.observations).toHaveLength(4);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'jsonstat.source-error.partial',
        path: ['error', 0],
      }),
    ]);
    expect(result.issues[0]?.message.sv).toContain('Värden för 2024 är inte publicerade än');
  });

  test('an error answer with no data stays an error', () => {
    const result = parseJsonStat(fixture('error.json'));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'jsonstat.source-error']]);
  });

  describe('a sparse value object with a status object', () => {
    const result = parseJsonStat(fixture('sparse-suppressed.json'));
    const observations = result.value?.observations ?? [];

    test('a cell left out of value whose status marks it hidden is a suppressed observation', () => {
      expect(result.issues).toEqual([]);
      expect(find(observations, '1907', '2024', 'K')).toMatchObject({ value: null, status: 'suppressed' });
      expect(find(observations, '1907', '2024', 'M')).toMatchObject({ value: null, status: 'suppressed' });
    });

    test('the listed cells keep their values and counts, and no cell is invented', () => {
      expect(observations).toHaveLength(6);
      expect(find(observations, '1907', '2024', 'T')).toMatchObject({ value: 33, count: 97, status: 'ok' });
    });

    test('a hidden count beside a hidden value adds nothing, and an unmarked absent cell stays absent', () => {
      const data = structuredClone(fixture('sparse-suppressed.json')) as { status: Record<string, string> };
      data.status = { '11': '..' };
      const only = parseJsonStat(data).value?.observations ?? [];
      expect(only).toHaveLength(4);
      expect(find(only, '1907', '2024', 'M')).toBeUndefined();
    });
  });

  describe('area codes the toolkit does not know', () => {
    const knownAreas = [{ code: '19' }, { code: '1907' }];
    const result = parseJsonStat(fixture('unknown-areas.json'), { knownAreas });

    test('the rest of the file imports', () => {
      expect(result.ok).toBe(true);
      expect(result.value?.observations?.map((o) => `${o.area} ${o.period} ${o.value}`)).toEqual([
        '19 2023 14',
        '19 2024 14.5',
        '1907 2023 15',
        '1907 2024 15.4',
      ]);
    });

    test('each unknown code is reported once, with its position and how many values are left out', () => {
      const unknown = result.issues.filter((i) => i.code === 'format.area.unknown');
      expect(unknown.map((i) => [i.severity, i.path.at(-1), i.params?.position, i.params?.values])).toEqual([
        ['warning', 'G124026', 2, 2],
        ['warning', '1999', 3, 2],
        ['warning', '__proto__', 4, 2],
      ]);
      expect(unknown[2]?.message.sv).toContain('”__proto__” (plats 4 i dimensionen ”Region”)');
      expect(unknown[2]?.message.en).toContain('its 2 values are not imported');
    });

    test('no id becomes an object key: nothing reaches Object.prototype', () => {
      expect(Object.hasOwn(Object.prototype, 'G124026')).toBe(false);
      expect(({} as Record<string, unknown>)['1999']).toBeUndefined();
      expect(JSON.stringify(result.value)).not.toContain('__proto__');
    });

    test('without a list of known areas, a code of dhol’s form passes and the others are left out', () => {
      const loose = parseJsonStat(fixture('unknown-areas.json'));
      expect(new Set(loose.value?.observations?.map((o) => o.area))).toEqual(new Set(['19', '1999', '1907']));
    });
  });

  describe('a table with no area dimension (a national time series)', () => {
    test('is about the whole country, with a warning that says so', () => {
      const result = parseJsonStat(fixture('national-series.json'));
      expect(result.ok).toBe(true);
      expect(result.value?.observations?.map((o) => o.area)).toEqual(['00', '00', '00']);
      expect(result.issues.map((i) => [i.severity, i.code])).toEqual([
        ['warning', 'jsonstat.area.assumed-national'],
      ]);
    });

    test('fixed.area sets the area instead, without a warning', () => {
      const result = parseJsonStat(fixture('national-series.json'), { fixed: { area: '1907' } });
      expect(result.value?.observations?.map((o) => o.area)).toEqual(['1907', '1907', '1907']);
      expect(result.issues).toEqual([]);
    });

    test('a fixed area that is no area code, or no known one, is an error', () => {
      expect(parseJsonStat(fixture('national-series.json'), { fixed: { area: 'Sörmland' } }).issues).toEqual([
        expect.objectContaining({ severity: 'error', code: 'format.area.invalid', path: ['fixed', 'area'] }),
      ]);
      const unknown = parseJsonStat(fixture('national-series.json'), {
        fixed: { area: '1999' },
        knownAreas: [{ code: '1907' }],
      });
      expect(unknown.ok).toBe(false);
    });
  });

  test('a unit the importer cannot read is a warning naming the indicator, not a silent "other"', () => {
    const data = structuredClone(fixture('fohm-pxweb.json')) as {
      dimension: Record<string, { category: { unit?: unknown } }>;
    };
    data.dimension['Andel och konfidensintervall']!.category.unit = {
      Andel: { label: 'poäng', decimals: 1 },
    };
    const result = parseJsonStat(data, { mapping: { indicator: { id: 'skala' } } });
    expect(result.value?.indicators?.[0]?.unit).toBe('other');
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'jsonstat.unit.unknown',
        params: { id: 'skala', label: 'poäng' },
      }),
    ]);
    const told = parseJsonStat(data, {
      mapping: { indicator: { id: 'skala' } },
      indicator: { unit: 'index' },
    });
    expect(told.issues).toEqual([]);
    expect(told.value?.indicators?.[0]?.unit).toBe('index');
  });

  test('without unit metadata, a title that names its unit gives it', () => {
    const result = parseJsonStat(fixture('national-series.json'));
    expect(result.value?.indicators?.[0]).toMatchObject({ id: 'antal-doda-i-suicid-i-riket', unit: 'count' });
  });

  test('a select that names a dimension the table lacks is named, with the dimensions there are', () => {
    const result = parseJsonStat(fixture('fohm-pxweb.json'), { select: { Ålder: '16-84' } });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'jsonstat.select.unknown-dimension', path: ['select', 'Ålder'] }),
    ]);
    expect(result.issues[0]?.message.sv).toContain('”Region”, ”Kön”, ”År”, ”Andel och konfidensintervall”');
  });
});

describe('export to JSON-stat and back', () => {
  const source = parseJsonStat(fixture('fohm-pxweb.json'), {
    mapping: { indicator: { id: 'nedsatt-valbefinnande' } },
    ciLevel: 95,
  });

  test('writes a JSON-stat 2.0 dataset with geo, time and metric roles', () => {
    const out = toJsonStat(source.value!, 'nedsatt-valbefinnande');
    expect(out.value).toMatchObject({
      version: '2.0',
      class: 'dataset',
      id: ['Region', 'Kön', 'Tid', 'Mått'],
      size: [4, 3, 2, 4],
      role: { geo: ['Region'], time: ['Tid'], metric: ['Mått'] },
    });
  });

  test('round trip keeps every indicator field and every observation', () => {
    const out = toJsonStat(source.value!, 'nedsatt-valbefinnande');
    const back = parseJsonStat(JSON.parse(JSON.stringify(out.value)));
    expect(back.issues).toEqual([]);
    expect(back.value?.indicators).toEqual(source.value?.indicators);
    expect([...(back.value?.observations ?? [])].sort(byKey)).toEqual(
      [...(source.value?.observations ?? [])].sort(byKey),
    );
  });

  test('round trip keeps notes, per-value sources and holes in the cube', () => {
    const dataset = {
      formatVersion: '1.0' as const,
      indicators: [
        {
          id: 'andel',
          title: { sv: 'Andel', en: 'Share' },
          unit: 'percent' as const,
          polarity: 'lower-is-better' as const,
          aboutPeople: true,
          source: { name: { sv: 'Egen enkät' } },
        },
      ],
      observations: [
        {
          indicator: 'andel',
          area: '1907',
          period: '2023',
          sex: 'K' as const,
          value: 12.5,
          status: 'preliminary' as const,
          note: { sv: 'Få svar', en: 'Few answers' },
          source: { url: 'https://example.org/enkat' },
        },
        {
          indicator: 'andel',
          area: '19',
          period: '2019-2023',
          sex: 'T' as const,
          value: null,
          status: 'suppressed' as const,
        },
      ],
    };
    const out = toJsonStat(dataset, 'andel');
    expect(Array.isArray(out.value?.value)).toBe(false);
    const back = parseJsonStat(JSON.parse(JSON.stringify(out.value)));
    expect(back.value?.indicators).toEqual(dataset.indicators);
    expect([...(back.value?.observations ?? [])].sort(byKey)).toEqual([...dataset.observations].sort(byKey));
  });

  test('an indicator that is not in the dataset gives an error, not an empty table', () => {
    const out = toJsonStat(source.value!, 'finns-inte');
    expect(out.ok).toBe(false);
    expect(out.issues[0]?.code).toBe('format.indicator.unknown');
  });
});
