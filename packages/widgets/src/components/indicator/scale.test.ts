import { expect, test } from 'vitest';
import { linearScale } from './scale.js';

test('a scale for percentages starts at zero and ends on a round tick above the highest value', () => {
  const y = linearScale(44, 74, 300, 0);
  expect(y.domain).toEqual([0, 80]);
  expect(y.ticks).toEqual([0, 20, 40, 60, 80]);
  expect(y(0)).toBe(300);
  expect(y(80)).toBe(0);
  expect(y(40)).toBe(150);
});

test('small values get decimal ticks without floating-point noise', () => {
  expect(linearScale(0, 0.7, 100, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
});

test('negative values widen the domain below zero so bars still start at zero', () => {
  const y = linearScale(-12, 30, 100, 0);
  expect(y.domain[0]).toBeLessThan(-12);
  expect(y.ticks).toContain(0);
});

test('a domain with no spread or no finite values still gives a usable scale', () => {
  expect(linearScale(0, 0, 100, 0).domain).toEqual([0, 1]);
  expect(linearScale(Number.NaN, Number.POSITIVE_INFINITY, 100, 0).domain).toEqual([0, 1]);
});
