import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Dataset } from '../model/dataset.js';
import {
  codeToKoladaArea,
  fetchKolada,
  KOLADA_API_BASE,
  koladaAreaToCode,
  koladaDataUrl,
  koladaKpiToIndicator,
  parseKolada,
} from './kolada.js';
import type { FetchLike } from './request.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/kolada/${name}`, import.meta.url), 'utf8'));

const page1 = fixture('n33820-page1.json');
const page2 = fixture('n33820-page2.json');
const meta = fixture('n33820-meta.json');

describe('Kolada municipality ids and dhol area codes', () => {
  test.each([
    ['0000', '00'],
    ['0019', '19'],
    ['0004', '04'],
    ['1907', '1907'],
    ['0180', '0180'],
  ])('Kolada id %s is area %s', (id, code) => {
    expect(koladaAreaToCode(id)).toBe(code);
  });

  test('a Kolada group id has no area code', () => {
    expect(koladaAreaToCode('G124026')).toBeUndefined();
  });

  test('a numeric id with its leading zeros lost is read as the four-digit id', () => {
    expect(koladaAreaToCode(19)).toBe('19');
    expect(koladaAreaToCode(180)).toBe('0180');
  });

  test.each([
    ['00', '0000'],
    ['19', '0019'],
    ['04', '0004'],
    ['1907', '1907'],
  ])('area %s is Kolada id %s', (code, id) => {
    expect(codeToKoladaArea(code)).toBe(id);
  });

  test('a code that is no area has no Kolada id', () => {
    expect(codeToKoladaArea('190')).toBeUndefined();
    expect(codeToKoladaArea('0019')).toBeUndefined();
  });
});

describe('KPI metadata for N33820', () => {
  const result = koladaKpiToIndicator(meta);

  test('becomes an indicator with id, title and Kolada as source', () => {
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({
      id: 'n33820',
      title: { sv: 'Psykisk ohälsa bland barn och unga, andel (%)' },
      source: { name: { sv: 'Kolada' }, publisher: 'RKA', externalId: 'N33820' },
    });
  });

  test('reads the unit "andel (%)" from the title as percent', () => {
    expect(result.value?.unit).toBe('percent');
    expect(result.value?.unitLabel).toEqual({ sv: 'andel (%)' });
  });

  test('is about people because Kolada divides it by gender', () => {
    expect(result.value?.aboutPeople).toBe(true);
  });

  test('is neutral when the metadata says nothing about polarity', () => {
    expect(result.value?.polarity).toBe('neutral');
  });

  test('takes the description from the metadata, and the unit "antal" from the title', () => {
    const other = koladaKpiToIndicator({
      id: 'U00000',
      title: 'Testnyckeltal, antal',
      description: 'En beskrivning för test.',
      is_divided_by_gender: 0,
    });
    expect(other.value).toMatchObject({
      unit: 'count',
      polarity: 'neutral',
      aboutPeople: false,
      description: { sv: 'En beskrivning för test.' },
    });
  });

  test('publication_date, the next planned release, is not taken as the last update', () => {
    expect((meta as { values: { publication_date: string }[] }).values[0]?.publication_date).toBe(
      '2026-12-15',
    );
    expect(result.value?.updated).toBeUndefined();
  });

  test('metadata without id or title is refused with an issue', () => {
    const bad = koladaKpiToIndicator({ title: 'Utan id' });
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]?.code).toBe('kolada.kpi.invalid');
  });
});

describe('Kolada data pages', () => {
  const result = parseKolada([page1, page2], { kpiMeta: meta });

  test('two pages give every municipality, period and gender value', () => {
    expect(result.ok).toBe(true);
    expect(result.value?.observations).toHaveLength(12);
  });

  test('the dataset follows the model', () => {
    expect(Dataset.safeParse(result.value).success).toBe(true);
  });

  test('Kolada ids become area codes: 0000 riket, 0004 Södermanland, 0019 Västmanland, 1907 Surahammar', () => {
    expect([...new Set(result.value?.observations?.map((o) => o.area))]).toEqual(['00', '04', '19', '1907']);
  });

  test('a period given as a number (v3) or a string (v2) is the same period', () => {
    const v2 = {
      values: [{ ...(page2 as { values: object[] }).values[0], municipality: '0180', period: '2023' }],
    };
    const both = parseKolada([page2, v2]);
    expect(both.value?.observations?.map((o) => [o.area, o.period])).toEqual([
      ['1907', '2023'],
      ['1907', '2023'],
      ['1907', '2023'],
      ['0180', '2023'],
      ['0180', '2023'],
      ['0180', '2023'],
    ]);
  });

  test('a group id or an id no known area has is left out with one warning each; the rest imports', () => {
    const rows = [
      { kpi: 'N33820', municipality: 'G124026', period: 2023, values: [{ gender: 'T', value: 9 }] },
      { kpi: 'N33820', municipality: '1999', period: 2023, values: [{ gender: 'T', value: 8 }] },
      { kpi: 'N33820', municipality: 'G124026', period: 2024, values: [{ gender: 'T', value: 7 }] },
    ];
    const mixed = parseKolada([page2, { values: rows, next_url: null }], {
      knownAreas: [{ code: '19' }, { code: '1907' }],
    });
    expect(mixed.ok).toBe(true);
    expect(mixed.value?.observations?.map((o) => o.area)).toEqual(['1907', '1907', '1907']);
    expect(mixed.issues.map((i) => [i.severity, i.code, i.path, i.params?.values])).toEqual([
      ['warning', 'kolada.area.unknown', [1, 'values', 0, 'municipality'], 2],
      ['warning', 'kolada.area.unknown', [1, 'values', 1, 'municipality'], 1],
    ]);
    expect(mixed.issues[0]?.message.sv).toContain('”G124026”');
  });

  test('a null value is missing, or suppressed when its status says so', () => {
    const surahammar = result.value?.observations?.filter((o) => o.area === '1907');
    expect(surahammar?.map((o) => [o.sex, o.value, o.status])).toEqual([
      ['T', 11.7, 'ok'],
      ['K', null, 'missing'],
      ['M', null, 'suppressed'],
    ]);
  });

  test('the indicator comes from the KPI metadata', () => {
    expect(result.value?.indicators).toEqual([koladaKpiToIndicator(meta).value]);
  });

  test('without metadata a minimal indicator is made, about people when the data has K and M', () => {
    const plain = parseKolada([page1, page2]);
    expect(plain.value?.indicators?.[0]).toMatchObject({
      id: 'n33820',
      title: { sv: 'N33820' },
      unit: 'other',
      aboutPeople: true,
    });
  });

  test('Kolada count (units behind the value) is not taken as a number of people unless asked', () => {
    expect(result.value?.observations?.some((o) => o.count !== undefined)).toBe(false);
    const kept = parseKolada(page1, { keepCount: true });
    expect(kept.value?.observations?.[0]?.count).toBe(1);
  });

  test('a v2 page (string periods, next_page) is read, without the value it marks as deleted', () => {
    const v2 = parseKolada(fixture('v2-page.json'));
    expect(v2.value?.observations?.map((o) => [o.area, o.period, o.sex, o.value, o.status])).toEqual([
      ['1907', '2022', 'T', 10.9, 'ok'],
      ['1907', '2022', 'K', 13.2, 'ok'],
      ['19', '2022', 'T', null, 'missing'],
    ]);
    expect(v2.issues).toMatchObject([
      { code: 'kolada.value.deleted', severity: 'warning', params: { count: 1 } },
    ]);
    expect(v2.issues[0]?.message.en).toBe('One value that Kolada marks as deleted was left out.');
  });

  test('a v3 value marked isdeleted is left out too', () => {
    const row = { kpi: 'N33820', municipality: '1907', period: 2023 };
    const values = [
      { gender: 'T', value: 1, isdeleted: false },
      { gender: 'K', value: null, isdeleted: true },
      { gender: 'M', value: null, isdeleted: true },
    ];
    const result = parseKolada({ values: [{ ...row, values }], next_url: null });
    expect(result.value?.observations?.map((o) => o.sex)).toEqual(['T']);
    expect(result.issues[0]?.message.sv).toBe('2 värden som Kolada markerar som borttagna togs inte med.');
  });

  test('Kolada’s error answer is reported with its text, not as a page of the wrong shape', () => {
    const result = parseKolada([page1, { error: 'Det här gränssnittet finns inte längre.' }]);
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([{ code: 'kolada.page.error', path: [1, 'error'] }]);
    expect(result.issues[0]?.message.en).toBe(
      'Kolada answered with an error instead of data: "Det här gränssnittet finns inte längre.".',
    );
  });

  test('a row without its list of values is an error at that row, not a silent gap', () => {
    const result = parseKolada({ values: [{ kpi: 'N33820', municipality: '1907', period: 2023, value: 4 }] });
    expect(result.issues).toMatchObject([{ code: 'kolada.row.invalid', path: ['values', 0, 'values'] }]);
  });

  test('a page that is not a Kolada page names its position', () => {
    const bad = parseKolada([page1, { data: [] }]);
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({ code: 'kolada.page.invalid', path: [1] });
  });

  test('an unknown gender code is an error at that value', () => {
    const bad = parseKolada({
      values: [{ kpi: 'N33820', municipality: '1907', period: 2023, values: [{ gender: 'X', value: 1 }] }],
    });
    expect(bad.issues[0]).toMatchObject({
      code: 'format.sex.unknown',
      path: ['values', 0, 'values', 0, 'gender'],
    });
  });

  test('the same value on two pages is kept once, with a warning', () => {
    const twice = parseKolada([page2, page2]);
    expect(twice.value?.observations).toHaveLength(3);
    expect(twice.issues.filter((i) => i.code === 'format.observation.duplicate')).toHaveLength(3);
  });
});

/** A fake fetch that serves recorded pages by URL and records what was asked. */
function fakeFetch(pages: Record<string, unknown>) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    const body = pages[url];
    if (body === undefined) return { ok: false, status: 404, json: async () => ({}) };
    return { ok: true, status: 200, json: async () => structuredClone(body) };
  };
  return { fetch, calls };
}

describe('fetching from Kolada', () => {
  const first = `${KOLADA_API_BASE}/data/kpi/N33820/municipality/0000,0004,0019,1907/year/2023`;
  const second = (page1 as { next_url: string }).next_url;

  test('builds the v3 data URL from KPI, Kolada ids and years', () => {
    expect(koladaDataUrl(['N33820'], ['0000', '1907'], [2022, 2023])).toBe(
      `${KOLADA_API_BASE}/data/kpi/N33820/municipality/0000,1907/year/2022,2023`,
    );
  });

  test.each([
    ['next_url', 'v3'],
    ['next_page', 'v2'],
  ])('follows %s (%s) until there is none and reads every page', async (link) => {
    const { next_url: _, ...rest } = page1 as Record<string, unknown>;
    const { fetch, calls } = fakeFetch({ [first]: { ...rest, [link]: second }, [second]: page2 });
    const result = await fetchKolada({
      kpi: 'N33820',
      areas: ['00', '04', '19', '1907'],
      years: [2023],
      fetch,
    });
    expect(calls).toEqual([first, second]);
    expect(result.ok).toBe(true);
    expect(result.value?.observations).toHaveLength(12);
  });

  test('sends municipality ids in batches and joins what every batch returns', async () => {
    const batch1 = `${KOLADA_API_BASE}/data/kpi/N33820/municipality/0000,0004/year/2023`;
    const batch2 = `${KOLADA_API_BASE}/data/kpi/N33820/municipality/0019,1907/year/2023`;
    const { values } = page1 as { values: { municipality: string }[] };
    const { fetch, calls } = fakeFetch({
      [batch1]: { count: 2, values: values.slice(0, 2) },
      [batch2]: { count: 1, values: values.slice(2), next_url: second },
      [second]: page2,
    });
    const result = await fetchKolada({
      kpi: 'N33820',
      areas: ['00', '04', '19', '1907'],
      years: [2023],
      fetch,
      batchSize: 2,
    });
    expect(calls).toEqual([batch1, batch2, second]);
    expect(result.value?.observations).toHaveLength(12);
  });

  test('asks one request per batch of 25 ids by default', async () => {
    const areas = Array.from({ length: 30 }, (_, i) => String(1900 + i + 1));
    const empty = { count: 0, values: [] };
    const calls: string[] = [];
    const fetch: FetchLike = async (url) => {
      calls.push(url);
      return { ok: true, status: 200, json: async () => empty };
    };
    const result = await fetchKolada({ kpi: 'N33820', areas, years: [2023], fetch });
    expect(result.ok).toBe(true);
    expect(calls.map((url) => url.split('/municipality/')[1]!.split('/')[0]!.split(',').length)).toEqual([
      25, 5,
    ]);
  });

  test('sends the years in batches of 25 too, one request per batch of ids and years', async () => {
    const years = Array.from({ length: 30 }, (_, i) => 1995 + i);
    const calls: string[] = [];
    const fetch: FetchLike = async (url) => {
      calls.push(url);
      return { ok: true, status: 200, json: async () => ({ count: 0, values: [], next_url: null }) };
    };
    const result = await fetchKolada({ kpi: 'N33820', areas: ['00', '1907'], years, fetch });
    expect(result.ok).toBe(true);
    expect(calls.map((url) => url.split('/year/')[1]!.split(',').length)).toEqual([25, 5]);
    expect(calls[1]).toBe(
      `${KOLADA_API_BASE}/data/kpi/N33820/municipality/0000,1907/year/2020,2021,2022,2023,2024`,
    );
  });

  test('an HTTP error becomes an issue with the status, not an exception', async () => {
    const { fetch } = fakeFetch({});
    const result = await fetchKolada({ kpi: 'N33820', areas: ['1907'], years: [2023], fetch });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'kolada.fetch.status', params: { status: 404 } });
  });

  test('a network failure becomes an issue, not an exception', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('fetch failed');
    };
    const result = await fetchKolada({ kpi: 'N33820', areas: ['1907'], years: [2023], fetch, retries: 0 });
    expect(result.issues[0]?.code).toBe('kolada.fetch.failed');
    expect(result.issues[0]?.message.sv).toContain('fetch failed');
  });

  test('a request that timed out says so in Swedish and English, not in the runtime’s words', async () => {
    const fetch: FetchLike = async () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    };
    const result = await fetchKolada({ kpi: 'N33820', areas: ['1907'], years: [2023], fetch, retries: 0 });
    expect(result.issues[0]?.code).toBe('kolada.fetch.timeout');
    expect(result.issues[0]?.message.sv).toMatch(/^Kolada svarade inte inom tidsgränsen \(https:/);
    expect(result.issues[0]?.message.en).toMatch(/^Kolada did not answer within the time limit \(https:/);
    expect(result.issues[0]?.message.sv).not.toContain('aborted');
  });

  test('a server that keeps pointing to the same page is stopped', async () => {
    const loop = { count: 0, values: [], next_url: first };
    const { fetch, calls } = fakeFetch({ [first]: loop });
    const result = await fetchKolada({
      kpi: 'N33820',
      areas: ['00', '04', '19', '1907'],
      years: [2023],
      fetch,
    });
    expect(result.issues[0]?.code).toBe('kolada.fetch.too-many-pages');
    expect(calls).toHaveLength(1);
  });

  test('an area code Kolada cannot take is refused before any request', async () => {
    const { fetch, calls } = fakeFetch({});
    const result = await fetchKolada({ kpi: 'N33820', areas: ['Surahammar'], years: [2023], fetch });
    expect(result.issues[0]).toMatchObject({ code: 'format.area.invalid', path: ['areas', 0] });
    expect(calls).toEqual([]);
  });
});
