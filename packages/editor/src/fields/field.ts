/**
 * What every field shares, after the GOV.UK Design System's form pattern: a visible label, an optional hint,
 * the field's issues in words above the control (an error says "Fel:", a policy warning "Varning:", never colour
 * alone), and `aria-describedby` that reads the hint and the issues when the control takes focus.
 */
import type { Issue } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from '../issues/issue-index.js';
import { issueText } from '../issues/issue-text.js';
import type { EditorContext } from '../sections/section.js';
import type { Path } from '../store/path.js';

export interface FieldOptions {
  /** Where the value lives in the dataset. */
  path: Path;
  /** The visible label. */
  label: string;
  /** A line that says what to write, shown under the label. */
  hint?: string;
  /** Not required: the label says so, and an emptied field removes its value from the file. */
  optional?: boolean;
  /** The control's id; by default derived from `path`, so the error summary finds it. */
  id?: string;
}

/** The issues a field shows, and the ids and attributes that go with them. */
export interface FieldState {
  id: string;
  issues: readonly Issue[];
  hasError: boolean;
  /** For `aria-describedby`: the hint's id and each issue's id. */
  describedBy: string | typeof nothing;
}

export function fieldState(
  ctx: EditorContext,
  options: FieldOptions,
  issuePath: Path = options.path,
): FieldState {
  const id = options.id ?? fieldId(options.path);
  const issues = ctx.issues.at(issuePath);
  const ids = [...(options.hint ? [`${id}/hint`] : []), ...issues.map((_, i) => `${id}/issue-${i}`)];
  return {
    id,
    issues,
    hasError: issues.some((issue) => issue.severity === 'error'),
    describedBy: ids.length > 0 ? ids.join(' ') : nothing,
  };
}

/** The label text with "(frivilligt)" after it for an optional field. */
export function labelContent(ctx: EditorContext, options: FieldOptions): TemplateResult {
  return html`${options.label}${
    options.optional ? html` <span class="optional">${ctx.t('field.optional')}</span>` : nothing
  }`;
}

/** The hint and the issues, in that order, as GOV.UK places them between the label and the control. */
export function hintAndIssues(ctx: EditorContext, options: FieldOptions, state: FieldState): TemplateResult {
  return html`${options.hint ? html`<p class="hint" id=${`${state.id}/hint`}>${options.hint}</p>` : nothing}${issueMessages(
    ctx,
    state,
    options.label,
  )}`;
}

/** The field's issues in words: "Fel: …" or "Varning: …". */
export function issueMessages(
  ctx: EditorContext,
  state: FieldState,
  label?: string,
): TemplateResult | typeof nothing {
  if (state.issues.length === 0) return nothing;
  return html`${state.issues.map(
    (issue, i) =>
      html`<p class="message ${issue.severity}" id=${`${state.id}/issue-${i}`}><span class="visually-hidden"
          >${ctx.t(issue.severity === 'error' ? 'issues.error' : 'issues.warning')}:</span
        >
        ${issueText(issue, ctx.lang, label)}</p>`,
  )}`;
}

/** The CSS classes of a field's wrapper. */
export function fieldClass(state: FieldState, extra = ''): string {
  const warning = !state.hasError && state.issues.length > 0;
  return `field${state.hasError ? ' has-error' : ''}${warning ? ' has-warning' : ''}${extra ? ` ${extra}` : ''}`;
}

/** A value read from the data as text for a control: anything but a string shows as empty. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** An input's or select's value from its event. */
export function targetValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
}
