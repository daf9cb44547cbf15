/**
 * A plan's facts: title, kind, the area it covers, who owns the document, the decision (body, date,
 * diarienummer), validity ("until revised" included), the period, and the revision schedule, planned and done.
 * Also the plan's entry in the navigation, with the other parts of a plan (texts, participants, delmål,
 * activities) under it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { areaPickerField } from '../../fields/area-picker.js';
import { checkboxField, radiosField, selectField } from '../../fields/choice.js';
import { dateField } from '../../fields/date.js';
import { targetValue } from '../../fields/field.js';
import { listField } from '../../fields/list.js';
import { organisationField } from '../../fields/organisation.js';
import { localizedField, textField } from '../../fields/text.js';
import { textBlockPatterns, textBlocksField } from '../../fields/text-blocks.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { FieldSpec } from '../../issues/issue-index.js';
import { isObject, type Path } from '../../store/path.js';
import { formatCount } from '../../util/format.js';
import { heading } from '../../util/heading.js';
import { slugify, uniqueId } from '../../util/ids.js';
import { textOf } from '../names.js';
import {
  type EditorContext,
  type NavItem,
  type PreviewSpec,
  type Route,
  registerSection,
  registerStarter,
  type Section,
} from '../section.js';
import { renderNewPlan } from './new-plan.js';
import { pt } from './plan.messages.js';
import { planStyles } from './plan.styles.js';

/** The keys of a plan this view edits; the others belong to the texts, participants, delmål and activities. */
const ABOUT_KEYS = new Set([
  'id',
  'kind',
  'version',
  'replaces',
  'title',
  'subtitle',
  'category',
  'scope',
  'framework',
  'owner',
  'decision',
  'validity',
  'period',
  'revisionSchedule',
]);

const P = 'plans/*';
const f = (pattern: string, key: Parameters<typeof pt>[1]): FieldSpec => [pattern, (lang) => pt(lang, key)];
const localized = (pattern: string, key: Parameters<typeof pt>[1]): FieldSpec[] => [
  f(pattern, key),
  `${pattern}/en`,
];

export const PLAN_FIELDS: FieldSpec[] = [
  f(`${P}/id`, 'planId'),
  ...localized(`${P}/title`, 'title'),
  ...localized(`${P}/subtitle`, 'subtitle'),
  ...localized(`${P}/category`, 'category'),
  f(`${P}/kind`, 'kind'),
  f(`${P}/version`, 'version'),
  f(`${P}/replaces/plan`, 'replacesPlan'),
  f(`${P}/replaces/version`, 'replacesVersion'),
  f(`${P}/replaces/url`, 'replacesUrl'),
  f(`${P}/scope`, 'scope'),
  f(`${P}/framework`, 'framework'),
  f(`${P}/owner`, 'owner'),
  f(`${P}/decision/decidedBy`, 'decidedBy'),
  f(`${P}/decision/date`, 'decisionDate'),
  f(`${P}/decision/diarienummer`, 'diarienummer'),
  ...localized(`${P}/decision/note`, 'decisionNote'),
  f(`${P}/validity/start`, 'validityStart'),
  f(`${P}/validity/end`, 'validityEnd'),
  f(`${P}/validity/untilRevised`, 'untilRevised'),
  ...localized(`${P}/validity/note`, 'validityNote'),
  f(`${P}/period/start`, 'periodStart'),
  f(`${P}/period/end`, 'periodEnd'),
  f(`${P}/revisionSchedule/revisions`, 'revisions'),
  f(`${P}/revisionSchedule/revisions/*/date`, 'revisionDate'),
  f(`${P}/revisionSchedule/revisions/*/done`, 'revisionDone'),
  f(`${P}/revisionSchedule/revisions/*/doneDate`, 'revisionDoneDate'),
  f(`${P}/revisionSchedule/revisions/*/version`, 'revisionVersion'),
  f(`${P}/revisionSchedule/revisions/*/decision/decidedBy`, 'revisionDecidedBy'),
  f(`${P}/revisionSchedule/revisions/*/decision/date`, 'revisionDecisionDate'),
  f(`${P}/revisionSchedule/revisions/*/decision/diarienummer`, 'revisionDiarienummer'),
  ...textBlockPatterns(`${P}/revisionSchedule/revisions/*/changes`, (lang) => pt(lang, 'revisionChanges')),
  ...localized(`${P}/revisionSchedule/revisions/*/note`, 'revisionNote'),
  ...textBlockPatterns(`${P}/revisionSchedule/text`, (lang) => pt(lang, 'revisionText')),
];

/** The plans of the dataset, as [index, plan] for those that are objects. */
export function plansOf(data: unknown): [number, Record<string, unknown>][] {
  const plans = isObject(data) && Array.isArray(data['plans']) ? data['plans'] : [];
  return plans.flatMap((plan, index) =>
    isObject(plan) ? [[index, plan] as [number, Record<string, unknown>]] : [],
  );
}

/** A plan's title for the navigation and headings. */
export function planTitle(ctx: EditorContext, index: number): string {
  const plan = ctx.get(['plans', index]);
  return (isObject(plan) ? textOf(plan['title'], ctx.lang).trim() : '') || pt(ctx.lang, 'nav.untitled');
}

/** The preview of any view of a plan: the plan element showing that plan. */
export function planPreview(ctx: EditorContext, index: number): PreviewSpec {
  const plan = ctx.get(['plans', index]);
  const id = isObject(plan) && typeof plan['id'] === 'string' ? plan['id'] : undefined;
  const count = isObject(plan) && Array.isArray(plan['activities']) ? plan['activities'].length : 0;
  // A long plan's preview shows its first activities, so the preview drawn after each pause in typing stays
  // cheap. Not while the draft has errors: then the element shows its error state, the same issues as the form.
  const trim = count > PREVIEW_ACTIVITIES && ctx.issues.errors === 0;
  return {
    tag: 'dhol-plan',
    ...(id ? { attributes: { plan: id } } : {}),
    ...(trim
      ? {
          trim: (validated: unknown) => firstActivities(validated, index, PREVIEW_ACTIVITIES),
          note: pt(ctx.lang, 'previewFirst', {
            shown: formatCount(PREVIEW_ACTIVITIES, ctx.lang),
            total: formatCount(count, ctx.lang),
          }),
        }
      : {}),
  };
}

/** How many activities the preview of a plan shows. */
export const PREVIEW_ACTIVITIES = 50;

/** The dataset with the plan at `index` holding only its first `count` activities. */
function firstActivities(validated: unknown, index: number, count: number): unknown {
  if (!isObject(validated) || !Array.isArray(validated['plans'])) return validated;
  const plan = validated['plans'][index];
  if (!isObject(plan) || !Array.isArray(plan['activities'])) return validated;
  const plans = [...validated['plans']];
  plans[index] = { ...plan, activities: plan['activities'].slice(0, count) };
  return { ...validated, plans };
}

/** The navigation of one plan: its parts, in the order of a plan document. */
function planNav(ctx: EditorContext, index: number): NavItem {
  const t = (key: Parameters<typeof pt>[1]) => pt(ctx.lang, key);
  const path = ['plans', index];
  return {
    label: pt(ctx.lang, 'nav.plan', { title: planTitle(ctx, index) }),
    children: [
      { label: t('nav.about'), route: { section: 'plan', path } },
      { label: t('nav.texts'), route: { section: 'plan-texts', path } },
      { label: t('nav.participants'), route: { section: 'plan-participants', path } },
      ...extraPlanNav.flatMap((extra) => extra.links(ctx, index)),
    ],
  };
}

/** Other sections add their links under each plan here (the delmål, the activities), in `order`. */
const extraPlanNav: { order: number; links: (ctx: EditorContext, index: number) => NavItem[] }[] = [];

export function addPlanNav(order: number, links: (ctx: EditorContext, index: number) => NavItem[]): void {
  extraPlanNav.push({ order, links });
  extraPlanNav.sort((a, b) => a.order - b.order);
}

function render(ctx: EditorContext, route: Route): TemplateResult {
  const base = route.path;
  if (!isObject(ctx.get(base))) return html`<p class="notice problem">${ctx.t('editor.cannotShow')}</p>`;
  const t = (key: Parameters<typeof pt>[1], params = {}) => pt(ctx.lang, key, params);
  const at = (...rest: (string | number)[]): Path => [...base, ...rest];
  const sub = ctx.headingLevel + 1;
  const frameworks = ctx.frameworks.map((framework) => ({
    value: framework.id,
    label: framework.title.sv?.text ?? framework.title.en?.text ?? framework.id,
  }));
  return html`
    <div class="part">
      ${heading(sub, t('about.document'))}
      ${localizedField(ctx, { path: at('title'), label: t('title'), hint: t('titleHint') })}
      ${localizedField(ctx, { path: at('subtitle'), label: t('subtitle'), hint: t('subtitleHint'), optional: true })}
      ${localizedField(ctx, { path: at('category'), label: t('category'), hint: t('categoryHint'), optional: true })}
      ${radiosField(ctx, {
        path: at('kind'),
        label: t('kind'),
        options: (['local', 'regional', 'national'] as const).map((kind) => ({
          value: kind,
          label: ctx.t(`planKind.${kind}` as MessageKey),
        })),
      })}
      ${areaPickerField(ctx, { path: at('scope'), label: t('scope'), hint: t('scopeHint') })}
      ${organisationField(ctx, { path: at('owner'), label: t('owner'), hint: t('ownerHint'), optional: true })}
    </div>
    ${versionPart(ctx, base)}
    <div class="part">
      ${heading(sub, t('about.decision'))}
      ${organisationField(ctx, {
        path: at('decision', 'decidedBy'),
        label: t('decidedBy'),
        hint: t('decidedByHint'),
        optional: true,
      })}
      ${dateField(ctx, { path: at('decision', 'date'), label: t('decisionDate'), precision: 'day', optional: true })}
      ${textField(ctx, { path: at('decision', 'diarienummer'), label: t('diarienummer'), optional: true, width: 'medium' })}
      ${localizedField(ctx, {
        path: at('decision', 'note'),
        label: t('decisionNote'),
        hint: t('decisionNoteHint'),
        optional: true,
      })}
    </div>
    <div class="part">
      ${heading(sub, t('about.time'))}
      ${dateField(ctx, { path: at('validity', 'start'), label: t('validityStart'), precision: 'partial', optional: true })}
      ${checkboxField(ctx, { path: at('validity', 'untilRevised'), label: t('untilRevised') })}
      ${dateField(ctx, { path: at('validity', 'end'), label: t('validityEnd'), precision: 'partial', optional: true })}
      ${localizedField(ctx, { path: at('validity', 'note'), label: t('validityNote'), optional: true })}
      ${dateField(ctx, {
        path: at('period', 'start'),
        label: t('periodStart'),
        hint: t('periodHint'),
        precision: 'partial',
        optional: true,
      })}
      ${dateField(ctx, { path: at('period', 'end'), label: t('periodEnd'), precision: 'partial', optional: true })}
    </div>
    <div class="part">
      ${heading(sub, t('about.revisions'))}
      ${listField(ctx, {
        path: at('revisionSchedule', 'revisions'),
        legend: t('revisions'),
        hint: t('revisionsHint'),
        itemLabel: (i) => t('revision', { n: i + 1 }),
        addLabel: t('addRevision'),
        newItem: () => ({ date: '' }),
        focusInNew: ['date'],
        reorder: true,
        renderItem: (itemPath) => html`
          ${dateField(ctx, { path: [...itemPath, 'date'], label: t('revisionDate'), precision: 'partial' })}
          ${checkboxField(ctx, { path: [...itemPath, 'done'], label: t('revisionDone') })}
          ${ctx.get([...itemPath, 'done']) === true ? doneRevision(ctx, itemPath) : nothing}
          ${localizedField(ctx, { path: [...itemPath, 'note'], label: t('revisionNote'), optional: true })}
        `,
      })}
      ${textBlocksField(ctx, { path: at('revisionSchedule', 'text'), legend: t('revisionText') })}
    </div>
    <details class="part technical">
      <summary>${t('about.technical')}</summary>
      ${textField(ctx, {
        path: at('id'),
        label: t('planId'),
        hint: t('planIdHint'),
        width: 'medium',
        spellcheck: false,
      })}
      ${selectField(ctx, { path: at('framework'), label: t('framework'), options: frameworks })}
    </details>
  `;
}

/** What a done revision records (GOV.UK's conditional reveal: shown once "done" is ticked). */
function doneRevision(ctx: EditorContext, itemPath: Path): TemplateResult {
  const t = (key: Parameters<typeof pt>[1]) => pt(ctx.lang, key);
  return html`<div class="conditional">
    ${dateField(ctx, { path: [...itemPath, 'doneDate'], label: t('revisionDoneDate'), precision: 'day', optional: true })}
    ${textField(ctx, { path: [...itemPath, 'version'], label: t('revisionVersion'), optional: true, width: 'short' })}
    ${organisationField(ctx, { path: [...itemPath, 'decision', 'decidedBy'], label: t('revisionDecidedBy'), optional: true })}
    ${dateField(ctx, {
      path: [...itemPath, 'decision', 'date'],
      label: t('revisionDecisionDate'),
      precision: 'day',
      optional: true,
    })}
    ${textField(ctx, {
      path: [...itemPath, 'decision', 'diarienummer'],
      label: t('revisionDiarienummer'),
      optional: true,
      width: 'medium',
    })}
    ${textBlocksField(ctx, { path: [...itemPath, 'changes'], legend: t('revisionChanges') })}
  </div>`;
}

interface NextVersionForm {
  open: boolean;
  current: string;
  label: string;
  error?: 'current' | 'label' | 'same';
}

/**
 * The plan's version, the version it replaces, and "start the next version": a copy of the plan as a new plan in
 * the dataset (new id, the new version's name, `replaces` pointing back), without the decision and validity the
 * new version does not have yet. One undoable step.
 */
function versionPart(ctx: EditorContext, base: Path): TemplateResult {
  const t = (key: Parameters<typeof pt>[1], params = {}) => pt(ctx.lang, key, params);
  const plan = ctx.get(base) as Record<string, unknown>;
  const version = typeof plan['version'] === 'string' ? plan['version'] : '';
  const replaces = isObject(plan['replaces']) ? plan['replaces'] : undefined;
  const key = `plan/next/${base.join('/')}`;
  const form = ctx.uiState<NextVersionForm>(key, { open: false, current: '', label: '' });
  const set = (next: Partial<NextVersionForm>) => ctx.setUiState(key, { ...form, ...next });
  const replaced = replaces ? plansOf(ctx.data).find(([, p]) => p['id'] === replaces['plan']) : undefined;
  const create = (event: Event) => {
    event.preventDefault();
    const current = version || form.current.trim();
    const label = form.label.trim();
    const error = !current ? 'current' : !label ? 'label' : label === current ? 'same' : undefined;
    if (error) {
      set({ error });
      ctx.focusAfterUpdate(error === 'current' ? 'next-version-current' : 'next-version-label');
      return;
    }
    const plans = ctx.get(['plans']) as unknown[];
    const taken = plans.flatMap((p) => (isObject(p) && typeof p['id'] === 'string' ? [p['id']] : []));
    const oldId = String(plan['id'] ?? '');
    const id = uniqueId(slugify(`${oldId.replace(/-\d{4}$/, '')}-${label}`, 'plan'), taken);
    const { decision: _decision, validity: _validity, ...rest } = ctx.get(base) as Record<string, unknown>;
    const next = { ...rest, id, version: label, replaces: { plan: oldId, version: current } };
    const index = Number(base[1]);
    ctx.transact(() => {
      if (!version) ctx.edit([...base, 'version'], current);
      ctx.edit(['plans', index + 1], next, { insert: true });
    });
    ctx.setUiState(key, { open: false, current: '', label: '' });
    ctx.announce(t('next.created', { version: label, old: current }));
    ctx.navigate({ section: 'plan', path: ['plans', index + 1] });
  };
  const error = (which: NextVersionForm['error'], id: string, text: string) =>
    form.error === which
      ? html`<p class="message error" id=${id}><span class="visually-hidden">${ctx.t('issues.error')}:</span> ${text}</p>`
      : nothing;
  return html`<div class="part">
    ${heading(ctx.headingLevel + 1, t('about.version'))}
    ${textField(ctx, { path: [...base, 'version'], label: t('version'), hint: t('versionHint'), optional: true, width: 'short' })}
    ${
      replaces
        ? html`<fieldset class="fieldset field">
            <legend class="legend">${t('replaces')}</legend>
            ${replaced ? html`<p class="hint">${t('replacesIn', { title: planTitle(ctx, replaced[0]), version: String(replaces['version'] ?? '') })}</p>` : nothing}
            ${textField(ctx, { path: [...base, 'replaces', 'plan'], label: t('replacesPlan'), width: 'medium', spellcheck: false })}
            ${textField(ctx, { path: [...base, 'replaces', 'version'], label: t('replacesVersion'), width: 'short' })}
            ${textField(ctx, {
              path: [...base, 'replaces', 'url'],
              label: t('replacesUrl'),
              hint: t('replacesUrlHint'),
              type: 'url',
              optional: true,
              spellcheck: false,
            })}
          </fieldset>`
        : nothing
    }
    <button
      type="button"
      class="secondary"
      id="next-version-toggle"
      aria-expanded=${form.open ? 'true' : 'false'}
      aria-controls="next-version"
      @click=${() => {
        set({ open: !form.open, error: undefined });
        if (!form.open) ctx.focusAfterUpdate(version ? 'next-version-label' : 'next-version-current');
      }}
    >
      ${t('next.open')}
    </button>
    ${
      form.open
        ? html`<form class="inline-form" id="next-version" novalidate @submit=${create}>
            <p class="hint">${t('next.hint')}</p>
            ${
              version
                ? nothing
                : html`<div class="field ${form.error === 'current' ? 'has-error' : ''}">
                    <label class="label" for="next-version-current">${t('next.current')}</label>
                    <p class="hint" id="next-version-current-hint">${t('next.currentHint')}</p>
                    ${error('current', 'next-version-current-error', t('next.missing'))}
                    <input
                      id="next-version-current"
                      class="input width-short"
                      aria-describedby=${form.error === 'current' ? 'next-version-current-hint next-version-current-error' : 'next-version-current-hint'}
                      aria-invalid=${form.error === 'current' ? 'true' : 'false'}
                      .value=${live(form.current)}
                      @input=${(event: Event) => set({ current: targetValue(event), error: undefined })}
                    />
                  </div>`
            }
            <div class="field ${form.error === 'label' || form.error === 'same' ? 'has-error' : ''}">
              <label class="label" for="next-version-label">${t('next.label')}</label>
              <p class="hint" id="next-version-label-hint">${t('next.labelHint')}</p>
              ${error('label', 'next-version-label-error', t('next.missing'))}
              ${error('same', 'next-version-label-error', t('next.same'))}
              <input
                id="next-version-label"
                class="input width-short"
                aria-describedby=${form.error === 'label' || form.error === 'same' ? 'next-version-label-hint next-version-label-error' : 'next-version-label-hint'}
                aria-invalid=${form.error === 'label' || form.error === 'same' ? 'true' : 'false'}
                .value=${live(form.label)}
                @input=${(event: Event) => set({ label: targetValue(event), error: undefined })}
              />
            </div>
            <div class="button-group">
              <button type="submit">${t('next.create')}</button>
              <button
                type="button"
                class="secondary"
                @click=${() => {
                  ctx.setUiState(key, { open: false, current: '', label: '' });
                  ctx.focusAfterUpdate('next-version-toggle');
                }}
              >
                ${t('next.cancel')}
              </button>
            </div>
          </form>`
        : nothing
    }
  </div>`;
}

export const planSection: Section = {
  id: 'plan',
  fields: PLAN_FIELDS,
  styles: planStyles,
  routeFor(path: Path): Route | undefined {
    if (path[0] !== 'plans' || typeof path[1] !== 'number') return undefined;
    if (path.length === 2 || ABOUT_KEYS.has(String(path[2])))
      return { section: 'plan', path: ['plans', path[1]] };
    return undefined;
  },
  title: (ctx, route) => `${pt(ctx.lang, 'about.heading')}: ${planTitle(ctx, Number(route.path[1]))}`,
  render,
  nav: (ctx) => plansOf(ctx.data).map(([index]) => planNav(ctx, index)),
  preview: (ctx, route) => planPreview(ctx, Number(route.path[1])),
};

registerSection(planSection);
registerStarter({ id: 'new-plan', order: 10, render: renderNewPlan });
