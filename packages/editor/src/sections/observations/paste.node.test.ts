import { areas } from '@dhol/data';
import { describe, expect, test } from 'vitest';
import { applyWrites, figuresOf, keyOf } from './grid-model.js';
import { readArea, readHeadedTable } from './observations.js';
import { MAX_CELL_LENGTH, readCell, readPeriod, splitPaste } from './paste.js';

describe('reading one cell', () => {
  test('Swedish decimals, thousands with spaces, a minus sign, a decimal point and a per cent sign are numbers', () => {
    expect(readCell('12,5')).toEqual({ kind: 'value', value: 12.5, preliminary: false });
    expect(readCell('1 234,5')).toEqual({ kind: 'value', value: 1234.5, preliminary: false });
    expect(readCell('1\u00a0234')).toEqual({ kind: 'value', value: 1234, preliminary: false });
    expect(readCell('−3,2')).toEqual({ kind: 'value', value: -3.2, preliminary: false });
    expect(readCell('12.5')).toEqual({ kind: 'value', value: 12.5, preliminary: false });
    expect(readCell('48 %')).toEqual({ kind: 'value', value: 48, preliminary: false });
    expect(readCell('0')).toEqual({ kind: 'value', value: 0, preliminary: false });
  });

  test('".." and the other suppression symbols are a hidden value, never zero or missing', () => {
    for (const symbol of ['..', 'x', 'X', ':', '...'])
      expect(readCell(symbol)).toEqual({ kind: 'suppressed' });
    expect(readCell(' .. ')).toEqual({ kind: 'suppressed' });
  });

  test('a blank cell is no value (not zero); "saknas" is a value that does not exist', () => {
    expect(readCell('')).toEqual({ kind: 'empty' });
    expect(readCell('   ')).toEqual({ kind: 'empty' });
    expect(readCell('Saknas')).toEqual({ kind: 'missing' });
    expect(readCell('missing')).toEqual({ kind: 'missing' });
  });

  test('a number marked p or prel is preliminary', () => {
    expect(readCell('12,5 p')).toEqual({ kind: 'value', value: 12.5, preliminary: true });
    expect(readCell('7prel')).toEqual({ kind: 'value', value: 7, preliminary: true });
  });

  test('hostile or wordy text is never a number: formulas, markup, words, two decimal commas, huge text', () => {
    for (const text of [
      '=1+2',
      '=HYPERLINK("https://example.org")',
      '<img src=x onerror=alert(1)>',
      'tolv',
      '1,2,3',
      'NaN',
      'Infinity',
      '1e999',
      '--5',
    ]) {
      expect(readCell(text).kind, text).toBe('invalid');
    }
    const long = readCell(`${'9'.repeat(400)}a`);
    expect(long.kind).toBe('invalid');
    expect(long.kind === 'invalid' && long.text.length).toBe(MAX_CELL_LENGTH + 1);
  });
});

describe('splitting a paste', () => {
  test('tab-separated rows with CRLF, LF or CR, the final line break ignored', () => {
    expect(splitPaste('1\t2\r\n3\t4\r\n').rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitPaste('1\t2\n3\t4').rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitPaste('1\r2').rows).toEqual([['1'], ['2']]);
  });

  test('blank cells keep their place', () => {
    expect(splitPaste('1\t\t3\n\t..\t').rows).toEqual([
      ['1', '', '3'],
      ['', '..', ''],
    ]);
  });

  test('quoted cells as spreadsheets write them, with tabs, line breaks and doubled quotes inside', () => {
    expect(splitPaste('"a\tb"\t"c\nd"\t"say ""hi"""\n').rows).toEqual([['a\tb', 'c\nd', 'say "hi"']]);
  });

  test('control characters are dropped; a block past the limit is cut and says so', () => {
    expect(splitPaste('1\u0000\u0007,5\t2\u009b').rows).toEqual([['1,5', '2']]);
    const big = splitPaste(Array.from({ length: 100 }, () => '1\t2\t3').join('\n'), 50);
    expect(big.truncated).toBe(true);
    expect(big.rows.flat().length).toBeLessThanOrEqual(50);
  });
});

describe('reading headings', () => {
  test('periods: a year, a span, an en dash read as a hyphen; other text is no period', () => {
    expect(readPeriod('2023')).toBe('2023');
    expect(readPeriod('2019–2023')).toBe('2019-2023');
    expect(readPeriod('2019 - 2023')).toBe('2019-2023');
    expect(readPeriod('23')).toBeUndefined();
    expect(readPeriod('År')).toBeUndefined();
  });

  test('areas by code, code and name, name, "kommun" after the name, or Riket', () => {
    expect(readArea('1907', areas)).toBe('1907');
    expect(readArea('1907 Surahammar', areas)).toBe('1907');
    expect(readArea('surahammar', areas)).toBe('1907');
    expect(readArea('Surahammar kommun', areas)).toBe('1907');
    expect(readArea('Västmanlands län', areas)).toBe('19');
    expect(readArea('Riket', areas)).toBe('00');
    expect(readArea('Atlantis', areas)).toBeUndefined();
  });

  test('a table with areas, sexes and periods as headings maps every cell; unknown areas are named', () => {
    const { rows } = splitPaste(
      'Region\tKön\t2022\t2023\n1907 Surahammar\tkvinnor\t44\t..\n\tmän\t52,5\t\nAtlantis\ttotalt\t1\t2\n',
    );
    const table = readHeadedTable(rows, areas)!;
    expect(table.unknownAreas).toEqual(['”Atlantis”']);
    expect(table.cells.map((c) => [keyOf(c.key), c.raw])).toEqual([
      ['1907|2022|K', '44'],
      ['1907|2023|K', '..'],
      ['1907|2022|M', '52,5'],
      ['1907|2023|M', ''],
    ]);
  });

  test('a block of bare figures is no headed table', () => {
    expect(readHeadedTable(splitPaste('1\t2\n3\t4').rows, areas)).toBeUndefined();
  });
});

describe('writing figures', () => {
  const base = [
    {
      indicator: 'a',
      area: '1907',
      period: '2023',
      sex: 'T',
      value: 48,
      status: 'ok',
      note: { sv: 'behålls' },
    },
    { indicator: 'b', area: '1907', period: '2023', sex: 'T', value: 1, status: 'ok' },
    { indicator: 'a', area: '1907', period: '2022', sex: 'T', value: 40, status: 'ok' },
  ];

  test('changes keep an observation’s other fields, blanks remove, new figures come last, other indicators stay', () => {
    const writes = new Map([
      ['1907|2023|T', { key: { area: '1907', period: '2023', sex: 'T' as const }, input: readCell('..') }],
      ['1907|2022|T', { key: { area: '1907', period: '2022', sex: 'T' as const }, input: readCell('') }],
      ['19|2023|K', { key: { area: '19', period: '2023', sex: 'K' as const }, input: readCell('12,5 p') }],
      ['19|2023|M', { key: { area: '19', period: '2023', sex: 'M' as const }, input: readCell('=1+1') }],
    ]);
    expect(applyWrites(base, 'a', writes)).toEqual([
      {
        indicator: 'a',
        area: '1907',
        period: '2023',
        sex: 'T',
        value: null,
        status: 'suppressed',
        note: { sv: 'behålls' },
      },
      base[1],
      { indicator: 'a', area: '19', period: '2023', sex: 'K', value: 12.5, status: 'preliminary' },
    ]);
    expect(base[0]!.value).toBe(48);
  });

  test('the index of an indicator’s figures is built once per array', () => {
    const figures = figuresOf(base, 'a');
    expect(figuresOf(base, 'a')).toBe(figures);
    expect([...figures.byKey]).toEqual([
      ['1907|2023|T', 0],
      ['1907|2022|T', 2],
    ]);
  });
});
