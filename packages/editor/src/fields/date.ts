/**
 * A date as three inputs (GOV.UK's date input, in the Swedish order år, månad, dag). The model has full dates
 * (`2026-04-17`, a decision's date) and dates known to the year or month (`2027`, `2027-03`, a revision or a
 * period). What is typed is written at once, as typed; when a part loses focus a one-digit month or day gets its
 * leading zero. A value in the file that is not a date shows whole in the year input, so nothing is hidden.
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorContext } from '../sections/section.js';
import { type FieldOptions, fieldClass, fieldState, hintAndIssues, labelContent } from './field.js';

export interface DateFieldOptions extends FieldOptions {
  /** `day` when the model needs a whole date; `partial` when a year or a month is enough. */
  precision: 'day' | 'partial';
}

/** The three parts of a stored value; anything that is not a date goes whole into the year. */
export function dateParts(value: unknown): [string, string, string] {
  if (typeof value !== 'string' || value === '') return ['', '', ''];
  const match = /^(\d*)(?:-(\d*))?(?:-(\d*))?$/.exec(value);
  if (!match) return [value, '', ''];
  return [match[1] ?? '', match[2] ?? '', match[3] ?? ''];
}

/** The value for three parts: `2027`, `2027-3`, `2027-03-15`; undefined when all are empty. */
export function joinDate(year: string, month: string, day: string, pad = false): string | undefined {
  const y = year.trim();
  let m = month.trim();
  let d = day.trim();
  if (y === '' && m === '' && d === '') return undefined;
  if (pad) {
    if (/^\d$/.test(m)) m = `0${m}`;
    if (/^\d$/.test(d)) d = `0${d}`;
  }
  let out = y;
  if (m !== '' || d !== '') out += `-${m}`;
  if (d !== '') out += `-${d}`;
  return out;
}

export function dateField(ctx: EditorContext, given: DateFieldOptions): TemplateResult {
  const hint = given.hint ?? ctx.t(given.precision === 'day' ? 'field.dateHint' : 'field.partialDateHint');
  const options = { ...given, hint };
  const state = fieldState(ctx, options);
  const [year, month, day] = dateParts(ctx.get(options.path));
  const read = (event: Event, pad: boolean) => {
    const inputs = (event.target as HTMLElement)
      .closest('fieldset')!
      .querySelectorAll<HTMLInputElement>('input[data-part]');
    const parts = Object.fromEntries([...inputs].map((input) => [input.dataset['part'], input.value]));
    return joinDate(parts['year'] ?? '', parts['month'] ?? '', parts['day'] ?? '', pad);
  };
  // The parts of one date are one typing run, until focus leaves the date: undo takes the whole date back.
  const group = `date:${state.id}`;
  const onInput = (event: Event) => ctx.edit(options.path, read(event, false), { group });
  const onChange = (event: Event) => ctx.edit(options.path, read(event, true), { group });
  const onFocusOut = (event: FocusEvent) => {
    const fieldset = event.currentTarget as HTMLElement;
    if (!(event.relatedTarget instanceof Node && fieldset.contains(event.relatedTarget))) ctx.seal();
  };
  const part = (name: 'year' | 'month' | 'day', label: string, value: string, id: string, width: string) =>
    html`<div class="date-part">
      <label class="date-label" for=${id}>${label}</label>
      <input
        id=${id}
        class="input ${width}"
        data-part=${name}
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${state.hasError ? 'true' : 'false'}
        .value=${live(value)}
        @input=${onInput}
        @change=${onChange}
      />
    </div>`;
  return html`<div class=${fieldClass(state)}>
    <fieldset class="fieldset" role="group" aria-describedby=${state.describedBy} @focusout=${onFocusOut}>
      <legend class="legend">${labelContent(ctx, options)}</legend>
      ${hintAndIssues(ctx, options, state)}
      <div class="date">
        ${part('year', ctx.t('field.year'), year, state.id, 'width-year')}
        ${part('month', ctx.t('field.month'), month, `${state.id}/month`, 'width-2')}
        ${part('day', ctx.t('field.day'), day, `${state.id}/day`, 'width-2')}
      </div>
    </fieldset>
  </div>`;
}
