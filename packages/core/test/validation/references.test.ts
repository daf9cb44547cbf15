import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/model/dataset.js';
import type { Framework } from '../../src/model/framework.js';
import { validateDataset, validatePlan } from '../../src/validation/index.js';
import { areas, codes, now, only, placeholder, smallDataset } from './fixtures.js';

function issuesAfter(change: (data: Dataset) => void, options = { areas, now }) {
  const data = smallDataset();
  change(data);
  return validateDataset(data, options).issues;
}

describe('organisation references', () => {
  const cases: [string, (data: Dataset) => void, (string | number)[]][] = [
    ['plan owner', (d) => (d.plans![0]!.owner = 'x'), ['plans', 0, 'owner']],
    [
      'decision decidedBy',
      (d) => (d.plans![0]!.decision!.decidedBy = 'x'),
      ['plans', 0, 'decision', 'decidedBy'],
    ],
    [
      'a responsible party',
      (d) => (d.plans![0]!.activities[1]!.responsible![0]!.organisation = 'x'),
      ['plans', 0, 'activities', 1, 'responsible', 0, 'organisation'],
    ],
    [
      'a participant',
      (d) => (d.plans![0]!.participants![0]!.organisation = 'x'),
      ['plans', 0, 'participants', 0, 'organisation'],
    ],
    [
      'an agreement party',
      (d) => (d.agreements![0]!.parties[1]!.organisation = 'x'),
      ['agreements', 0, 'parties', 1, 'organisation'],
    ],
    [
      'a decision-step body',
      (d) => (d.agreements![0]!.decisionSteps![0]!.body = 'x'),
      ['agreements', 0, 'decisionSteps', 0, 'body'],
    ],
    [
      'governance appointedBy',
      (d) => (d.agreements![0]!.governance!.coordinator!.appointedBy = 'x'),
      ['agreements', 0, 'governance', 'coordinator', 'appointedBy'],
    ],
    ['initiatedBy', (d) => (d.agreements![0]!.initiatedBy = 'x'), ['agreements', 0, 'initiatedBy']],
    ['an organisation parent', (d) => (d.organisations![2]!.parent = 'x'), ['organisations', 2, 'parent']],
    [
      'a served strategy owner',
      (d) => (d.agreements![0]!.serves![0]!.owner = 'x'),
      ['agreements', 0, 'serves', 0, 'owner'],
    ],
  ];
  test.each(cases)('an unknown organisation as %s is an error at its path', (_, change, path) => {
    const issue = only(issuesAfter(change), 'reference.organisation.unknown');
    expect(issue.path).toEqual(path);
    expect(issue.severity).toBe('error');
    expect(issue.message.sv).toContain('Organisationen ”x” finns inte');
  });
});

describe('framework and goal references', () => {
  test('a plan whose framework is unknown is an error, and its goal links are not reported one by one', () => {
    const issues = issuesAfter((d) => (d.plans![0]!.framework = 'other'));
    expect(codes(issues)).toEqual(['reference.framework.unknown']);
    expect(issues[0]?.path).toEqual(['plans', 0, 'framework']);
  });

  test('a goal link to a goal outside the plan framework is an error', () => {
    const issue = only(
      issuesAfter((d) => (d.plans![0]!.activities[0]!.goals[0]!.goal = 'd9')),
      'reference.goal.unknown',
    );
    expect(issue.path).toEqual(['plans', 0, 'activities', 0, 'goals', 0, 'goal']);
    // The message names the framework's delmål, so the writer sees which ids there are.
    expect(issue.message.en).toBe(
      'The goal "d9" does not exist in the framework "fw". Its delmål are d1, d2.',
    );
    expect(issue.message.sv).toBe('Målet ”d9” finns inte i ramverket ”fw”. Delmålen där heter d1, d2.');
  });

  test('a plan may use a framework passed in options, such as the national one', () => {
    const data = smallDataset();
    const framework = data.frameworks![0]!;
    delete data.frameworks;
    delete data.agreements;
    data.indicators![0]!.goals = [];
    const frameworks: Framework[] = [framework];
    expect(validateDataset(data, { areas, now }).ok).toBe(false);
    expect(validateDataset(data, { areas, now, frameworks }).issues).toEqual([]);
  });

  test('with no framework passed, the unknown framework says where the national one is and how to pass it', () => {
    const data = smallDataset();
    delete data.frameworks;
    const issue = validateDataset(data, { areas, now }).issues[0]!;
    expect(issue.code).toBe('reference.framework.unknown');
    expect(issue.message.sv).toContain('valideringen fick inga ramverk');
    expect(issue.message.en).toContain('nationalFramework in @dhol/data');
    expect(issue.message.en).toContain('validateDataset(data, { frameworks: [nationalFramework] })');
    // With a framework passed that is not the one named, the message stays the short one.
    const other = { ...smallDataset().frameworks![0]!, id: 'another' };
    const given = validateDataset(data, { areas, now, frameworks: [other] }).issues[0]!;
    expect(given.message.en).toBe(
      'The framework "fw" is neither in the dataset nor among the known frameworks.',
    );
  });

  test('goal links are checked against a framework passed in options', () => {
    const data = smallDataset();
    const framework = data.frameworks![0]!;
    delete data.frameworks;
    delete data.agreements;
    data.indicators![0]!.goals = [];
    data.plans![0]!.activities[0]!.goals[0]!.goal = 'd9';
    expect(
      codes(validateDataset(data, { areas, now, frameworks: [framework], policy: false }).issues),
    ).toEqual(['reference.goal.unknown']);
  });

  test('an agreement goal and an indicator goal are checked against their framework', () => {
    const issues = issuesAfter((d) => {
      d.agreements![0]!.goals![0]!.goal = 'nope';
      d.indicators![0]!.goals![0]!.framework = 'nope';
    });
    expect(codes(issues)).toEqual(['reference.goal.unknown', 'reference.framework.unknown']);
  });

  test('a plan section about an unknown goal is an error', () => {
    const issues = issuesAfter((d) => (d.plans![0]!.sections![0]!.goal = 'nope'));
    expect(only(issues, 'reference.goal.unknown').path).toEqual(['plans', 0, 'sections', 0, 'goal']);
  });

  test('a served strategy naming an unknown framework is an error', () => {
    const issues = issuesAfter((d) => (d.agreements![0]!.serves![0]!.framework = 'nope'));
    expect(only(issues, 'reference.framework.unknown').path).toEqual([
      'agreements',
      0,
      'serves',
      0,
      'framework',
    ]);
  });
});

describe('indicator references', () => {
  const cases: [string, (data: Dataset) => void, (string | number)[]][] = [
    ['in plan.indicators', (d) => (d.plans![0]!.indicators = ['x']), ['plans', 0, 'indicators', 0]],
    [
      'in activity.indicators',
      (d) => (d.plans![0]!.activities[1]!.indicators = ['x']),
      ['plans', 0, 'activities', 1, 'indicators', 0],
    ],
    [
      'in a baseline',
      (d) => (d.agreements![0]!.baseline!.indicators = ['x']),
      ['agreements', 0, 'baseline', 'indicators', 0],
    ],
  ];
  test.each(cases)('an unknown indicator %s is an error', (_, change, path) => {
    expect(only(issuesAfter(change), 'reference.indicator.unknown').path).toEqual(path);
  });

  test('an observation of an unknown indicator is an error', () => {
    const issues = issuesAfter((d) => (d.observations![0]!.indicator = 'x'));
    expect(only(issues, 'reference.indicator.unknown').path).toEqual(['observations', 0, 'indicator']);
  });

  test('a baseline with no matching observation is an error', () => {
    const issue = only(
      issuesAfter((d) => (d.agreements![0]!.baseline!.period = '2021')),
      'reference.baseline.no-observation',
    );
    expect(issue.message.sv).toBe(
      'Utgångsläget nämner indikatorn ”ind” för område 1907 och period 2021, men datasetet har inget sådant värde.',
    );
  });
});

describe('area references', () => {
  const cases: [string, (data: Dataset) => void, (string | number)[]][] = [
    ['plan scope', (d) => (d.plans![0]!.scope = ['1999']), ['plans', 0, 'scope', 0]],
    ['agreement scope', (d) => (d.agreements![0]!.scope = ['1999']), ['agreements', 0, 'scope', 0]],
    ['organisation area', (d) => (d.organisations![0]!.area = '1999'), ['organisations', 0, 'area']],
    ['observation area', (d) => (d.observations![2]!.area = '1999'), ['observations', 2, 'area']],
    [
      'baseline area',
      (d) => (d.agreements![0]!.baseline!.area = '1999'),
      ['agreements', 0, 'baseline', 'area'],
    ],
  ];
  test.each(cases)('an area code not among the known areas, in %s, is an error', (_, change, path) => {
    const issues = issuesAfter(change);
    const found = issues.filter((issue) => issue.code === 'reference.area.unknown');
    expect(found.map((issue) => issue.path)).toContainEqual(path);
  });

  test('without known areas, area codes are checked by form only, and one warning says so where the first is', () => {
    const issues = issuesAfter((d) => (d.plans![0]!.scope = ['1999', '1998']), {
      areas: undefined as never,
      now,
    });
    expect(codes(issues)).toEqual(['reference.area.unchecked']);
    expect(issues[0]).toMatchObject({ severity: 'warning', path: ['organisations', 0, 'area'] });
    expect(issues[0]!.message.en).toContain('areas in @dhol/data');
  });

  test('a single plan without areas gets no such warning: its references are checked only when given', () => {
    const data = smallDataset();
    const plan = { ...data.plans![0]!, scope: ['1999'] };
    expect(codes(validatePlan(plan, { frameworks: data.frameworks!, now }).issues)).toEqual([]);
  });

  test('the whole country, 00, is always a known area', () => {
    expect(issuesAfter((d) => (d.plans![0]!.scope = ['00']))).toEqual([]);
  });
});

describe('the known areas and frameworks, checked against again and again', () => {
  // An overview checks hundreds of files against one list of areas and one framework; whatever is built from them
  // (now, or kept by a later change to save the work), a list or framework changed in place between two calls must
  // be read as it is now.

  test('a list of areas changed in place between two calls is read again', () => {
    const list = areas.map((area) => ({ ...area }));
    const data = smallDataset();
    data.plans![0]!.scope = ['1999'];
    const unknownAreas = () =>
      codes(validateDataset(data, { areas: list, now }).issues).filter(
        (code) => code === 'reference.area.unknown',
      );
    expect(unknownAreas()).toEqual(['reference.area.unknown']);
    list.push({ code: '1999', name: 'Påhittad kommun', kind: 'kommun', parent: '19' });
    expect(unknownAreas()).toEqual([]);
    list[2]!.code = '1998';
    expect(unknownAreas()).toEqual(['reference.area.unknown']);
  });

  test('a known framework whose goals change in place between two calls is read again', () => {
    const { frameworks, ...data } = smallDataset();
    const known = structuredClone(frameworks![0]!);
    data.plans![0]!.activities[0]!.goals = [{ goal: 'd3' }];
    const unknownGoals = () =>
      codes(validateDataset(data, { frameworks: [known], areas, now }).issues).filter(
        (code) => code === 'reference.goal.unknown',
      );
    expect(unknownGoals()).toEqual(['reference.goal.unknown']);
    known.goals.push({ id: 'd3', kind: 'subgoal', number: 3, title: placeholder('Delmål 3') });
    expect(unknownGoals()).toEqual([]);
    known.goals[4]!.id = 'd4';
    expect(unknownGoals()).toEqual(['reference.goal.unknown']);
    known.goals[4] = { id: 'd3', kind: 'subgoal', number: 3, title: placeholder('Delmål 3 (ny)') };
    expect(unknownGoals()).toEqual([]);
  });
});

test('findings in several activities of one plan each name their own activity', () => {
  const issues = issuesAfter((d) => {
    d.plans![0]!.activities.forEach((activity, i) => {
      activity.indicators = [`x${i}`];
      activity.goals = [{ goal: `g${i}` }];
      activity.responsible = [{ organisation: `o${i}`, role: 'lead' }];
      activity.period = { start: '2027', end: '2026' };
      activity.links = [{ url: `javascript:alert(${i})` }];
    });
  });
  const count = smallDataset().plans![0]!.activities.length;
  expect(count).toBeGreaterThan(1);
  const activityOf = (path: readonly (string | number)[]) => path.slice(0, 4);
  for (const code of [
    'reference.indicator.unknown',
    'reference.goal.unknown',
    'reference.organisation.unknown',
    'date.end-before-start',
    'url.unsafe',
  ]) {
    const found = issues.filter((issue) => issue.code === code).map((issue) => activityOf(issue.path));
    expect(found, code).toEqual(Array.from({ length: count }, (_, i) => ['plans', 0, 'activities', i]));
  }
});
