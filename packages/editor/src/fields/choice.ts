/**
 * Choices: radios for a few options, a select for many, a checkbox for yes or no. Options are words a
 * coordinator uses ("Pågår", "Utvecklingsområde"); the codes the file stores (`ongoing`, `development`) never show.
 * A value in the file that is not among the options stays chosen, shown as "Okänt värde i filen: …", until the
 * user picks another, so opening a file loses nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorContext } from '../sections/section.js';
import {
  type FieldOptions,
  fieldClass,
  fieldState,
  hintAndIssues,
  issueMessages,
  labelContent,
  targetValue,
} from './field.js';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceOptions extends FieldOptions {
  options: readonly Option[];
  /** Called after the choice was written. */
  onChoose?: (value: string | undefined) => void;
  /** Writes the choice instead of the default `ctx.edit(path, value)`, for a choice that changes more. */
  write?: (value: string | undefined) => void;
  /** The words for "nothing chosen" in an optional select: "Samma som aktiviteten". */
  noneLabel?: string;
}

/** The value as a string, and an extra option for a value the options do not know. */
function current(ctx: EditorContext, options: ChoiceOptions): { value: string; unknown?: Option } {
  const raw = ctx.get(options.path);
  if (raw === undefined) return { value: '' };
  const value = typeof raw === 'string' ? raw : JSON.stringify(raw);
  if (options.options.some((option) => option.value === value)) return { value };
  return { value, unknown: { value, label: ctx.t('field.unknownValue', { value }) } };
}

function write(ctx: EditorContext, options: ChoiceOptions, value: string): void {
  const next = value === '' ? undefined : value;
  // An unknown value the user re-picks is the value already there: nothing to write.
  if (next !== undefined && !options.options.some((option) => option.value === next)) return;
  if (options.write) options.write(next);
  else ctx.edit(options.path, next, { group: null });
  options.onChoose?.(next);
}

/** A group of radios in a fieldset whose legend is the label. An optional group gets a "Inget valt" radio. */
export function radiosField(ctx: EditorContext, options: ChoiceOptions): TemplateResult {
  const state = fieldState(ctx, options);
  const { value, unknown } = current(ctx, options);
  const all = [
    ...options.options,
    ...(unknown ? [unknown] : []),
    ...(options.optional ? [{ value: '', label: options.noneLabel ?? ctx.t('field.none') }] : []),
  ];
  const name = state.id;
  return html`<div class=${fieldClass(state)}>
    <fieldset class="fieldset" aria-describedby=${state.describedBy}>
      <legend class="legend">${labelContent(ctx, options)}</legend>
      ${hintAndIssues(ctx, options, state)}
      <div class="radios">
        ${all.map((option, i) => {
          const id = i === 0 ? state.id : `${state.id}/${i}`;
          const hintId = option.hint ? `${id}/option-hint` : undefined;
          return html`<div class="radio">
            <input
              type="radio"
              id=${id}
              name=${name}
              .value=${option.value}
              .checked=${live(option.value === value)}
              aria-describedby=${hintId ?? nothing}
              @change=${(event: Event) => write(ctx, options, targetValue(event))}
            />
            <label for=${id}>${option.label}</label>
            ${option.hint ? html`<p class="hint option-hint" id=${hintId!}>${option.hint}</p>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

/** A select, for lists too long for radios (kinds of organisation, delmål). */
export function selectField(ctx: EditorContext, options: ChoiceOptions): TemplateResult {
  const state = fieldState(ctx, options);
  const { value, unknown } = current(ctx, options);
  return html`<div class=${fieldClass(state)}>
    <label class="label" for=${state.id}>${labelContent(ctx, options)}</label>
    ${hintAndIssues(ctx, options, state)}
    <select
      id=${state.id}
      class="select"
      aria-describedby=${state.describedBy}
      aria-invalid=${state.hasError ? 'true' : 'false'}
      @change=${(event: Event) => write(ctx, options, targetValue(event))}
    >
      <option value="" .selected=${live(value === '')}>
        ${options.optional ? (options.noneLabel ?? ctx.t('field.none')) : ctx.t('field.choose')}
      </option>
      ${options.options.map(
        (option) =>
          html`<option .value=${option.value} .selected=${live(option.value === value)}>${option.label}</option>`,
      )}
      ${unknown ? html`<option .value=${unknown.value} .selected=${true}>${unknown.label}</option>` : nothing}
    </select>
  </div>`;
}

/** One checkbox for a yes-or-no value; unticked removes the value (the model's optional booleans). */
export function checkboxField(ctx: EditorContext, options: FieldOptions): TemplateResult {
  const state = fieldState(ctx, options);
  const checked = ctx.get(options.path) === true;
  return html`<div class=${fieldClass(state, 'checkbox-field')}>
    ${issueMessages(ctx, state, options.label)}
    <div class="checkbox">
      <input
        type="checkbox"
        id=${state.id}
        .checked=${live(checked)}
        aria-describedby=${state.describedBy}
        @change=${(event: Event) =>
          ctx.edit(options.path, (event.target as HTMLInputElement).checked ? true : undefined, {
            group: null,
          })}
      />
      <label for=${state.id}>${options.label}</label>
      ${options.hint ? html`<p class="hint" id=${`${state.id}/hint`}>${options.hint}</p>` : nothing}
    </div>
  </div>`;
}
