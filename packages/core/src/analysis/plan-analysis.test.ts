import { describe, expect, test } from 'vitest';
import type { Plan } from '../model/index.js';
import { activitiesByGoal } from './activities-by-goal.js';
import { activitiesByOrganisation } from './activities-by-organisation.js';
import { coverage, coverageMatrix } from './coverage.js';
import { revisionStatus } from './revision.js';
import { summariseStatus } from './status.js';
import { activities, framework, plan } from './test-fixtures.js';

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('coverage', () => {
  test('lists the seven delmål in number order whatever order the framework gives', () => {
    expect(coverage(plan, framework).goals.map((entry) => entry.goal.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('an activity listed under two delmål counts once in the plan and once under each delmål', () => {
    const result = coverage(plan, framework);
    expect(result.totalActivities).toBe(7);
    expect(ids(result.goals[3]!.activities)).toEqual(['besokskort']);
    expect(ids(result.goals[4]!.activities)).toEqual(['besokskort']);
  });

  test('a delmål no activity serves is reported as uncovered', () => {
    expect(coverage(plan, framework).uncovered.map((goal) => goal.id)).toEqual(['delmal-7']);
  });

  test('activities are counted by kind under each delmål', () => {
    const delmal1 = coverage(plan, framework).goals[0]!;
    expect({ ongoing: delmal1.ongoing, development: delmal1.development, new: delmal1.new }).toEqual({
      ongoing: 2,
      development: 1,
      new: 0,
    });
  });

  test('the kind a link gives wins over the activity’s own kind', () => {
    const listedAsDevelopment: Plan = {
      ...plan,
      activities: [
        {
          ...activities.besokskort,
          goals: [{ goal: 'delmal-4' }, { goal: 'delmal-5', kind: 'development' }],
        },
      ],
    };
    const result = coverage(listedAsDevelopment, framework);
    expect([result.goals[3]!.ongoing, result.goals[4]!.development]).toEqual([1, 1]);
  });

  test('an activity linked to a priority counts under the priority’s delmål and lists the priority', () => {
    const delmal3 = coverage(plan, framework).goals[2]!;
    expect(ids(delmal3.activities)).toEqual(['sikta', 'lar-dig-radda-liv']);
    expect(delmal3.priorities.map((p) => [p.goal.id, ids(p.activities)])).toEqual([
      ['delmal-3-prio-2', ['sikta']],
    ]);
  });

  test('the responsible organisations of a delmål are listed once each', () => {
    expect(coverage(plan, framework).goals[0]!.organisations).toEqual([
      'lansstyrelsen',
      'vardcentralerna',
      'lrs',
    ]);
  });

  test('an activity that reaches no delmål is kept apart, not lost', () => {
    const odd: Plan = { ...plan, activities: [{ ...activities.andts, goals: [{ goal: 'mal-1' }] }] };
    expect(ids(coverage(odd, framework).outside)).toEqual(['andts']);
  });

  test('a missing plan gives every delmål as uncovered instead of an error', () => {
    const result = coverage(undefined, framework);
    expect([result.totalActivities, result.uncovered.length, result.frameworkMatches]).toEqual([0, 7, false]);
  });
});

describe('coverageMatrix', () => {
  const other: Plan = { ...plan, id: 'eskilstuna', kind: 'local', activities: [activities.besokskort] };

  test('by plan, each cell counts the plan’s activities for the delmål and empty cells are gaps', () => {
    const matrix = coverageMatrix([plan, other], framework, { by: 'plan' });
    expect(matrix.columns.map((c) => [c.id, c.total])).toEqual([
      ['sormland-2026', 7],
      ['eskilstuna', 1],
    ]);
    expect(matrix.rows[0]!.cells).toEqual([
      { column: 'sormland-2026', count: 3, isGap: false },
      { column: 'eskilstuna', count: 0, isGap: true },
    ]);
    expect(matrix.rows[3]!.total).toBe(2);
  });

  test('a delmål no plan serves is listed as uncovered', () => {
    expect(coverageMatrix([plan, other], framework, { by: 'plan' }).uncovered.map((g) => g.id)).toEqual([
      'delmal-7',
    ]);
  });

  test('by organisation, columns are the responsible organisations, labelled when known', () => {
    const matrix = coverageMatrix([plan], framework, {
      by: 'organisation',
      organisations: [{ id: 'lrs', name: { sv: 'Länsgemensamt regionalt stöd' }, kind: 'unit' }],
    });
    expect(matrix.columns.map((c) => c.id)).toEqual([
      'lansstyrelsen',
      'vardcentralerna',
      'lrs',
      'samordningsforbundet',
    ]);
    expect(matrix.columns[2]!.label).toEqual({ sv: 'Länsgemensamt regionalt stöd' });
    expect(matrix.rows[0]!.cells.map((cell) => cell.count)).toEqual([1, 1, 1, 0]);
  });

  test('an activity with no responsible party still counts in the delmål’s total', () => {
    const matrix = coverageMatrix([plan], framework, { by: 'organisation' });
    expect(matrix.rows[3]!.total).toBe(1);
    expect(matrix.rows[3]!.cells.every((cell) => cell.count === 0)).toBe(true);
  });

  test('by organisation a zero is not a gap: only a delmål no column serves is, and it is listed as uncovered', () => {
    const matrix = coverageMatrix([plan], framework, { by: 'organisation' });
    expect(matrix.rows[0]!.cells.at(-1)).toEqual({ column: 'samordningsforbundet', count: 0, isGap: false });
    expect(matrix.gaps).toEqual([]);
    expect(matrix.uncovered.map((goal) => goal.id)).toEqual(['delmal-7']);
  });

  test('no plans give a matrix with rows and no columns', () => {
    const matrix = coverageMatrix([], framework, { by: 'plan' });
    expect([matrix.rows.length, matrix.columns.length, matrix.gaps.length]).toEqual([7, 0, 0]);
  });
});

describe('summariseStatus', () => {
  test('counts distinct activities by status and by kind', () => {
    const summary = summariseStatus(plan);
    expect(summary.total).toBe(7);
    expect(summary.byStatus).toEqual({ planned: 1, ongoing: 6, completed: 0, paused: 0, cancelled: 0 });
    expect(summary.byKind).toEqual({ ongoing: 6, development: 1, new: 0 });
  });

  test('lists the activities that name no responsible party', () => {
    expect(ids(summariseStatus(plan).withoutResponsible)).toEqual(['barnens-basta', 'besokskort']);
  });

  test('an activity repeated with the same id is counted once', () => {
    expect(summariseStatus({ ...plan, activities: [activities.andts, activities.andts] }).total).toBe(1);
  });

  test('a missing plan gives zero counts', () => {
    expect(summariseStatus(null).total).toBe(0);
  });
});

describe('revisionStatus', () => {
  test('in late 2026 the next revision is the one planned for 2027', () => {
    const status = revisionStatus(plan, new Date('2026-11-24T10:00:00Z'));
    expect(status.next?.date).toBe('2027');
    expect(status.planned.map((r) => r.date)).toEqual(['2027', '2029', '2031', '2033']);
    expect(status.overdue).toEqual([]);
  });

  test('a revision planned for a year is not overdue on the last day of that year', () => {
    expect(revisionStatus(plan, '2027-12-31').overdue).toEqual([]);
  });

  test('a revision planned for a year is overdue from the first day of the next year', () => {
    const status = revisionStatus(plan, '2028-01-01');
    expect(status.overdue.map((r) => r.date)).toEqual(['2027']);
    expect(status.next?.date).toBe('2029');
  });

  test('a revision marked done is neither overdue nor next', () => {
    const revised: Plan = {
      ...plan,
      revisionSchedule: { revisions: [{ date: '2027-02', done: true }, { date: '2029' }] },
    };
    const status = revisionStatus(revised, '2028-06-01');
    expect([status.done.map((r) => r.date), status.overdue, status.next?.date]).toEqual([
      ['2027-02'],
      [],
      '2029',
    ]);
  });

  test('a plan without a revision schedule has nothing planned', () => {
    const { revisionSchedule: _, ...bare } = plan;
    expect(revisionStatus(bare, '2026-01-01')).toEqual({
      overdue: [],
      done: [],
      planned: [],
      today: '2026-01-01',
    });
  });

  test('an unreadable clock value gives a result without overdue revisions instead of an error', () => {
    const status = revisionStatus(plan, 'not a date');
    expect([status.today, status.overdue.length, status.next?.date]).toEqual([undefined, 0, '2027']);
  });
});

describe('activitiesByGoal', () => {
  test('an activity appears under each delmål in the words the plan uses there', () => {
    const groups = activitiesByGoal(plan, framework);
    expect(groups[2]!.activities.map((a) => a.title.sv)).toEqual([
      'SIKTA mot arbetslivet',
      '”Lär dig rädda liv”',
    ]);
    expect(groups[5]!.activities.map((a) => a.title.sv)).toEqual(['Webutbildning – ”Lär dig rädda liv”']);
  });

  test('a link to a priority carries the priority so a page can show it', () => {
    expect(activitiesByGoal(plan, framework)[2]!.activities[0]!.priority?.id).toBe('delmal-3-prio-2');
  });

  test('the plan’s text about a delmål comes with it', () => {
    const withSection: Plan = {
      ...plan,
      sections: [
        { goal: 'delmal-2', description: [{ type: 'paragraph', text: { sv: 'Grunden läggs tidigt.' } }] },
      ],
    };
    expect(activitiesByGoal(withSection, framework)[1]!.section?.goal).toBe('delmal-2');
  });

  test('every delmål is listed, also those with no activity', () => {
    const groups = activitiesByGoal(plan, framework);
    expect([groups.length, groups[6]!.activities]).toEqual([7, []]);
  });
});

describe('activitiesByOrganisation', () => {
  test('each organisation with its activities in document order, once each, and its roles', () => {
    const result = activitiesByOrganisation(plan);
    expect(result.organisations.map((entry) => entry.id)).toEqual([
      'lansstyrelsen',
      'vardcentralerna',
      'lrs',
      'samordningsforbundet',
    ]);
    const lrs = result.organisations.find((entry) => entry.id === 'lrs')!;
    expect(lrs.activities.map((entry) => entry.activity.id)).toEqual(['kartlagga', 'lar-dig-radda-liv']);
    expect(lrs.activities[0]!.roles).toEqual(['coordinator']);
  });

  test('activities with no responsible organisation are listed apart', () => {
    expect(ids(activitiesByOrganisation(plan).unassigned)).toEqual(['barnens-basta', 'besokskort']);
  });

  test('the organisations given describe their entries; an activity repeated in the plan counts once', () => {
    const lrs = { id: 'lrs', kind: 'region' as const, name: { sv: 'Organisation A (påhittad)' } };
    const repeated: Plan = { ...plan, activities: [...plan.activities, activities.radda] };
    const entry = activitiesByOrganisation(repeated, [lrs]).organisations.find((item) => item.id === 'lrs')!;
    expect(entry.organisation).toBe(lrs);
    expect(entry.activities).toHaveLength(2);
  });

  test('an activity with two organisations is under each; a missing plan gives empty lists', () => {
    const shared: Plan = {
      ...plan,
      activities: [
        {
          ...activities.andts,
          responsible: [
            { organisation: 'lansstyrelsen', role: 'lead' },
            { organisation: 'lrs', role: 'partner' },
            { organisation: 'lrs', role: 'support' },
          ],
        },
      ],
    };
    const result = activitiesByOrganisation(shared);
    expect(result.organisations.map((entry) => [entry.id, entry.activities[0]!.roles])).toEqual([
      ['lansstyrelsen', ['lead']],
      ['lrs', ['partner', 'support']],
    ]);
    expect(activitiesByOrganisation(undefined)).toEqual({ organisations: [], unassigned: [] });
  });
});
