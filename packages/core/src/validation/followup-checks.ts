import { latestNote } from '../analysis/progress.js';
import type { IssuePath } from '../issues/issue.js';
import type { Activity } from '../model/activity.js';
import type { Agreement, AgreementStatus } from '../model/agreement.js';
import type { Plan } from '../model/plan.js';
import { type CheckContext, report } from './context.js';
import { at, type PathKey } from './path.js';
import { checkOrganisationRef } from './references.js';
import { type Loose, wasCut } from './sound-view.js';
import { fieldName } from './structure-issues.js';
import { checkLinks, checkUrl } from './urls.js';

/**
 * Checks of the follow-up fields (uppföljning): progress notes, plan versions, done revisions, a handslag's status,
 * decision steps and check-ins. References are errors; a date after today and a status that contradicts the
 * notes or steps are warnings, since the publisher may simply not have caught up.
 */

/** A day (`YYYY-MM-DD`) after today is reported as a warning: follow-up records what has happened. */
function checkNotFuture(
  date: string | undefined,
  ctx: CheckContext,
  base: IssuePath,
  a?: PathKey,
  b?: PathKey,
  c?: PathKey,
): void {
  if (date === undefined || date <= ctx.today) return;
  const path = at(base, a, b, c);
  report(ctx, 'warning', 'date.future', path, { field: fieldName(path), value: date, today: ctx.today });
}

/** A plan's follow-up fields: its activities' notes, its done revisions and the version it replaces. */
export function checkPlanFollowUp(plan: Loose<Plan>, path: IssuePath, ctx: CheckContext): void {
  const activities = plan.activities ?? [];
  for (let i = 0; i < activities.length; i++) {
    const activity = activities[i];
    if (activity?.progress) checkProgress(activity, at(path, 'activities', i), ctx);
  }
  const revisions = plan.revisionSchedule?.revisions;
  if (revisions) {
    const base = at(path, 'revisionSchedule', 'revisions');
    for (let i = 0; i < revisions.length; i++) {
      const revision = revisions[i];
      if (!revision) continue;
      checkNotFuture(revision.doneDate, ctx, base, i, 'doneDate');
      if (revision.decision) {
        checkOrganisationRef(revision.decision.decidedBy, ctx, at(base, i), 'decision', 'decidedBy');
      }
      const recordsDone = revision.doneDate ?? revision.decision ?? revision.changes ?? revision.version;
      if (recordsDone !== undefined && revision.done !== true && !wasCut(ctx.pruned, revision, 'done')) {
        report(ctx, 'warning', 'revision.not-marked-done', at(base, i, 'done'), {
          value: revision.date ?? '–',
        });
      }
    }
  }
  const replaces = plan.replaces;
  if (replaces) {
    checkUrl(replaces.url, ctx, path, 'replaces', 'url');
    if (replaces.plan !== undefined && replaces.plan === plan.id && replaces.version === plan.version) {
      report(ctx, 'error', 'replaces.self', at(path, 'replaces'), {
        id: replaces.plan,
        value: replaces.version ?? '–',
      });
    }
  }
}

function checkProgress(activity: Loose<Activity>, path: IssuePath, ctx: CheckContext): void {
  const notes = activity.progress ?? [];
  const base = at(path, 'progress');
  let isWhole = activity.status !== undefined;
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i];
    if (note?.date === undefined || note.status === undefined) isWhole = false;
    if (!note) continue;
    checkOrganisationRef(note.reportedBy, ctx, base, i, 'reportedBy');
    checkNotFuture(note.date, ctx, base, i, 'date');
    checkLinks(note.links, ctx, at(base, i), 'links');
  }
  // Which note speaks last is known only when every note's date and status passed the structure check.
  const latest = isWhole ? latestNote(activity as Pick<Activity, 'progress'>) : undefined;
  if (latest && latest.status !== activity.status) {
    report(ctx, 'warning', 'progress.status-mismatch', at(path, 'status'), {
      id: activity.id ?? '',
      status: activity.status ?? '',
      noteStatus: latest.status,
      date: latest.date,
    });
  }
}

/**
 * Plans that name the version they replace, checked against the other plans of the same dataset: when the replaced
 * plan is there, its version must be the one named. A replaced plan that is not in the dataset is published
 * elsewhere and is not checked.
 */
export function checkPlanVersions(plans: readonly (Loose<Plan> | undefined)[], ctx: CheckContext): void {
  const byId = new Map<string, Loose<Plan>>();
  for (const plan of plans) if (plan?.id !== undefined && !byId.has(plan.id)) byId.set(plan.id, plan);
  for (let i = 0; i < plans.length; i++) {
    const replaces = plans[i]?.replaces;
    if (replaces?.plan === undefined || replaces.plan === plans[i]!.id) continue;
    const replaced = byId.get(replaces.plan);
    if (replaced && replaced.version !== replaces.version) {
      report(ctx, 'warning', 'replaces.version-mismatch', ['plans', i, 'replaces', 'version'], {
        id: replaces.plan,
        value: replaces.version ?? '–',
        found: replaced.version ?? '–',
      });
    }
  }
}

/** How far each agreement status says the decision has come; a status past `draft` needs every step decided. */
const DECIDED: ReadonlySet<AgreementStatus> = new Set(['decided', 'signed', 'in-progress', 'ended']);

/** An agreement's follow-up fields: its status against its decision steps, the steps' dates and its check-ins. */
export function checkAgreementFollowUp(
  agreement: Loose<Agreement>,
  path: IssuePath,
  ctx: CheckContext,
): void {
  const steps = agreement.decisionSteps;
  if (steps) {
    const base = at(path, 'decisionSteps');
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i];
      if (!step) continue;
      checkNotFuture(step.date, ctx, base, i, 'date');
      checkNotFuture(step.signedDate, ctx, base, i, 'signedDate');
      if (
        agreement.status !== undefined &&
        DECIDED.has(agreement.status) &&
        step.done !== true &&
        !wasCut(ctx.pruned, step, 'done')
      ) {
        report(ctx, 'warning', 'agreement.step-pending', at(base, i, 'done'), {
          id: agreement.id ?? '',
          status: agreement.status,
          step: i + 1,
        });
      }
    }
  }
  const checkIns = agreement.checkIns;
  if (checkIns) {
    const base = at(path, 'checkIns');
    for (let i = 0; i < checkIns.length; i++) {
      const checkIn = checkIns[i];
      if (!checkIn) continue;
      checkNotFuture(checkIn.date, ctx, base, i, 'date');
      const participants = checkIn.participants ?? [];
      for (let j = 0; j < participants.length; j++) {
        checkOrganisationRef(participants[j], ctx, at(base, i), 'participants', j);
      }
    }
  }
}
