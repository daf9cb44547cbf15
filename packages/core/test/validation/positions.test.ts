import { describe, expect, test } from 'vitest';
import type { Issue } from '../../src/issues/issue.js';
import { parseDatasetJson } from '../../src/validation/parse-json.js';
import { locateIssues, locatePaths } from '../../src/validation/positions.js';
import { areas, now, smallDataset } from './fixtures.js';

const text = [
  '{',
  '  "plans": [',
  '    {',
  '      "id": "plan",',
  '      "activities": [',
  '        { "id": "a1", "status": "klar" },',
  '        {',
  '          "id": "a2",',
  '          "links": [{ "url": "javascript:alert(1)" }]',
  '        }',
  '      ],',
  '      "tit\\u006ce": { "sv": "Plan" }',
  '    }',
  '  ]',
  '}',
].join('\n');

describe('locatePaths', () => {
  test('finds values by path: in objects, in lists, and after a key written with escapes', () => {
    const found = locatePaths(text, [
      ['plans', 0, 'activities', 0, 'status'],
      ['plans', 0, 'activities', 1, 'links', 0, 'url'],
      ['plans', 0, 'title', 'sv'],
      [],
    ]);
    expect(found).toEqual([
      { line: 6, column: 33 },
      { line: 9, column: 30 },
      { line: 12, column: 29 },
      { line: 1, column: 1 },
    ]);
  });

  test('a missing value is placed at the object that lacks it', () => {
    expect(locatePaths(text, [['plans', 0, 'activities', 1, 'title']])).toEqual([{ line: 7, column: 9 }]);
  });

  test('a key is found when asked for', () => {
    expect(locatePaths(text, [['plans', 0, 'activities', 0, 'status']], { keys: [true] })).toEqual([
      { line: 6, column: 23 },
    ]);
  });

  test('text that is not JSON gives what can be found, without throwing', () => {
    for (const broken of ['', '{', '{"plans": [ {"id": ', '[1,,2', '{"a" 1}', '"', '{"a": [}']) {
      expect(() => locatePaths(broken, [['plans', 0, 'id'], ['a'], []])).not.toThrow();
    }
    expect(locatePaths('{"plans": [ {"id": ', [['plans', 0, 'id']])).toEqual([{ line: 1, column: 13 }]);
  });
});

describe('issues carry the line and column of their value', () => {
  test('locateIssues adds them, and places an unknown field at its name', () => {
    const issue = (code: string, path: Issue['path']): Issue => ({
      severity: 'error',
      code,
      path,
      message: { sv: 'x', en: 'x' },
    });
    const [status, unknown] = locateIssues(text, [
      issue('structure.enum', ['plans', 0, 'activities', 0, 'status']),
      issue('structure.unknown-key', ['plans', 0, 'activities', 0, 'status']),
    ]);
    expect([status?.line, status?.column]).toEqual([6, 33]);
    expect([unknown?.line, unknown?.column]).toEqual([6, 23]);
  });

  test('parseDatasetJson gives every issue of a pretty-printed dataset its place', () => {
    const data = smallDataset();
    data.plans![0]!.activities[1]!.links = [{ url: 'javascript:alert(1)' }];
    data.plans![0]!.owner = 'nobody';
    const source = JSON.stringify(data, null, 2);
    const result = parseDatasetJson(source, { areas, now });
    const lines = source.split('\n');
    for (const issue of result.issues) {
      expect(issue.line, issue.code).toBeDefined();
      const line = lines[issue.line! - 1]!;
      const value = issue.code === 'url.unsafe' ? '"javascript:alert(1)"' : '"nobody"';
      expect(line.slice(issue.column! - 1)).toMatch(new RegExp(`^${value.replace(/[()]/g, '\\$&')}`));
    }
    expect(result.issues.map((i) => i.code).sort()).toEqual(['reference.organisation.unknown', 'url.unsafe']);
  });

  test('a 1,000-activity file is located in one scan', () => {
    const data = smallDataset();
    const plan = data.plans![0]!;
    const template = plan.activities[0]!;
    plan.activities = Array.from({ length: 1000 }, (_, i) => ({ ...template, id: `a${i}` }));
    plan.activities[999]!.links = [{ url: 'http://example.org/' }];
    const source = JSON.stringify(data, null, 2);
    const result = parseDatasetJson(source, { areas, now });
    const [issue] = result.issues;
    expect(issue?.code).toBe('url.http');
    expect(source.split('\n')[issue!.line! - 1]).toContain('"http://example.org/"');
  });
});
