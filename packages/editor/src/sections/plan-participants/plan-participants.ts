/**
 * The organisations that drew up a plan or belong to its network, each with what it does in the plan's own words
 * ("Processledning; samordnar nätverket …").
 */
import { html, type TemplateResult } from 'lit';
import { listField } from '../../fields/list.js';
import { organisationField } from '../../fields/organisation.js';
import { localizedField } from '../../fields/text.js';
import type { FieldSpec } from '../../issues/issue-index.js';
import { isObject, type Path } from '../../store/path.js';
import { planPreview, planTitle } from '../plan/plan.js';
import { pt } from '../plan/plan.messages.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

export const PARTICIPANT_FIELDS: FieldSpec[] = [
  ['plans/*/participants', (lang) => pt(lang, 'participants')],
  ['plans/*/participants/*/organisation', (lang) => pt(lang, 'participantOrganisation')],
  ['plans/*/participants/*/label', (lang) => pt(lang, 'participantLabel')],
  'plans/*/participants/*/label/en',
];

function render(ctx: EditorContext, route: Route): TemplateResult {
  const base = route.path;
  if (!isObject(ctx.get(base))) return html`<p class="notice problem">${ctx.t('editor.cannotShow')}</p>`;
  const t = (key: Parameters<typeof pt>[1], params = {}) => pt(ctx.lang, key, params);
  return listField(ctx, {
    path: [...base, 'participants'],
    legend: t('participants'),
    itemLabel: (i) => t('participant', { n: i + 1 }),
    addLabel: t('addParticipant'),
    newItem: () => ({ organisation: '' }),
    focusInNew: ['organisation'],
    reorder: true,
    dropWhenEmpty: true,
    renderItem: (itemPath) => html`
      ${organisationField(ctx, { path: [...itemPath, 'organisation'], label: t('participantOrganisation') })}
      ${localizedField(ctx, {
        path: [...itemPath, 'label'],
        label: t('participantLabel'),
        hint: t('participantLabelHint'),
        optional: true,
      })}
    `,
  });
}

export const planParticipantsSection: Section = {
  id: 'plan-participants',
  fields: PARTICIPANT_FIELDS,
  routeFor(path: Path): Route | undefined {
    if (path[0] !== 'plans' || typeof path[1] !== 'number' || path[2] !== 'participants') return undefined;
    return { section: 'plan-participants', path: ['plans', path[1]] };
  },
  title: (ctx, route) => `${pt(ctx.lang, 'participants.heading')}: ${planTitle(ctx, Number(route.path[1]))}`,
  render,
  preview: (ctx, route) => planPreview(ctx, Number(route.path[1])),
};

registerSection(planParticipantsSection);
