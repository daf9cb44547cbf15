/**
 * How a handslag is run and decided: who appoints the coordinator and what the coordinator does, the steering
 * group and working groups, more text on governance, and the decision steps (each deciding body, the decision in
 * the document's words, who signs; once done, the date, the signer's name and the day of signing).
 */
import { html, type TemplateResult } from 'lit';
import { checkboxField } from '../../fields/choice.js';
import { dateField } from '../../fields/date.js';
import { listField } from '../../fields/list.js';
import { organisationField } from '../../fields/organisation.js';
import { localizedField, textField } from '../../fields/text.js';
import { textBlockPatterns, textBlocksField } from '../../fields/text-blocks.js';
import { registerFields } from '../../issues/issue-index.js';
import type { Path } from '../../store/path.js';
import { heading } from '../../util/heading.js';
import {
  agreementPreview,
  agreementRoute,
  agreementView,
  agreementViewTitle,
} from '../agreement/agreement.js';
import { planStyles } from '../plan/plan.styles.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

const G = 'agreements/*/governance';
const D = 'agreements/*/decisionSteps/*';
const localized = (base: string) => [base, `${base}/en`];

export const AGREEMENT_GOVERNANCE_FIELDS = [
  `${G}/coordinator/appointedBy`,
  ...localized(`${G}/coordinator/description`),
  ...localized(`${G}/steeringGroup`),
  ...localized(`${G}/workingGroups`),
  ...textBlockPatterns(`${G}/text`),
  'agreements/*/decisionSteps',
  `${D}/body`,
  ...localized(`${D}/decision`),
  ...localized(`${D}/signatory`),
  `${D}/date`,
  `${D}/done`,
  `${D}/signedBy`,
  `${D}/signedDate`,
];

function render(ctx: EditorContext, route: Route): TemplateResult {
  return agreementView(ctx, route, (base, t) => {
    const g = (...rest: string[]): Path => [...base, 'governance', ...rest];
    const sub = ctx.headingLevel + 1;
    return html`
      <div class="part">
        ${heading(sub, t('governance.coordination'))}
        ${organisationField(ctx, {
          path: g('coordinator', 'appointedBy'),
          label: t('coordinatorAppointedBy'),
          hint: t('coordinatorAppointedByHint'),
          optional: true,
        })}
        ${localizedField(ctx, {
          path: g('coordinator', 'description'),
          label: t('coordinator'),
          hint: t('coordinatorHint'),
          optional: true,
          multiline: true,
        })}
        ${localizedField(ctx, {
          path: g('steeringGroup'),
          label: t('steeringGroup'),
          hint: t('steeringGroupHint'),
          optional: true,
          multiline: true,
        })}
        ${localizedField(ctx, {
          path: g('workingGroups'),
          label: t('workingGroups'),
          hint: t('workingGroupsHint'),
          optional: true,
          multiline: true,
        })}
        ${textBlocksField(ctx, { path: g('text'), legend: t('governanceText') })}
      </div>
      <div class="part">
        ${heading(sub, t('governance.decision'))}
        ${listField(ctx, {
          path: [...base, 'decisionSteps'],
          legend: t('decisionSteps'),
          hint: t('decisionStepsHint'),
          itemLabel: (i) => t('decisionStep', { n: i + 1 }),
          addLabel: t('addDecisionStep'),
          newItem: () => ({ body: '', decision: { sv: '' } }),
          focusInNew: ['body'],
          reorder: true,
          dropWhenEmpty: true,
          renderItem: (step) => html`
            ${organisationField(ctx, { path: [...step, 'body'], label: t('body'), hint: t('bodyHint') })}
            ${localizedField(ctx, {
              path: [...step, 'decision'],
              label: t('decision'),
              hint: t('decisionHint'),
              multiline: true,
            })}
            ${localizedField(ctx, {
              path: [...step, 'signatory'],
              label: t('signatory'),
              hint: t('signatoryHint'),
              optional: true,
            })}
            ${checkboxField(ctx, { path: [...step, 'done'], label: t('done') })}
            ${dateField(ctx, { path: [...step, 'date'], label: t('decisionDate'), precision: 'day', optional: true })}
            ${textField(ctx, {
              path: [...step, 'signedBy'],
              label: t('signedBy'),
              hint: t('signedByHint'),
              optional: true,
              autocomplete: 'name',
            })}
            ${dateField(ctx, { path: [...step, 'signedDate'], label: t('signedDate'), precision: 'day', optional: true })}
          `,
        })}
      </div>
    `;
  });
}

const KEYS = new Set(['governance', 'decisionSteps']);

export const agreementGovernanceSection: Section = {
  id: 'agreement-governance',
  fields: AGREEMENT_GOVERNANCE_FIELDS,
  styles: planStyles,
  routeFor: (path) => agreementRoute('agreement-governance', path, KEYS),
  title: (ctx, route) => agreementViewTitle(ctx, route, 'governance.heading'),
  render,
  preview: (ctx, route) => agreementPreview(ctx, Number(route.path[1])),
};

registerFields(AGREEMENT_GOVERNANCE_FIELDS);
registerSection(agreementGovernanceSection);
