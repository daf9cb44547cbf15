import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../src/validation/index.js';
import { areas, codes, now, only, smallDataset } from './fixtures.js';

describe('validateDataset', () => {
  test('a well-formed dataset passes with no issues at all', () => {
    const result = validateDataset(smallDataset(), { areas, now });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.value?.plans?.[0]?.id).toBe('plan');
  });

  test('a dataset with only warnings is ok and keeps its value', () => {
    const data = smallDataset();
    data.plans![0]!.activities[0]!.responsible = [];
    const result = validateDataset(data, { areas, now });
    expect(result.ok).toBe(true);
    expect(result.value).toBeDefined();
    expect(codes(result.issues)).toEqual(['policy.activity.no-responsible']);
  });

  test('a dataset with an error is not ok and has no value', () => {
    const data = smallDataset();
    data.plans![0]!.owner = 'nobody';
    const result = validateDataset(data, { areas, now });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
  });

  test('policy: false leaves out every warning', () => {
    const data = smallDataset();
    data.plans![0]!.activities[0]!.responsible = [];
    data.plans![0]!.activities[0]!.links = [{ url: 'http://example.org/' }];
    const result = validateDataset(data, { areas, now, policy: false });
    expect(codes(result.issues)).toEqual(['url.http']);
  });

  test('references of valid items are still checked when another part of the dataset is malformed', () => {
    const data = smallDataset();
    (data.plans![0] as unknown as Record<string, unknown>).kind = 'municipal';
    data.agreements![0]!.parties[0]!.organisation = 'nobody';
    const result = validateDataset(data, { areas, now });
    expect(codes(result.issues)).toEqual(['structure.enum', 'reference.organisation.unknown']);
    expect(only(result.issues, 'reference.organisation.unknown').path).toEqual([
      'agreements',
      0,
      'parties',
      0,
      'organisation',
    ]);
  });

  test('an organisation that is itself malformed does not make references to it dangling', () => {
    const data = smallDataset();
    (data.organisations![0] as unknown as Record<string, unknown>).kind = 'town';
    const result = validateDataset(data, { areas, now });
    expect(codes(result.issues)).toEqual(['structure.enum']);
  });

  test('an invalid clock falls back to the current time instead of failing', () => {
    const result = validateDataset(smallDataset(), { areas, now: 'not a date' });
    expect(result.ok).toBe(true);
  });

  test('the clock may be a Date or epoch milliseconds', () => {
    const data = smallDataset();
    const late = new Date('2028-01-01T00:00:00Z');
    expect(codes(validateDataset(data, { areas, now: late }).issues)).toEqual(['policy.revision.overdue']);
    expect(codes(validateDataset(data, { areas, now: late.getTime() }).issues)).toEqual([
      'policy.revision.overdue',
    ]);
  });
});

describe('statistics files given as datasets', () => {
  test('a JSON-stat table is named as one, with the command that imports it', () => {
    const table = JSON.parse(
      readFileSync(new URL('../fixtures/jsonstat/array-values.json', import.meta.url), 'utf8'),
    );
    const result = validateDataset(table);
    expect(codes(result.issues)).toEqual(['input.jsonstat']);
    expect(result.issues[0]!.message.sv).toContain('dhol import jsonstat');
    expect(result.issues[0]!.message.en).toContain('parseJsonStat');
  });

  test('a JSON-stat bundle and a Kolada page are recognised too', () => {
    const read = (file: string) =>
      JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8'));
    expect(codes(validateDataset(read('jsonstat/bundle.json')).issues)).toEqual(['input.jsonstat']);
    expect(codes(validateDataset(read('kolada/n33820-page1.json')).issues)).toEqual(['input.kolada']);
  });

  test('a dataset with a broken format version is not taken for statistics', () => {
    expect(codes(validateDataset({ formatVersion: '2', values: [], count: 0 }).issues)).not.toContain(
      'input.kolada',
    );
  });
});
