import type { IssuePath } from '../issues/issue.js';
import type { Agreement } from '../model/agreement.js';
import { type CheckContext, observationKey, report } from './context.js';
import { checkPartialDate, checkStatPeriod, checkValidity } from './dates.js';
import { checkAgreementFollowUp } from './followup-checks.js';
import { at } from './path.js';
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
  checkAreaRefs(agreement.scope, ctx, path, 'scope');
  checkOrganisationRef(agreement.initiatedBy, ctx, path, 'initiatedBy');
  for (let i = 0; i < agreement.parties.length; i++) {
    checkOrganisationRef(agreement.parties[i]!.organisation, ctx, path, 'parties', i, 'organisation');
  }
  if (agreement.decisionSteps) {
    for (let i = 0; i < agreement.decisionSteps.length; i++) {
      checkOrganisationRef(agreement.decisionSteps[i]!.body, ctx, path, 'decisionSteps', i, 'body');
    }
  }
  const appointedBy = agreement.governance?.coordinator?.appointedBy;
  checkOrganisationRef(appointedBy, ctx, at(path, 'governance'), 'coordinator', 'appointedBy');
  if (agreement.serves) {
    for (let i = 0; i < agreement.serves.length; i++) {
      const served = agreement.serves[i]!;
      checkOrganisationRef(served.owner, ctx, path, 'serves', i, 'owner');
      if (served.framework !== undefined)
        checkFrameworkRef(served.framework, ctx, path, 'serves', i, 'framework');
    }
  }
  checkFrameworkGoalRefs(agreement.goals, ctx, path, 'goals');
  if (agreement.duration) {
    checkValidity(agreement.duration, ctx, path, 'duration');
    checkPartialDate(agreement.duration.horizon, ctx, path, 'duration', 'horizon');
  }
  const baseline = agreement.baseline;
  if (baseline) {
    const basePath = at(path, 'baseline');
    checkAreaRef(baseline.area, ctx, basePath, 'area');
    checkStatPeriod(baseline.period, ctx, basePath, 'period');
    for (let i = 0; i < baseline.indicators.length; i++) {
      const id = baseline.indicators[i]!;
      if (!checkIndicatorRef(id, ctx, basePath, 'indicators', i) || ctx.observationKeys === undefined)
        continue;
      if (!ctx.observationKeys.has(observationKey(id, baseline.area, baseline.period))) {
        report(ctx, 'error', 'reference.baseline.no-observation', at(basePath, 'indicators', i), {
          id,
          area: baseline.area,
          period: baseline.period,
        });
      }
    }
  }
  checkAgreementFollowUp(agreement, path, ctx);
}
