import type { IssuePath } from '../issues/issue.js';
import type { Agreement } from '../model/agreement.js';
import { type CheckContext, observationKey, report } from './context.js';
import { checkPartialDate, checkStatPeriod, checkValidity } from './dates.js';
import {
  checkAreaRef,
  checkAreaRefs,
  checkFrameworkGoalRefs,
  checkFrameworkRef,
  checkIndicatorRef,
  checkOrganisationRef,
} from './references.js';

/** Checks one agreement (handslag): parties, decision steps, governance, strategies, dates and baseline. */
export function checkAgreement(agreement: Agreement, path: IssuePath, ctx: CheckContext): void {
  checkAreaRefs(agreement.scope, [...path, 'scope'], ctx);
  checkOrganisationRef(agreement.initiatedBy, [...path, 'initiatedBy'], ctx);
  for (let i = 0; i < agreement.parties.length; i++) {
    checkOrganisationRef(agreement.parties[i]!.organisation, [...path, 'parties', i, 'organisation'], ctx);
  }
  if (agreement.decisionSteps) {
    for (let i = 0; i < agreement.decisionSteps.length; i++) {
      checkOrganisationRef(agreement.decisionSteps[i]!.body, [...path, 'decisionSteps', i, 'body'], ctx);
    }
  }
  const appointedBy = agreement.governance?.coordinator?.appointedBy;
  checkOrganisationRef(appointedBy, [...path, 'governance', 'coordinator', 'appointedBy'], ctx);
  if (agreement.serves) {
    for (let i = 0; i < agreement.serves.length; i++) {
      const served = agreement.serves[i]!;
      checkOrganisationRef(served.owner, [...path, 'serves', i, 'owner'], ctx);
      if (served.framework !== undefined)
        checkFrameworkRef(served.framework, [...path, 'serves', i, 'framework'], ctx);
    }
  }
  checkFrameworkGoalRefs(agreement.goals, [...path, 'goals'], ctx);
  if (agreement.duration) {
    checkValidity(agreement.duration, [...path, 'duration'], ctx);
    checkPartialDate(agreement.duration.horizon, [...path, 'duration', 'horizon'], ctx);
  }
  const baseline = agreement.baseline;
  if (baseline) {
    const basePath = [...path, 'baseline'];
    checkAreaRef(baseline.area, [...basePath, 'area'], ctx);
    checkStatPeriod(baseline.period, [...basePath, 'period'], ctx);
    for (let i = 0; i < baseline.indicators.length; i++) {
      const id = baseline.indicators[i]!;
      const before = ctx.issues.length;
      checkIndicatorRef(id, [...basePath, 'indicators', i], ctx);
      if (ctx.issues.length !== before || ctx.observationKeys === undefined) continue;
      if (!ctx.observationKeys.has(observationKey(id, baseline.area, baseline.period))) {
        report(ctx, 'error', 'reference.baseline.no-observation', [...basePath, 'indicators', i], {
          id,
          area: baseline.area,
          period: baseline.period,
        });
      }
    }
  }
}
