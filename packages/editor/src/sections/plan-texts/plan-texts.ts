/**
 * A plan's running texts: background, purpose, aims, organisation and governance, follow-up, and its footnotes.
 * Each is a list of paragraphs, bullet lists and headings (see fields/text-blocks.ts).
 */
import { html, type TemplateResult } from 'lit';
import { listField } from '../../fields/list.js';
import { localizedField } from '../../fields/text.js';
import { textBlockPatterns, textBlocksField } from '../../fields/text-blocks.js';
import type { FieldSpec } from '../../issues/issue-index.js';
import { isObject, type Path } from '../../store/path.js';
import { planPreview, planTitle } from '../plan/plan.js';
import { pt } from '../plan/plan.messages.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

const TEXTS = ['background', 'purpose', 'aims', 'organisation', 'followUp'] as const;
const KEYS = new Set<string>([...TEXTS, 'footnotes']);

export const PLAN_TEXT_FIELDS: FieldSpec[] = [
  ...TEXTS.flatMap((key) => textBlockPatterns(`plans/*/${key}`, (lang) => pt(lang, key))),
  ['plans/*/footnotes', (lang) => pt(lang, 'footnotes')],
  ['plans/*/footnotes/*', (lang) => pt(lang, 'footnoteText')],
  'plans/*/footnotes/*/en',
];

function render(ctx: EditorContext, route: Route): TemplateResult {
  const base = route.path;
  if (!isObject(ctx.get(base))) return html`<p class="notice problem">${ctx.t('editor.cannotShow')}</p>`;
  const t = (key: Parameters<typeof pt>[1], params = {}) => pt(ctx.lang, key, params);
  return html`
    ${TEXTS.map((key) => textBlocksField(ctx, { path: [...base, key], legend: t(key) }))}
    ${listField(ctx, {
      path: [...base, 'footnotes'],
      legend: t('footnotes'),
      itemLabel: (i) => t('footnote', { n: i + 1 }),
      addLabel: t('addFootnote'),
      newItem: () => ({ sv: '' }),
      reorder: true,
      dropWhenEmpty: true,
      renderItem: (itemPath) =>
        localizedField(ctx, { path: itemPath, label: t('footnoteText'), multiline: true }),
    })}
  `;
}

export const planTextsSection: Section = {
  id: 'plan-texts',
  fields: PLAN_TEXT_FIELDS,
  routeFor(path: Path): Route | undefined {
    if (path[0] !== 'plans' || typeof path[1] !== 'number' || !KEYS.has(String(path[2]))) return undefined;
    return { section: 'plan-texts', path: ['plans', path[1]] };
  },
  title: (ctx, route) => `${pt(ctx.lang, 'texts.heading')}: ${planTitle(ctx, Number(route.path[1]))}`,
  render,
  preview: (ctx, route) => planPreview(ctx, Number(route.path[1])),
};

registerSection(planTextsSection);
