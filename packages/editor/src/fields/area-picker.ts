/**
 * Picks areas (a plan's scope) among Sweden, its 21 län and 290 kommuner: a combobox that filters by name or code
 * as you type (after the ARIA Authoring Practices' combobox with a list box popup), and the chosen areas as a list
 * with a remove button each. Arrow keys move through the matches, Enter picks, Escape closes; `Ö` finds Örebro
 * and so does `o`.
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

/** How many matches the list shows at once; typing more narrows it. */
const MAX_MATCHES = 50;

interface PickerState {
  query: string;
  open: boolean;
  active: number;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv');

/** The areas matching `query`: names that start with it first, then names that contain it, then codes. */
export function matchAreas(areas: readonly Area[], query: string): Area[] {
  const q = fold(query.trim());
  if (q === '') return areas.slice(0, MAX_MATCHES);
  const starts: Area[] = [];
  const contains: Area[] = [];
  for (const area of areas) {
    const name = fold(area.name);
    if (name.startsWith(q) || area.code === q) starts.push(area);
    else if (name.includes(q) || area.code.startsWith(q)) contains.push(area);
  }
  return [...starts, ...contains].slice(0, MAX_MATCHES);
}

/** "Eskilstuna, kommun i Södermanlands län" — the name and what kind of area it is. */
export function describeArea(ctx: EditorContext, area: Area, byCode: Map<string, Area>): string {
  if (area.kind === 'kommun') {
    const lan = area.parent ? byCode.get(area.parent)?.name : undefined;
    return `${area.name}, ${ctx.t('area.kind.kommun', { lan: lan ?? area.parent ?? '' })}`;
  }
  return `${area.name}, ${ctx.t(area.kind === 'lan' ? 'area.kind.lan' : 'area.kind.country')}`;
}

const byCodeCache = new WeakMap<readonly Area[], Map<string, Area>>();

/** The areas by code, built once per list of areas. */
function areasByCode(areas: readonly Area[]): Map<string, Area> {
  let map = byCodeCache.get(areas);
  if (!map) {
    map = new Map(areas.map((area) => [area.code, area]));
    byCodeCache.set(areas, map);
  }
  return map;
}

export interface AreaPickerOptions extends FieldOptions {
  /** One area (a string at `path`) instead of a list of areas. */
  single?: boolean;
}

export function areaPickerField(ctx: EditorContext, given: AreaPickerOptions): TemplateResult {
  const options = { ...given, hint: given.hint ?? ctx.t('area.hint') };
  const state = fieldState(ctx, options);
  const byCode = areasByCode(ctx.areas);
  const raw = ctx.get(options.path);
  const chosen = options.single ? (raw === undefined ? [] : [raw]) : Array.isArray(raw) ? raw : [];
  const key = `${state.id}/picker`;
  const picker = ctx.uiState<PickerState>(key, { query: '', open: false, active: 0 });
  const set = (next: Partial<PickerState>) => ctx.setUiState(key, { ...picker, ...next });
  const matches = picker.open ? matchAreas(ctx.areas, picker.query) : [];
  const listId = `${state.id}/list`;
  const optionId = (i: number) => `${state.id}/option-${i}`;
  const active = Math.min(picker.active, Math.max(0, matches.length - 1));

  const pick = (area: Area) => {
    if (options.single) ctx.edit(options.path, area.code, { group: null });
    else if (!chosen.includes(area.code)) {
      ctx.edit([...options.path, chosen.length], area.code, { insert: true, group: null });
    }
    ctx.setUiState(key, { query: '', open: false, active: 0 });
    ctx.announce(ctx.t('area.added', { name: area.name }));
  };
  const remove = (index: number, name: string) => {
    ctx.edit(options.single ? options.path : [...options.path, index], undefined, { group: null });
    ctx.announce(ctx.t('area.removed', { name }));
    ctx.focusAfterUpdate(state.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      set({ open: true, active: picker.open ? Math.min(active + 1, matches.length - 1) : 0 });
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      set({ open: true, active: Math.max(active - 1, 0) });
    } else if (event.key === 'Enter') {
      if (picker.open && matches[active]) {
        event.preventDefault();
        pick(matches[active]!);
      }
    } else if (event.key === 'Escape') {
      if (picker.open) {
        event.preventDefault();
        set({ open: false });
      } else if (picker.query) {
        event.preventDefault();
        set({ query: '' });
      }
    }
  };
  const onFocusOut = (event: FocusEvent) => {
    const box = event.currentTarget as HTMLElement;
    if (!(event.relatedTarget instanceof Node && box.contains(event.relatedTarget)) && picker.open)
      set({ open: false });
  };

  return html`<div class=${fieldClass(state, 'area-picker')}>
    <label class="label" for=${state.id}>${labelContent(ctx, options)}</label>
    ${hintAndIssues(ctx, options, state)}
    <div class="combobox" @focusout=${onFocusOut}>
      <input
        id=${state.id}
        class="input width-medium"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${picker.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${picker.open && matches.length > 0 ? optionId(active) : nothing}
        aria-describedby=${state.describedBy}
        aria-invalid=${state.hasError ? 'true' : 'false'}
        .value=${live(picker.query)}
        @input=${(event: Event) => set({ query: targetValue(event), open: true, active: 0 })}
        @keydown=${onKeyDown}
        @click=${() => set({ open: !picker.open })}
      />
      <ul class="listbox" id=${listId} role="listbox" aria-label=${options.label} ?hidden=${!picker.open}>
        ${matches.map(
          (area, i) =>
            html`<li
              id=${optionId(i)}
              role="option"
              class=${i === active ? 'active' : ''}
              aria-selected=${i === active ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => pick(area)}
            >
              ${describeArea(ctx, area, byCode)}
            </li>`,
        )}
      </ul>
      <p class="visually-hidden" role="status">
        ${picker.open ? (matches.length > 0 ? ctx.t('area.results', { count: matches.length }) : ctx.t('area.noMatch')) : ''}
      </p>
    </div>
    <p class="chosen-heading" id=${`${state.id}/chosen`}>${ctx.t('area.chosen')}</p>
    ${
      chosen.length === 0
        ? html`<p class="empty">${ctx.t('area.noneChosen')}</p>`
        : html`<ul class="chosen" aria-labelledby=${`${state.id}/chosen`}>
            ${chosen.map((code, index) => {
              const area = typeof code === 'string' ? byCode.get(code) : undefined;
              const name = area
                ? describeArea(ctx, area, byCode)
                : ctx.t('area.unknown', { code: String(code) });
              return html`<li>
                <span>${name}</span>
                <button
                  type="button"
                  class="secondary small"
                  @click=${() => remove(index, area?.name ?? String(code))}
                >
                  ${ctx.t('area.remove', { name: area?.name ?? String(code) })}
                </button>
              </li>`;
            })}
          </ul>`
    }
  </div>`;
}
