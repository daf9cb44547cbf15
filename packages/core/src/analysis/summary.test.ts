import { describe, expect, test } from 'vitest';
import type { Dataset } from '../model/index.js';
import { summariseIndicator } from './summary.js';
import { areas, obs, strain, surahammar2023, wellbeing } from './test-fixtures.js';

const W = wellbeing.id;
const NBSP = '\u00a0';

describe('summariseIndicator', () => {
  test('a single period is described with the total and the values for girls and boys', () => {
    const text = summariseIndicator(
      { indicator: wellbeing, observations: surahammar2023, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toBe(
      `Fullgod psykisk hälsa i Surahammar år 2023: 48${NBSP}% totalt, 44${NBSP}% bland flickor och 52${NBSP}% bland pojkar.`,
    );
  });

  test('the same summary is available in English', () => {
    const text = summariseIndicator(
      { indicator: wellbeing, observations: surahammar2023, areas },
      { area: '1907' },
      'en',
    );
    expect(text).toBe(
      'Complete mental health in Surahammar in 2023: 48% overall, 44% among girls and 52% among boys.',
    );
  });

  test('the text changes with the data', () => {
    const other = surahammar2023.map((o) => ({ ...o, value: (o.value ?? 0) + 1 }));
    const text = summariseIndicator(
      { indicator: wellbeing, observations: other, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toContain(`49${NBSP}% totalt`);
  });

  test('a suppressed value is named as suppressed, not shown as a number', () => {
    const data = [
      surahammar2023[0]!,
      surahammar2023[1]!,
      obs(W, '1907', '2023', 'M', null, { status: 'suppressed' }),
    ];
    const text = summariseIndicator(
      { indicator: wellbeing, observations: data, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toContain('Värdet för pojkar är sekretessmarkerat.');
    expect(text).not.toContain('pojkar:');
  });

  test('preliminary values are said to be preliminary', () => {
    const data = [obs(W, '1907', '2025', 'T', 47, { status: 'preliminary' })];
    const text = summariseIndicator(
      { indicator: wellbeing, observations: data, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toBe(
      `Fullgod psykisk hälsa i Surahammar år 2025: 47${NBSP}%. Värdena är preliminära och kan ändras.`,
    );
  });

  test('when every value is suppressed, the text says so', () => {
    const data = (['T', 'K', 'M'] as const).map((sex) =>
      obs(W, '1907', '2023', sex, null, { status: 'suppressed' }),
    );
    const text = summariseIndicator(
      { indicator: wellbeing, observations: data, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toBe('Fullgod psykisk hälsa i Surahammar år 2023: alla värden är sekretessmarkerade.');
  });

  test('with no parent area in the data, no comparison is mentioned', () => {
    const text = summariseIndicator(
      { indicator: wellbeing, observations: surahammar2023, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).not.toContain('jämförelse');
  });

  test('parent areas are given with their values and the verdict from the polarity', () => {
    const data = [...surahammar2023, obs(W, '19', '2023', 'T', 45), obs(W, '00', '2023', 'T', 50)];
    const text = summariseIndicator(
      { indicator: wellbeing, observations: data, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toContain(`Som jämförelse: Västmanlands län 45${NBSP}% och riket 50${NBSP}%.`);
    expect(text).toContain('Det är bättre än i Västmanlands län och sämre än i riket.');
  });

  test('a difference within the confidence intervals is called not statistically clear', () => {
    const data = [
      obs(W, '1907', '2023', 'T', 48, { ci: { lower: 42, upper: 54 } }),
      obs(W, '19', '2023', 'T', 45, { ci: { lower: 44, upper: 46 } }),
    ];
    const text = summariseIndicator(
      { indicator: wellbeing, observations: data, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toContain('Skillnaden mot Västmanlands län är inte statistiskt säker.');
    expect(text).not.toContain('bättre');
  });

  test('a difference beyond the confidence intervals gets a verdict', () => {
    const data = [
      obs(W, '1907', '2023', 'T', 48, { ci: { lower: 47, upper: 49 } }),
      obs(W, '19', '2023', 'T', 45, { ci: { lower: 44, upper: 46 } }),
    ];
    const text = summariseIndicator(
      { indicator: wellbeing, observations: data, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toContain('Det är bättre än i Västmanlands län.');
    expect(text).not.toContain('inte statistiskt säker');
  });

  test('when lower is better, a higher value than the county is worse', () => {
    const data = [obs(strain.id, '1907', '2023', 'T', 61), obs(strain.id, '19', '2023', 'T', 55)];
    const text = summariseIndicator({ indicator: strain, observations: data, areas }, { area: '1907' }, 'en');
    expect(text).toContain('That is worse than in Västmanlands län.');
  });

  test('when lower is better, a falling value over time is an improvement', () => {
    const data = [obs(strain.id, '1907', '2019', 'T', 61), obs(strain.id, '1907', '2023', 'T', 55)];
    const text = summariseIndicator({ indicator: strain, observations: data, areas }, { area: '1907' }, 'sv');
    expect(text).toContain(`Från 2019 till 2023 har värdet förbättrats från 61${NBSP}% till 55${NBSP}%.`);
  });

  test('several periods add the trend and count the gaps in the series', () => {
    const data = [
      ...surahammar2023,
      obs(W, '1907', '2019', 'T', 41),
      obs(W, '1907', '2021', 'T', null, { status: 'suppressed' }),
    ];
    const text = summariseIndicator(
      { indicator: wellbeing, observations: data, areas },
      { area: '1907' },
      'en',
    );
    expect(text).toContain('From 2019 to 2023 the value improved from 41% to 48%.');
    expect(text).toContain('One value in the series is suppressed.');
  });

  test('a span of years is written with an en dash', () => {
    const data = [obs(W, '1907', '2019-2023', 'T', 48)];
    const text = summariseIndicator(
      { indicator: wellbeing, observations: data, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toBe(`Fullgod psykisk hälsa i Surahammar åren 2019–2023: 48${NBSP}%.`);
  });

  test('overlapping intervals for girls and boys are called not statistically clear', () => {
    const data = [
      obs(W, '1907', '2023', 'K', 44, { ci: { lower: 38, upper: 50 } }),
      obs(W, '1907', '2023', 'M', 52, { ci: { lower: 46, upper: 58 } }),
    ];
    const text = summariseIndicator(
      { indicator: wellbeing, observations: data, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toContain('Skillnaden mellan flickor och pojkar är inte statistiskt säker.');
  });

  test('an indicator about adults speaks of women and men', () => {
    const adults = { ...wellbeing, population: { sv: 'Befolkningen 16–84 år' } };
    const text = summariseIndicator(
      { indicator: adults, observations: surahammar2023, areas },
      { area: '1907' },
      'sv',
    );
    expect(text).toContain('bland kvinnor och 52');
  });

  test('a dataset is read by indicator id, and the area named by the caller', () => {
    const dataset: Dataset = {
      formatVersion: '1.0',
      indicators: [strain, wellbeing],
      observations: surahammar2023,
    };
    const text = summariseIndicator(dataset, { indicator: W, area: '1907', areas }, 'sv');
    expect(text.startsWith('Fullgod psykisk hälsa i Surahammar år 2023')).toBe(true);
  });

  test('an area with no figures gets a clear sentence', () => {
    const text = summariseIndicator(
      { indicator: wellbeing, observations: surahammar2023 },
      { area: '0180' },
      'sv',
    );
    expect(text).toBe('Fullgod psykisk hälsa i kommun 0180: det finns inga värden.');
  });

  test('a dataset without the indicator gets a clear sentence instead of an error', () => {
    expect(summariseIndicator({ formatVersion: '1.0' }, { indicator: W, area: '1907' }, 'en')).toBe(
      'There is no indicator to describe.',
    );
  });
});
