/** A handslag's running texts: background, purpose, aim, and implementation and roles (see fields/text-blocks.ts). */
import { html, type TemplateResult } from 'lit';
import { textBlockPatterns, textBlocksField } from '../../fields/text-blocks.js';
import { registerFields } from '../../issues/issue-index.js';
import {
  agreementPreview,
  agreementRoute,
  agreementView,
  agreementViewTitle,
} from '../agreement/agreement.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

const TEXTS = ['background', 'purpose', 'aim', 'implementation'] as const;
const KEYS = new Set<string>(TEXTS);

export const AGREEMENT_TEXT_FIELDS = TEXTS.flatMap((key) => textBlockPatterns(`agreements/*/${key}`));

function render(ctx: EditorContext, route: Route): TemplateResult {
  return agreementView(
    ctx,
    route,
    (base, t) => html`${TEXTS.map((key) => textBlocksField(ctx, { path: [...base, key], legend: t(key) }))}`,
  );
}

export const agreementTextsSection: Section = {
  id: 'agreement-texts',
  fields: AGREEMENT_TEXT_FIELDS,
  routeFor: (path) => agreementRoute('agreement-texts', path, KEYS),
  title: (ctx, route) => agreementViewTitle(ctx, route, 'texts.heading'),
  render,
  preview: (ctx, route) => agreementPreview(ctx, Number(route.path[1])),
};

registerFields(AGREEMENT_TEXT_FIELDS);
registerSection(agreementTextsSection);
