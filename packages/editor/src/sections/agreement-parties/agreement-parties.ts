/**
 * A handslag's parties: for each, the organisation, its role (huvudman, kunskaps- och processtöd …, in words),
 * the document's own word for the role, and its duties one by one.
 */
import { html, type TemplateResult } from 'lit';
import { selectField } from '../../fields/choice.js';
import { listField } from '../../fields/list.js';
import { organisationField } from '../../fields/organisation.js';
import { localizedField } from '../../fields/text.js';
import type { MessageKey } from '../../i18n/messages.js';
import { registerFields } from '../../issues/issue-index.js';
import type { Path } from '../../store/path.js';
import {
  agreementPreview,
  agreementRoute,
  agreementView,
  agreementViewTitle,
} from '../agreement/agreement.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

/** The roles a party can have, in the order a handslag names them. */
export const PARTY_ROLES = [
  'owner',
  'support',
  'lead',
  'coordinator',
  'performer',
  'partner',
  'responsible',
] as const;

export const AGREEMENT_PARTY_FIELDS = [
  'agreements/*/parties',
  'agreements/*/parties/*/organisation',
  'agreements/*/parties/*/role',
  'agreements/*/parties/*/label',
  'agreements/*/parties/*/label/en',
  'agreements/*/parties/*/duties',
  'agreements/*/parties/*/duties/*',
  'agreements/*/parties/*/duties/*/en',
];

/** The roles as options: words, never codes. */
export function roleOptions(ctx: EditorContext) {
  return PARTY_ROLES.map((role) => ({ value: role, label: ctx.t(`role.${role}` as MessageKey) }));
}

function render(ctx: EditorContext, route: Route): TemplateResult {
  return agreementView(ctx, route, (base, t) =>
    listField(ctx, {
      path: [...base, 'parties'],
      legend: t('parties'),
      hint: t('partiesHint'),
      itemLabel: (i) => t('party', { n: i + 1 }),
      addLabel: t('addParty'),
      newItem: () => ({ organisation: '', role: 'partner', duties: [] }),
      focusInNew: ['organisation'],
      reorder: true,
      renderItem: (party: Path, p) => html`
        ${organisationField(ctx, { path: [...party, 'organisation'], label: t('partyOrganisation') })}
        ${selectField(ctx, { path: [...party, 'role'], label: t('partyRole'), options: roleOptions(ctx) })}
        ${localizedField(ctx, {
          path: [...party, 'label'],
          label: t('partyLabel'),
          hint: t('partyLabelHint'),
          optional: true,
        })}
        ${listField(ctx, {
          path: [...party, 'duties'],
          legend: t('duties'),
          hint: t('dutiesHint'),
          itemLabel: (i) =>
            `${t('party', { n: p + 1 })}, ${t('duty', { n: i + 1 }).toLocaleLowerCase(ctx.lang)}`,
          addLabel: t('addDuty'),
          newItem: () => ({ sv: '' }),
          reorder: true,
          renderItem: (duty) => localizedField(ctx, { path: duty, label: t('dutyText'), multiline: true }),
        })}
      `,
    }),
  );
}

const KEYS = new Set(['parties']);

export const agreementPartiesSection: Section = {
  id: 'agreement-parties',
  fields: AGREEMENT_PARTY_FIELDS,
  routeFor: (path) => agreementRoute('agreement-parties', path, KEYS),
  title: (ctx, route) => agreementViewTitle(ctx, route, 'parties.heading'),
  render,
  preview: (ctx, route) => agreementPreview(ctx, Number(route.path[1])),
};

registerFields(AGREEMENT_PARTY_FIELDS);
registerSection(agreementPartiesSection);
