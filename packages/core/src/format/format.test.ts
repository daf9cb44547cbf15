import { describe, expect, test } from 'vitest';
import type { ReferenceText } from '../model/index.js';
import {
  formatDate,
  formatDifference,
  formatNumber,
  formatPeriod,
  formatValue,
  localize,
  referenceText,
  sexLabel,
} from './index.js';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  test('a Swedish reader sees a decimal comma and a space between thousands', () => {
    expect(formatNumber(1234.5, { lang: 'sv' })).toBe(`1${NBSP}234,5`);
  });

  test('an English reader sees a decimal point and a comma between thousands', () => {
    expect(formatNumber(1234.5, { lang: 'en' })).toBe('1,234.5');
  });

  test('a fixed number of decimals keeps trailing zeros', () => {
    expect(formatNumber(48, { lang: 'sv', decimals: 1 })).toBe('48,0');
  });

  test('a value that is not a number is shown as a dash, not as zero', () => {
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
  });
});

describe('formatValue', () => {
  test('a Swedish percentage has the non-breaking space Intl gives', () => {
    expect(formatValue(48, 'percent', { lang: 'sv' })).toBe(`48${NBSP}%`);
  });

  test('an English percentage has no space', () => {
    expect(formatValue(48, 'percent', { lang: 'en' })).toBe('48%');
  });

  test('a rate per 100 000 says per how many inhabitants, in each language', () => {
    expect(formatValue(12.34, 'per100k', { lang: 'sv' })).toBe(`12,3${NBSP}per 100${NBSP}000 invånare`);
    expect(formatValue(12.34, 'per100k', { lang: 'en' })).toBe(`12.3${NBSP}per 100,000 inhabitants`);
  });

  test('days are counted in the singular and the plural', () => {
    expect(formatValue(1, 'days', { lang: 'sv' })).toBe(`1${NBSP}dag`);
    expect(formatValue(3, 'days', { lang: 'en' })).toBe(`3${NBSP}days`);
  });

  test("an indicator's own unit wording replaces the default", () => {
    expect(formatValue(7, 'other', { lang: 'en', unitLabel: { sv: 'besök', en: 'visits' } })).toBe(
      `7${NBSP}visits`,
    );
  });

  test('a missing value is shown as a dash', () => {
    expect(formatValue(undefined, 'percent')).toBe('–');
  });
});

describe('formatDifference', () => {
  test('a difference between percentages is given in signed percentage points', () => {
    expect(formatDifference(4, 'percent', { lang: 'sv' })).toBe(`+4${NBSP}procentenheter`);
    expect(formatDifference(-1, 'percent', { lang: 'en' })).toBe(`-1${NBSP}percentage point`);
  });
});

describe('formatDate', () => {
  test('a full date is written out with the month name', () => {
    expect(formatDate('2026-04-17', 'sv')).toBe('17 april 2026');
    expect(formatDate('2026-04-17', 'en')).toBe('17 April 2026');
  });

  test('a month and a year-only date keep their precision', () => {
    expect(formatDate('2027-03', 'sv')).toBe('mars 2027');
    expect(formatDate('2027', 'en')).toBe('2027');
  });

  test('text that is not a date is returned unchanged', () => {
    expect(formatDate('2026-02-30', 'sv')).toBe('2026-02-30');
    expect(formatDate('snart', 'sv')).toBe('snart');
  });
});

describe('formatPeriod', () => {
  test('a span of years gets an en dash', () => {
    expect(formatPeriod('2019-2023')).toBe('2019–2023');
  });

  test('a single year stays as it is', () => {
    expect(formatPeriod('2023')).toBe('2023');
  });
});

describe('sexLabel', () => {
  test('adults are women and men, young people girls and boys', () => {
    expect(sexLabel('K', 'sv')).toBe('kvinnor');
    expect(sexLabel('M', 'sv', { young: true })).toBe('pojkar');
    expect(sexLabel('K', 'en', { young: true })).toBe('girls');
  });

  test('a table heading can ask for a capital letter', () => {
    expect(sexLabel('T', 'sv', { capitalised: true })).toBe('Totalt');
  });
});

describe('localize', () => {
  test('English is used when there is an English text', () => {
    expect(localize({ sv: 'Delmål', en: 'Sub-goal' }, 'en')).toBe('Sub-goal');
  });

  test('Swedish is the fallback when English is missing', () => {
    expect(localize({ sv: 'Besökskort' }, 'en')).toBe('Besökskort');
  });

  test('no text gives an empty string', () => {
    expect(localize(undefined, 'sv')).toBe('');
  });
});

describe('referenceText', () => {
  const goal: ReferenceText = {
    en: { text: 'Fewer lives lost to suicide.', status: 'translation', source: 'Official English pages' },
  };

  test('the asked language is used when it has a wording', () => {
    expect(referenceText(goal, 'en')).toEqual({
      text: 'Fewer lives lost to suicide.',
      lang: 'en',
      status: 'translation',
      source: 'Official English pages',
      isFallback: false,
    });
  });

  test('a Swedish reader gets the English wording marked as a fallback rather than an invented translation', () => {
    const resolved = referenceText(goal, 'sv');
    expect(resolved?.lang).toBe('en');
    expect(resolved?.isFallback).toBe(true);
  });

  test('a text with no wording in either language gives nothing', () => {
    expect(referenceText({}, 'sv')).toBeUndefined();
  });
});
