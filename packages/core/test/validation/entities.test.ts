import { describe, expect, test } from 'vitest';
import {
  validateAgreement,
  validateFramework,
  validateIndicator,
  validateObservation,
  validateObservations,
  validatePlan,
} from '../../src/validation/index.js';
import { areas, codes, now, smallDataset } from './fixtures.js';

const data = smallDataset();
const plan = data.plans![0]!;
const framework = data.frameworks![0]!;
const organisations = data.organisations!;
const indicators = data.indicators!;
const observations = data.observations!;
const agreement = data.agreements![0]!;

describe('validatePlan', () => {
  test('a plan checked with its framework and organisations passes', () => {
    const result = validatePlan(plan, { frameworks: [framework], organisations, indicators, areas, now });
    expect(result).toEqual({ ok: true, value: plan, issues: [] });
  });

  test('references whose collection is not given are not checked', () => {
    expect(validatePlan(plan).issues).toEqual([]);
  });

  test('goal links are checked against the framework given in options', () => {
    const bad = structuredClone(plan);
    bad.activities[0]!.goals = [{ goal: 'd1' }, { goal: 'nope' }];
    const result = validatePlan(bad, { frameworks: [framework], now });
    expect(codes(result.issues)).toEqual(['reference.goal.unknown']);
    expect(result.issues[0]?.path).toEqual(['activities', 0, 'goals', 1, 'goal']);
  });

  test('an unknown owner is reported when organisations are given', () => {
    const bad = { ...plan, owner: 'nobody' };
    expect(codes(validatePlan(bad, { organisations }).issues)).toEqual(['reference.organisation.unknown']);
  });

  test('a plan of the wrong shape gives structure issues with paths from the plan', () => {
    const result = validatePlan({ ...plan, activities: 'none' });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toEqual(['activities']);
  });
});

describe('validateAgreement', () => {
  test('an agreement passes with its organisations, frameworks and observations', () => {
    const result = validateAgreement(agreement, {
      organisations,
      frameworks: [framework],
      indicators,
      observations,
    });
    expect(result.issues).toEqual([]);
  });

  test('a baseline is checked against the observations given', () => {
    const result = validateAgreement(agreement, { indicators, observations: [] });
    expect(codes(result.issues)).toEqual(['reference.baseline.no-observation']);
  });
});

describe('validateFramework', () => {
  test('a framework with a sound goal tree passes', () => {
    expect(validateFramework(framework).issues).toEqual([]);
  });

  test('a cyclic goal tree is found in a framework on its own', () => {
    const bad = structuredClone(framework);
    bad.goals[1]!.parent = 'd1';
    expect(codes(validateFramework(bad).issues)).toEqual(['goal-tree.cycle']);
  });
});

describe('validateIndicator', () => {
  test('an indicator about people with observations split by sex passes', () => {
    expect(validateIndicator(indicators[0], { observations, frameworks: [framework] }).issues).toEqual([]);
  });

  test('an indicator about people whose observations are only totals gets a warning', () => {
    const totals = observations.filter((o) => o.sex === 'T');
    const result = validateIndicator(indicators[0], { observations: totals, frameworks: [framework] });
    expect(result.ok).toBe(true);
    expect(codes(result.issues)).toEqual(['policy.indicator.no-sex-split']);
  });
});

describe('validateObservation(s)', () => {
  test('a percentage above 100 is found when the indicator is given', () => {
    const observation = { ...observations[0]!, value: 101 };
    expect(codes(validateObservation(observation, { indicators }).issues)).toEqual(['value.percent-range']);
    expect(validateObservation(observation).issues).toEqual([]);
  });

  test('a list of observations is checked for duplicates', () => {
    const result = validateObservations([observations[0], observations[0]], { indicators, areas });
    expect(codes(result.issues)).toEqual(['duplicate.observation']);
    expect(result.issues[0]?.path).toEqual([1]);
  });

  test('an observation in an unknown area is found when areas are given', () => {
    const result = validateObservation({ ...observations[0]!, area: '0199' }, { areas });
    expect(codes(result.issues)).toEqual(['reference.area.unknown']);
  });

  test('a list that is not a list gets one structure issue', () => {
    expect(codes(validateObservations({}).issues)).toEqual(['structure.type']);
  });
});
