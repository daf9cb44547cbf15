import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/model/dataset.js';
import { validateDataset, validatePlan } from '../../src/validation/index.js';
import { areas, codes, now, only, smallDataset } from './fixtures.js';

/** A dataset with the three faults of the editor issue: an impossible date, a `javascript:` link, an unknown delmål. */
function threeFaults(): Dataset {
  const data = smallDataset();
  const activities = data.plans![0]!.activities;
  activities[0]!.period = { start: '2026-13-45' };
  activities[1]!.links = [{ url: 'javascript:alert(1)' }];
  activities[1]!.goals.push({ goal: 'delmal-99' });
  return data;
}

function loose(value: unknown): Record<string, unknown> {
  return value as Record<string, unknown>;
}

describe('validation reports every issue in one pass', () => {
  test('an impossible date, a javascript: link and an unknown delmål are all reported at once', () => {
    const result = validateDataset(threeFaults(), { areas, now });
    expect(result.ok).toBe(false);
    expect(codes(result.issues).sort()).toEqual(['date.invalid', 'reference.goal.unknown', 'url.unsafe']);
    expect(only(result.issues, 'date.invalid').path).toEqual([
      'plans',
      0,
      'activities',
      0,
      'period',
      'start',
    ]);
    expect(only(result.issues, 'url.unsafe').path).toEqual(['plans', 0, 'activities', 1, 'links', 0, 'url']);
    expect(only(result.issues, 'reference.goal.unknown').path).toEqual([
      'plans',
      0,
      'activities',
      1,
      'goals',
      1,
      'goal',
    ]);
  });

  test('an activity with a bad date still has its own links and references checked', () => {
    const data = smallDataset();
    const activity = data.plans![0]!.activities[0]!;
    activity.period = { start: '2026-02-30', end: '2026' };
    activity.links = [{ url: 'javascript:alert(1)' }];
    activity.responsible![0]!.organisation = 'okand';
    activity.goals = [{ goal: 'd1' }, { goal: 'okant-mal' }];
    const issues = validateDataset(data, { areas, now }).issues;
    expect(codes(issues).sort()).toEqual([
      'date.invalid',
      'reference.goal.unknown',
      'reference.organisation.unknown',
      'url.unsafe',
    ]);
  });

  test('a calendar date that does not exist in a structurally sound field is reported once', () => {
    const data = smallDataset();
    data.plans![0]!.decision!.date = '2025-02-29';
    expect(codes(validateDataset(data, { areas, now }).issues)).toEqual(['date.invalid']);
  });

  test('a field of the wrong type hides nothing else of its object', () => {
    const data = smallDataset();
    const plan = loose(data.plans![0]);
    plan.title = 'Handlingsplan';
    plan.owner = 'nobody';
    const issues = validateDataset(data, { areas, now }).issues;
    expect(codes(issues)).toEqual(['structure.type', 'reference.organisation.unknown']);
  });

  test('an unknown key hides nothing: the rest of its object is checked', () => {
    const data = smallDataset();
    const activity = loose(data.plans![0]!.activities[1]);
    activity.ansvarig = 'kommun';
    activity.indicators = ['okand-indikator'];
    const issues = validateDataset(data, { areas, now }).issues;
    expect(codes(issues)).toEqual(['structure.unknown-key', 'reference.indicator.unknown']);
  });

  test('a value that failed the structure check is not checked again against references', () => {
    const data = smallDataset();
    data.plans![0]!.owner = 'Kommunen';
    expect(codes(validateDataset(data, { areas, now }).issues)).toEqual(['structure.format']);
  });

  test('a list that is too short still has its entries checked', () => {
    const data = smallDataset();
    data.agreements![0]!.parties = [{ organisation: 'okand', role: 'owner', duties: [] }];
    const issues = validateDataset(data, { areas, now }).issues;
    expect(codes(issues)).toEqual(['structure.too-small', 'reference.organisation.unknown']);
  });

  test('a framework with an unreadable goal id does not make references to its goals dangling', () => {
    const data = smallDataset();
    data.frameworks![0]!.goals[1]!.id = 'Delmål 1';
    const issues = validateDataset(data, { areas, now }).issues;
    expect(codes(issues)).toEqual(['structure.format']);
  });

  test('a framework with another broken field still checks references into it', () => {
    const data = smallDataset();
    loose(data.frameworks![0]).version = 1;
    data.plans![0]!.activities[0]!.goals = [{ goal: 'okant-mal' }];
    const issues = validateDataset(data, { areas, now }).issues;
    expect(codes(issues)).toEqual(['structure.type', 'reference.goal.unknown']);
  });

  test('observations whose key failed the structure check are neither duplicates nor dangling', () => {
    const data = smallDataset();
    const observations = data.observations!;
    loose(observations[0]).period = 2023;
    observations.push({ ...observations[1]!, value: 150, ci: undefined as never });
    delete observations[3]!.ci;
    loose(observations[3]).period = 'år 2023';
    const issues = validateDataset(data, { areas, now }).issues;
    expect(codes(issues)).toEqual(['structure.type', 'structure.format', 'value.percent-range']);
  });

  test('the input is never changed, and a sound dataset comes back as the same object', () => {
    const data = threeFaults();
    const before = structuredClone(data);
    validateDataset(data, { areas, now });
    expect(data).toEqual(before);
    const sound = smallDataset();
    expect(validateDataset(sound, { areas, now }).value).toBe(sound);
  });

  test('single entities are checked in one pass too', () => {
    const plan = threeFaults().plans![0]!;
    const result = validatePlan(plan, { frameworks: smallDataset().frameworks!, areas, now });
    expect(codes(result.issues).sort()).toEqual(['date.invalid', 'reference.goal.unknown', 'url.unsafe']);
  });
});
