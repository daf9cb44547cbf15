/**
 * An indicator's values as an editable grid (the ARIA grid pattern on a table): one row per area and sex, one
 * column per period, one text cell per figure, named "Surahammar, 2023, kvinnor". The arrow keys move between
 * cells (left and right once the caret is at the text's edge), Enter moves down, and the grid is one Tab stop.
 * A cell shows its figure as a coordinator writes it (`12,5`, `..` hidden by the source, `saknas`, `12,5 p`
 * preliminary, empty for none) and says its state in words to screen readers. A block pasted from a spreadsheet
 * fills the cells from the focused one, or by its headings when it has areas and periods as headings; what could
 * not be read is reported, never stored as a number. Each paste is one undo step.
 *
 * A grid of a few thousand cells stays fast: the observations are indexed once per array, and a row is drawn
 * again only when its figures, its issues or its focus changed.
 */
import type { Area } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { areaOptions } from '../../fields/area-select.js';
import { targetValue } from '../../fields/field.js';
import { numberText } from '../../fields/number.js';
import { fieldId, registerFields } from '../../issues/issue-index.js';
import { isObject, type Path } from '../../store/path.js';
import { heading } from '../../util/heading.js';
import { indicatorPreview, indicatorsOf, indicatorTitle } from '../indicator/indicator.js';
import { planStyles } from '../plan/plan.styles.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';
import {
  applyWrites,
  type CellKey,
  figuresOf,
  keyOf,
  SEXES,
  type SexCode,
  sortAreas,
  sortPeriods,
  writeObservation,
} from './grid-model.js';
import { type ObservationMessage, ot } from './observations.messages.js';
import { gridStyles } from './observations.styles.js';
import { type CellInput, readCell, readPeriod, splitPaste } from './paste.js';

export const OBSERVATION_FIELDS = ['observations', 'observations/*'];

interface GridState {
  /** Rows and columns the user added that hold no figure yet. */
  areas: string[];
  periods: string[];
  active: { row: number; col: number };
  /** The text being typed in the focused cell, so a half-typed `2.` is not redrawn as `2`. */
  typed?: { key: string; text: string };
  report?: string;
  periodDraft: string;
  periodError: boolean;
  areaDraft: string;
}

const initialState = (): GridState => ({
  areas: [],
  periods: [],
  active: { row: 0, col: 0 },
  periodDraft: '',
  periodError: false,
  areaDraft: '',
});

interface Layout {
  indicator: string;
  areas: string[];
  periods: string[];
  sexes: SexCode[];
  rows: { area: string; sex: SexCode }[];
}

function layoutOf(ctx: EditorContext, index: number, state: GridState): Layout | undefined {
  const indicator = ctx.get(['indicators', index]);
  if (!isObject(indicator) || typeof indicator['id'] !== 'string' || indicator['id'] === '') return undefined;
  const id = indicator['id'];
  const figures = figuresOf(ctx.get(['observations']), id);
  const bySex =
    (Array.isArray(indicator['breakdowns']) && indicator['breakdowns'].includes('sex')) ||
    figures.sexes.has('K') ||
    figures.sexes.has('M');
  const sexes = SEXES.filter((sex) => sex === 'T' || bySex || figures.sexes.has(sex));
  const areas = sortAreas([...figures.areas, ...state.areas], ctx.areas);
  const periods = sortPeriods([...figures.periods, ...state.periods]);
  return {
    indicator: id,
    areas,
    periods,
    sexes,
    rows: areas.flatMap((area) => sexes.map((sex) => ({ area, sex }))),
  };
}

/** The text a cell shows for an observation. */
export function cellText(observation: unknown, lang: 'sv' | 'en'): string {
  if (!isObject(observation)) return '';
  const t = (key: ObservationMessage) => ot(lang, key);
  const status = observation['status'];
  const value = observation['value'];
  if (status === 'suppressed' && value === null) return t('text.suppressed');
  if (status === 'missing' && value === null) return t('text.missing');
  const text = numberText(value, lang);
  return status === 'preliminary' ? `${text} ${t('text.preliminary')}` : text;
}

function cellState(observation: unknown): 'suppressed' | 'missing' | 'preliminary' | 'value' | 'empty' {
  if (!isObject(observation)) return 'empty';
  const status = observation['status'];
  return status === 'suppressed' || status === 'missing' || status === 'preliminary' ? status : 'value';
}

export function areaName(areas: readonly Area[], code: string): string {
  return areas.find((area) => area.code === code)?.name ?? code;
}

function render(ctx: EditorContext, route: Route): TemplateResult {
  const index = Number(route.path[1]);
  const t = (key: ObservationMessage, params = {}) => ot(ctx.lang, key, params);
  const stateKey = `grid/${index}`;
  const state = ctx.uiState<GridState>(stateKey, initialState());
  const setState = (next: Partial<GridState>) =>
    ctx.setUiState(stateKey, { ...ctx.uiState(stateKey, state), ...next });
  const layout = layoutOf(ctx, index, state);
  if (!layout) return html`<p class="notice problem">${t('noIndicator')}</p>`;
  const title = indicatorTitle(ctx, index);
  const sub = ctx.headingLevel + 1;
  const indicatorPath: Path = ['indicators', index];
  const breakdowns = ctx.get([...indicatorPath, 'breakdowns']);
  const bySex = Array.isArray(breakdowns) && breakdowns.includes('sex');

  const addArea = (event: Event) => {
    event.preventDefault();
    const code = state.areaDraft;
    if (!code) return;
    setState({ areas: [...state.areas, code], areaDraft: '' });
    ctx.announce(t('areaAdded', { name: areaName(ctx.areas, code) }));
  };
  const addPeriod = (event: Event) => {
    event.preventDefault();
    const period = readPeriod(state.periodDraft);
    if (!period) {
      setState({ periodError: true });
      ctx.focusAfterUpdate(`grid-${index}-period`);
      return;
    }
    setState({ periods: [...state.periods, period], periodDraft: '', periodError: false });
    ctx.announce(t('periodAdded', { period }));
  };
  const toggleSex = (on: boolean) => {
    const list = Array.isArray(breakdowns) ? breakdowns : [];
    if (on) ctx.edit([...indicatorPath, 'breakdowns', list.length], 'sex', { insert: true, group: null });
    else {
      const at = list.indexOf('sex');
      if (at !== -1)
        ctx.edit(
          list.length === 1 ? [...indicatorPath, 'breakdowns'] : [...indicatorPath, 'breakdowns', at],
          undefined,
          {
            group: null,
          },
        );
    }
  };

  return html`
    <p>${t('intro')}</p>
    <div class="grid-legend" id=${`grid-${index}-legend`}>
      <p class="label">${t('legend')}</p>
      <ul>
        <li>${t('legend.value')}</li>
        <li>${t('legend.suppressed')}</li>
        <li>${t('legend.missing')}</li>
        <li>${t('legend.preliminary')}</li>
        <li>${t('legend.empty')}</li>
      </ul>
      <p>${t('legend.keys')}</p>
    </div>
    <p class="visually-hidden" id="grid-state-suppressed">${t('state.suppressed')}</p>
    <p class="visually-hidden" id="grid-state-missing">${t('state.missing')}</p>
    <p class="visually-hidden" id="grid-state-preliminary">${t('state.preliminary')}</p>
    ${state.report ? html`<div class="notice" role="status"><p>${state.report}</p></div>` : nothing}
    ${
      layout.rows.length === 0 || layout.periods.length === 0
        ? html`<p class="empty">${t('empty')}</p>`
        : renderTable(ctx, index, layout, state, setState, title)
    }
    ${renderGridIssues(ctx, layout)}
    <div class="part grid-tools">
      ${heading(sub, t('addArea'))}
      <form class="inline-add" novalidate @submit=${addArea}>
        <div class="field">
          <label class="label" for=${`grid-${index}-area`}>${t('area')}</label>
          <select
            id=${`grid-${index}-area`}
            class="select"
            @change=${(event: Event) => setState({ areaDraft: targetValue(event) })}
          >
            <option value="" .selected=${live(state.areaDraft === '')}>${ctx.t('field.choose')}</option>
            ${areaOptions(ctx, state.areaDraft)}
          </select>
        </div>
        <button type="submit" class="secondary">${t('addAreaButton')}</button>
      </form>
      ${heading(sub, t('addPeriod'))}
      <form class="inline-add" novalidate @submit=${addPeriod}>
        <div class="field ${state.periodError ? 'has-error' : ''}">
          <label class="label" for=${`grid-${index}-period`}>${t('addPeriod')}</label>
          <p class="hint" id=${`grid-${index}-period-hint`}>${t('addPeriodHint')}</p>
          ${
            state.periodError
              ? html`<p class="message error" id=${`grid-${index}-period-error`}>
                  <span class="visually-hidden">${ctx.t('issues.error')}:</span> ${t('periodInvalid')}
                </p>`
              : nothing
          }
          <input
            id=${`grid-${index}-period`}
            class="input width-short"
            inputmode="numeric"
            autocomplete="off"
            aria-invalid=${state.periodError ? 'true' : 'false'}
            aria-describedby=${`grid-${index}-period-hint${state.periodError ? ` grid-${index}-period-error` : ''}`}
            .value=${live(state.periodDraft)}
            @input=${(event: Event) => setState({ periodDraft: targetValue(event), periodError: false })}
          />
        </div>
        <button type="submit" class="secondary">${t('addPeriodButton')}</button>
      </form>
      <div class="checkbox">
        <input
          type="checkbox"
          id=${`grid-${index}-by-sex`}
          .checked=${live(bySex)}
          aria-describedby=${`grid-${index}-by-sex-hint`}
          @change=${(event: Event) => toggleSex((event.target as HTMLInputElement).checked)}
        />
        <label for=${`grid-${index}-by-sex`}>${t('bySex')}</label>
        <p class="hint" id=${`grid-${index}-by-sex-hint`}>${t('bySexHint')}</p>
      </div>
    </div>
  `;
}

/** The id of a cell's input: the observation's field id when it has one (the error summary's links find it). */
function cellId(indicatorIndex: number, key: CellKey, observationIndex: number | undefined): string {
  return observationIndex !== undefined
    ? fieldId(['observations', observationIndex])
    : `grid-${indicatorIndex}-cell/${keyOf(key)}`;
}

function renderTable(
  ctx: EditorContext,
  index: number,
  layout: Layout,
  state: GridState,
  setState: (next: Partial<GridState>) => void,
  title: string,
): TemplateResult {
  const t = (key: ObservationMessage, params = {}) => ot(ctx.lang, key, params);
  const observations = ctx.get(['observations']);
  const figures = figuresOf(observations, layout.indicator);
  const list = Array.isArray(observations) ? observations : [];
  const rowCount = layout.rows.length;
  const colCount = layout.periods.length;
  const active = {
    row: Math.min(state.active.row, rowCount - 1),
    col: Math.min(state.active.col, colCount - 1),
  };
  const periodsKey = layout.periods.join(',');

  /** The current figures at event time: handlers of a row not redrawn must not use an old index. */
  const fresh = () => figuresOf(ctx.get(['observations']), layout.indicator);
  const keyAt = (row: number, col: number): CellKey => ({
    area: layout.rows[row]!.area,
    sex: layout.rows[row]!.sex,
    period: layout.periods[col]!,
  });
  const moveTo = (row: number, col: number) => {
    const r = Math.max(0, Math.min(row, rowCount - 1));
    const c = Math.max(0, Math.min(col, colCount - 1));
    const key = keyAt(r, c);
    setState({ active: { row: r, col: c }, typed: undefined });
    ctx.seal();
    ctx.focusAfterUpdate(cellId(index, key, fresh().byKey.get(keyOf(key))));
  };
  const write = (row: number, col: number, text: string) => {
    const key = keyAt(row, col);
    const k = keyOf(key);
    const current = fresh();
    const at = current.byKey.get(k);
    const all = ctx.get(['observations']);
    const length = Array.isArray(all) ? all.length : 0;
    const next = writeObservation(
      at === undefined ? undefined : (all as unknown[])[at],
      layout.indicator,
      key,
      readCell(text),
    );
    const group = `grid:${layout.indicator}:${k}`;
    setState({ typed: { key: k, text }, active: { row, col } });
    if (next === undefined) {
      if (at !== undefined) ctx.edit(['observations', at], undefined, { group });
    } else if (at === undefined) {
      ctx.edit(['observations', length], next, { insert: true, group });
    } else ctx.edit(['observations', at], next, { group });
  };
  const onKeyDown = (event: KeyboardEvent, row: number, col: number) => {
    const input = event.target as HTMLInputElement;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    let to: [number, number] | undefined;
    if (event.key === 'ArrowUp') to = [row - 1, col];
    else if (event.key === 'ArrowDown') to = [row + 1, col];
    else if (event.key === 'ArrowLeft' && (atStart || input.value === '')) to = [row, col - 1];
    else if (event.key === 'ArrowRight' && (atEnd || input.value === '')) to = [row, col + 1];
    else if (event.key === 'Enter') to = event.shiftKey ? [row - 1, col] : [row + 1, col];
    else if (event.key === 'Home' && event.ctrlKey) to = [0, 0];
    else if (event.key === 'End' && event.ctrlKey) to = [rowCount - 1, colCount - 1];
    if (!to) return;
    event.preventDefault();
    moveTo(to[0], to[1]);
  };
  const onPaste = (event: ClipboardEvent, row: number, col: number) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const plain = text.replace(/\r?\n$/, '');
    // One value goes into the cell as typing does; a block fills the grid.
    if (!plain.includes('\t') && !/[\r\n]/.test(plain)) return;
    event.preventDefault();
    const report = pasteBlock(ctx, layout, text, row, col);
    setState({ report, typed: undefined });
    ctx.announce(report);
  };

  const renderRow = (row: number): TemplateResult => {
    const { area, sex } = layout.rows[row]!;
    const first = sex === layout.sexes[0];
    const name = areaName(ctx.areas, area);
    return html`<tr>
      ${first ? html`<th scope="rowgroup" rowspan=${layout.sexes.length} class="area">${name}</th>` : nothing}
      <th scope="row" class="sex">${t(`sex.${sex}`)}</th>
      ${layout.periods.map((period, col) => {
        const key = { area, period, sex };
        const k = keyOf(key);
        const at = figures.byKey.get(k);
        const observation = at === undefined ? undefined : list[at];
        const typed = state.typed?.key === k ? state.typed.text : undefined;
        const shown = typed !== undefined ? typed : cellText(observation, ctx.lang);
        const cellState_ = cellState(observation);
        const issues = at === undefined ? [] : ctx.issues.at(['observations', at]);
        const hasError = issues.some((issue) => issue.severity === 'error');
        const describedBy = [
          ...(cellState_ === 'suppressed' || cellState_ === 'missing' || cellState_ === 'preliminary'
            ? [`grid-state-${cellState_}`]
            : []),
          ...issues.map((_, i) => `grid-issue-${at}-${i}`),
        ].join(' ');
        const isActive = row === active.row && col === active.col;
        return html`<td class="cell ${cellState_}${hasError ? ' error' : issues.length ? ' warning' : ''}">
          <input
            id=${cellId(index, key, at)}
            class="cell-input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            tabindex=${isActive ? '0' : '-1'}
            aria-label=${t('cell', { area: name, period, sex: t(`sex.${sex}`).toLocaleLowerCase(ctx.lang) })}
            aria-describedby=${describedBy || nothing}
            aria-invalid=${hasError ? 'true' : 'false'}
            .value=${live(shown)}
            @focus=${() => {
              if (!isActive) setState({ active: { row, col }, typed: undefined });
            }}
            @input=${(event: Event) => write(row, col, targetValue(event))}
            @change=${() => {
              ctx.seal();
              setState({ typed: undefined });
            }}
            @keydown=${(event: KeyboardEvent) => onKeyDown(event, row, col)}
            @paste=${(event: ClipboardEvent) => onPaste(event, row, col)}
          />
        </td>`;
      })}
    </tr>`;
  };

  // A row is drawn again only when what it shows changed: its figures, their issues, focus or typing in it.
  const rows = layout.rows.map((r, row) => {
    const deps: unknown[] = [
      ctx.lang,
      ctx.issues,
      periodsKey,
      layout.sexes.length,
      row === active.row ? active.col : -1,
    ];
    const typed = state.typed;
    for (const period of layout.periods) {
      const k = keyOf({ area: r.area, period, sex: r.sex });
      const at = figures.byKey.get(k);
      deps.push(at, at === undefined ? undefined : list[at], typed?.key === k ? typed.text : undefined);
    }
    return guard(deps, () => renderRow(row));
  });

  // One tbody per area, so that its name heads its rows (scope="rowgroup").
  const bodies: TemplateResult[] = [];
  for (let a = 0; a < layout.areas.length; a++) {
    const from = a * layout.sexes.length;
    bodies.push(html`<tbody>${rows.slice(from, from + layout.sexes.length)}</tbody>`);
  }
  return html`<div class="grid-scroll" role="region" aria-labelledby=${`grid-${index}-caption`} tabindex="-1">
    <table class="grid" role="grid" aria-describedby=${`grid-${index}-legend`}>
      <caption id=${`grid-${index}-caption`}>${t('caption', { title })}</caption>
      <thead>
        <tr>
          <th scope="col">${t('area')}</th>
          <th scope="col">${t('sex')}</th>
          ${layout.periods.map((period) => html`<th scope="col">${period}</th>`)}
        </tr>
      </thead>
      ${bodies}
    </table>
  </div>`;
}

/** The issues of this indicator's figures, each naming its cell. */
function renderGridIssues(ctx: EditorContext, layout: Layout): TemplateResult | typeof nothing {
  const t = (key: ObservationMessage, params = {}) => ot(ctx.lang, key, params);
  const observations = ctx.get(['observations']);
  const list = Array.isArray(observations) ? observations : [];
  const figures = figuresOf(observations, layout.indicator);
  const items: TemplateResult[] = [];
  for (const at of figures.byKey.values()) {
    const issues = ctx.issues.at(['observations', at]);
    if (issues.length === 0) continue;
    const o = list[at] as Record<string, unknown>;
    const cell = t('cell', {
      area: areaName(ctx.areas, String(o['area'])),
      period: String(o['period']),
      sex: t(`sex.${o['sex'] as SexCode}`).toLocaleLowerCase(ctx.lang),
    });
    issues.forEach((issue, i) => {
      items.push(html`<li class="message ${issue.severity}" id=${`grid-issue-${at}-${i}`}>
        <span class="visually-hidden">${ctx.t(issue.severity === 'error' ? 'issues.error' : 'issues.warning')}:</span>
        ${t('goTo', { cell, message: issue.message[ctx.lang] })}
      </li>`);
    });
  }
  if (items.length === 0) return nothing;
  return html`<div class="section-issues">
    <p class="label">${t('issues')}</p>
    <ul>${items}</ul>
  </div>`;
}

/** Fills the grid from a pasted block and says what happened. One undo step. */
function pasteBlock(ctx: EditorContext, layout: Layout, text: string, row: number, col: number): string {
  const t = (key: ObservationMessage, params = {}) => ot(ctx.lang, key, params);
  const block = splitPaste(text);
  const writes = new Map<string, { key: CellKey; input: CellInput }>();
  const invalid: string[] = [];
  const unknownAreas: string[] = [];
  let left = 0;
  const put = (key: CellKey, raw: string) => {
    const input = readCell(raw);
    if (input.kind === 'invalid') invalid.push(`”${input.text}”`);
    writes.set(keyOf(key), { key, input });
  };
  const table = readHeadedTable(block.rows, ctx.areas);
  if (table) {
    for (const entry of table.cells) put(entry.key, entry.raw);
    unknownAreas.push(...table.unknownAreas);
  } else {
    block.rows.forEach((cells, r) => {
      cells.forEach((raw, c) => {
        const target = layout.rows[row + r];
        const period = layout.periods[col + c];
        if (!target || !period) {
          if (raw.trim() !== '') left++;
          return;
        }
        put({ area: target.area, sex: target.sex, period }, raw);
      });
    });
  }
  const before = ctx.get(['observations']);
  const after = applyWrites(before, layout.indicator, writes);
  ctx.edit(['observations'], after, { group: null });
  // Blanks clear cells, as a spreadsheet's paste does, but only figures count as filled in.
  const written = [...writes.values()].filter(
    (w) => w.input.kind !== 'invalid' && w.input.kind !== 'empty',
  ).length;
  return [
    t('paste.done', { written }),
    ...(left > 0 ? [t('paste.left', { count: left })] : []),
    ...(invalid.length > 0
      ? [t('paste.invalid', { count: invalid.length, list: invalid.slice(0, 5).join(', ') })]
      : []),
    ...(unknownAreas.length > 0
      ? [t('paste.unknownArea', { list: unknownAreas.slice(0, 5).join(', ') })]
      : []),
    ...(block.truncated ? [t('paste.truncated')] : []),
  ].join(' ');
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv').trim();

/** An area a spreadsheet names: `1907`, `1907 Surahammar`, `Surahammar`, `Västmanlands län`, `Riket`. */
export function readArea(cell: string, areas: readonly Area[]): string | undefined {
  const text = cell.trim();
  const code = /^(\d{2}|\d{4})(?:\s|$)/.exec(text)?.[1];
  if (code && areas.some((area) => area.code === code)) return code;
  const name = fold(text.replace(/^\d+\s+/, ''));
  if (name === 'riket' || name === 'sverige' || name === 'hela landet') return '00';
  return areas.find((area) => fold(area.name) === name || `${fold(area.name)} kommun` === name)?.code;
}

const SEX_WORDS: Record<string, SexCode> = {
  t: 'T',
  totalt: 'T',
  total: 'T',
  'båda könen': 'T',
  alla: 'T',
  k: 'K',
  kvinnor: 'K',
  flickor: 'K',
  tjejer: 'K',
  women: 'K',
  m: 'M',
  män: 'M',
  pojkar: 'M',
  killar: 'M',
  men: 'M',
};

/**
 * A pasted block with headings: a first row of periods after one or two leading columns, the first column areas
 * and (optionally) the second the sex. Undefined when the block is not laid out so.
 */
export function readHeadedTable(
  rows: readonly string[][],
  areas: readonly Area[],
): { cells: { key: CellKey; raw: string }[]; unknownAreas: string[] } | undefined {
  const [header, ...body] = rows;
  if (!header || body.length === 0) return undefined;
  const periodCols = header.flatMap((cell, c) => (c > 0 && readPeriod(cell) ? [c] : []));
  if (periodCols.length === 0) return undefined;
  const firstPeriod = periodCols[0]!;
  if (firstPeriod > 2 || readPeriod(header[0] ?? '')) return undefined;
  const sexCol = firstPeriod === 2 ? 1 : undefined;
  const cells: { key: CellKey; raw: string }[] = [];
  const unknownAreas: string[] = [];
  let areasFound = 0;
  let lastArea: string | undefined;
  for (const row of body) {
    const areaCell = (row[0] ?? '').trim();
    // A spreadsheet often leaves a merged area cell empty on the rows under it.
    const area = areaCell === '' ? lastArea : readArea(areaCell, areas);
    if (!area) {
      if (areaCell !== '') unknownAreas.push(`”${areaCell.slice(0, 60)}”`);
      continue;
    }
    areasFound++;
    lastArea = area;
    const word = (row[sexCol ?? 0] ?? '').trim().toLocaleLowerCase('sv');
    const sex = sexCol === undefined ? 'T' : Object.hasOwn(SEX_WORDS, word) ? SEX_WORDS[word] : undefined;
    if (!sex) continue;
    for (const c of periodCols) {
      cells.push({ key: { area, sex, period: readPeriod(header[c]!)! }, raw: row[c] ?? '' });
    }
  }
  return areasFound > 0 ? { cells, unknownAreas } : undefined;
}

export const observationsSection: Section = {
  id: 'observations',
  fields: OBSERVATION_FIELDS,
  styles: [planStyles, gridStyles],
  // An observation's issues show in its indicator's grid.
  routeFor(path: Path, data: unknown): Route | undefined {
    if (path[0] !== 'observations' || typeof path[1] !== 'number') return undefined;
    const list = isObject(data) && Array.isArray(data['observations']) ? data['observations'] : [];
    const o = list[path[1]];
    const id = isObject(o) ? o['indicator'] : undefined;
    const found = indicatorsOf(data).find(([, indicator]) => indicator['id'] === id);
    return found ? { section: 'observations', path: ['indicators', found[0]] } : undefined;
  },
  title: (ctx, route) => `${ot(ctx.lang, 'heading')}: ${indicatorTitle(ctx, Number(route.path[1]))}`,
  render,
  preview: (ctx, route) => indicatorPreview(ctx, Number(route.path[1])),
};

registerFields(OBSERVATION_FIELDS);
registerSection(observationsSection);
