import { describe, expect, test } from 'vitest';
import { smallDataset } from '../../test/validation/fixtures.js';
import type { Dataset } from '../model/dataset.js';
import { linkResolver, placementsOf } from './goals.js';
import { summariseSource, sumSummaries } from './source-summary.js';

const framework = smallDataset().frameworks![0]!;

describe('summariseSource', () => {
  test('a source with a plan, a handslag and an indicator: what it holds, decided when, valid until, next revision', () => {
    const summary = summariseSource(smallDataset(), framework, '2026-06-01');
    expect(summary.kinds).toEqual(['plan', 'handslag', 'indicators']);
    expect(summary.documents).toEqual([
      {
        kind: 'plan',
        id: 'plan',
        title: { sv: 'Handlingsplan' },
        decided: '2025-03-18',
        validUntil: '2028',
        nextRevision: '2027',
        overdue: [],
      },
      // The handslag's decision steps are not done, so it has no decision date; it gives a length, not an end.
      { kind: 'handslag', id: 'handslag', title: { sv: 'Handslag' }, years: 2, overdue: [] },
    ]);
    expect([summary.indicators, summary.observations]).toEqual([1, 3]);
    // a1 under delmål 1; a2 under a priority of delmål 2, which counts under delmål 2.
    expect([summary.activities, summary.perDelmal, summary.underSeveral]).toEqual([2, [1, 1], 0]);
  });

  test('a revision whose year has passed undone is overdue; the next one is the first still ahead', () => {
    const summary = summariseSource(smallDataset(), framework, '2028-01-01');
    expect(summary.overdue).toBe(1);
    expect(summary.documents[0]?.overdue.map((revision) => revision.date)).toEqual(['2027']);
    expect(summary.documents[0]?.nextRevision).toBeUndefined();
  });

  test('an activity under two delmål counts under each, and is counted as under several', () => {
    const dataset = smallDataset();
    dataset.plans![0]!.activities[0]!.goals.push({ goal: 'd2' });
    const summary = summariseSource(dataset, framework, '2026-06-01');
    expect([summary.activities, summary.perDelmal, summary.underSeveral]).toEqual([2, [1, 2], 1]);
  });

  test('activities count under the delmål the shared link resolver places them under, in every odd case', () => {
    // A framework with a priority, a priority whose parent is no delmål, a second goal with a delmål's id (the first
    // counts) and goals out of number order; activities that link to each, twice to one delmål, to nothing known,
    // and through a link that is not an object (data read before validation may hold anything).
    const odd = structuredClone(framework);
    odd.goals.push(
      { id: 'd0', kind: 'subgoal', number: 0, title: odd.goals[1]!.title },
      { id: 'm1-p', kind: 'priority', parent: 'm1', title: odd.goals[1]!.title },
      { id: 'd1', kind: 'priority', parent: 'd2', title: odd.goals[1]!.title },
    );
    const dataset = smallDataset();
    const plan = dataset.plans![0]!;
    const links = [
      ['d1'],
      ['d2-p1', 'd2'],
      ['d0', 'd1', 'd2-p1'],
      ['m1-p', 'm1', 'okänd'],
      [],
      ['d1', 'd1', 'd0'],
    ];
    plan.activities = links.map((goals, i) => ({
      ...plan.activities[0]!,
      id: `x${i}`,
      goals: goals.map((goal) => ({ goal })),
    }));
    (plan.activities[4]!.goals as unknown[]).push(null);
    const summary = summariseSource(dataset, odd, '2026-06-01');
    // What the link resolver and placementsOf, which the coverage and the activity lists use too, say, counted here
    // by hand.
    const resolve = linkResolver(odd);
    const delmal = odd.goals.filter((goal) => goal.kind === 'subgoal').sort((a, b) => a.number! - b.number!);
    const expected = delmal.map(() => 0);
    let several = 0;
    for (const activity of plan.activities) {
      const placements = placementsOf(activity, resolve);
      if (placements.length > 1) several++;
      for (const placement of placements) expected[delmal.indexOf(placement.delmal)]! += 1;
    }
    expect([summary.activities, summary.perDelmal, summary.underSeveral]).toEqual([6, expected, several]);
    expect(expected).toEqual([2, 3, 2]);
  });

  test('an agreement whose every decision step is done is decided on the last step’s day', () => {
    const dataset = smallDataset();
    dataset.agreements![0]!.decisionSteps = [
      { body: 'kommun', decision: { sv: 'Beslut' }, done: true, date: '2025-10-02' },
      { body: 'region', decision: { sv: 'Beslut' }, done: true, date: '2025-09-12' },
    ];
    expect(summariseSource(dataset, framework, '2026-06-01').documents[1]?.decided).toBe('2025-10-02');
  });

  test('a plan of another framework is listed but its activities are not counted', () => {
    const dataset = smallDataset();
    dataset.plans![0]!.framework = 'another';
    const summary = summariseSource(dataset, framework, '2026-06-01');
    expect([summary.activities, summary.perDelmal, summary.otherFramework]).toEqual([0, [0, 0], 1]);
  });

  test('a source of indicator figures only holds indicators', () => {
    const dataset: Dataset = { ...smallDataset(), plans: [], agreements: [] };
    expect(summariseSource(dataset, framework, '2026-06-01').kinds).toEqual(['indicators']);
  });
});

describe('sumSummaries', () => {
  test('adds up the sources and names the delmål no activity reaches', () => {
    const a = summariseSource(smallDataset(), framework, '2028-01-01');
    const other = smallDataset();
    other.plans![0]!.activities = [other.plans![0]!.activities[0]!];
    const b = summariseSource(other, framework, '2026-06-01');
    const totals = sumSummaries([a, b], framework);
    expect(totals.sources).toEqual({ plan: 2, handslag: 2, agreement: 0, indicators: 2 });
    expect([totals.activities, totals.perDelmal, totals.overdue, totals.uncovered]).toEqual([
      3,
      [2, 1],
      1,
      [],
    ]);
    const only = sumSummaries([b], framework);
    expect(only.uncovered.map((goal) => goal.id)).toEqual(['d2']);
  });

  test('with no plan anywhere, no delmål is called uncovered: there is nothing to count', () => {
    const dataset: Dataset = { ...smallDataset(), plans: [] };
    const totals = sumSummaries([summariseSource(dataset, framework, '2026-06-01')], framework);
    expect([totals.activities, totals.uncovered]).toEqual([0, []]);
  });
});
