import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../src/issues/index.js';
import { parseDatasetJson, validateDataset } from '../../src/validation/index.js';
import { areas, now, only, smallDataset } from './fixtures.js';

describe('formatIssue writes an issue as the CLI’s one line', () => {
  const data = smallDataset();
  (data.plans![0]!.activities[0] as unknown as Record<string, unknown>).status = 'klar';

  test('in Swedish by default, with the path, the message and the code', () => {
    const issue = only(validateDataset(data, { areas, now }).issues, 'structure.enum');
    expect(formatIssue(issue)).toBe(
      'fel: plans[0].activities[0].status: Fältet ”status” har värdet "klar"; tillåtna värden är "planned", "ongoing", "completed", "paused", "cancelled". [structure.enum]',
    );
  });

  test('in English when asked with just the language, as a first try would', () => {
    const issue = only(validateDataset(data, { areas, now }).issues, 'structure.enum');
    expect(formatIssue(issue, 'en')).toMatch(
      /^error: plans\[0\]\.activities\[0\]\.status: The field "status"/,
    );
  });

  test('with the file, line and column when the issue came from text', () => {
    const text = JSON.stringify(data, null, 2);
    const issue = only(parseDatasetJson(text, { areas, now }).issues, 'structure.enum');
    const line = text.split('\n').findIndex((l) => l.includes('"klar"')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('"klar"') + 1;
    expect(formatIssue(issue, { lang: 'en', file: 'plan.json', path: false })).toBe(
      `plan.json:${line}:${column}: error: The field "status" has the value "klar"; allowed values are "planned", "ongoing", "completed", "paused", "cancelled". [structure.enum]`,
    );
  });
});
