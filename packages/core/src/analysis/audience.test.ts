import { expect, test } from 'vitest';
import type { Indicator } from '../model/indicator.js';
import { isAboutYoungPeople } from './audience.js';

const indicator = (title: string, population?: string): Indicator => ({
  id: 'i',
  title: { sv: title },
  ...(population ? { population: { sv: population } } : {}),
  unit: 'percent',
  polarity: 'higher-is-better',
  aboutPeople: true,
  source: { name: { sv: 'Källa' } },
});

test('young people, pupils and girls and boys count as young, so figures say girls and boys', () => {
  expect(isAboutYoungPeople(indicator('Fullgod psykisk hälsa bland ungdomar'))).toBe(true);
  expect(isAboutYoungPeople(indicator('Psykisk påfrestning', 'Tjejer och killar i årskurs 9'))).toBe(true);
  expect(isAboutYoungPeople(indicator('Good mental health among pupils'))).toBe(true);
});

test('young adults and the whole population are adults, so figures say women and men', () => {
  expect(isAboutYoungPeople(indicator('Psykisk ohälsa bland unga vuxna 16–29 år'))).toBe(false);
  expect(isAboutYoungPeople(indicator('Suicid per 100 000 invånare', 'Befolkningen 15 år och äldre'))).toBe(
    false,
  );
});
