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
import type { Loose } from './sound-view.js';

/** Checks one agreement (handslag): parties, decision steps, governance, strategies, dates and baseline. */
export function checkAgreement(agreement: Loose<Agreement>, path: IssuePath, ctx: CheckContext): void {
  checkAreaRefs(agreement.scope, ctx, path, 'scope');
  checkOrganisationRef(agreement.initiatedBy, ctx, path, 'initiatedBy');
  const parties = agreement.parties;
  if (parties) {
    for (let i = 0; i < parties.length; i++) {
      checkOrganisationRef(parties[i]?.organisation, ctx, path, 'parties', i, 'organisation');
    }
  }
  const steps = agreement.decisionSteps;
  if (steps) {
    for (let i = 0; i < steps.length; i++) {
      checkOrganisationRef(steps[i]?.body, ctx, path, 'decisionSteps', i, 'body');
    }
  }
  const appointedBy = agreement.governance?.coordinator?.appointedBy;
  checkOrganisationRef(appointedBy, ctx, at(path, 'governance'), 'coordinator', 'appointedBy');
  const serves = agreement.serves;
  if (serves) {
    for (let i = 0; i < serves.length; i++) {
      const served = serves[i];
      checkOrganisationRef(served?.owner, ctx, path, 'serves', i, 'owner');
      checkFrameworkRef(served?.framework, ctx, path, 'serves', i, 'framework');
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
    const indicators = baseline.indicators ?? [];
    const { area, period } = baseline;
    for (let i = 0; i < indicators.length; i++) {
      const id = indicators[i];
      if (!checkIndicatorRef(id, ctx, basePath, 'indicators', i) || ctx.observationKeys === undefined)
        continue;
      // Which figure is meant is known only when the indicator, the area and the period are all sound.
      if (id === undefined || area === undefined || period === undefined) continue;
      if (!ctx.observationKeys.has(observationKey(id, area, period))) {
        report(ctx, 'error', 'reference.baseline.no-observation', at(basePath, 'indicators', i), {
          id,
          area,
          period,
        });
      }
    }
  }
  checkAgreementFollowUp(agreement, path, ctx);
}
