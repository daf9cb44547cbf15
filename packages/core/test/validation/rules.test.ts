import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/model/dataset.js';
import { validateDataset } from '../../src/validation/index.js';
import { areas, codes, now, only, smallDataset } from './fixtures.js';

function issuesAfter(change: (data: Dataset) => void, nowValue: string = now) {
  const data = smallDataset();
  change(data);
  return validateDataset(data, { areas, now: nowValue }).issues;
}

describe('duplicates', () => {
  test('two frameworks with one id', () => {
    const issues = issuesAfter((d) => d.frameworks!.push(structuredClone(d.frameworks![0]!)));
    expect(only(issues, 'duplicate.framework').path).toEqual(['frameworks', 1, 'id']);
  });

  test('two goals with one id within a framework', () => {
    const issues = issuesAfter((d) => (d.frameworks![0]!.goals[2]!.id = 'd1'));
    expect(only(issues, 'duplicate.goal').path).toEqual(['frameworks', 0, 'goals', 2, 'id']);
  });

  test('two organisations with one id', () => {
    const issues = issuesAfter((d) => (d.organisations![1]!.id = 'kommun'));
    const issue = only(issues, 'duplicate.organisation');
    expect(issue.path).toEqual(['organisations', 1, 'id']);
    expect(issue.message.sv).toBe('Id ”kommun” används av flera organisationer (först på plats 0).');
  });

  test('two plans with one id', () => {
    const issues = issuesAfter((d) => d.plans!.push(structuredClone(d.plans![0]!)));
    expect(only(issues, 'duplicate.plan').path).toEqual(['plans', 1, 'id']);
  });

  test('two activities with one id within a plan, with advice to use goal links', () => {
    const issue = only(
      issuesAfter((d) => (d.plans![0]!.activities[1]!.id = 'a1')),
      'duplicate.activity',
    );
    expect(issue.path).toEqual(['plans', 0, 'activities', 1, 'id']);
    expect(issue.message.sv).toContain('en aktivitet med flera mål-länkar');
  });

  test('two agreements with one id', () => {
    const issues = issuesAfter((d) => d.agreements!.push(structuredClone(d.agreements![0]!)));
    expect(only(issues, 'duplicate.agreement').path).toEqual(['agreements', 1, 'id']);
  });

  test('two indicators with one id', () => {
    const issues = issuesAfter((d) => d.indicators!.push(structuredClone(d.indicators![0]!)));
    expect(only(issues, 'duplicate.indicator').path).toEqual(['indicators', 1, 'id']);
  });

  test('two observations for the same indicator, area, period and sex', () => {
    const issues = issuesAfter((d) => d.observations!.push({ ...d.observations![0]!, value: 41 }));
    expect(only(issues, 'duplicate.observation').path).toEqual(['observations', 3]);
  });

  test('observations that differ only by sex are not duplicates', () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });
});

describe('goal tree', () => {
  test('a goal whose parent does not exist', () => {
    const issue = only(
      issuesAfter((d) => (d.frameworks![0]!.goals[3]!.parent = 'd9')),
      'goal-tree.parent-unknown',
    );
    expect(issue.path).toEqual(['frameworks', 0, 'goals', 3, 'parent']);
  });

  test('goals whose parents form a cycle are reported once, and validation ends', () => {
    const issues = issuesAfter((d) => {
      const goals = d.frameworks![0]!.goals;
      goals[1]!.parent = 'd2';
      goals[2]!.parent = 'd1';
    });
    const issue = only(issues, 'goal-tree.cycle');
    expect(issue.path).toEqual(['frameworks', 0, 'goals', 1, 'parent']);
    expect(issue.message.en).toContain('d1 → d2 → d1');
  });

  test('a goal that is its own parent is a cycle', () => {
    const issues = issuesAfter((d) => (d.frameworks![0]!.goals[0]!.parent = 'm1'));
    expect(codes(issues)).toContain('goal-tree.cycle');
  });

  test('a priority under an overarching goal must move under a delmål', () => {
    const issue = only(
      issuesAfter((d) => (d.frameworks![0]!.goals[3]!.parent = 'm1')),
      'goal-tree.priority-parent',
    );
    expect(issue.message.sv).toContain('ska ligga under ett delmål');
  });

  test('a priority with no parent is an error', () => {
    const issues = issuesAfter((d) => delete d.frameworks![0]!.goals[3]!.parent);
    expect(only(issues, 'goal-tree.priority-parent').path).toEqual(['frameworks', 0, 'goals', 3]);
  });
});

describe('impossible dates', () => {
  test('a revision on a day that does not exist', () => {
    const issue = only(
      issuesAfter((d) => (d.plans![0]!.revisionSchedule!.revisions[1]!.date = '2027-02-29')),
      'date.invalid',
    );
    expect(issue.path).toEqual(['plans', 0, 'revisionSchedule', 'revisions', 1, 'date']);
  });

  test('a leap day is a real day', () => {
    expect(issuesAfter((d) => (d.plans![0]!.revisionSchedule!.revisions[1]!.date = '2028-02-29'))).toEqual(
      [],
    );
  });

  test('an April 31st in an activity period', () => {
    const issues = issuesAfter((d) => (d.plans![0]!.activities[0]!.period = { start: '2025-04-31' }));
    expect(only(issues, 'date.invalid').path).toEqual(['plans', 0, 'activities', 0, 'period', 'start']);
  });

  const periods: [string, (d: Dataset) => void, (string | number)[]][] = [
    [
      'plan validity',
      (d) => (d.plans![0]!.validity = { start: '2028', end: '2025' }),
      ['plans', 0, 'validity', 'end'],
    ],
    [
      'plan period',
      (d) => (d.plans![0]!.period = { start: '2034', end: '2025-06' }),
      ['plans', 0, 'period', 'end'],
    ],
    [
      'activity period',
      (d) => (d.plans![0]!.activities[0]!.period = { start: '2026-05-02', end: '2026-05-01' }),
      ['plans', 0, 'activities', 0, 'period', 'end'],
    ],
    [
      'agreement duration',
      (d) => (d.agreements![0]!.duration = { start: '2026', end: '2025-12' }),
      ['agreements', 0, 'duration', 'end'],
    ],
    [
      'framework period',
      (d) => (d.frameworks![0]!.period = { start: 2034, end: 2025 }),
      ['frameworks', 0, 'period', 'end'],
    ],
  ];
  test.each(periods)('an end before the start in the %s', (_, change, path) => {
    expect(only(issuesAfter(change), 'date.end-before-start').path).toEqual(path);
  });

  test('an end in the same year as a start later that year is fine at year precision', () => {
    expect(
      issuesAfter((d) => (d.plans![0]!.activities[0]!.period = { start: '2026-09', end: '2026' })),
    ).toEqual([]);
  });

  test('a revision outside the plan period', () => {
    const issue = only(
      issuesAfter((d) => (d.plans![0]!.revisionSchedule!.revisions[1]!.date = '2036')),
      'date.revision-outside-period',
    );
    expect(issue.message.sv).toBe('Revideringen 2036 ligger utanför planens period (2025–2034).');
  });

  test('a statistical period that ends before it starts', () => {
    const issues = issuesAfter((d) => (d.observations![0]!.period = '2023-2019'));
    expect(only(issues, 'period.end-before-start').path).toEqual(['observations', 0, 'period']);
  });
});

describe('impossible values', () => {
  test('a percentage above 100', () => {
    const issue = only(
      issuesAfter((d) => {
        d.observations![0]!.value = 140;
      }),
      'value.percent-range',
    );
    expect(issue.path).toEqual(['observations', 0, 'value']);
  });

  test('a negative percentage', () => {
    expect(codes(issuesAfter((d) => (d.observations![0]!.value = -1)))).toEqual(['value.percent-range']);
  });

  test('a confidence interval whose lower bound is above its upper bound', () => {
    const issues = issuesAfter((d) => (d.observations![1]!.ci = { lower: 46, upper: 38 }));
    expect(only(issues, 'value.ci-order').path).toEqual(['observations', 1, 'ci']);
  });

  test('a value outside its confidence interval, with numbers written the Swedish way', () => {
    const issue = only(
      issuesAfter((d) => (d.observations![1]!.value = 50.5)),
      'value.outside-ci',
    );
    expect(issue.message.sv).toBe('Värdet 50,5 ligger utanför sitt konfidensintervall (38–46).');
    expect(issue.message.en).toBe('The value 50.5 lies outside its confidence interval (38–46).');
  });

  test('a suppressed value that still has a number', () => {
    const issue = only(
      issuesAfter((d) => (d.observations![2]!.value = 0)),
      'value.not-null',
    );
    expect(issue.message.sv).toContain('varken noll eller ett tal');
  });

  test('a missing value that has a number', () => {
    expect(
      codes(issuesAfter((d) => Object.assign(d.observations![0]!, { status: 'missing', value: 3 }))),
    ).toEqual(['value.not-null']);
  });

  test('an ok value with no number', () => {
    expect(codes(issuesAfter((d) => (d.observations![0]!.value = null)))).toEqual(['value.null']);
  });

  test('a preliminary value with no number', () => {
    expect(
      codes(issuesAfter((d) => Object.assign(d.observations![0]!, { status: 'preliminary', value: null }))),
    ).toEqual(['value.null']);
  });

  test('a negative value of a count indicator', () => {
    const issues = issuesAfter((d) => {
      d.indicators![0]!.unit = 'count';
      d.observations![0]!.value = -3;
    });
    expect(codes(issues)).toEqual(['value.negative-count']);
  });

  test('a negative count field is refused by the structure', () => {
    expect(codes(issuesAfter((d) => (d.observations![0]!.count = -1)))).toEqual(['structure.too-small']);
  });

  test('a percentage target above 100', () => {
    const issues = issuesAfter((d) => (d.indicators![0]!.target = { value: 120 }));
    expect(only(issues, 'value.percent-range').path).toEqual(['indicators', 0, 'target', 'value']);
  });
});

describe('links', () => {
  const fields: [string, (d: Dataset, url: string) => void, (string | number)[]][] = [
    [
      'an activity link',
      (d, url) => (d.plans![0]!.activities[0]!.links = [{ url }]),
      ['plans', 0, 'activities', 0, 'links', 0, 'url'],
    ],
    ['an organisation url', (d, url) => (d.organisations![0]!.url = url), ['organisations', 0, 'url']],
    [
      'an indicator source url',
      (d, url) => (d.indicators![0]!.source.url = url),
      ['indicators', 0, 'source', 'url'],
    ],
    [
      'an observation source url',
      (d, url) => (d.observations![0]!.source = { url }),
      ['observations', 0, 'source', 'url'],
    ],
    ['the dataset source url', (d, url) => (d.source = { url }), ['source', 'url']],
    [
      'a framework link',
      (d, url) => (d.frameworks![0]!.links = [{ url }]),
      ['frameworks', 0, 'links', 0, 'url'],
    ],
    ['a related dataset url', (d, url) => (d.related = [{ id: 'other', url }]), ['related', 0, 'url']],
  ];

  test.each(fields)('a javascript: address in %s is an error', (_, change, path) => {
    const issue = only(
      issuesAfter((d) => change(d, 'javascript:alert(1)')),
      'url.unsafe',
    );
    expect(issue.path).toEqual(path);
    expect(issue.severity).toBe('error');
  });

  test.each(fields)('an http address in %s is a warning', (_, change, path) => {
    const issue = only(
      issuesAfter((d) => change(d, 'http://example.org/')),
      'url.http',
    );
    expect(issue.path).toEqual(path);
    expect(issue.severity).toBe('warning');
  });

  test('a relative address is an error that asks for the whole address', () => {
    const issue = only(
      issuesAfter((d) => (d.organisations![0]!.url = '/om-oss')),
      'url.unsafe',
    );
    expect(issue.message.sv).toContain('Skriv hela adressen, som börjar med https://');
  });
});

describe('policy warnings', () => {
  test('an activity with no responsible party', () => {
    const issue = only(
      issuesAfter((d) => (d.plans![0]!.activities[0]!.responsible = [])),
      'policy.activity.no-responsible',
    );
    expect(issue.severity).toBe('warning');
    expect(issue.path).toEqual(['plans', 0, 'activities', 0, 'responsible']);
  });

  test('an activity that leaves responsible out gets the same warning as one with an empty list', () => {
    const issues = issuesAfter((d) => delete d.plans![0]!.activities[0]!.responsible);
    expect(codes(issues)).toEqual(['policy.activity.no-responsible']);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.path).toEqual(['plans', 0, 'activities', 0, 'responsible']);
  });

  test('a responsible list that failed the structure check is not also called missing', () => {
    const issues = issuesAfter((d) => {
      (d.plans![0]!.activities[0] as unknown as Record<string, unknown>).responsible = 'kommun';
    });
    expect(codes(issues)).toEqual(['structure.type']);
  });

  test('a delmål no activity of a regional plan links to', () => {
    const issue = only(
      issuesAfter((d) => {
        d.plans![0]!.kind = 'regional';
        d.plans![0]!.activities[0]!.goals = [{ goal: 'd2' }];
      }),
      'policy.subgoal.no-activity',
    );
    expect(issue.severity).toBe('warning');
    expect(issue.message.sv).toBe('Ingen aktivitet i planen ”plan” är kopplad till delmål 1.');
  });

  test('a local plan that addresses some delmål on purpose is not warned about the others unless asked', () => {
    const data = smallDataset();
    data.plans![0]!.activities[0]!.goals = [{ goal: 'd2' }];
    expect(codes(validateDataset(data, { areas, now }).issues)).toEqual([]);
    const asked = validateDataset(data, { areas, now, localPlanCoverage: true }).issues;
    expect(only(asked, 'policy.subgoal.no-activity').path).toEqual(['plans', 0, 'activities']);
  });

  test('a link to a priority counts for its delmål', () => {
    // The fixture reaches delmål 2 only through its priority d2-p1.
    expect(issuesAfter((d) => (d.plans![0]!.kind = 'regional'))).toEqual([]);
  });

  test('no delmål is called unaddressed when a goal link failed the structure check', () => {
    const issues = issuesAfter((d) => {
      d.plans![0]!.kind = 'regional';
      d.plans![0]!.activities[0]!.goals = [{ goal: 'Delmål 1' }];
    });
    expect(codes(issues)).toEqual(['structure.format']);
  });

  test('an indicator about people whose observations are only totals', () => {
    const issues = issuesAfter((d) => (d.observations = d.observations!.filter((o) => o.sex === 'T')));
    expect(only(issues, 'policy.indicator.no-sex-split').path).toEqual(['indicators', 0]);
  });

  test('an indicator about people whose breakdowns lack sex', () => {
    const issues = issuesAfter((d) => (d.indicators![0]!.breakdowns = ['area']));
    expect(only(issues, 'policy.indicator.no-sex-breakdown').path).toEqual(['indicators', 0, 'breakdowns']);
  });

  test('an indicator that is not about people needs no split by sex', () => {
    const issues = issuesAfter((d) => {
      d.indicators![0]!.aboutPeople = false;
      delete d.indicators![0]!.breakdowns;
      d.observations = d.observations!.filter((o) => o.sex === 'T');
    });
    expect(issues).toEqual([]);
  });

  test('a planned revision in a year that has ended is overdue', () => {
    const issue = only(
      issuesAfter(() => {}, '2028-01-01'),
      'policy.revision.overdue',
    );
    expect(issue.path).toEqual(['plans', 0, 'revisionSchedule', 'revisions', 1, 'date']);
    expect(issue.message.sv).toBe('Revideringen planerad till 2027 är försenad (inte markerad som gjord).');
  });

  test('a revision planned for a year is not overdue on the last day of that year', () => {
    expect(issuesAfter(() => {}, '2027-12-31')).toEqual([]);
  });

  test('a done revision is never overdue', () => {
    expect(
      issuesAfter((d) => (d.plans![0]!.revisionSchedule!.revisions[1]!.done = true), '2030-01-01'),
    ).toEqual([]);
  });
});

describe('ignoring warnings by code', () => {
  function noisy(): Dataset {
    const data = smallDataset();
    data.plans![0]!.activities[0]!.responsible = [];
    data.plans![0]!.activities[0]!.links = [{ url: 'http://example.org/' }];
    data.plans![0]!.owner = 'nobody';
    return data;
  }

  test('an ignored code is left out, the other warnings stay', () => {
    const issues = validateDataset(noisy(), {
      areas,
      now,
      ignore: ['policy.activity.no-responsible'],
    }).issues;
    expect(codes(issues).sort()).toEqual(['reference.organisation.unknown', 'url.http']);
  });

  test('a family of codes is ignored with .*', () => {
    const issues = validateDataset(noisy(), { areas, now, ignore: ['policy.*', 'url.*'] }).issues;
    expect(codes(issues)).toEqual(['reference.organisation.unknown']);
  });

  test('an error is never ignored, so an invalid dataset stays invalid', () => {
    const result = validateDataset(noisy(), { areas, now, ignore: ['reference.organisation.unknown', '*'] });
    expect(result.ok).toBe(false);
    expect(codes(result.issues)).toEqual(['reference.organisation.unknown']);
  });
});
