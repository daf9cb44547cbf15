/**
 * Indicators: the list of the dataset's indicators (with a small form to add one), and one indicator's facts:
 * what it measures (name, definition, who the values are about), how to read its values (unit, decimals, which
 * direction is better, whether it counts people, its breakdowns), its source and licence, the delmål it follows up
 * and a target. The values themselves are in the grid (sections/observations). Also the "new set of figures"
 * starter.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { checkboxesField } from '../../fields/checkboxes.js';
import { radiosField, selectField } from '../../fields/choice.js';
import { dateField } from '../../fields/date.js';
import {
  asText,
  fieldClass,
  fieldState,
  hintAndIssues,
  labelContent,
  targetValue,
} from '../../fields/field.js';
import { numberField } from '../../fields/number.js';
import { localizedField, textField } from '../../fields/text.js';
import { yesNoField } from '../../fields/yes-no.js';
import { registerFields } from '../../issues/issue-index.js';
import { isObject, type Path } from '../../store/path.js';
import { heading } from '../../util/heading.js';
import { slugify, uniqueId } from '../../util/ids.js';
import { goalLabel, subgoalsOf } from '../goals.js';
import { textOf } from '../names.js';
import { planStyles } from '../plan/plan.styles.js';
import {
  type EditorContext,
  type NavItem,
  type PreviewSpec,
  type Route,
  registerSection,
  registerStarter,
  type Section,
} from '../section.js';
import { type IndicatorMessage, it } from './indicator.messages.js';
import { renderNewIndicators } from './new-indicators.js';

export const UNITS = ['percent', 'per100k', 'per1000', 'count', 'rate', 'index', 'days', 'other'] as const;
export const POLARITIES = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export const BREAKDOWNS = ['sex', 'age', 'area', 'period'] as const;

const I = 'indicators/*';
const localized = (base: string) => [base, `${base}/en`];

export const INDICATOR_FIELDS = [
  `${I}/id`,
  ...localized(`${I}/title`),
  ...localized(`${I}/description`),
  ...localized(`${I}/definition`),
  ...localized(`${I}/population`),
  `${I}/unit`,
  ...localized(`${I}/unitLabel`),
  `${I}/decimals`,
  `${I}/polarity`,
  `${I}/aboutPeople`,
  `${I}/breakdowns`,
  ...localized(`${I}/source/name`),
  `${I}/source/publisher`,
  `${I}/source/url`,
  `${I}/source/externalId`,
  `${I}/licence`,
  `${I}/updated`,
  `${I}/goals`,
  `${I}/target/value`,
  `${I}/target/period`,
  ...localized(`${I}/target/label`),
];

/** The indicators of the dataset, as [index, indicator] for those that are objects. */
export function indicatorsOf(data: unknown): [number, Record<string, unknown>][] {
  const list = isObject(data) && Array.isArray(data['indicators']) ? data['indicators'] : [];
  return list.flatMap((item, index) =>
    isObject(item) ? [[index, item] as [number, Record<string, unknown>]] : [],
  );
}

/** An indicator's name for the navigation and headings. */
export function indicatorTitle(ctx: EditorContext, index: number): string {
  const indicator = ctx.get(['indicators', index]);
  return (
    (isObject(indicator) ? textOf(indicator['title'], ctx.lang).trim() : '') || it(ctx.lang, 'nav.untitled')
  );
}

/** The dataset's indicators that have an id, as options named by their titles. */
export function indicatorOptions(ctx: EditorContext): { value: string; label: string }[] {
  return indicatorsOf(ctx.data).flatMap(([index, indicator]) =>
    typeof indicator['id'] === 'string'
      ? [{ value: indicator['id'], label: indicatorTitle(ctx, index) }]
      : [],
  );
}

/** The preview of an indicator's views: the indicator element showing it. */
export function indicatorPreview(ctx: EditorContext, index: number): PreviewSpec {
  const indicator = ctx.get(['indicators', index]);
  const id = isObject(indicator) && typeof indicator['id'] === 'string' ? indicator['id'] : undefined;
  return { tag: 'dhol-indicator', ...(id ? { attributes: { indicator: id } } : {}) };
}

/** How many observations an indicator has (for the navigation). */
export function observationCount(data: unknown, id: unknown): number {
  const list = isObject(data) && Array.isArray(data['observations']) ? data['observations'] : [];
  let count = 0;
  for (const o of list) if (isObject(o) && o['indicator'] === id) count++;
  return count;
}

/**
 * Changes an indicator's id, and the references to it (its observations, handslag baselines) with it, as one undo
 * step. References are left alone when the new id is another indicator's, so typing through a taken id never
 * merges two indicators' values.
 */
export function renameIndicator(ctx: EditorContext, index: number, next: string): void {
  const old = ctx.get(['indicators', index, 'id']);
  const taken = indicatorsOf(ctx.data).some(([i, other]) => i !== index && other['id'] === next);
  ctx.transact(() => {
    ctx.edit(['indicators', index, 'id'], next);
    if (typeof old !== 'string' || old === next || taken || next === '') return;
    const observations = ctx.get(['observations']);
    if (Array.isArray(observations) && observations.some((o) => isObject(o) && o['indicator'] === old)) {
      ctx.edit(
        ['observations'],
        observations.map((o) => (isObject(o) && o['indicator'] === old ? { ...o, indicator: next } : o)),
      );
    }
    const agreements = ctx.get(['agreements']);
    (Array.isArray(agreements) ? agreements : []).forEach((agreement, a) => {
      const list =
        isObject(agreement) && isObject(agreement['baseline'])
          ? agreement['baseline']['indicators']
          : undefined;
      if (!Array.isArray(list)) return;
      list.forEach((ref, r) => {
        if (ref === old) ctx.edit(['agreements', a, 'baseline', 'indicators', r], next);
      });
    });
  });
}

function idField(ctx: EditorContext, index: number, t: (key: IndicatorMessage) => string): TemplateResult {
  const options = { path: ['indicators', index, 'id'] as Path, label: t('id'), hint: t('idHint') };
  const state = fieldState(ctx, options);
  return html`<div class=${fieldClass(state)}>
    <label class="label" for=${state.id}>${labelContent(ctx, options)}</label>
    ${hintAndIssues(ctx, options, state)}
    <input
      id=${state.id}
      class="input width-medium"
      autocomplete="off"
      spellcheck="false"
      aria-describedby=${state.describedBy}
      aria-invalid=${state.hasError ? 'true' : 'false'}
      .value=${live(asText(ctx.get(options.path)))}
      @input=${(event: Event) => renameIndicator(ctx, index, targetValue(event))}
    />
  </div>`;
}

function renderIndicator(ctx: EditorContext, route: Route): TemplateResult {
  const base = route.path;
  if (!isObject(ctx.get(base))) return html`<p class="notice problem">${ctx.t('editor.cannotShow')}</p>`;
  const index = Number(base[1]);
  const t = (key: IndicatorMessage) => it(ctx.lang, key);
  const path = (...rest: (string | number)[]): Path => [...base, ...rest];
  const sub = ctx.headingLevel + 1;
  const national = ctx.frameworks.at(-1);
  return html`
    <div class="part">
      ${heading(sub, t('about.what'))}
      ${localizedField(ctx, { path: path('title'), label: t('title'), hint: t('titleHint') })}
      ${localizedField(ctx, { path: path('definition'), label: t('definition'), hint: t('definitionHint'), optional: true, multiline: true })}
      ${localizedField(ctx, { path: path('population'), label: t('population'), hint: t('populationHint'), optional: true })}
      ${localizedField(ctx, { path: path('description'), label: t('description'), optional: true, multiline: true })}
    </div>
    <div class="part">
      ${heading(sub, t('about.how'))}
      ${selectField(ctx, {
        path: path('unit'),
        label: t('unit'),
        options: UNITS.map((unit) => ({ value: unit, label: t(`unit.${unit}`) })),
      })}
      ${localizedField(ctx, { path: path('unitLabel'), label: t('unitLabel'), hint: t('unitLabelHint'), optional: true })}
      ${numberField(ctx, { path: path('decimals'), label: t('decimals'), optional: true })}
      ${radiosField(ctx, {
        path: path('polarity'),
        label: t('polarity'),
        options: POLARITIES.map((polarity) => ({ value: polarity, label: t(`polarity.${polarity}`) })),
      })}
      ${yesNoField(ctx, { path: path('aboutPeople'), label: t('aboutPeople'), hint: t('aboutPeopleHint'), yes: t('yes'), no: t('no') })}
      ${checkboxesField(ctx, {
        path: path('breakdowns'),
        label: t('breakdowns'),
        optional: true,
        dropWhenEmpty: true,
        options: BREAKDOWNS.map((b) => ({ value: b, label: t(`breakdown.${b}`) })),
      })}
    </div>
    <div class="part">
      ${heading(sub, t('about.source'))}
      ${localizedField(ctx, { path: path('source', 'name'), label: t('sourceName'), hint: t('sourceNameHint') })}
      ${textField(ctx, { path: path('source', 'publisher'), label: t('publisher'), optional: true })}
      ${textField(ctx, { path: path('source', 'url'), label: t('sourceUrl'), hint: t('sourceUrlHint'), type: 'url', optional: true, spellcheck: false })}
      ${textField(ctx, { path: path('source', 'externalId'), label: t('externalId'), hint: t('externalIdHint'), optional: true, width: 'medium', spellcheck: false })}
      ${textField(ctx, { path: path('licence'), label: t('licence'), hint: t('licenceHint'), optional: true, width: 'medium' })}
      ${dateField(ctx, { path: path('updated'), label: t('updated'), precision: 'day', optional: true })}
    </div>
    <div class="part">
      ${
        national
          ? checkboxesField(ctx, {
              path: path('goals'),
              label: t('goals'),
              optional: true,
              dropWhenEmpty: true,
              options: subgoalsOf(national).map((goal) => ({
                value: goal.id,
                label: goalLabel(goal, national, ctx.lang),
              })),
              toItem: (goal) => ({ framework: national.id, goal }),
              fromItem: (item) =>
                isObject(item) && item['framework'] === national.id && typeof item['goal'] === 'string'
                  ? item['goal']
                  : undefined,
            })
          : nothing
      }
      ${heading(sub, t('target'))}
      ${numberField(ctx, { path: path('target', 'value'), label: t('targetValue'), optional: true })}
      ${textField(ctx, { path: path('target', 'period'), label: t('targetPeriod'), optional: true, width: 'short', spellcheck: false })}
    </div>
    <details class="part technical">
      <summary>${t('about.technical')}</summary>
      ${idField(ctx, index, t)}
    </details>
  `;
}

interface AddForm {
  title: string;
  error: boolean;
}

/** The list of indicators, each with links to its facts and its values, and a form to add one. */
function renderList(ctx: EditorContext): TemplateResult {
  const t = (key: IndicatorMessage, params = {}) => it(ctx.lang, key, params);
  const list = indicatorsOf(ctx.data);
  const form = ctx.uiState<AddForm>('indicator-add', { title: '', error: false });
  const add = (event: Event) => {
    event.preventDefault();
    const title = form.title.trim();
    if (title === '') {
      ctx.setUiState('indicator-add', { ...form, error: true });
      ctx.focusAfterUpdate('indicator-add-title');
      return;
    }
    const existing = ctx.get(['indicators']);
    const index = Array.isArray(existing) ? existing.length : 0;
    const id = uniqueId(
      slugify(title, 'indikator'),
      list.map(([, i]) => asText(i['id'])),
    );
    ctx.edit(['indicators', index], { id, title: { sv: title } }, { insert: true, group: null });
    ctx.setUiState('indicator-add', { title: '', error: false });
    ctx.announce(t('add.done', { title }));
    ctx.navigate({ section: 'indicator', path: ['indicators', index] });
  };
  return html`
    <p>${t('list.intro')}</p>
    ${
      list.length === 0
        ? html`<p>${t('list.none')}</p>`
        : html`<ul class="indicator-list">
            ${list.map(([index, indicator]) => {
              const title = indicatorTitle(ctx, index);
              return html`<li>
                <span class="indicator-name">${title}</span>
                <button type="button" class="link" @click=${() => ctx.navigate({ section: 'indicator', path: ['indicators', index] })}>
                  ${t('list.about', { title })}
                </button>
                <button type="button" class="link" @click=${() => ctx.navigate({ section: 'observations', path: ['indicators', index] })}>
                  ${t('list.values', { title, count: observationCount(ctx.data, indicator['id']) })}
                </button>
              </li>`;
            })}
          </ul>`
    }
    <form class="part" novalidate @submit=${add}>
      ${heading(ctx.headingLevel + 1, t('add.heading'))}
      <div class="field ${form.error ? 'has-error' : ''}">
        <label class="label" for="indicator-add-title">${t('add.title')}</label>
        ${
          form.error
            ? html`<p class="message error" id="indicator-add-title-error">
                <span class="visually-hidden">${ctx.t('issues.error')}:</span> ${t('add.titleMissing')}
              </p>`
            : nothing
        }
        <input
          id="indicator-add-title"
          class="input"
          autocomplete="off"
          aria-invalid=${form.error ? 'true' : 'false'}
          aria-describedby=${form.error ? 'indicator-add-title-error' : nothing}
          .value=${live(form.title)}
          @input=${(event: Event) => ctx.setUiState('indicator-add', { title: targetValue(event), error: false })}
        />
      </div>
      <button type="submit" class="secondary">${t('add.button')}</button>
    </form>
  `;
}

/** Which indicator view a path belongs to; `['indicators']` itself is the list. */
function indicatorRoute(path: Path): Route | undefined {
  if (path[0] !== 'indicators') return undefined;
  if (typeof path[1] !== 'number') return { section: 'indicator-list', path: ['indicators'] };
  return { section: 'indicator', path: ['indicators', path[1]] };
}

export const indicatorListSection: Section = {
  id: 'indicator-list',
  fields: ['indicators'],
  styles: planStyles,
  routeFor: (path) => (path[0] === 'indicators' && path.length === 1 ? indicatorRoute(path) : undefined),
  title: (ctx) => it(ctx.lang, 'list.heading'),
  render: (ctx) => renderList(ctx),
  nav: (ctx) => {
    const t = (key: IndicatorMessage, params = {}) => it(ctx.lang, key, params);
    return [
      {
        label: t('nav.indicators'),
        children: [
          { label: t('nav.all'), route: { section: 'indicator-list', path: ['indicators'] } },
          ...indicatorsOf(ctx.data).flatMap(([index, indicator]): NavItem[] => {
            const title = indicatorTitle(ctx, index);
            const path = ['indicators', index];
            return [
              { label: t('nav.about', { title }), route: { section: 'indicator', path } },
              {
                label: t('nav.values', { title }),
                count: observationCount(ctx.data, indicator['id']),
                route: { section: 'observations', path },
              },
            ];
          }),
        ],
      },
    ];
  },
};

export const indicatorSection: Section = {
  id: 'indicator',
  fields: INDICATOR_FIELDS,
  styles: planStyles,
  routeFor: (path) => (typeof path[1] === 'number' ? indicatorRoute(path) : undefined),
  title: (ctx, route) => `${it(ctx.lang, 'about.heading')}: ${indicatorTitle(ctx, Number(route.path[1]))}`,
  render: renderIndicator,
  preview: (ctx, route) => indicatorPreview(ctx, Number(route.path[1])),
};

registerFields(INDICATOR_FIELDS);
registerSection(indicatorSection);
registerSection(indicatorListSection);
registerStarter({ id: 'new-indicators', order: 30, render: renderNewIndicators });
