import { describe, expect, test } from 'vitest';
import { dateTimeFormat, listFormat, numberFormat, pluralRulesFor } from './intl.js';

describe('cached Intl formatters', () => {
  test('asking twice for the same locale and options gives the same formatter', () => {
    expect(numberFormat('sv-SE', { maximumFractionDigits: 1 })).toBe(
      numberFormat('sv-SE', { maximumFractionDigits: 1 }),
    );
  });

  test('other options or another locale give another formatter that formats by them', () => {
    expect(numberFormat('sv-SE', { maximumFractionDigits: 2 }).format(1234.567)).toBe('1\u00a0234,57');
    expect(numberFormat('en-GB', { maximumFractionDigits: 2 }).format(1234.567)).toBe('1,234.57');
    expect(numberFormat('sv-SE').format(1234.567)).toBe('1\u00a0234,567');
  });

  test('dates, plural rules and lists are cached the same way', () => {
    const date = new Date('2026-04-17T00:00:00Z');
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('sv-SE', options)).toBe(dateTimeFormat('sv-SE', { ...options }));
    expect(dateTimeFormat('sv-SE', options).format(date)).toBe('17 april 2026');
    expect(pluralRulesFor('en-GB').select(1)).toBe('one');
    expect(listFormat('sv-SE', { type: 'conjunction' }).format(['a', 'b', 'c'])).toBe('a, b och c');
  });
});

describe('the formatters cache key', () => {
  test('options that differ only in a value’s type or in an option set to undefined are told apart or not', () => {
    // Intl reads `useGrouping: 'true'` differently from `true`: they must not share a formatter.
    expect(numberFormat('sv-SE', { useGrouping: true })).not.toBe(
      numberFormat('sv-SE', { useGrouping: 'true' as never }),
    );
    expect(numberFormat('sv-SE', { useGrouping: false }).format(12345)).toBe('12345');
    expect(numberFormat('sv-SE', { maximumFractionDigits: 1, minimumFractionDigits: undefined })).toBe(
      numberFormat('sv-SE', { maximumFractionDigits: 1 }),
    );
  });

  test('a value cannot pose as further options', () => {
    dateTimeFormat('sv-SE', { timeZone: 'UTC', month: 'long' });
    // Not the cached formatter: a new one, which refuses the time zone.
    expect(() => dateTimeFormat('sv-SE', { timeZone: 'UTC\u0000month\u0000slong' })).toThrow(RangeError);
  });
});
