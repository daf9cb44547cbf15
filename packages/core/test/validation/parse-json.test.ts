import { describe, expect, test } from 'vitest';
import { parseDatasetJson } from '../../src/validation/index.js';
import { areas, codes, now, smallDataset } from './fixtures.js';

describe('parseDatasetJson', () => {
  test('valid JSON text is parsed and validated', () => {
    const result = parseDatasetJson(JSON.stringify(smallDataset(), null, 2), { areas, now });
    expect(result.ok).toBe(true);
    expect(result.value?.id).toBe('test');
  });

  test('a syntax error names the line and column where it is', () => {
    const text = '{\n  "formatVersion": "1.0",\n  "id": "x"\n  "title": {}\n}';
    const result = parseDatasetJson(text);
    expect(result.ok).toBe(false);
    expect(codes(result.issues)).toEqual(['json.syntax']);
    expect(result.issues[0]?.params).toMatchObject({ line: 4, column: 3 });
    expect(result.issues[0]?.message.sv).toBe(
      "Filen är inte giltig JSON: fel på rad 4, kolumn 3 (oväntat tecken '\"': ett kommatecken saknas före det här fältet).",
    );
    expect(result.issues[0]?.message.en).toContain('line 4, column 3');
  });

  test('a file that ends too early says so', () => {
    const result = parseDatasetJson('{"formatVersion": "1.0",\n');
    expect(result.issues[0]?.message.en).toContain('the text ends too early');
    expect(result.issues[0]?.params).toMatchObject({ line: 2 });
  });

  test('an empty file is a syntax error, not a crash', () => {
    expect(codes(parseDatasetJson('').issues)).toEqual(['json.syntax']);
  });

  test('a byte-order mark from a Windows editor is accepted', () => {
    expect(parseDatasetJson(`\ufeff${JSON.stringify(smallDataset())}`, { areas, now }).ok).toBe(true);
  });

  test('valid JSON that is not a dataset gets structure issues', () => {
    expect(codes(parseDatasetJson('[1, 2]').issues)).toEqual(['structure.type']);
  });
});
