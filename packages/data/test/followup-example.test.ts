import { diffPlans, type Plan, summariseFollowUp, validateDataset } from '@dhol/core';
import { describe, expect, test } from 'vitest';
import {
  areas,
  followUpExample,
  nationalFramework,
  sormlandHandlingsplan2026,
  surahammarHandslag,
} from '../src/index.js';

const now = '2026-12-05';
const [current, previous] = followUpExample.plans!;
const handslag = followUpExample.agreements![0]!;

describe('the invented follow-up example', () => {
  test('validates with no issue at all', () => {
    const result = validateDataset(followUpExample, { frameworks: [nationalFramework], areas, now });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test('says it is invented: marked fictional, and in its title, description and every plan and handslag', () => {
    expect(followUpExample.fictional).toBe(true);
    expect(followUpExample.title?.sv).toMatch(/^Påhittat exempel/);
    expect(followUpExample.title?.en).toMatch(/^Invented example/);
    expect(followUpExample.description?.sv).toContain('påhittat');
    for (const item of [current!, previous!, handslag]) {
      expect(item.subtitle?.sv).toBe('Påhittat exempel – inget av detta har hänt');
    }
  });

  test('names no real organisation, area or address', () => {
    const real = [...sormlandHandlingsplan2026.organisations!, ...surahammarHandslag.organisations!];
    const ours = followUpExample.organisations!;
    for (const organisation of ours) {
      expect(organisation.name.sv, organisation.id).toMatch(/Exempel/);
      expect(real.map((o) => o.id)).not.toContain(organisation.id);
      expect(organisation.area).toBeUndefined();
    }
    expect(followUpExample.plans!.flatMap((p) => p.scope)).toEqual(['00', '00']);
    const { $schema: _format, ...content } = followUpExample; // the format's address, not a link of the example
    const urls = JSON.stringify(content).match(/https:\/\/[^"]+/g) ?? [];
    expect(urls.every((url) => url.startsWith('https://example.org/'))).toBe(true);
  });

  test('holds two versions of the plan, the newer replacing the older after a done revision', () => {
    expect([current!.id, current!.version, previous!.id, previous!.version]).toEqual([
      'exempelplan-2026',
      '2026',
      'exempelplan-2025',
      '2025',
    ]);
    expect(current!.replaces).toEqual({ plan: 'exempelplan-2025', version: '2025' });
    const revision = current!.revisionSchedule!.revisions[0]!;
    expect(revision).toMatchObject({ done: true, doneDate: '2026-03-16', version: '2026' });
    expect(revision.decision?.diarienummer).toBe(current!.decision?.diarienummer);
  });

  test('the revision’s summary of what changed matches the difference between the versions', () => {
    const diff = diffPlans(previous, current);
    expect(diff.added.map((a) => a.id)).toEqual(['unga-man', 'budget-och-skuldradgivning']);
    expect(diff.removed.map((a) => a.id)).toEqual(['enkat-unga']);
    const changed = Object.fromEntries(diff.changed.map((c) => [c.after.id, c.changes.map((x) => x.field)]));
    expect(changed).toEqual({
      kartlaggning: ['status'],
      foraldraskapsstod: ['title'],
      'utbildning-suicidprevention': ['goals', 'status'],
      motesplatser: ['status'],
      'samordnad-individuell-plan': ['responsible'],
      efterlevandestod: ['status'],
      'atergang-arbete': ['status'],
    });
    const summary = JSON.stringify(current!.revisionSchedule!.revisions[0]!.changes);
    for (const words of [
      'Enkäten om ungas hälsa togs bort',
      'unga män',
      'budget- och skuldrådgivningen',
      'delmål 6',
      'stadsdelarna',
      'SIP',
    ]) {
      expect(summary).toContain(words);
    }
  });

  test('every activity’s current status agrees with its latest note', () => {
    // Validation warns otherwise (progress.status-mismatch); checked here by what the element shows.
    const summary = summariseFollowUp(current, nationalFramework, { now });
    expect(summary.hasNotes).toBe(true);
    for (const item of summary.activities) {
      if (item.atEnd.source === 'note')
        expect(item.atEnd.status, item.activity.id).toBe(item.activity.status);
    }
  });

  test('has a handslag in progress with both steps signed and three check-ins', () => {
    expect(handslag.status).toBe('in-progress');
    expect(handslag.decisionSteps!.map((s) => [s.done, s.signedDate])).toEqual([
      [true, '2025-09-05'],
      [true, '2025-09-22'],
    ]);
    expect(handslag.checkIns!.map((c) => c.date)).toEqual(['2025-11-12', '2026-03-04', '2026-09-15']);
  });
});

describe('the difference between the Sörmland plan and an edited copy', () => {
  test('lists exactly the edits', () => {
    const before = sormlandHandlingsplan2026.plans![0]!;
    const after: Plan = structuredClone(before);
    after.id = 'sormland-handlingsplan-2027';
    after.version = '2027';
    const find = (id: string) => after.activities.find((a) => a.id === id)!;
    // Five edits, one of each kind the diff reads, and one renamed id.
    after.activities = after.activities.filter((a) => a.id !== 'safe-selfie-academy');
    after.activities.push({
      id: 'ny-aktivitet',
      title: { sv: 'Ny aktivitet (redigerad kopia)' },
      goals: [{ goal: 'delmal-6' }],
      kind: 'new',
      status: 'planned',
      responsible: [{ organisation: 'lrs', role: 'lead' }],
    });
    find('besokskort').goals = [{ goal: 'delmal-5' }];
    find('halsosamtal-50-aringar').status = 'completed';
    find('sikta-mot-arbetslivet').responsible!.push({
      organisation: 'hallbar-regional-utveckling',
      role: 'partner',
    });
    find('brottsforebyggande-arbete').id = 'brottsforebyggande';

    const diff = diffPlans(before, after);
    expect(diff.added.map((a) => a.id)).toEqual(['ny-aktivitet']);
    expect(diff.removed.map((a) => a.id)).toEqual(['safe-selfie-academy']);
    expect(diff.changed.map((c) => [c.after.id, c.matchedBy, c.changes.map((x) => x.field)])).toEqual([
      ['brottsforebyggande', 'title', ['id']],
      ['halsosamtal-50-aringar', 'id', ['status']],
      ['sikta-mot-arbetslivet', 'id', ['responsible']],
      ['besokskort', 'id', ['goals']],
    ]);
    expect(diff.unchanged).toBe(before.activities.length - 1 - 4);
  });
});
