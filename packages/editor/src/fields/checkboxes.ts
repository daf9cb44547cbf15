/**
 * Several choices from a list, stored as an array of codes (the organisations at a check-in, the indicators of a
 * baseline, the breakdowns of an indicator): a GOV.UK checkbox group in a fieldset whose legend is the label. The
 * array keeps the file's order; a ticked choice is added at the end. A code in the file that is not among the
 * options stays, shown as "Okänt värde i filen: …" with its own box, so opening a file loses nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorContext } from '../sections/section.js';
import type { Option } from './choice.js';
import { type FieldOptions, fieldClass, fieldState, hintAndIssues, labelContent } from './field.js';

export interface CheckboxesOptions extends FieldOptions {
  options: readonly Option[];
  /** Remove the array from the file when the last box is unticked (an optional list). */
  dropWhenEmpty?: boolean;
  /** Shown instead of the boxes when there is nothing to choose from. */
  emptyText?: string;
  /** The array's item for a choice, when it is not the code itself (a goal link `{ framework, goal }`). */
  toItem?: (value: string) => unknown;
  /** The choice an item of the array stands for; by default the item itself when it is a string. */
  fromItem?: (item: unknown) => string | undefined;
}

export function checkboxesField(ctx: EditorContext, options: CheckboxesOptions): TemplateResult {
  const state = fieldState(ctx, options);
  const raw = ctx.get(options.path);
  const chosen = Array.isArray(raw) ? raw : [];
  const fromItem = options.fromItem ?? ((item: unknown) => (typeof item === 'string' ? item : undefined));
  // Each item as the choice it stands for; an item that stands for none is shown by its JSON.
  const keys = chosen.map((item) => fromItem(item) ?? JSON.stringify(item));
  const known = new Set(options.options.map((option) => option.value));
  const all: Option[] = [
    ...options.options,
    ...keys
      .filter((key) => !known.has(key))
      .map((key) => ({ value: key, label: ctx.t('field.unknownValue', { value: key }) })),
  ];
  const toggle = (value: string, on: boolean) => {
    const index = keys.indexOf(value);
    const item = options.toItem ? options.toItem(value) : value;
    if (on && index === -1) {
      if (!Array.isArray(raw)) ctx.edit(options.path, [item], { group: null });
      else ctx.edit([...options.path, chosen.length], item, { insert: true, group: null });
    } else if (!on && index !== -1) {
      if (chosen.length === 1 && options.dropWhenEmpty) ctx.edit(options.path, undefined, { group: null });
      else ctx.edit([...options.path, index], undefined, { group: null });
    }
  };
  const isChosen = (value: string) => keys.includes(value);
  return html`<div class=${fieldClass(state)}>
    <fieldset class="fieldset" aria-describedby=${state.describedBy}>
      <legend class="legend">${labelContent(ctx, options)}</legend>
      ${hintAndIssues(ctx, options, state)}
      ${all.length === 0 && options.emptyText ? html`<p class="empty">${options.emptyText}</p>` : nothing}
      <div class="checkboxes">
        ${all.map((option, i) => {
          const id = i === 0 ? state.id : `${state.id}/${i}`;
          return html`<div class="checkbox">
            <input
              type="checkbox"
              id=${id}
              .checked=${live(isChosen(option.value))}
              aria-describedby=${option.hint ? `${id}/option-hint` : nothing}
              @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
            />
            <label for=${id}>${option.label}</label>
            ${option.hint ? html`<p class="hint option-hint" id=${`${id}/option-hint`}>${option.hint}</p>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}
