import { describe, expect, test } from 'vitest';
import type { Plan } from '../model/index.js';
import { currentPlan, diffPlans } from './plan-diff.js';
import { plan } from './test-fixtures.js';

const copy = (changes: (p: Plan) => void = () => {}): Plan => {
  const next = structuredClone(plan);
  next.id = 'sormland-2027';
  next.version = '2027';
  changes(next);
  return next;
};
const activity = (p: Plan, id: string) => p.activities.find((a) => a.id === id)!;

describe('what changed between two versions of a plan', () => {
  test('an unchanged copy under a new id and version is identical', () => {
    const diff = diffPlans(plan, copy());
    expect(diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: 7, identical: true });
    expect(diff.after).toMatchObject({ id: 'sormland-2027', version: '2027' });
  });

  test('lists an added and a removed activity', () => {
    const diff = diffPlans(
      plan,
      copy((p) => {
        p.activities = p.activities.filter((a) => a.id !== 'sikta');
        p.activities.push({
          ...structuredClone(activity(p, 'andts')),
          id: 'ny',
          title: { sv: 'Ny aktivitet' },
        });
      }),
    );
    expect(diff.added.map((a) => a.id)).toEqual(['ny']);
    expect(diff.removed.map((a) => a.id)).toEqual(['sikta']);
    expect(diff.changed).toEqual([]);
    expect(diff.identical).toBe(false);
  });

  test('names each changed field with its values before and after', () => {
    const diff = diffPlans(
      plan,
      copy((p) => {
        const a = activity(p, 'kartlagga');
        a.title = { sv: 'Kartlägga och analysera' };
        a.description = [{ type: 'paragraph', text: { sv: 'Klar under första kvartalet.' } }];
        a.kind = 'new';
        a.status = 'ongoing';
        a.responsible!.push({ organisation: 'fou', role: 'performer' });
      }),
    );
    expect(diff.changed).toHaveLength(1);
    const change = diff.changed[0]!;
    expect(change.matchedBy).toBe('id');
    expect(change.changes.map((c) => c.field)).toEqual([
      'title',
      'description',
      'kind',
      'status',
      'responsible',
    ]);
    expect(change.changes[3]).toEqual({ field: 'status', before: 'planned', after: 'ongoing' });
    expect(change.changes[4]).toMatchObject({
      added: [{ organisation: 'fou', role: 'performer' }],
      removed: [],
    });
  });

  test('an activity moved between delmål is one change of its delmål links', () => {
    const diff = diffPlans(
      plan,
      copy((p) => (activity(p, 'besokskort').goals = [{ goal: 'delmal-5' }, { goal: 'delmal-6' }])),
    );
    expect(diff.changed.map((c) => c.changes)).toEqual([
      [
        {
          field: 'goals',
          before: ['delmal-4', 'delmal-5'],
          after: ['delmal-5', 'delmal-6'],
          added: ['delmal-6'],
          removed: ['delmal-4'],
        },
      ],
    ]);
  });

  test('the order of goal links and parties, and progress notes, are not changes', () => {
    const diff = diffPlans(
      plan,
      copy((p) => {
        activity(p, 'besokskort').goals.reverse();
        activity(p, 'andts').progress = [
          { date: '2026-09-01', status: 'ongoing', text: { sv: 'Påhittad lägesrapport' }, reportedBy: 'lrs' },
        ];
      }),
    );
    expect(diff.identical).toBe(true);
  });

  test('where ids differ, an activity is matched by its title', () => {
    const diff = diffPlans(
      plan,
      copy((p) => {
        activity(p, 'sikta').id = 'sikta-mot-arbetslivet';
        activity(p, 'sikta-mot-arbetslivet').title = { sv: '  sikta MOT   arbetslivet ' };
      }),
    );
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed[0]).toMatchObject({ matchedBy: 'title' });
    expect(diff.changed[0]!.changes.map((c) => c.field)).toEqual(['id', 'title']);
  });

  test('a title shared by two new activities matches neither', () => {
    const diff = diffPlans(
      plan,
      copy((p) => {
        activity(p, 'sikta').id = 'sikta-1';
        p.activities.push({ ...structuredClone(activity(p, 'sikta-1')), id: 'sikta-2' });
      }),
    );
    expect(diff.added.map((a) => a.id)).toEqual(['sikta-1', 'sikta-2']);
    expect(diff.removed.map((a) => a.id)).toEqual(['sikta']);
  });

  test('an id removed in one version and added again in the next', () => {
    const v2 = copy((p) => (p.activities = p.activities.filter((a) => a.id !== 'andts')));
    const v3 = copy((p) => (activity(p, 'andts').title = { sv: 'ANDTS – nytt upplägg' }));
    expect(diffPlans(plan, v2).removed.map((a) => a.id)).toEqual(['andts']);
    expect(diffPlans(v2, v3).added.map((a) => a.id)).toEqual(['andts']);
    // Between the first and the third, the id is the same activity with a new title.
    expect(
      diffPlans(plan, v3).changed.map((c) => [c.after.id, c.matchedBy, c.changes.map((x) => x.field)]),
    ).toEqual([['andts', 'id', ['title']]]);
  });

  test('missing plans give an empty, identical diff', () => {
    expect(diffPlans(undefined, null)).toMatchObject({
      added: [],
      removed: [],
      changed: [],
      identical: true,
    });
  });
});

describe('the current plan of a list', () => {
  test('is the one asked for, else the one no other replaces', () => {
    const older = { ...plan, id: 'v1', version: '1' };
    const newer = { ...plan, id: 'v2', version: '2', replaces: { plan: 'v1', version: '1' } };
    expect(currentPlan([older, newer])?.id).toBe('v2');
    expect(currentPlan([newer, older])?.id).toBe('v2');
    expect(currentPlan([older, newer], 'v1')?.id).toBe('v1');
    expect(currentPlan([older], 'x')).toBeUndefined();
    expect(currentPlan(undefined)).toBeUndefined();
  });
});
