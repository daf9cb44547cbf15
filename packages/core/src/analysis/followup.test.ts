import { describe, expect, test, vi } from 'vitest';
import type { Activity, Plan, ProgressNote } from '../model/index.js';
import { addDays, subtractMonths } from '../time/days.js';
import { defaultPeriodStart, summariseFollowUp } from './followup.js';
import { latestNote, planStatusAsOf, progressTimeline, statusAsOf } from './progress.js';
import { planStartDay, staleActivities } from './stale.js';
import { framework } from './test-fixtures.js';

// Every note below is invented for the tests: no real activity has reported any of this.
const note = (date: string, status: ProgressNote['status'], text = 'Lägesrapport'): ProgressNote => ({
  date,
  status,
  text: { sv: text },
  reportedBy: 'lrs',
});

function activity(
  id: string,
  goals: string[],
  progress?: ProgressNote[],
  status: Activity['status'] = 'ongoing',
) {
  return {
    id,
    title: { sv: `Aktivitet ${id}` },
    goals: goals.map((goal) => ({ goal })),
    kind: 'ongoing',
    status,
    responsible: [],
    ...(progress ? { progress } : {}),
  } satisfies Activity;
}

/** A plan decided 2026-04-17 and revised (done) on 2027-03-15, with invented notes. */
function followedPlan(): Plan {
  return {
    id: 'plan-2027',
    kind: 'regional',
    title: { sv: 'Handlingsplan' },
    scope: ['04'],
    framework: 'dhol',
    decision: { decidedBy: 'nsv', date: '2026-04-17' },
    validity: { start: '2026-04-17', untilRevised: true },
    revisionSchedule: {
      revisions: [{ date: '2027', done: true, doneDate: '2027-03-15' }, { date: '2029' }],
    },
    activities: [
      // Started before the plan was decided, completed after the revision.
      activity(
        'a',
        ['delmal-1'],
        [note('2025-11-01', 'ongoing'), note('2027-09-01', 'completed')],
        'completed',
      ),
      // Paused and resumed on one day: the note listed last decides.
      activity('b', ['delmal-1', 'delmal-2'], [note('2027-05-01', 'paused'), note('2027-05-01', 'ongoing')]),
      // Planned, no notes at all.
      activity('c', ['delmal-2'], undefined, 'planned'),
      // Reported only before the period, and long ago.
      activity('d', ['delmal-3'], [note('2026-05-01', 'ongoing')]),
      // Cancelled in the period.
      activity(
        'e',
        ['delmal-6'],
        [note('2026-06-01', 'planned'), note('2027-10-01', 'cancelled')],
        'cancelled',
      ),
    ],
  };
}

const today = '2027-12-01';

describe('days', () => {
  test('six months before the last of August is the last of February', () => {
    expect(subtractMonths('2026-08-31', 6)).toBe('2026-02-28');
    expect(subtractMonths('2028-08-31', 6)).toBe('2028-02-29');
    expect(subtractMonths('2027-01-15', 1)).toBe('2026-12-15');
  });

  test('the day before the first of March', () => {
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('not a day', 1)).toBeUndefined();
  });
});

describe('an activity’s status on a day', () => {
  const plan = followedPlan();
  const a = plan.activities[0]!;
  const b = plan.activities[1]!;

  test('a note dated before the plan was decided still says the status from that day', () => {
    expect(statusAsOf(a, '2026-04-17')).toMatchObject({ source: 'note', status: 'ongoing' });
    expect(statusAsOf(a, '2027-09-01')).toMatchObject({ source: 'note', status: 'completed' });
  });

  test('of two notes on one day, the one listed last is the day’s status', () => {
    expect(statusAsOf(b, '2027-05-01')).toMatchObject({ status: 'ongoing', note: { date: '2027-05-01' } });
    expect(latestNote(b)).toBe(b.progress![1]);
    expect(progressTimeline(b)).toEqual(b.progress);
  });

  test('before an activity’s first note its status is unknown, not guessed', () => {
    expect(statusAsOf(b, '2027-04-30')).toEqual({ source: 'unknown' });
  });

  test('an activity with no notes has its own status, marked as undated', () => {
    expect(statusAsOf(plan.activities[2]!, '2020-01-01')).toEqual({ source: 'current', status: 'planned' });
  });

  test('notes listed out of order are read in date order', () => {
    const shuffled = activity(
      'x',
      ['delmal-1'],
      [note('2027-02-01', 'paused'), note('2026-01-01', 'ongoing')],
    );
    expect(progressTimeline(shuffled).map((n) => n.date)).toEqual(['2026-01-01', '2027-02-01']);
    expect(statusAsOf(shuffled, '2026-12-31')).toMatchObject({ status: 'ongoing' });
  });

  test('every activity of a plan on one day, in document order', () => {
    expect(
      planStatusAsOf(plan, '2027-06-30').map(({ activity, status }) => [
        activity.id,
        status.source === 'unknown' ? '?' : status.status,
      ]),
    ).toEqual([
      ['a', 'ongoing'],
      ['b', 'ongoing'],
      ['c', 'planned'],
      ['d', 'ongoing'],
      ['e', 'planned'],
    ]);
  });
});

describe('stale activities', () => {
  test('by default an activity is stale after six months without a note; done and cancelled ones never are', () => {
    // On 2027-10-15 the cut-off is 2027-04-15. b: last note 2027-05-01, not stale. c: no note, counted from the
    // revision on 2027-03-15. d: last note 2026-05-01. a (completed) and e (cancelled) are never stale.
    const stale = staleActivities(followedPlan(), '2027-10-15');
    expect(stale.map((s) => [s.activity.id, s.since])).toEqual([
      ['c', '2027-03-15'],
      ['d', '2026-05-01'],
    ]);
    expect(stale[0]!.lastNote).toBeUndefined();
    expect(stale[1]!.lastNote?.date).toBe('2026-05-01');
  });

  test('the time is configurable', () => {
    const stale = staleActivities(followedPlan(), '2027-10-15', { months: 3 });
    expect(stale.map((s) => [s.activity.id, s.since])).toEqual([
      ['b', '2027-05-01'],
      ['c', '2027-03-15'],
      ['d', '2026-05-01'],
    ]);
  });

  test('an activity never reported in a plan with no known start is stale', () => {
    const plan = { ...followedPlan(), decision: undefined, validity: undefined, revisionSchedule: undefined };
    expect(planStartDay(plan)).toBeUndefined();
    expect(staleActivities(plan, today).map((s) => [s.activity.id, s.since])).toContainEqual([
      'c',
      undefined,
    ]);
  });
});

describe('the follow-up summary', () => {
  test('the default period runs from the last done revision to today', () => {
    const summary = summariseFollowUp(followedPlan(), framework, { now: today });
    expect(summary.period).toMatchObject({ from: '2027-03-15', to: today, toIsToday: true });
    expect(summary.period.start.kind).toBe('revision');
  });

  test('without a done revision the period starts at the decision', () => {
    const plan = followedPlan();
    plan.revisionSchedule = { revisions: [{ date: '2027' }] };
    expect(defaultPeriodStart(plan)).toEqual({ kind: 'decision', day: '2026-04-17' });
  });

  test('counts the whole plan and each delmål at the end, and what each reached in the period', () => {
    const summary = summariseFollowUp(followedPlan(), framework, { now: today });
    expect(summary.total).toBe(5);
    expect(summary.atEnd).toEqual({
      planned: 1,
      ongoing: 2,
      completed: 1,
      paused: 0,
      cancelled: 1,
      unknown: 0,
    });
    expect(summary.reached).toEqual({ planned: 0, ongoing: 0, completed: 1, paused: 0, cancelled: 1 });
    expect(summary.reported).toBe(3);
    expect(summary.firstReported).toBe(1);
    const byNumber = Object.fromEntries(
      summary.goals.map((g) => [g.goal.number, [g.total, g.reached.completed]]),
    );
    expect(byNumber).toEqual({ 1: [2, 1], 2: [2, 0], 3: [1, 0], 4: [0, 0], 5: [0, 0], 6: [1, 0], 7: [0, 0] });
  });

  test('an activity first reported in the period is measured from its first day of notes', () => {
    const summary = summariseFollowUp(followedPlan(), framework, { now: today });
    const b = summary.activities.find((item) => item.activity.id === 'b')!;
    expect(b.notes).toHaveLength(2);
    expect(b.atStart).toEqual({ source: 'unknown' });
    expect(b.atEnd).toMatchObject({ source: 'note', status: 'ongoing' });
    // Paused and resumed on its first day: that day's final word is "ongoing", so nothing changed after it.
    expect(b.changed).toBe(false);
    const plan = followedPlan();
    plan.activities[1]!.progress!.push(note('2027-11-01', 'completed'));
    expect(summariseFollowUp(plan, framework, { now: today }).reached.completed).toBe(2);
  });

  test('a pause and a resumption on one day within the period leave the status as it was', () => {
    const plan = followedPlan();
    plan.activities[3]!.progress!.push(note('2027-08-01', 'paused'), note('2027-08-01', 'ongoing'));
    const d = summariseFollowUp(plan, framework, { now: today }).activities[3]!;
    expect([d.notes.length, d.atStart.source, d.changed]).toEqual([2, 'note', false]);
  });

  test('the text gives only figures counted from the data, in Swedish and English', () => {
    const summary = summariseFollowUp(followedPlan(), framework, { now: today });
    expect(summary.text.sv).toBe(
      'Av 5 aktiviteter har 1 genomförts sedan revideringen 2027. Under samma tid har 1 avbrutits. 1 fick sin första lägesrapport under perioden, så dess status före den är okänd. Den 1 december 2027: 2 pågår, 1 planerad, 1 genomförd och 1 avbruten. 2 av 5 saknar lägesrapport för perioden.',
    );
    expect(summary.text.en).toBe(
      'Of 5 activities, 1 has been completed since the revision of 2027. In the same time, 1 cancelled. 1 got its first progress note in the period, so its status before it is unknown. On 1 December 2027: 2 ongoing, 1 planned, 1 completed and 1 cancelled. 2 of 5 have no progress note for the period.',
    );
    expect(summary.goals[2]!.text.sv).toBe(
      'Av 1 aktivitet under delmål 3 har 0 genomförts sedan revideringen 2027. Den 1 december 2027: 1 pågår. 1 av 1 saknar lägesrapport för perioden.',
    );
    expect(summary.goals[3]!.text.sv).toBe('Planen har inga aktiviteter under delmål 4.');
  });

  test('each language’s words are built when first read, and read like plain values', async () => {
    // Fresh modules, so that no formatter is cached from the tests before; every Intl formatter built is recorded.
    vi.resetModules();
    const locales: string[] = [];
    for (const name of ['DateTimeFormat', 'NumberFormat', 'ListFormat'] as const) {
      const Real = Intl[name] as unknown as new (locale: string, options?: object) => object;
      vi.spyOn(Intl, name).mockImplementation(function (this: unknown, locale?: unknown, options?: unknown) {
        locales.push(String(locale));
        return new Real(locale as string, options as object);
      } as never);
    }
    try {
      const fresh = await import('./followup.js');
      const summary = fresh.summariseFollowUp(followedPlan(), framework, { now: today });
      const swedish = [summary.text.sv, summary.period.label.sv, ...summary.goals.map((g) => g.text.sv)];
      expect(swedish.every((text) => text.length > 0)).toBe(true);
      expect(locales).not.toContain('en-GB');
      expect(summary.text.en).toContain('2 ongoing');
      expect(locales).toContain('en-GB');
      const plain = JSON.parse(JSON.stringify(summary));
      expect(plain.text).toEqual({ sv: summary.text.sv, en: summary.text.en });
      expect(plain.goals[2].text.en).toBe(summary.goals[2]!.text.en);
      expect(plain.period.label).toEqual({ ...summary.period.label });
    } finally {
      vi.restoreAllMocks();
    }
  });

  test('an activity resumed in the period is counted as started or resumed', () => {
    const plan = followedPlan();
    plan.activities[3]!.progress!.push(note('2027-01-10', 'paused'), note('2027-07-01', 'ongoing'));
    const summary = summariseFollowUp(plan, framework, { now: today });
    expect(summary.reached.ongoing).toBe(1);
    expect(summary.text.sv).toContain('Under samma tid har 1 påbörjats eller återupptagits och 1 avbrutits.');
  });

  test('an explicit period is named by its days', () => {
    const summary = summariseFollowUp(followedPlan(), framework, { now: today, from: '2027', to: '2027-06' });
    expect(summary.period).toMatchObject({ from: '2027-01-01', to: '2027-06-30', toIsToday: false });
    expect(summary.text.sv).toContain('mellan 1 januari 2027 och 30 juni 2027');
  });

  test('an empty period (no note falls in it) changes nothing and says who is silent', () => {
    const summary = summariseFollowUp(followedPlan(), framework, {
      now: today,
      from: '2026-07-01',
      to: '2026-07-31',
    });
    expect(summary.reached).toEqual({ planned: 0, ongoing: 0, completed: 0, paused: 0, cancelled: 0 });
    expect(summary.reported).toBe(0);
    expect(summary.atEnd.unknown).toBe(1);
    expect(summary.text.sv).toContain('1 utan känd status');
    expect(summary.text.sv).toContain('5 av 5 saknar lägesrapport');
  });

  test('a period that ends before it begins counts nothing and says so', () => {
    const summary = summariseFollowUp(followedPlan(), framework, {
      now: today,
      from: '2027-06-01',
      to: '2027-05-01',
    });
    expect(summary.validPeriod).toBe(false);
    expect(summary.reported).toBe(0);
    expect(summary.text.sv).toBe(
      'Perioden slutar (1 maj 2027) före sin början (1 juni 2027), så ingenting kan räknas för den.',
    );
  });

  test('a plan with no notes at all says the data cannot tell, and gives the plan’s own statuses', () => {
    const plan = followedPlan();
    for (const a of plan.activities) delete a.progress;
    const summary = summariseFollowUp(plan, framework, { now: today });
    expect(summary.hasNotes).toBe(false);
    expect(summary.text.sv).toBe(
      'Planen har 5 aktiviteter, men ingen lägesrapport, så uppgifterna säger inte vad som har hänt sedan revideringen 2027. Enligt planens egna uppgifter: 2 pågår, 1 planerad, 1 genomförd och 1 avbruten.',
    );
    expect(summary.text.en).not.toMatch(/completed since/);
  });

  test('an activity moved to another delmål is counted where the plan now places it', () => {
    const plan = followedPlan();
    plan.activities[3]!.goals = [{ goal: 'delmal-7' }];
    const summary = summariseFollowUp(plan, framework, { now: today });
    expect(summary.goals[2]!.total).toBe(0);
    expect(summary.goals[6]!.activities.map((a) => a.activity.id)).toEqual(['d']);
  });

  test('flags stale activities and overdue revisions', () => {
    const plan = followedPlan();
    plan.revisionSchedule!.revisions.push({ date: '2027-06' });
    const summary = summariseFollowUp(plan, framework, { now: today });
    expect(summary.stale.map((s) => s.activity.id)).toEqual(['b', 'c', 'd']);
    expect(summary.overdueRevisions.map((r) => r.date)).toEqual(['2027-06']);
  });

  test('nothing in, a summary out', () => {
    const summary = summariseFollowUp(undefined, undefined, { now: today });
    expect(summary.total).toBe(0);
    expect(summary.goals).toEqual([]);
    expect(summary.period.from).toBe(today);
  });
});
