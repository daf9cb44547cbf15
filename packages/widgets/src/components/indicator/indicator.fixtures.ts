import type { Dataset, Observation } from '@dhol/core';

/**
 * Small, invented figures for tests and stories (not real statistics): one municipality (Surahammar, 1907) next to
 * its län (Västmanland, 19) and the country (00) over three survey years, split by sex, with confidence intervals,
 * one suppressed value, one missing value and a target.
 */
const rows: [string, string, 'T' | 'K' | 'M', number | null, number?, number?][] = [
  ['1907', '2019', 'T', 50, 45, 55],
  ['1907', '2019', 'K', 46, 39, 53],
  ['1907', '2019', 'M', 54, 47, 61],
  ['1907', '2021', 'T', 47, 42, 52],
  ['1907', '2021', 'K', null],
  ['1907', '2021', 'M', 51, 44, 58],
  ['1907', '2023', 'T', 48, 43, 53],
  ['1907', '2023', 'K', 44, 37, 51],
  ['1907', '2023', 'M', 52, 45, 59],
  ['19', '2019', 'T', 49],
  ['19', '2019', 'K', 44],
  ['19', '2019', 'M', 54],
  ['19', '2021', 'T', 46],
  ['19', '2021', 'K', 41],
  ['19', '2021', 'M', 51],
  ['19', '2023', 'T', 45],
  ['19', '2023', 'K', 40],
  ['19', '2023', 'M', 50],
  ['00', '2019', 'T', 51],
  ['00', '2019', 'K', 46],
  ['00', '2019', 'M', 56],
  ['00', '2021', 'T', 48],
  ['00', '2021', 'K', 43],
  ['00', '2021', 'M', 53],
  ['00', '2023', 'T', 47],
  ['00', '2023', 'K', 42],
];

function observation([area, period, sex, value, lower, upper]: (typeof rows)[number]): Observation {
  return {
    indicator: 'fixture-halsa',
    area,
    period,
    sex,
    value,
    status: value === null ? 'suppressed' : 'ok',
    ...(lower !== undefined && upper !== undefined ? { ci: { lower, upper, level: 95 } } : {}),
  };
}

export const indicatorFixture: Dataset = {
  formatVersion: '1.0',
  id: 'fixture-indikator',
  title: { sv: 'Testdata för indikatorer (påhittade värden)', en: 'Indicator test data (invented values)' },
  indicators: [
    {
      id: 'fixture-halsa',
      title: { sv: 'Unga med god hälsa (testdata)', en: 'Young people in good health (test data)' },
      unit: 'percent',
      polarity: 'higher-is-better',
      aboutPeople: true,
      population: { sv: 'elever i årskurs 9', en: 'pupils in year 9' },
      source: {
        name: { sv: 'Testkälla', en: 'Test source' },
        publisher: 'dhol',
        url: 'https://example.org/kalla',
      },
      licence: 'CC0 1.0',
      updated: '2024-05-02',
      target: { value: 60, label: { sv: 'Mål 2030', en: 'Target 2030' } },
    },
    {
      id: 'fixture-antal',
      title: { sv: 'Antal samtal (testdata)', en: 'Number of calls (test data)' },
      unit: 'count',
      polarity: 'neutral',
      aboutPeople: false,
      source: { name: { sv: 'Testkälla', en: 'Test source' } },
    },
  ],
  observations: [
    ...rows.map(observation),
    { indicator: 'fixture-halsa', area: '00', period: '2023', sex: 'M', value: null, status: 'missing' },
    { indicator: 'fixture-antal', area: '1907', period: '2022', sex: 'T', value: 1200, status: 'ok' },
    {
      indicator: 'fixture-antal',
      area: '1907',
      period: '2023',
      sex: 'T',
      value: 1350,
      status: 'preliminary',
    },
  ],
};
