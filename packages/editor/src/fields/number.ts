/**
 * A number (a length in years, a number of decimals, a target value), written the Swedish way: `2`, `12,5` or
 * `1 234,5` (a decimal point is read too). What is typed is kept in the file at once: a number when it reads as
 * one, otherwise the text itself, which core then reports at the field ("… ska vara ett tal"), so a half-typed
 * value is never lost. While the field has focus it shows exactly what was typed; afterwards the stored number,
 * with a decimal comma in Swedish.
 */
import { parseSwedishNumber } from '@dhol/core';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../i18n/messages.js';
import type { EditorContext } from '../sections/section.js';
import {
  type FieldOptions,
  fieldClass,
  fieldState,
  hintAndIssues,
  labelContent,
  targetValue,
} from './field.js';

/** The value to store for typed text: a number, undefined for nothing, or the text itself when it is no number. */
export function numberFromText(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  return parseSwedishNumber(text) ?? text;
}

/** A stored value as text: `12,5` in Swedish, `12.5` in English; a string shows as it is. */
export function numberText(value: unknown, lang: Lang): string {
  if (typeof value === 'number') return lang === 'sv' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'string') return value;
  return '';
}

/**
 * The text a control shows: what the user typed, while it still means the stored value (so `2.5` is not turned
 * into `2,5` under the cursor), else the stored value.
 */
export function shownNumberText(value: unknown, typed: string | undefined, lang: Lang): string {
  if (typed !== undefined && Object.is(numberFromText(typed), value)) return typed;
  return numberText(value, lang);
}

export function numberField(ctx: EditorContext, options: FieldOptions): TemplateResult {
  const state = fieldState(ctx, options);
  const typedKey = `${state.id}/typed`;
  const typed = ctx.uiState<string | undefined>(typedKey, undefined);
  const value = ctx.get(options.path);
  return html`<div class=${fieldClass(state)}>
    <label class="label" for=${state.id}>${labelContent(ctx, options)}</label>
    ${hintAndIssues(ctx, options, state)}
    <input
      id=${state.id}
      class="input width-short"
      type="text"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      aria-describedby=${state.describedBy}
      aria-invalid=${state.hasError ? 'true' : 'false'}
      .value=${live(shownNumberText(value, typed, ctx.lang))}
      @input=${(event: Event) => {
        const text = targetValue(event);
        ctx.setUiState(typedKey, text);
        const next = numberFromText(text);
        ctx.edit(options.path, next === undefined && !options.optional ? '' : next);
      }}
      @change=${() => {
        ctx.seal();
        ctx.setUiState(typedKey, undefined);
      }}
    />
  </div>`;
}
