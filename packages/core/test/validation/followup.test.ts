import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/model/dataset.js';
import { validateAgreement, validateDataset, validatePlan } from '../../src/validation/index.js';
import { areas, codes, now, only, smallDataset } from './fixtures.js';

function issuesAfter(change: (data: Dataset) => void) {
  const data = smallDataset();
  change(data);
  return validateDataset(data, { areas, now }).issues;
}

const plan = (d: Dataset) => d.plans![0]!;
const agreement = (d: Dataset) => d.agreements![0]!;

describe('old files without follow-up stay valid', () => {
  test('the small dataset has no follow-up field and no issue', () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });

  test('a dataset with every follow-up field and consistent values has no issue', () => {
    const issues = issuesAfter((d) => {
      const p = plan(d);
      p.version = '2026';
      p.replaces = { plan: 'plan-2025', version: '2025', url: 'https://example.org/plan-2025.json' };
      p.revisionSchedule!.revisions[0] = {
        date: '2026-01',
        done: true,
        doneDate: '2026-01-20',
        decision: { decidedBy: 'kommun', date: '2026-01-20', diarienummer: 'KS 2026/1' },
        changes: [{ type: 'paragraph', text: { sv: 'Två aktiviteter tillkom.' } }],
        version: '2026',
      };
      p.activities[0]!.progress = [
        { date: '2025-09-01', status: 'planned', text: { sv: 'Planering' }, reportedBy: 'kommun' },
        {
          date: '2026-02-01',
          status: 'ongoing',
          text: { sv: 'Första kursen hölls.', en: 'The first course was held.' },
          reportedBy: 'socialtjanst',
          links: [{ url: 'https://example.org/rapport' }],
        },
      ];
      const a = agreement(d);
      a.status = 'in-progress';
      a.decisionSteps![0] = {
        ...a.decisionSteps![0]!,
        done: true,
        date: '2025-10-01',
        signedBy: 'Anna Andersson',
        signedDate: '2025-10-03',
      };
      a.checkIns = [
        {
          date: '2026-03-10',
          participants: ['kommun', 'region'],
          agreed: [{ sv: 'Fokus på skolan.' }],
          nextSteps: [{ sv: 'Kartlägga elevhälsan.' }],
        },
      ];
    });
    expect(issues).toEqual([]);
  });
});

describe('progress notes', () => {
  test('a reporter that is not an organisation of the dataset is an error at the note', () => {
    const issues = issuesAfter((d) => {
      plan(d).activities[0]!.progress = [
        { date: '2026-02-01', status: 'ongoing', text: { sv: 'Pågår' }, reportedBy: 'okand' },
      ];
    });
    expect(only(issues, 'reference.organisation.unknown').path).toEqual([
      'plans',
      0,
      'activities',
      0,
      'progress',
      0,
      'reportedBy',
    ]);
  });

  test('a note dated after today is a warning that names the field and both days', () => {
    const issue = only(
      issuesAfter((d) => {
        plan(d).activities[0]!.progress = [
          { date: '2026-06-02', status: 'ongoing', text: { sv: 'Pågår' }, reportedBy: 'kommun' },
        ];
      }),
      'date.future',
    );
    expect(issue.severity).toBe('warning');
    expect(issue.path).toEqual(['plans', 0, 'activities', 0, 'progress', 0, 'date']);
    expect(issue.message.sv).toBe(
      'Fältet ”date” har datumet 2026-06-02, som ligger efter dagens datum (2026-06-01). Uppföljningen ska beskriva det som redan har hänt.',
    );
  });

  test('a note on a day that does not exist is a date error', () => {
    const issues = issuesAfter((d) => {
      plan(d).activities[0]!.progress = [
        { date: '2026-02-30', status: 'ongoing', text: { sv: 'Pågår' }, reportedBy: 'kommun' },
      ];
    });
    expect(codes(issues)).toEqual(['date.invalid']);
  });

  test('a note with a link that is not https is reported like any link', () => {
    const issues = issuesAfter((d) => {
      plan(d).activities[0]!.progress = [
        {
          date: '2026-02-01',
          status: 'ongoing',
          text: { sv: 'Pågår' },
          reportedBy: 'kommun',
          links: [{ url: 'javascript:alert(1)' }],
        },
      ];
    });
    expect(only(issues, 'url.unsafe').path).toEqual([
      'plans',
      0,
      'activities',
      0,
      'progress',
      0,
      'links',
      0,
      'url',
    ]);
  });

  test('a current status that disagrees with the latest note is a warning at the status', () => {
    const issue = only(
      issuesAfter((d) => {
        plan(d).activities[0]!.progress = [
          { date: '2026-03-01', status: 'completed', text: { sv: 'Klart' }, reportedBy: 'kommun' },
          { date: '2025-09-01', status: 'ongoing', text: { sv: 'Start' }, reportedBy: 'kommun' },
        ];
      }),
      'progress.status-mismatch',
    );
    expect(issue.severity).toBe('warning');
    expect(issue.path).toEqual(['plans', 0, 'activities', 0, 'status']);
    expect(issue.message.sv).toBe(
      'Aktiviteten ”a1” har statusen ”pågår”, men den senaste lägesrapporten (2026-03-01) säger ”genomförd”. Ändra statusen eller lägg till en ny lägesrapport.',
    );
    expect(issue.message.en).toContain('says "completed"');
  });

  test('of two notes on the latest day, the one listed last decides the status', () => {
    const notes = (last: 'ongoing' | 'paused') => (d: Dataset) => {
      plan(d).activities[0]!.progress = [
        { date: '2026-03-01', status: 'paused', text: { sv: 'Paus' }, reportedBy: 'kommun' },
        { date: '2026-03-01', status: last, text: { sv: 'Rättelse' }, reportedBy: 'kommun' },
      ];
    };
    expect(codes(issuesAfter(notes('ongoing')))).toEqual([]);
    expect(codes(issuesAfter(notes('paused')))).toEqual(['progress.status-mismatch']);
  });
});

describe('plan versions and done revisions', () => {
  test('a plan that replaces its own id and version is an error', () => {
    const issue = only(
      issuesAfter((d) => {
        plan(d).version = '1';
        plan(d).replaces = { plan: 'plan', version: '1' };
      }),
      'replaces.self',
    );
    expect(issue.severity).toBe('error');
    expect(issue.path).toEqual(['plans', 0, 'replaces']);
  });

  test('a new version may keep the plan id of the version it replaces', () => {
    expect(
      issuesAfter((d) => {
        plan(d).version = '2';
        plan(d).replaces = { plan: 'plan', version: '1' };
      }),
    ).toEqual([]);
  });

  test('a replaced plan in the same dataset must have the version named', () => {
    const issues = issuesAfter((d) => {
      const older = structuredClone(plan(d));
      older.id = 'plan-old';
      older.version = '2025';
      d.plans!.push(older);
      plan(d).replaces = { plan: 'plan-old', version: '2024' };
    });
    const issue = only(issues, 'replaces.version-mismatch');
    expect(issue.path).toEqual(['plans', 0, 'replaces', 'version']);
    expect(issue.message.sv).toBe(
      'Planen ska ersätta ”plan-old” version 2024, men den planen har version 2025 i datasetet.',
    );
  });

  test('a replaced plan published elsewhere is not looked for', () => {
    expect(issuesAfter((d) => (plan(d).replaces = { plan: 'elsewhere', version: '1' }))).toEqual([]);
  });

  test('an unsafe address of the replaced version is an error', () => {
    const issues = issuesAfter(
      (d) => (plan(d).replaces = { plan: 'old', version: '1', url: 'ftp://example.org/x' }),
    );
    expect(only(issues, 'url.unsafe').path).toEqual(['plans', 0, 'replaces', 'url']);
  });

  test('a revision with a done date but not marked done is a warning', () => {
    const issue = only(
      issuesAfter((d) => (plan(d).revisionSchedule!.revisions[1] = { date: '2027', doneDate: '2026-05-01' })),
      'revision.not-marked-done',
    );
    expect(issue.path).toEqual(['plans', 0, 'revisionSchedule', 'revisions', 1, 'done']);
  });

  test('a revision decided by an unknown body and done in the future', () => {
    const issues = issuesAfter((d) => {
      plan(d).revisionSchedule!.revisions[0] = {
        date: '2026-01',
        done: true,
        doneDate: '2026-07-01',
        decision: { decidedBy: 'okand', date: '2026-01-20' },
      };
    });
    expect(codes(issues).sort()).toEqual(['date.future', 'reference.organisation.unknown']);
    expect(only(issues, 'reference.organisation.unknown').path).toEqual([
      'plans',
      0,
      'revisionSchedule',
      'revisions',
      0,
      'decision',
      'decidedBy',
    ]);
  });

  test('validatePlan alone checks a version against itself, with no dataset to look in', () => {
    const p = { ...plan(smallDataset()), version: '1', replaces: { plan: 'plan', version: '1' } };
    expect(codes(validatePlan(p).issues)).toEqual(['replaces.self']);
  });
});

describe('handslag status, decision steps and check-ins', () => {
  test('an unknown status is a structure error that lists the five allowed', () => {
    const issue = only(
      issuesAfter((d) => ((agreement(d) as { status?: string }).status = 'active')),
      'structure.enum',
    );
    expect(issue.message.sv).toContain('"draft", "decided", "signed", "in-progress", "ended"');
  });

  test('a handslag said to be signed while a decision step is pending is a warning at the step', () => {
    const issue = only(
      issuesAfter((d) => (agreement(d).status = 'signed')),
      'agreement.step-pending',
    );
    expect(issue.path).toEqual(['agreements', 0, 'decisionSteps', 0, 'done']);
    expect(issue.message.sv).toBe(
      'Överenskommelsen ”handslag” har statusen ”undertecknad”, men beslutssteg 1 är inte markerat som gjort ("done": true).',
    );
  });

  test('a draft may have pending steps', () => {
    expect(issuesAfter((d) => (agreement(d).status = 'draft'))).toEqual([]);
  });

  test('a signature dated after today is a warning', () => {
    const issues = issuesAfter((d) => {
      agreement(d).decisionSteps![0] = {
        ...agreement(d).decisionSteps![0]!,
        done: true,
        signedDate: '2027-01-01',
      };
    });
    expect(only(issues, 'date.future').path).toEqual(['agreements', 0, 'decisionSteps', 0, 'signedDate']);
  });

  test('a check-in participant must be an organisation of the dataset', () => {
    const issues = issuesAfter((d) => {
      agreement(d).checkIns = [{ date: '2026-03-10', participants: ['kommun', 'okand'] }];
    });
    expect(only(issues, 'reference.organisation.unknown').path).toEqual([
      'agreements',
      0,
      'checkIns',
      0,
      'participants',
      1,
    ]);
  });

  test('a check-in needs at least one participant', () => {
    const issues = issuesAfter((d) => (agreement(d).checkIns = [{ date: '2026-03-10', participants: [] }]));
    expect(only(issues, 'structure.too-small').path).toEqual([
      'agreements',
      0,
      'checkIns',
      0,
      'participants',
    ]);
  });

  test('validateAgreement checks participants against the organisations it is given', () => {
    const a = { ...agreement(smallDataset()), checkIns: [{ date: '2026-03-10', participants: ['x'] }] };
    expect(codes(validateAgreement(a, { organisations: [] }).issues)).toContain(
      'reference.organisation.unknown',
    );
    expect(codes(validateAgreement(a).issues)).toEqual([]);
  });
});
