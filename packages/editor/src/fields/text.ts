/**
 * Text fields: one line or several, plain or in Swedish and English (the model's `LocalizedText`, where Swedish
 * is required and English optional). What is typed is written as it is, spaces included; an emptied optional
 * field removes its value.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { fieldId } from '../issues/issue-index.js';
import type { EditorContext } from '../sections/section.js';
import type { Path } from '../store/path.js';
import {
  asText,
  type FieldOptions,
  fieldClass,
  fieldState,
  hintAndIssues,
  labelContent,
  targetValue,
} from './field.js';

export interface TextFieldOptions extends FieldOptions {
  /** A text area instead of one line. */
  multiline?: boolean;
  /** `url` for web addresses (a phone shows its address keyboard). */
  type?: 'text' | 'url';
  /** How wide the input is drawn: `short` for a code or a number, `full` by default. */
  width?: 'short' | 'medium' | 'full';
  autocomplete?: string;
  spellcheck?: boolean;
  /** The language of what is typed, for spelling and screen readers (`en` for the English fields). */
  inputLang?: string;
  /** Called after each edit, for fields that do more. */
  onEdit?: (value: string) => void;
  /** Called when the field's value is committed (it lost focus after a change). */
  onCommit?: (value: string) => void;
  /** Whose issues the field shows, when not its own path's (a Swedish text shows those about the whole text). */
  issuePath?: Path;
}

/** One text value at `path`. */
export function textField(ctx: EditorContext, options: TextFieldOptions): TemplateResult {
  const state = fieldState(ctx, options, options.issuePath);
  const value = asText(ctx.get(options.path));
  const onInput = (event: Event) => {
    const text = targetValue(event);
    ctx.edit(options.path, options.optional && text === '' ? undefined : text);
    options.onEdit?.(text);
  };
  const onChange = (event: Event) => {
    ctx.seal();
    options.onCommit?.(targetValue(event));
  };
  const width = options.width ?? 'full';
  const control = options.multiline
    ? html`<textarea
        id=${state.id}
        class="input width-${width}"
        rows="4"
        lang=${ifDefined(options.inputLang)}
        spellcheck=${options.spellcheck === false ? 'false' : 'true'}
        aria-describedby=${state.describedBy}
        aria-invalid=${state.hasError ? 'true' : 'false'}
        .value=${live(value)}
        @input=${onInput}
        @change=${onChange}
      ></textarea>`
    : html`<input
        id=${state.id}
        class="input width-${width}"
        type=${options.type ?? 'text'}
        lang=${ifDefined(options.inputLang)}
        autocomplete=${options.autocomplete ?? 'off'}
        spellcheck=${options.spellcheck === false ? 'false' : 'true'}
        aria-describedby=${state.describedBy}
        aria-invalid=${state.hasError ? 'true' : 'false'}
        .value=${live(value)}
        @input=${onInput}
        @change=${onChange}
      />`;
  return html`<div class=${fieldClass(state)}>
    <label class="label" for=${state.id}>${labelContent(ctx, options)}</label>
    ${hintAndIssues(ctx, options, state)} ${control}
  </div>`;
}

/**
 * A text in Swedish (at `path.sv`) and, when the editor shows English fields, in English (`path.en`). Issues about
 * the text as a whole (it is missing) show at the Swedish field, which has the id of `path`.
 */
export function localizedField(ctx: EditorContext, options: TextFieldOptions): TemplateResult {
  const sv = textField(ctx, {
    ...options,
    id: fieldId(options.path),
    path: [...options.path, 'sv'],
    issuePath: options.path,
  });
  if (!ctx.english) return sv;
  const { hint: _hint, onEdit: _onEdit, onCommit: _onCommit, ...rest } = options;
  const en = textField(ctx, {
    ...rest,
    path: [...options.path, 'en'],
    label: ctx.t('field.english', { label: options.label }),
    optional: true,
    inputLang: 'en',
  });
  return html`${sv}${en}`;
}
