import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Dataset } from '../model/dataset.js';
import type { Indicator, Observation } from '../model/indicator.js';
import { FIGURES_COLUMNS, figuresToCsv, parseFiguresCsv, parseObservationsCsv } from './csv.js';
import { mergeFigures } from './merge.js';

const indicator: Indicator = {
  id: 'psykisk-pafrestning',
  title: { sv: 'Psykisk påfrestning; "unga"', en: 'Mental strain' },
  description: { sv: 'Rad ett\r\nrad två, med komma' },
  unit: 'percent',
  decimals: 1,
  polarity: 'lower-is-better',
  aboutPeople: true,
  breakdowns: ['sex'],
  source: { name: { sv: 'Liv och hälsa ung' }, url: 'https://example.org/lhu' },
  target: { value: 20, period: '2030' },
};
const unmeasured: Indicator = {
  id: 'ny-indikator',
  title: { sv: 'Ännu inte mätt' },
  unit: 'count',
  polarity: 'neutral',
  aboutPeople: false,
  source: { name: { sv: 'Egen uppföljning' } },
};
const figure = (
  area: string,
  period: string,
  value: number | null,
  sex: 'T' | 'K' | 'M' = 'T',
): Observation => ({
  indicator: indicator.id,
  area,
  period,
  sex,
  value,
  status: value === null ? 'missing' : 'ok',
});
const observations = [
  figure('1907', '2023', 40.5),
  figure('1907', '2023', 44, 'K'),
  figure('19', '2023', null),
];

describe('a figures file: observations and the indicators they belong to, in one CSV', () => {
  const csv = figuresToCsv({ indicators: [indicator, unmeasured], observations });
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  test('has the observation columns and then indicator_meta', () => {
    expect(lines[0]).toBe(FIGURES_COLUMNS.join(';'));
  });

  test('describes each indicator once, on its first row; later rows leave the column empty', () => {
    expect(lines[1]).toContain('"{""title"":{""sv"":""Psykisk påfrestning; \\""unga\\""""');
    expect(lines.slice(2, 4).every((line) => line.endsWith(';'))).toBe(true);
  });

  test('an indicator without figures gets a row of its own with only its id and description', () => {
    expect(lines[4]?.startsWith('ny-indikator;;;;;;;;;;;;;;;"{')).toBe(true);
  });

  test('reads back the same indicators and observations', () => {
    const back = parseFiguresCsv(csv);
    expect(back.issues).toEqual([]);
    expect(back.value).toEqual({ indicators: [indicator, unmeasured], observations });
  });

  test('with commas and decimal points too', () => {
    const back = parseFiguresCsv(figuresToCsv({ indicators: [indicator], observations }, { separator: ',' }));
    expect(back.value).toEqual({ indicators: [indicator], observations });
  });

  test('parseObservationsCsv reads the same file for its observations alone', () => {
    expect(parseObservationsCsv(csv).value).toEqual(observations);
  });

  test('rows a person adds without a description belong to the indicator described above', () => {
    const added = `${csv}psykisk-pafrestning;1907;2024;T;38,0;;;;;;;;;;;\r\n`;
    const back = parseFiguresCsv(added);
    expect(back.value?.indicators).toEqual([indicator, unmeasured]);
    expect(back.value?.observations.at(-1)).toEqual(figure('1907', '2024', 38));
  });

  test('an indicator described twice in different words is an error at the second row', () => {
    const twice = `${csv}psykisk-pafrestning;1907;2024;T;38,0;;;;;;;;;;;"{""title"":{""sv"":""Annan""},""unit"":""percent"",""polarity"":""neutral"",""aboutPeople"":true,""source"":{""name"":{""sv"":""X""}}}"\r\n`;
    const back = parseFiguresCsv(twice);
    expect(back.ok).toBe(false);
    expect(back.issues).toEqual([
      expect.objectContaining({ code: 'csv.indicator.conflict', path: [6, 'indicator_meta'] }),
    ]);
    expect(back.issues[0]?.message.sv).toBe(
      'rad 6, kolumn ”indicator_meta”: indikatorn ”psykisk-pafrestning” beskrivs annorlunda än på rad 2; beskriv varje indikator en gång.',
    );
  });

  test('a description that does not follow the model is an error at its cell', () => {
    const bad = figuresToCsv({ indicators: [{ ...indicator, unit: 'procent' as 'percent' }], observations });
    const back = parseFiguresCsv(bad);
    expect(back.ok).toBe(false);
    expect(back.issues[0]).toMatchObject({ code: 'csv.cell.model', path: [2, 'indicator_meta'] });
  });
});

describe('mergeFigures: figures back into the dataset they came from', () => {
  const dataset: Dataset = {
    formatVersion: '1.0',
    title: { sv: 'Handslag med indikatorer' },
    indicators: [indicator],
    observations,
  };

  test('updates a figure where it stands, adds new ones after, and keeps the rest of the dataset', () => {
    const edited = [figure('1907', '2023', 41), figure('1907', '2024', 38)];
    const merged = mergeFigures(dataset, { observations: edited });
    expect(merged.ok).toBe(true);
    expect(merged.value?.dataset).toEqual({
      ...dataset,
      observations: [edited[0], observations[1], observations[2], edited[1]],
    });
    expect(merged.value?.changes).toEqual({
      added: 1,
      changed: 1,
      unchanged: 0,
      removed: 0,
      indicatorsAdded: 0,
      indicatorsChanged: 0,
    });
  });

  test('leaves the dataset it was given unchanged', () => {
    const before = structuredClone(dataset);
    mergeFigures(dataset, { indicators: [unmeasured], observations: [figure('1907', '2023', 1)] });
    expect(dataset).toEqual(before);
  });

  test('with replace, figures of an incoming indicator that the file no longer holds are removed', () => {
    const merged = mergeFigures(dataset, { observations: [observations[0]!] }, { replace: true });
    expect(merged.value?.dataset.observations).toEqual([observations[0]]);
    expect(merged.value?.changes).toMatchObject({ unchanged: 1, removed: 2, added: 0 });
  });

  test('an incoming indicator replaces the one with its id, or is added', () => {
    const renamed = { ...indicator, title: { sv: 'Nytt namn' } };
    const merged = mergeFigures(dataset, { indicators: [renamed, unmeasured], observations: [] });
    expect(merged.value?.dataset.indicators).toEqual([renamed, unmeasured]);
    expect(merged.value?.changes).toMatchObject({ indicatorsAdded: 1, indicatorsChanged: 1 });
  });

  test('figures of an indicator described nowhere are one error per indicator, not one per row', () => {
    const stray = Array.from({ length: 27 }, (_, i) => ({
      ...figure('1907', String(1990 + i), i),
      indicator: 'x',
    }));
    const merged = mergeFigures({ formatVersion: '1.0' }, { observations: stray });
    expect(merged.ok).toBe(false);
    expect(merged.issues).toEqual([
      expect.objectContaining({ code: 'figures.indicator.undescribed', params: { id: 'x', count: 27 } }),
    ]);
  });

  test.each([null, 'text', { indicators: 'none' }, { observations: {} }])(
    'a dataset of the wrong shape (%j) is an issue, not a crash',
    (bad) => {
      const merged = mergeFigures(bad, { indicators: [indicator], observations });
      expect(merged.ok).toBe(false);
      expect(merged.issues[0]?.code).toBe('figures.dataset.invalid');
    },
  );
});

describe('CSV export and import give back every shipped dataset that has observations', () => {
  const folder = new URL('../../../data/datasets/', import.meta.url);
  const shipped = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, dataset: JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Dataset }))
    .filter(({ dataset }) => (dataset.observations?.length ?? 0) > 0);

  test('there is at least one such dataset', () => {
    expect(shipped.map(({ name }) => name)).toContain('surahammar-handslag.json');
  });

  test.each(shipped)('$name: figures → CSV → back into the dataset is the same dataset', ({ dataset }) => {
    for (const separator of [';', ',', '\t'] as const) {
      const read = parseFiguresCsv(figuresToCsv(dataset, { separator }), { separator });
      expect(read.issues).toEqual([]);
      const merged = mergeFigures(dataset, read.value!);
      expect(merged.value?.dataset).toEqual(dataset);
      expect(merged.value?.changes).toMatchObject({ added: 0, changed: 0, removed: 0, indicatorsChanged: 0 });
    }
  });

  test.each(shipped)('$name: the figures alone come back with their indicators', ({ dataset }) => {
    const { indicators: _i, observations: _o, ...rest } = dataset;
    const read = parseFiguresCsv(figuresToCsv(dataset));
    expect(mergeFigures(rest, read.value!).value?.dataset).toEqual(dataset);
  });
});
