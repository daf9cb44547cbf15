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
