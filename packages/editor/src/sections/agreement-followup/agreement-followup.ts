/**
 * Following a handslag up: where it stands (draft, decided, signed, under way, ended) and the parties' check-ins
 * (avstämningar): the day, who took part, what they agreed and the next steps. The decision steps' done dates and
 * signatures are with the decision steps, under governance and decisions.
 */
import { html, type TemplateResult } from 'lit';
import { checkboxesField } from '../../fields/checkboxes.js';
import { radiosField } from '../../fields/choice.js';
import { dateField } from '../../fields/date.js';
import { listField } from '../../fields/list.js';
import { organisationChoices } from '../../fields/organisation.js';
import { localizedField } from '../../fields/text.js';
import { registerFields } from '../../issues/issue-index.js';
import {
  agreementPreview,
  agreementRoute,
  agreementView,
  agreementViewTitle,
} from '../agreement/agreement.js';
import { planStyles } from '../plan/plan.styles.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

export const AGREEMENT_STATUSES = ['draft', 'decided', 'signed', 'in-progress', 'ended'] as const;

const C = 'agreements/*/checkIns/*';

export const AGREEMENT_FOLLOWUP_FIELDS = [
  'agreements/*/status',
  'agreements/*/checkIns',
  `${C}/date`,
  `${C}/participants`,
  `${C}/agreed`,
  `${C}/agreed/*`,
  `${C}/agreed/*/en`,
  `${C}/nextSteps`,
  `${C}/nextSteps/*`,
  `${C}/nextSteps/*/en`,
  `${C}/note`,
  `${C}/note/en`,
];

function render(ctx: EditorContext, route: Route): TemplateResult {
  return agreementView(ctx, route, (base, t) => {
    const organisations = organisationChoices(ctx).map((o) => ({ value: o.id, label: o.name }));
    return html`
      <div class="part">
        ${radiosField(ctx, {
          path: [...base, 'status'],
          label: t('status'),
          optional: true,
          options: AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
        })}
      </div>
      <div class="part">
        ${listField(ctx, {
          path: [...base, 'checkIns'],
          legend: t('checkIns'),
          hint: t('checkInsHint'),
          itemLabel: (i) => t('checkIn', { n: i + 1 }),
          addLabel: t('addCheckIn'),
          newItem: () => ({ date: '', participants: [] }),
          focusInNew: ['date'],
          reorder: true,
          dropWhenEmpty: true,
          renderItem: (item, c) => html`
            ${dateField(ctx, { path: [...item, 'date'], label: t('checkInDate'), precision: 'day' })}
            ${checkboxesField(ctx, {
              path: [...item, 'participants'],
              label: t('checkInParticipants'),
              options: organisations,
              emptyText: t('checkInNoOrganisations'),
            })}
            ${(['agreed', 'nextSteps'] as const).map((key) =>
              listField(ctx, {
                path: [...item, key],
                legend: t(key),
                itemLabel: (i) =>
                  `${t('checkIn', { n: c + 1 })}, ${t(key === 'agreed' ? 'agreedItem' : 'nextStep', { n: i + 1 }).toLocaleLowerCase(ctx.lang)}`,
                addLabel: t(key === 'agreed' ? 'addAgreed' : 'addNextStep'),
                newItem: () => ({ sv: '' }),
                reorder: true,
                dropWhenEmpty: true,
                renderItem: (text) =>
                  localizedField(ctx, { path: text, label: t('itemText'), multiline: true }),
              }),
            )}
            ${localizedField(ctx, { path: [...item, 'note'], label: t('checkInNote'), optional: true, multiline: true })}
          `,
        })}
      </div>
    `;
  });
}

const KEYS = new Set(['status', 'checkIns']);

export const agreementFollowupSection: Section = {
  id: 'agreement-followup',
  fields: AGREEMENT_FOLLOWUP_FIELDS,
  styles: planStyles,
  routeFor: (path) => agreementRoute('agreement-followup', path, KEYS),
  title: (ctx, route) => agreementViewTitle(ctx, route, 'followup.heading'),
  render,
  preview: (ctx, route) => agreementPreview(ctx, Number(route.path[1])),
};

registerFields(AGREEMENT_FOLLOWUP_FIELDS);
registerSection(agreementFollowupSection);
