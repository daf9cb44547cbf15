/**
 * The preview: the real elements of `@dhol/widgets` showing the draft as the last validation saw it (after typing
 * pauses), in Swedish or English. A draft with errors shows the element's own error state, which lists the same
 * issues as the fields, so the form and the preview always agree.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../i18n/messages.js';
import type { EditorContext, PreviewSpec } from '../../sections/section.js';
import { heading } from '../../util/heading.js';

/** Whether the widgets the preview shows are there: being read, defined, or failed to load. */
export type PreviewElements = 'loading' | 'ready' | 'failed';

export function renderPreview(
  ctx: EditorContext,
  spec: PreviewSpec,
  validated: unknown,
  lang: Lang,
  setLang: (lang: Lang) => void,
  elements: PreviewElements = 'ready',
): TemplateResult {
  let data: unknown = validated;
  try {
    if (spec.trim) data = spec.trim(validated);
  } catch {
    // A draft too broken to trim is shown whole: the element says what is wrong with it.
  }
  const level = Math.min(ctx.headingLevel + 1, 6);
  const a = spec.attributes ?? {};
  const common = { lang, level, data };
  let element: TemplateResult;
  switch (spec.tag) {
    case 'dhol-plan':
      element = html`<dhol-plan
        lang=${common.lang}
        heading-level=${common.level}
        url-state="none"
        plan=${a['plan'] ?? nothing}
        no-support-notice
        .data=${common.data}
      ></dhol-plan>`;
      break;
    case 'dhol-agreement':
      element = html`<dhol-agreement
        lang=${common.lang}
        heading-level=${common.level}
        agreement=${a['agreement'] ?? nothing}
        no-support-notice
        .data=${common.data}
      ></dhol-agreement>`;
      break;
    case 'dhol-indicator':
      element = html`<dhol-indicator
        lang=${common.lang}
        heading-level=${common.level}
        indicator=${a['indicator'] ?? nothing}
        .data=${common.data}
      ></dhol-indicator>`;
      break;
    case 'dhol-coverage':
      element = html`<dhol-coverage lang=${common.lang} heading-level=${common.level} .data=${common.data}></dhol-coverage>`;
      break;
    case 'dhol-framework':
      element = html`<dhol-framework
        lang=${common.lang}
        heading-level=${common.level}
        plan=${a['plan'] ?? nothing}
        .data=${common.data}
      ></dhol-framework>`;
      break;
  }
  return html`<section class="preview" aria-labelledby="preview-heading">
    ${heading(ctx.headingLevel, ctx.t('preview.heading'), { id: 'preview-heading' })}
    <p class="hint">${ctx.t('preview.hint')}</p>
    <fieldset class="fieldset preview-lang">
      <legend class="label">${ctx.t('preview.lang')}</legend>
      <div class="radios inline">
        ${(['sv', 'en'] as const).map(
          (value) => html`<div class="radio">
            <input
              type="radio"
              id=${`preview-lang-${value}`}
              name="preview-lang"
              .checked=${live(lang === value)}
              @change=${() => setLang(value)}
            />
            <label for=${`preview-lang-${value}`} lang=${value}>${value === 'sv' ? 'Svenska' : 'English'}</label>
          </div>`,
        )}
      </div>
    </fieldset>
    ${spec.note ? html`<p class="hint">${spec.note}</p>` : nothing}
    ${
      elements === 'failed'
        ? html`<p class="notice problem" role="alert">${ctx.t('preview.unavailable')}</p>`
        : html`<div class="preview-frame">${element}</div>`
    }
  </section>`;
}
