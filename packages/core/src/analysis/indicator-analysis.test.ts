import { describe, expect, test } from 'vitest';
import { areaLineage } from '../model/index.js';
import { compareAreas, sexGap } from './compare.js';
import { areas, obs, strain, surahammar2023, wellbeing } from './test-fixtures.js';
import { trend } from './trend.js';

const W = wellbeing.id;

/** Surahammar 2023 with made-up county and country figures. */
const withParents = [
  ...surahammar2023,
  obs(W, '19', '2023', 'T', 45),
  obs(W, '19', '2023', 'K', 41),
  obs(W, '19', '2023', 'M', 52),
  obs(W, '00', '2023', 'T', 48),
];

describe('compareAreas', () => {
  test('shows the kommun, then its län and the country, each with values by sex', () => {
    const result = compareAreas(withParents, { indicator: wellbeing, area: '1907', period: '2023', areas });
    expect(result.areas.map((a) => [a.code, a.name])).toEqual([
      ['1907', 'Surahammar'],
      ['19', 'Västmanlands län'],
      ['00', 'Riket'],
    ]);
    expect(result.areas[0]!.values.K?.value).toBe(44);
  });

  test('finds parents from the codes when no areas are given', () => {
    const result = compareAreas(withParents, { indicator: wellbeing, area: '1907', period: '2023' });
    expect(result.areas.map((a) => a.code)).toEqual(['1907', '19', '00']);
  });

  test('a higher value is better than the county when higher is better', () => {
    const result = compareAreas(withParents, { indicator: wellbeing, area: '1907', period: '2023' });
    expect(result.areas[0]!.differences[0]).toMatchObject({
      parent: '19',
      bySex: { T: { difference: 3, verdict: 'better' } },
    });
  });

  test('equal values are the same, whatever the polarity', () => {
    const result = compareAreas(withParents, { indicator: wellbeing, area: '1907', period: '2023' });
    expect(result.areas[0]!.differences[1]!.bySex.T?.verdict).toBe('same');
  });

  test('a higher value is worse when lower is better', () => {
    const data = [obs(strain.id, '1907', '2023', 'T', 61), obs(strain.id, '19', '2023', 'T', 55)];
    const result = compareAreas(data, { indicator: strain, area: '1907', period: '2023' });
    expect(result.areas[0]!.differences[0]!.bySex.T?.verdict).toBe('worse');
  });

  test('overlapping confidence intervals make the difference unclear', () => {
    const data = [
      obs(W, '1907', '2023', 'T', 48, { ci: { lower: 42, upper: 54 } }),
      obs(W, '19', '2023', 'T', 45, { ci: { lower: 44, upper: 46 } }),
    ];
    const diff = compareAreas(data, { indicator: wellbeing, area: '1907', period: '2023' }).areas[0]!
      .differences[0]!;
    expect(diff.bySex.T).toEqual({ difference: 3, isClear: false, verdict: 'unclear' });
  });

  test('separate confidence intervals make the difference clear', () => {
    const data = [
      obs(W, '1907', '2023', 'T', 48, { ci: { lower: 47, upper: 49 } }),
      obs(W, '19', '2023', 'T', 45, { ci: { lower: 44, upper: 46 } }),
    ];
    const diff = compareAreas(data, { indicator: wellbeing, area: '1907', period: '2023' }).areas[0]!
      .differences[0]!;
    expect(diff.bySex.T).toEqual({ difference: 3, isClear: true, verdict: 'better' });
  });

  test('a suppressed value is kept as null and not compared', () => {
    const data = [obs(W, '1907', '2023', 'M', null, { status: 'suppressed' }), obs(W, '19', '2023', 'M', 52)];
    const row = compareAreas(data, { indicator: wellbeing, area: '1907', period: '2023' }).areas[0]!;
    expect([row.values.M?.value, row.values.M?.status, row.differences[0]!.bySex.M]).toEqual([
      null,
      'suppressed',
      { verdict: 'unclear' },
    ]);
  });

  test('an indicator with no better direction reports a difference, not a verdict', () => {
    const neutral = { ...wellbeing, polarity: 'neutral' as const };
    const result = compareAreas(withParents, { indicator: neutral, area: '1907', period: '2023' });
    expect(result.areas[0]!.differences[0]!.bySex.T?.verdict).toBe('different');
  });

  test('without a period the area’s latest one is used', () => {
    const data = [...withParents, obs(W, '1907', '2021', 'T', 50)];
    expect(compareAreas(data, { indicator: wellbeing, area: '1907' }).period).toBe('2023');
  });

  test('an area with no figures gives an empty comparison', () => {
    expect(compareAreas(withParents, { indicator: wellbeing, area: '0180' }).areas).toEqual([]);
  });

  test('bad input gives an empty comparison rather than an error', () => {
    expect(
      compareAreas(null, { indicator: wellbeing, area: '1907', period: '2023' }).areas[0]!.values,
    ).toEqual({});
  });
});

describe('areaLineage', () => {
  test('walks the codes up to the country when no areas are given', () => {
    expect(areaLineage('1907')).toEqual(['1907', '19', '00']);
    expect(areaLineage('19', undefined)).toEqual(['19', '00']);
    expect(areaLineage('00')).toEqual(['00']);
  });

  test('a parent given in the areas wins, and a loop stops', () => {
    const loop = [
      { code: '0101', name: 'A', kind: 'kommun' as const, parent: '0202' },
      { code: '0202', name: 'B', kind: 'kommun' as const, parent: '0101' },
    ];
    expect(areaLineage('0101', loop)).toEqual(['0101', '0202']);
  });
});

describe('sexGap', () => {
  test('compares girls with boys and says which fares better', () => {
    const gap = sexGap(surahammar2023, { indicator: wellbeing, area: '1907', period: '2023' });
    expect(gap).toMatchObject({ difference: -8, verdict: 'different', higher: 'M', better: 'M' });
  });

  test('with lower is better, the lower share fares better', () => {
    const data = [obs(strain.id, '1907', '2023', 'K', 74), obs(strain.id, '1907', '2023', 'M', 48)];
    expect(sexGap(data, { indicator: strain, area: '1907', period: '2023' })).toMatchObject({
      higher: 'K',
      better: 'M',
    });
  });

  test('overlapping intervals make the gap unclear and name no better sex', () => {
    const data = [
      obs(W, '1907', '2023', 'K', 44, { ci: { lower: 38, upper: 50 } }),
      obs(W, '1907', '2023', 'M', 52, { ci: { lower: 46, upper: 58 } }),
    ];
    const gap = sexGap(data, { indicator: wellbeing, area: '1907', period: '2023' });
    expect([gap.verdict, gap.isClear, gap.better]).toEqual(['unclear', false, undefined]);
  });

  test('a suppressed value for one sex leaves the gap unclear', () => {
    const data = [
      obs(W, '1907', '2023', 'K', 44),
      obs(W, '1907', '2023', 'M', null, { status: 'suppressed' }),
    ];
    const gap = sexGap(data, { indicator: wellbeing, area: '1907', period: '2023' });
    expect([gap.verdict, gap.difference, gap.men?.status]).toEqual(['unclear', undefined, 'suppressed']);
  });
});

describe('trend', () => {
  const series = [
    obs(W, '1907', '2023', 'T', 48),
    obs(W, '1907', '2017', 'T', 41),
    obs(W, '1907', '2019', 'T', null, { status: 'suppressed' }),
    obs(W, '1907', '2021', 'T', null),
    obs(W, '1907', '2021', 'K', 40),
  ];

  test('orders the periods and keeps suppressed and missing years as gaps, never as zero', () => {
    const result = trend(series, { indicator: wellbeing, area: '1907', sex: 'T' });
    expect(result.points.map((p) => [p.period, p.value, p.isGap])).toEqual([
      ['2017', 41, false],
      ['2019', null, true],
      ['2021', null, true],
      ['2023', 48, false],
    ]);
    expect([result.suppressed, result.missing]).toEqual([1, 1]);
  });

  test('gives the first and last values, the change and a verdict by polarity', () => {
    const result = trend(series, { indicator: wellbeing, area: '1907' });
    expect([result.first?.period, result.last?.period, result.change, result.verdict]).toEqual([
      '2017',
      '2023',
      7,
      'better',
    ]);
  });

  test('a rise is worse when lower is better', () => {
    const data = [obs(strain.id, '1907', '2019', 'T', 55), obs(strain.id, '1907', '2023', 'T', 61)];
    expect(trend(data, { indicator: strain, area: '1907' }).verdict).toBe('worse');
  });

  test('a span such as 2015-2019 sorts before the span that ends later', () => {
    const data = [
      obs(W, '1907', '2019-2023', 'T', 12),
      obs(W, '1907', '2015-2019', 'T', 14),
      obs(W, '1907', '2017-2021', 'T', 13),
    ];
    expect(trend(data, { indicator: wellbeing, area: '1907' }).points.map((p) => p.period)).toEqual([
      '2015-2019',
      '2017-2021',
      '2019-2023',
    ]);
  });

  test('a single value gives no change and an unclear verdict', () => {
    const result = trend(surahammar2023, { indicator: wellbeing, area: '1907' });
    expect([result.points.length, result.change, result.verdict]).toEqual([1, undefined, 'unclear']);
  });

  test('equal first and last values are unchanged', () => {
    const data = [obs(W, '1907', '2019', 'T', 48), obs(W, '1907', '2023', 'T', 48)];
    expect(trend(data, { indicator: wellbeing, area: '1907' }).verdict).toBe('unchanged');
  });

  test('no observations give an empty series', () => {
    expect(trend(undefined, { indicator: wellbeing, area: '1907' })).toMatchObject({
      points: [],
      verdict: 'unclear',
    });
  });
});
