/**
 * One area (a baseline's kommun, the area of a row of figures): a select over Sweden, its 21 län and 290 kommuner,
 * grouped by län so that typing a name in the closed select finds it ("Sura…" → Surahammar). The file stores the
 * code (`1907`); a code the list does not know stays chosen, shown as "Okänd områdeskod …", until another is picked.
 */
import type { Area } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorContext } from '../sections/section.js';
import {
  type FieldOptions,
  fieldClass,
  fieldState,
  hintAndIssues,
  labelContent,
  targetValue,
} from './field.js';

/** The areas grouped for a select: the country first, then each län with its kommuner. */
export function areaGroups(areas: readonly Area[]): { lan?: Area; members: Area[] }[] {
  const country = areas.filter((area) => area.kind === 'country');
  const groups: { lan?: Area; members: Area[] }[] = country.length > 0 ? [{ members: country }] : [];
  for (const lan of areas.filter((area) => area.kind === 'lan')) {
    groups.push({
      lan,
      members: [lan, ...areas.filter((area) => area.kind === 'kommun' && area.parent === lan.code)],
    });
  }
  return groups;
}

/** The options of an area select: `<optgroup>`s by län, the chosen code selected. */
export function areaOptions(ctx: EditorContext, value: string): TemplateResult {
  const known = ctx.areas.some((area) => area.code === value);
  return html`${areaGroups(ctx.areas).map((group) =>
    group.lan
      ? html`<optgroup label=${group.lan.name}>
          ${group.members.map(
            (area) => html`<option .value=${area.code} .selected=${live(area.code === value)}>
              ${area.kind === 'lan' ? `${area.name} (${ctx.t('area.kind.lan')})` : area.name}
            </option>`,
          )}
        </optgroup>`
      : group.members.map(
          (area) =>
            html`<option .value=${area.code} .selected=${live(area.code === value)}>${area.name}</option>`,
        ),
  )}
  ${value !== '' && !known ? html`<option .value=${value} .selected=${true}>${ctx.t('area.unknown', { code: value })}</option>` : nothing}`;
}

export function areaSelectField(ctx: EditorContext, options: FieldOptions): TemplateResult {
  const state = fieldState(ctx, options);
  const raw = ctx.get(options.path);
  const value = typeof raw === 'string' ? raw : '';
  return html`<div class=${fieldClass(state)}>
    <label class="label" for=${state.id}>${labelContent(ctx, options)}</label>
    ${hintAndIssues(ctx, options, state)}
    <select
      id=${state.id}
      class="select"
      aria-describedby=${state.describedBy}
      aria-invalid=${state.hasError ? 'true' : 'false'}
      @change=${(event: Event) => {
        const code = targetValue(event);
        ctx.edit(options.path, code === '' ? (options.optional ? undefined : '') : code, { group: null });
      }}
    >
      <option value="" .selected=${live(value === '')}>${options.optional ? ctx.t('field.none') : ctx.t('field.choose')}</option>
      ${areaOptions(ctx, value)}
    </select>
  </div>`;
}
