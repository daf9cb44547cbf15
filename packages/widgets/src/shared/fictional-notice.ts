import type { Dataset } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import { type Lang, msg } from '../i18n/index.js';

/**
 * The notice an element shows above an invented dataset (`"fictional": true`), so invented plans, progress or
 * organisations are never taken for real ones, wherever they are shown.
 */
export function fictionalNotice(dataset: Dataset, lang: Lang): TemplateResult | typeof nothing {
  if (dataset.fictional !== true) return nothing;
  return html`<p part="fictional-notice" class="state fictional" role="note">
    <span aria-hidden="true">ⓘ</span> ${msg(lang, 'fictional.notice')}
  </p>`;
}
