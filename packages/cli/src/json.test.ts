import { describe, expect, test } from 'vitest';
import { findJsonSyntaxError, parseJson, positionAt, stripBom } from './json.js';

describe('finding where a JSON text breaks', () => {
  const valid = [
    '{}',
    '[]',
    ' { "a" : [1, -2.5e3, true, false, null, "x\\n\\u00e5"] } ',
    '"text"',
    '0',
    '[[[[]]]]',
    '{"a":{"b":{}}}',
  ];
  test.each(valid)('a valid text %s has no error', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
    expect(parseJson(text).ok).toBe(true);
  });

  const broken: Array<[string, number]> = [
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['{a: 1}', 1],
    ['[01]', 2],
    ['[1e]', 3],
    ['[-a]', 2],
    ['[1.]', 3],
    ['"abc', 4],
    ['"a\tb"', 2],
    ['"\\x"', 2],
    ['"\\u12G4"', 3],
    ['tru', 3],
    ['{} {}', 3],
    ['', 0],
    ['[-]', 2],
    ["{'a': 1}", 1],
  ];
  test.each(broken)('the error in %s is found at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toBe(offset);
  });

  test('a trailing comma is reported at the line and column of the closing bracket', () => {
    const result = parseJson('{\n  "plans": [\n    { "id": "x" },\n  ]\n}\n');
    expect(result).toEqual({ ok: false, error: { offset: 36, line: 4, column: 3, found: ']' } });
  });

  test('a file that ends too early has no character found', () => {
    const result = parseJson('{\r\n  "a": [');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual({ offset: 11, line: 2, column: 9 });
  });

  test('a very deeply nested text is checked without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(199_999)}`;
    expect(findJsonSyntaxError(deep)).toBe(deep.length);
  });

  test('a byte order mark is removed before parsing', () => {
    expect(parseJson(stripBom('\ufeff{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
  });

  test('line breaks as CRLF count once', () => {
    expect(positionAt('a\r\nb\r\nc', 6)).toMatchObject({ line: 3, column: 1, found: 'c' });
  });
});
