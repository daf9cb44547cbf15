import { describe, expect, test } from 'vitest';
import { findJsonSyntaxError, parseJson, positionAt } from '../../src/validation/json-text.js';

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
    ['{"a": 1,}', 7],
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
    expect(findJsonSyntaxError(text)?.offset).toBe(offset);
  });

  test('a very deeply nested text is checked without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(199_999)}`;
    expect(findJsonSyntaxError(deep)?.offset).toBe(deep.length);
  });

  test('line breaks as CRLF count once', () => {
    expect(positionAt('a\r\nb\r\nc', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('parseJson says where a hand-written file breaks, and why', () => {
  function syntax(text: string) {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    const [issue] = result.issues;
    expect(issue?.code).toBe('json.syntax');
    return issue!;
  }

  test('single quotes are reported where they are, with what JSON wants instead', () => {
    const issue = syntax('{\n  "id": "plan",\n  \'title\': {}\n}');
    expect([issue.line, issue.column]).toEqual([3, 3]);
    expect(issue.message.sv).toBe(
      "Filen är inte giltig JSON: fel på rad 3, kolumn 3 (oväntat tecken ''': JSON skriver text inom dubbla citattecken \", inte enkla).",
    );
    expect(issue.message.en).toContain('line 3, column 3');
  });

  test('a word processor’s curly quotes are named as such', () => {
    const issue = syntax('{\n  "title": {\n    "sv": ”Handlingsplan”\n  }\n}');
    expect([issue.line, issue.column]).toEqual([3, 11]);
    expect(issue.message.sv).toContain('typografiska citattecken (som Word skriver)');
    expect(issue.message.en).toContain('typographic quotes (as Word writes them)');
  });

  test('a trailing comma is reported at the comma to remove', () => {
    const issue = syntax('{\n  "plans": [\n    { "id": "x" },\n  ]\n}\n');
    expect([issue.line, issue.column]).toEqual([3, 18]);
    expect(issue.message.en).toContain('a comma before ]; remove the last comma');
  });

  test('a missing comma between two fields is named', () => {
    const issue = syntax('{\n  "id": "x"\n  "title": {}\n}');
    expect([issue.line, issue.column]).toEqual([3, 3]);
    expect(issue.message.en).toContain('a comma is missing before this field');
  });

  test('a field name without quotes and a comment are named', () => {
    expect(syntax('{ id: "x" }').message.en).toContain('a field name must be in double quotes');
    expect(syntax('{ // plan\n "id": "x" }').message.en).toContain('JSON allows no comments');
  });

  test('a file that ends too early says so at its end', () => {
    const issue = syntax('{\r\n  "a": [');
    expect([issue.line, issue.column]).toEqual([2, 9]);
    expect(issue.message.sv).toContain('texten tar slut för tidigt');
  });

  test('a byte order mark is accepted and not counted as a column', () => {
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 }, issues: [] });
    const issue = syntax("\ufeff{'a':1}");
    expect([issue.line, issue.column]).toEqual([1, 2]);
  });
});
