/**
 * A yes-or-no question the model needs answered (`aboutPeople: true | false`): two radios, "Ja" and "Nej", so that
 * not answering yet is visible (a checkbox would silently mean "no").
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorContext } from '../sections/section.js';
import { type FieldOptions, fieldClass, fieldState, hintAndIssues, labelContent } from './field.js';

export function yesNoField(
  ctx: EditorContext,
  options: FieldOptions & { yes: string; no: string },
): TemplateResult {
  const state = fieldState(ctx, options);
  const value = ctx.get(options.path);
  const radio = (answer: boolean, i: number) => {
    const id = i === 0 ? state.id : `${state.id}/${i}`;
    return html`<div class="radio">
      <input
        type="radio"
        id=${id}
        name=${state.id}
        .checked=${live(value === answer)}
        @change=${() => ctx.edit(options.path, answer, { group: null })}
      />
      <label for=${id}>${answer ? options.yes : options.no}</label>
    </div>`;
  };
  return html`<div class=${fieldClass(state)}>
    <fieldset class="fieldset" aria-describedby=${state.describedBy}>
      <legend class="legend">${labelContent(ctx, options)}</legend>
      ${hintAndIssues(ctx, options, state)}
      <div class="radios">${radio(true, 0)} ${radio(false, 1)}</div>
    </fieldset>
  </div>`;
}
