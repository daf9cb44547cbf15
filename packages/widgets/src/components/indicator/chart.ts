import type { Sex } from '@dhol/core';
import { nothing, type SVGTemplateResult, svg } from 'lit';
import { linearScale } from './scale.js';
import type { Cell, Gap, IndicatorSlice } from './selection.js';

/** The words and numbers a chart needs, already in the element's language. */
export interface ChartLabels {
  /** A value with its unit: `44 %`. */
  value(value: number): string;
  area(code: string): string;
  /** The capitalised word for a sex: `Flickor`. */
  sex(sex: Sex): string;
  period(period: string): string;
  /** The accessible name of a point: `Flickor, 2023: 44 %`. */
  pointName(cell: Cell): string;
  /** The mark drawn where a bar has no value: `*` suppressed, `–` missing. */
  gapMark(gap: Gap): string;
  /** The target line's label (`Mål: 60 %`), when the indicator has a target. */
  target?: string;
}

/** One keyboard stop in a chart. `row`/`col` place it in the grid the arrow keys move through. */
export interface ChartPoint {
  row: number;
  col: number;
  cell: Cell;
}

/** A chart drawn for a width: its SVG content, height and keyboard stops. */
export interface Chart {
  kind: 'bar' | 'line';
  width: number;
  height: number;
  points: ChartPoint[];
  /** `grid[row][col]` is the index in `points`, or undefined where there is no stop. */
  grid: (number | undefined)[][];
  /** Renders the SVG content; `active` is the point that takes the tab stop (roving tabindex). */
  render(active: number): SVGTemplateResult;
  /**
   * Draws the keyboard stops into the chart's `.points` group with DOM calls, for charts whose stops are not in
   * `render` (the line chart). A chart of more than `STOP_LIMIT` values draws only the active stop, and drawing
   * again for another index moves it. Every stop carries its index in `data-index`.
   */
  draw?(group: Element, active: number): void;
  /** The index of the value drawn nearest to a point in the chart's coordinates, within a finger's reach. */
  nearest?(x: number, y: number): number | undefined;
}

/**
 * Up to this many values, a line chart draws a keyboard stop for each, so a screen reader's browse mode can read
 * them one by one. Beyond it (a national chart: 21 areas × 30 years × 3 = 1 890 values) only the active stop is
 * in the DOM and the arrow keys move it: a thousand focusable elements cost more than the rest of the chart, and
 * the table view lists every value for reading.
 */
export const STOP_LIMIT = 300;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A coordinate to one decimal, for path data: quicker than `toFixed` over thousands of points. */
function r1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Number of series colours in the styles (`--dhol-indicator-series-1` …). */
export const SERIES_COLOURS = 8;

/** The chart's text size in px when the element cannot measure it (the static export). */
export const DEFAULT_FONT = 14;

/**
 * The series a sex always is, whichever sexes a chart shows: Totalt 1, Flickor/Kvinnor 2, Pojkar/Män 3. So one
 * colour means one sex in every chart on a page, also where a series is missing.
 */
export const SEX_SERIES: Record<Sex, number> = { T: 0, K: 1, M: 2 };

/**
 * The colour class of series `index` (0-based): `s1` … `s8`, and for lines past the eighth the same colours again
 * with a dash (`dash-2` for 9–16, `dash-3` for 17–24), so 21 areas stay apart.
 */
export function colourClass(index: number, line = false): string {
  const colour = `s${(index % SERIES_COLOURS) + 1}`;
  const dash = Math.floor(index / SERIES_COLOURS) % 3;
  return line && dash > 0 ? `${colour} dash-${dash + 1}` : colour;
}

const SEX_CLASS: Record<Sex, string> = { T: 'sex-t', K: 'sex-k', M: 'sex-m' };

/** The marker of a sex as a path centred on x,y: a circle for totalt, a square for K, a triangle for M. */
export function markerPath(sex: Sex, x: number, y: number, size = 4.5): string {
  const X = r1(x);
  const Y = r1(y);
  if (sex === 'K') return `M${r1(x - size)} ${r1(y - size)}h${size * 2}v${size * 2}h${-size * 2}Z`;
  if (sex === 'M') {
    const h = size * 1.2;
    return `M${X} ${r1(y - h)}l${h} ${h * 1.8}h${-h * 2}Z`;
  }
  return `M${r1(x - size)} ${Y}a${size} ${size} 0 1 0 ${size * 2} 0a${size} ${size} 0 1 0 ${-size * 2} 0Z`;
}

/** Bar fill patterns: solid for totalt, stripes for K, dots for M, so colour is never the only cue. */
export function patternDefs(): SVGTemplateResult {
  return svg`<defs>
    <pattern id="dhol-pattern-K" class="pattern sex-k" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect class="pattern-bg" width="6" height="6"></rect><rect class="pattern-ink" width="3" height="6"></rect>
    </pattern>
    <pattern id="dhol-pattern-M" class="pattern sex-m" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="pattern-bg" width="6" height="6"></rect><circle class="pattern-ink" cx="3" cy="3" r="1.8"></circle>
    </pattern>
  </defs>`;
}

interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function valueExtent(cells: readonly Cell[], target: number | undefined): [number, number] {
  let min = 0;
  let max = 0;
  for (const cell of cells) {
    if (cell.value === undefined) continue;
    min = Math.min(min, cell.value, cell.ci?.lower ?? cell.value);
    max = Math.max(max, cell.value, cell.ci?.upper ?? cell.value);
  }
  if (target !== undefined) {
    min = Math.min(min, target);
    max = Math.max(max, target);
  }
  // Room above the highest value for its label, so labels do not sit on the frame or the target line.
  return [min < 0 ? min * 1.08 : min, max > 0 ? max * 1.08 : max];
}

/** Room left of the plot for the widest value label on the y axis, at the chart's text size. */
function axisWidth(y: ReturnType<typeof linearScale>, labels: ChartLabels, font: number): number {
  const longest = Math.max(...y.ticks.map((tick) => labels.value(tick).length), 3);
  return Math.round(Math.max(40, 12 + longest * font * 0.6));
}

function yAxis(
  y: ReturnType<typeof linearScale>,
  frame: Frame,
  width: number,
  labels: ChartLabels,
): SVGTemplateResult {
  return svg`<g class="axis y-axis" aria-hidden="true">
    ${y.ticks.map(
      (
        tick,
      ) => svg`<line class=${tick === 0 ? 'baseline' : 'grid'} x1=${frame.left} x2=${width - frame.right} y1=${y(tick)} y2=${y(tick)}></line>
        <text class="tick" x=${frame.left - 6} y=${y(tick)} dy="0.32em" text-anchor="end">${labels.value(tick)}</text>`,
    )}
  </g>`;
}

function targetLine(
  y: ReturnType<typeof linearScale>,
  frame: Frame,
  width: number,
  target: number | undefined,
  label: string | undefined,
): SVGTemplateResult | typeof nothing {
  if (target === undefined || !label) return nothing;
  const at = y(target);
  return svg`<g class="target" part="target">
    <line x1=${frame.left} x2=${width - frame.right} y1=${at} y2=${at}></line>
    <text x=${width - frame.right} y=${at - 5} text-anchor="end">${label}</text>
  </g>`;
}

function whiskerPath(x: number, lower: number, upper: number, cap = 4): string {
  const left = r1(x - cap);
  const right = r1(x + cap);
  const mid = r1(x);
  const low = r1(lower);
  const high = r1(upper);
  return `M${left} ${low}H${right}M${mid} ${low}V${high}M${left} ${high}H${right}`;
}

function whisker(x: number, lower: number, upper: number, cap = 4): SVGTemplateResult {
  return svg`<path class="ci" d=${whiskerPath(x, lower, upper, cap)}></path>`;
}

/**
 * Bars for one period: a group per area, a bar per sex. Bars start at zero; a value the source hid or never
 * published gets a footnote mark instead of a bar, never a zero-height bar.
 */
export function barChart(
  slice: IndicatorSlice,
  period: string,
  labels: ChartLabels,
  width: number,
  target?: number,
  font = DEFAULT_FONT,
): Chart {
  const { areas, sexes } = slice;
  const cells = areas.flatMap((area) => sexes.map((sex) => slice.cell(area, period, sex)));
  const groupCount = Math.max(1, areas.length);
  const roughGroup = (width - 70) / groupCount;
  const rotate = areas.length > 1 && roughGroup < 90;
  const longest = Math.max(...areas.map((a) => labels.area(a).length), 1);
  const frame: Frame = {
    left: 0,
    right: 12,
    top: font + 10,
    bottom: rotate ? Math.min(140, 16 + longest * font * 0.55) : 24 + font * 1.4,
  };
  const height = Math.round(Math.min(420, Math.max(260, width * 0.55)) + (rotate ? frame.bottom - 40 : 0));
  const [min, max] = valueExtent(cells, target);
  const y = linearScale(min, max, height - frame.bottom, frame.top);
  frame.left = axisWidth(y, labels, font);
  const plotWidth = width - frame.left - frame.right;
  const groupWidth = plotWidth / groupCount;
  const inner = groupWidth * (areas.length > 1 ? 0.8 : 0.6);
  const barWidth = inner / Math.max(1, sexes.length);
  const showValues = barWidth >= 30;
  const zero = y(0);

  const points: ChartPoint[] = [];
  const grid: (number | undefined)[][] = [[]];
  areas.forEach((area, g) => {
    sexes.forEach((sex, s) => {
      const col = g * sexes.length + s;
      (grid[0] as (number | undefined)[])[col] = points.length;
      points.push({ row: 0, col, cell: slice.cell(area, period, sex) });
    });
  });

  const colourOf = (sex: Sex) => colourClass(SEX_SERIES[sex]);

  const render = (active: number) => svg`
    ${patternDefs()}
    ${yAxis(y, frame, width, labels)}
    <g class="axis x-axis" aria-hidden="true">
      ${areas.map((area, g) => {
        const cx = frame.left + groupWidth * (g + 0.5);
        const ly = height - frame.bottom + font * 1.35;
        return rotate
          ? svg`<text class="tick" transform=${`translate(${cx} ${ly - 6}) rotate(-40)`} text-anchor="end">${labels.area(area)}</text>`
          : svg`<text class="tick" x=${cx} y=${ly} text-anchor="middle">${labels.area(area)}</text>`;
      })}
    </g>
    <g class="points">
      ${points.map((point, index) => {
        const { cell } = point;
        const g = Math.floor(point.col / sexes.length);
        const s = point.col % sexes.length;
        const x = frame.left + groupWidth * g + (groupWidth - inner) / 2 + barWidth * s;
        const cx = x + barWidth / 2;
        const w = Math.max(1, barWidth - 2);
        const tab = index === active ? 0 : -1;
        const classes = `point bar ${colourOf(cell.sex)} ${SEX_CLASS[cell.sex]}`;
        if (cell.value === undefined) {
          return svg`<g class=${`${classes} gap`} role="img" aria-label=${labels.pointName(cell)} tabindex=${tab} data-index=${index}>
            <rect class="hit" x=${x + 1} y=${zero - 30} width=${w} height="30"></rect>
            <text class="gap-mark" x=${cx} y=${zero - 8} text-anchor="middle">${labels.gapMark(cell.gap ?? 'missing')}</text>
          </g>`;
        }
        const top = y(Math.max(0, cell.value));
        const bottom = y(Math.min(0, cell.value));
        const labelY = Math.min(top, cell.ci ? y(cell.ci.upper) : top) - 5;
        return svg`<g class=${classes} role="img" aria-label=${labels.pointName(cell)} tabindex=${tab} data-index=${index}>
          <rect class="mark" x=${x + 1} y=${top} width=${w} height=${Math.max(0.5, bottom - top)}></rect>
          ${cell.ci ? whisker(cx, y(cell.ci.lower), y(cell.ci.upper), Math.min(6, w / 3)) : nothing}
          ${showValues ? svg`<text class="value" x=${cx} y=${labelY} text-anchor="middle">${labels.value(cell.value)}${cell.preliminary ? ' p' : ''}</text>` : nothing}
        </g>`;
      })}
    </g>
    ${targetLine(y, frame, width, target, labels.target)}`;

  return { kind: 'bar', width, height, points, grid, render };
}

/** The middle year of a period: `2023` → 2023.5, `2019-2023` → 2021.5, so spans sit where they belong in time. */
function periodMid(period: string): number {
  const [start = 0, end = start] = period.split('-').map(Number);
  return (start + end + 1) / 2;
}

/**
 * Lines over time: a line per area and sex, x placed by year so uneven gaps between surveys look uneven. A
 * missing or suppressed value breaks the line; nothing is drawn in between.
 */
export function lineChart(
  slice: IndicatorSlice,
  labels: ChartLabels,
  width: number,
  target?: number,
  font = DEFAULT_FONT,
): Chart {
  const { areas, sexes, periods } = slice;
  const series = areas.flatMap((area) =>
    sexes.map((sex) => ({ area, sex, colour: areas.length > 1 ? slice.areaSeries(area) : SEX_SERIES[sex] })),
  );
  const rows = series.map((item) => periods.map((period) => slice.cell(item.area, period, item.sex)));
  const direct = series.length > 1 && series.length <= 9 && width >= 420;
  const seriesLabel = (item: (typeof series)[number]) =>
    areas.length > 1 && sexes.length > 1
      ? `${labels.area(item.area)}, ${labels.sex(item.sex).toLocaleLowerCase()}`
      : areas.length > 1
        ? labels.area(item.area)
        : labels.sex(item.sex);
  const frame: Frame = {
    left: 0,
    right: direct
      ? Math.min(170, 16 + Math.max(...series.map((s) => seriesLabel(s).length)) * font * 0.58)
      : 20,
    top: font + 10,
    bottom: 24 + font * 1.4,
  };
  const height = Math.round(Math.min(420, Math.max(260, width * 0.55)));
  const [min, max] = valueExtent(rows.flat(), target);
  const y = linearScale(min, max, height - frame.bottom, frame.top);
  frame.left = axisWidth(y, labels, font);
  const mids = periods.map(periodMid);
  const first = Math.min(...mids);
  const last = Math.max(...mids);
  const pad = 18;
  const x = (period: number) =>
    last === first
      ? (frame.left + width - frame.right) / 2
      : frame.left + pad + ((period - first) / (last - first)) * (width - frame.left - frame.right - pad * 2);
  const xs = mids.map(x);
  // Values of the same period sit a few pixels apart by sex, so their whiskers do not merge into one.
  const dodge = (sex: Sex) => (sexes.length > 1 ? (sexes.indexOf(sex) - (sexes.length - 1) / 2) * 5 : 0);
  const xOf = (col: number, sex: Sex) => (xs[col] as number) + dodge(sex);
  const every = Math.max(
    1,
    Math.ceil((periods.length * font * 4) / Math.max(1, width - frame.left - frame.right)),
  );

  const points: ChartPoint[] = [];
  const grid: (number | undefined)[][] = rows.map((cells, row) =>
    cells.map((cell, col) => {
      if (cell.value === undefined) return undefined;
      points.push({ row, col, cell });
      return points.length - 1;
    }),
  );

  const paths = rows.map((cells) => {
    let d = '';
    let pen = false;
    cells.forEach((cell, col) => {
      if (cell.value === undefined) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${r1(xOf(col, cell.sex))} ${r1(y(cell.value))}`;
      pen = true;
    });
    return d;
  });
  // All whiskers of a line in one path: one element per line rather than one per value keeps big charts fast.
  const whiskers = rows.map((cells) =>
    cells
      .map((cell, col) =>
        cell.ci && cell.value !== undefined
          ? whiskerPath(xOf(col, cell.sex), y(cell.ci.lower), y(cell.ci.upper), 3)
          : '',
      )
      .join(''),
  );
  const marks = points.map((point) =>
    markerPath(point.cell.sex, xOf(point.col, point.cell.sex), y(point.cell.value as number)),
  );
  // `c<n>` rather than `s<n>`: a fill per class, no custom property per element, so thousands of marks style fast.
  const colourOfRow = (row: number) =>
    `c${((series[row] as (typeof series)[number]).colour % SERIES_COLOURS) + 1}`;
  // The visible marks: one path per line for final values and one for preliminary (hollow) ones.
  const markPaths = rows.map(() => ({ final: '', preliminary: '' }));
  points.forEach((point, index) => {
    const paths = markPaths[point.row] as { final: string; preliminary: string };
    if (point.cell.preliminary) paths.preliminary += marks[index];
    else paths.final += marks[index];
  });
  const ends = direct ? endLabels(rows, series.map(seriesLabel), xs, y, frame, height, font) : [];

  const render = () => svg`
    ${yAxis(y, frame, width, labels)}
    <g class="axis x-axis" aria-hidden="true">
      ${periods.map((period, col) =>
        col % every === 0 || col === periods.length - 1
          ? svg`<text class="tick" x=${xs[col]} y=${height - frame.bottom + font * 1.5} text-anchor="middle">${labels.period(period)}</text>`
          : nothing,
      )}
    </g>
    ${targetLine(y, frame, width, target, labels.target)}
    <g class="lines" aria-hidden="true">
      ${series.map((item, row) => svg`<path class=${`line ${colourClass(item.colour, true)}`} d=${paths[row] as string}></path>`)}
      ${whiskers.map((d) => (d ? svg`<path class="ci" d=${d}></path>` : nothing))}
    </g>
    <g class="marks" aria-hidden="true">
      ${markPaths.map((paths, row) => {
        const colour = colourOfRow(row);
        return svg`${paths.final ? svg`<path class=${`dot ${colour}`} d=${paths.final}></path>` : nothing}${
          paths.preliminary
            ? svg`<path class=${`dot ${colour} preliminary`} d=${paths.preliminary}></path>`
            : nothing
        }`;
      })}
    </g>
    <g class="points"></g>
    <g class="direct-labels" aria-hidden="true">
      ${ends.map(
        (end) => svg`<text class="direct" x=${end.x + 10} y=${end.y} dy="0.32em">${end.text}</text>`,
      )}
    </g>`;

  const stop = (doc: Document, index: number, active: number): SVGElement => {
    const point = points[index] as ChartPoint;
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute(
      'class',
      `stop dot ${colourOfRow(point.row)}${point.cell.preliminary ? ' preliminary' : ''}`,
    );
    path.setAttribute('d', marks[index] as string);
    path.setAttribute('role', 'img');
    path.setAttribute('aria-label', labels.pointName(point.cell));
    path.setAttribute('tabindex', index === active ? '0' : '-1');
    path.setAttribute('data-index', String(index));
    return path;
  };

  const draw = (group: Element, active: number) => {
    const doc = group.ownerDocument;
    if (points.length > STOP_LIMIT) {
      group.replaceChildren(...(points[active] ? [stop(doc, active, active)] : []));
      return;
    }
    const fragment = doc.createDocumentFragment();
    for (let index = 0; index < points.length; index++) fragment.append(stop(doc, index, active));
    group.replaceChildren(fragment);
  };

  const nearest = (px: number, py: number): number | undefined => {
    let best: number | undefined;
    let bestDistance = 16 * 16 + 1;
    points.forEach((point, index) => {
      const dx = xOf(point.col, point.cell.sex) - px;
      const dy = y(point.cell.value as number) - py;
      const distance = dx * dx + dy * dy;
      if (distance < bestDistance) {
        best = index;
        bestDistance = distance;
      }
    });
    return best;
  };

  return { kind: 'line', width, height, points, grid, render, draw, nearest };
}

/** Labels at the last value of each line, nudged apart so they never overlap. */
function endLabels(
  rows: Cell[][],
  texts: string[],
  xs: number[],
  y: (value: number) => number,
  frame: Frame,
  height: number,
  font: number,
): { row: number; x: number; y: number; text: string }[] {
  const ends: { row: number; x: number; y: number; text: string }[] = [];
  rows.forEach((cells, row) => {
    for (let col = cells.length - 1; col >= 0; col--) {
      const value = (cells[col] as Cell).value;
      if (value !== undefined) {
        ends.push({ row, x: xs[col] as number, y: y(value), text: texts[row] as string });
        return;
      }
    }
  });
  ends.sort((a, b) => a.y - b.y);
  const gap = font + 2;
  for (let i = 1; i < ends.length; i++) {
    const prev = ends[i - 1] as (typeof ends)[number];
    const cur = ends[i] as (typeof ends)[number];
    if (cur.y - prev.y < gap) cur.y = prev.y + gap;
  }
  const overflow = (ends.at(-1)?.y ?? 0) - (height - frame.bottom);
  if (overflow > 0) for (const end of ends) end.y -= overflow;
  return ends;
}

/** The next keyboard stop from `index` for a key, or undefined when the key does not move. */
export function nextPoint(chart: Chart, index: number, key: string): number | undefined {
  const current = chart.points[index];
  if (!current) return chart.points.length > 0 ? 0 : undefined;
  if (chart.kind === 'bar') {
    const last = chart.points.length - 1;
    switch (key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return Math.min(last, index + 1);
      case 'ArrowLeft':
      case 'ArrowUp':
        return Math.max(0, index - 1);
      case 'Home':
        return 0;
      case 'End':
        return last;
      default:
        return undefined;
    }
  }
  const row = chart.grid[current.row] ?? [];
  const along = (from: number, step: number): number | undefined => {
    for (let col = from; col >= 0 && col < row.length; col += step)
      if (row[col] !== undefined) return row[col];
    return undefined;
  };
  const across = (step: number): number | undefined => {
    for (let r = current.row + step; r >= 0 && r < chart.grid.length; r += step) {
      const cells = chart.grid[r] ?? [];
      // The same period when that line has it, else the nearest period it has.
      for (let distance = 0; distance < cells.length; distance++) {
        const hit = cells[current.col - distance] ?? cells[current.col + distance];
        if (hit !== undefined) return hit;
      }
    }
    return undefined;
  };
  switch (key) {
    case 'ArrowRight':
      return along(current.col + 1, 1) ?? index;
    case 'ArrowLeft':
      return along(current.col - 1, -1) ?? index;
    case 'ArrowDown':
      return across(1) ?? index;
    case 'ArrowUp':
      return across(-1) ?? index;
    case 'Home':
      return along(0, 1) ?? index;
    case 'End':
      return along(row.length - 1, -1) ?? index;
    default:
      return undefined;
  }
}
