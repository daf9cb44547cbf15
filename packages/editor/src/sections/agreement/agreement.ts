/**
 * A handslag's facts: title, kind, the area it covers, who took the initiative, and its duration (dates, "until
 * revised", a length in years, the horizon of the wider work). Also each handslag's entry in the navigation, with
 * its other parts (parties, texts, governance and decisions, strategies and baseline, follow-up) under it, and the
 * "new handslag" starter.
 */
import { html, type TemplateResult } from 'lit';
import { areaPickerField } from '../../fields/area-picker.js';
import { checkboxField, radiosField } from '../../fields/choice.js';
import { dateField } from '../../fields/date.js';
import { numberField } from '../../fields/number.js';
import { organisationField } from '../../fields/organisation.js';
import { localizedField, textField } from '../../fields/text.js';
import { registerFields } from '../../issues/issue-index.js';
import { isObject, type Path } from '../../store/path.js';
import { heading } from '../../util/heading.js';
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
import { type AgreementMessage, at } from './agreement.messages.js';
import { renderNewAgreement } from './new-agreement.js';

/** The keys of an agreement this view edits; the other views edit the rest. */
const ABOUT_KEYS = new Set(['id', 'kind', 'title', 'subtitle', 'scope', 'initiatedBy', 'duration']);

const A = 'agreements/*';
const localized = (base: string) => [base, `${base}/en`];

export const AGREEMENT_FIELDS = [
  `${A}/id`,
  `${A}/kind`,
  ...localized(`${A}/title`),
  ...localized(`${A}/subtitle`),
  `${A}/scope`,
  `${A}/initiatedBy`,
  `${A}/duration/start`,
  `${A}/duration/end`,
  `${A}/duration/untilRevised`,
  `${A}/duration/years`,
  `${A}/duration/horizon`,
  ...localized(`${A}/duration/note`),
];

/** The agreements of the dataset, as [index, agreement] for those that are objects. */
export function agreementsOf(data: unknown): [number, Record<string, unknown>][] {
  const list = isObject(data) && Array.isArray(data['agreements']) ? data['agreements'] : [];
  return list.flatMap((item, index) =>
    isObject(item) ? [[index, item] as [number, Record<string, unknown>]] : [],
  );
}

/** An agreement's title for the navigation and headings. */
export function agreementTitle(ctx: EditorContext, index: number): string {
  const agreement = ctx.get(['agreements', index]);
  return (
    (isObject(agreement) ? textOf(agreement['title'], ctx.lang).trim() : '') || at(ctx.lang, 'nav.untitled')
  );
}

/** The preview of any view of an agreement: the agreement element showing that agreement. */
export function agreementPreview(ctx: EditorContext, index: number): PreviewSpec {
  const agreement = ctx.get(['agreements', index]);
  const id = isObject(agreement) && typeof agreement['id'] === 'string' ? agreement['id'] : undefined;
  return { tag: 'dhol-agreement', ...(id ? { attributes: { agreement: id } } : {}) };
}

/** The route of an agreement's view, for the sections of its parts: `['agreements', n]` when `path` is in one. */
export function agreementRoute(section: string, path: Path, keys: ReadonlySet<string>): Route | undefined {
  if (path[0] !== 'agreements' || typeof path[1] !== 'number' || !keys.has(String(path[2]))) return undefined;
  return { section, path: ['agreements', path[1]] };
}

/** The heading of an agreement's view: "Parter: Handslag: Det handlar om livet". */
export function agreementViewTitle(ctx: EditorContext, route: Route, key: AgreementMessage): string {
  return `${at(ctx.lang, key)}: ${agreementTitle(ctx, Number(route.path[1]))}`;
}

function agreementNav(ctx: EditorContext, index: number): NavItem {
  const t = (key: AgreementMessage) => at(ctx.lang, key);
  const path = ['agreements', index];
  const link = (label: AgreementMessage, section: string): NavItem => ({
    label: t(label),
    route: { section, path },
  });
  return {
    label: at(ctx.lang, 'nav.agreement', { title: agreementTitle(ctx, index) }),
    children: [
      link('nav.about', 'agreement'),
      link('nav.parties', 'agreement-parties'),
      link('nav.texts', 'agreement-texts'),
      link('nav.governance', 'agreement-governance'),
      link('nav.strategies', 'agreement-strategies'),
      link('nav.followup', 'agreement-followup'),
    ],
  };
}

/** Renders a view of an agreement, or says it cannot when the file's agreement is not an object. */
export function agreementView(
  ctx: EditorContext,
  route: Route,
  body: (
    base: Path,
    t: (key: AgreementMessage, params?: Record<string, string | number>) => string,
  ) => TemplateResult,
): TemplateResult {
  if (!isObject(ctx.get(route.path)))
    return html`<p class="notice problem">${ctx.t('editor.cannotShow')}</p>`;
  return body(route.path, (key, params = {}) => at(ctx.lang, key, params));
}

function render(ctx: EditorContext, route: Route): TemplateResult {
  return agreementView(ctx, route, (base, t) => {
    const path = (...rest: (string | number)[]): Path => [...base, ...rest];
    const sub = ctx.headingLevel + 1;
    return html`
      <div class="part">
        ${heading(sub, t('about.document'))}
        ${localizedField(ctx, { path: path('title'), label: t('title'), hint: t('titleHint') })}
        ${localizedField(ctx, { path: path('subtitle'), label: t('subtitle'), hint: t('subtitleHint'), optional: true })}
        ${radiosField(ctx, {
          path: path('kind'),
          label: t('kind'),
          options: (['handslag', 'agreement'] as const).map((kind) => ({
            value: kind,
            label: t(`kind.${kind}`),
          })),
        })}
        ${areaPickerField(ctx, { path: path('scope'), label: t('scope'), hint: t('scopeHint'), optional: true })}
        ${organisationField(ctx, {
          path: path('initiatedBy'),
          label: t('initiatedBy'),
          hint: t('initiatedByHint'),
          optional: true,
        })}
      </div>
      <div class="part">
        ${heading(sub, t('about.duration'))}
        ${numberField(ctx, {
          path: path('duration', 'years'),
          label: t('years'),
          hint: t('yearsHint'),
          optional: true,
        })}
        ${dateField(ctx, {
          path: path('duration', 'horizon'),
          label: t('horizon'),
          hint: t('horizonHint'),
          precision: 'partial',
          optional: true,
        })}
        ${dateField(ctx, { path: path('duration', 'start'), label: t('durationStart'), precision: 'partial', optional: true })}
        ${dateField(ctx, { path: path('duration', 'end'), label: t('durationEnd'), precision: 'partial', optional: true })}
        ${checkboxField(ctx, { path: path('duration', 'untilRevised'), label: t('untilRevised') })}
        ${localizedField(ctx, { path: path('duration', 'note'), label: t('durationNote'), optional: true, multiline: true })}
      </div>
      <details class="part technical">
        <summary>${t('about.technical')}</summary>
        ${textField(ctx, { path: path('id'), label: t('id'), hint: t('idHint'), width: 'medium', spellcheck: false })}
      </details>
    `;
  });
}

export const agreementSection: Section = {
  id: 'agreement',
  fields: AGREEMENT_FIELDS,
  styles: planStyles,
  routeFor(path: Path): Route | undefined {
    if (path[0] !== 'agreements' || typeof path[1] !== 'number') return undefined;
    if (path.length === 2 || ABOUT_KEYS.has(String(path[2])))
      return { section: 'agreement', path: ['agreements', path[1]] };
    return undefined;
  },
  title: (ctx, route) => agreementViewTitle(ctx, route, 'about.heading'),
  render,
  nav: (ctx) => agreementsOf(ctx.data).map(([index]) => agreementNav(ctx, index)),
  preview: (ctx, route) => agreementPreview(ctx, Number(route.path[1])),
};

registerFields(AGREEMENT_FIELDS);
registerSection(agreementSection);
registerStarter({ id: 'new-agreement', order: 20, render: renderNewAgreement });
