import { expect, test } from 'vitest';
import { validationIssueCodes, validationMessages } from '../../src/validation/messages.js';

test('the list of codes names every message of the catalogue, for docs and the CLI', () => {
  expect(validationIssueCodes).toEqual(Object.keys(validationMessages));
  expect(validationIssueCodes).toContain('reference.goal.unknown');
  expect(validationIssueCodes).toContain('json.syntax');
});

test('every message exists in Swedish and English and never prints undefined', () => {
  for (const code of validationIssueCodes) {
    const template = validationMessages[code];
    const params = {
      field: 'title',
      id: 'x',
      value: '"x"',
      expected: 'text',
      expectedEn: 'text',
      line: 1,
      column: 2,
    };
    const sv = template.sv(params);
    const en = template.en(params);
    expect(sv, code).not.toBe('');
    expect(en, code).not.toBe('');
    expect(`${sv} ${en}`, code).not.toContain('undefined');
  }
});
