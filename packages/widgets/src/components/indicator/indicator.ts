import {
  type Area,
  type Dataset,
  formatDate,
  formatPeriod,
  formatValue,
  type Indicator,
  isAboutYoungPeople,
  localize,
  observationsToCsv,
  type Sex,
  sexLabel,
  summariseIndicator,
} from '@dhol/core';
import { html, isServer, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DholElement } from '../../base/dhol-element.js';
import { defaultAreas } from '../../base/reference.js';
import type { Lang } from '../../i18n/index.js';
import { scrollTable } from '../../shared/blocks/table.js';
import { contrastRatio } from '../../shared/contrast.js';
import { CsvDownload } from '../../shared/csv-download.js';
import { localeOf } from '../../shared/format.js';
import { heading } from '../../shared/heading.js';
import { externalLink } from '../../shared/link.js';
import {
  barChart,
  type Chart,
  type ChartLabels,
  colourClass,
  DEFAULT_FONT,
  lineChart,
  markerPath,
  nextPoint,
  SEX_SERIES,
} from './chart.js';
import { type IndicatorMessageKey, tIndicator } from './indicator.messages.js';
import { styles } from './indicator.styles.js';
import {
  type Cell,
  type Gap,
  type IndicatorSlice,
  parseList,
  type SliceResult,
  sliceIndicator,
} from './selection.js';

/** What is worked out once per dataset and selection: the slice, and its summaries and charts by language. */
interface ModelCache {
  key: unknown[];
  result: SliceResult;
  summaries: Map<string, string>;
  charts: Map<string, Chart>;
}

/**
 * Formatted values kept across renders and elements, per unit, decimals and language. Formatting builds an
 * `Intl.NumberFormat` each time, which costs more than drawing the value: a chart of 1 890 values repeats a few
 * hundred numbers, and a redraw (new width, other view) repeats them all.
 */
const FORMATTED = new Map<string, Map<number, string>>();
const MAX_FORMATTED = 20_000;

function formattedValues(key: string): Map<number, string> {
  let values = FORMATTED.get(key);
  if (!values || values.size > MAX_FORMATTED) {
    values = new Map();
    FORMATTED.set(key, values);
  }
  return values;
}

/** The ways the element can show an indicator. */
export type IndicatorView = 'bar' | 'line' | 'table';

const VIEWS: readonly IndicatorView[] = ['bar', 'line', 'table'];
const GAP_MARK: Record<Gap, string> = { suppressed: '*', missing: '–' };
const MAX_LISTED_GAPS = 12;
/** Widths the chart is drawn for are rounded to this step, so a resize does not redraw for every pixel. */
const WIDTH_STEP = 16;

/**
 * En indikators siffror som stapeldiagram, linjediagram eller tabell, bredvid länet och riket, efter kön och över
 * tid: konfidensintervall som felstaplar, undertryckta och saknade värden markerade och förklarade (aldrig ritade som
 * noll, aldrig sammanbundna), målet som en linje, en sammanfattning i text, källan och en CSV-fil att ladda ned.
 *
 * Varje värde är ett tangentbordsstopp i diagrammet (ett tabbstopp; piltangenter, Home och End flyttar) och läses upp
 * med sitt namn, till exempel ”Flickor, 2023: 44 %”.
 *
 * EN: An indicator's figures as a bar chart, a line chart or a table, next to the county and the country, by sex and
 * over time: confidence intervals as whiskers, suppressed and missing values marked and explained (never drawn as
 * zero, never joined across), the target as a line, a text summary, the source, and a CSV download.
 *
 * Every value is a keyboard stop in the chart (one tab stop; arrow keys, Home and End move) and is announced with
 * its name, e.g. "Flickor, 2023: 44 %".
 *
 * @summary Visar en indikators siffror ärligt, efter område, kön och period, som diagram, tabell och text.
 *   EN: Shows an indicator's figures honestly, by area, sex and period, as chart, table and text.
 * @fires dhol-load - Uppgifterna lästes in och godkändes.
 *   EN: The data was read and validated.
 * @fires dhol-error - Uppgifterna kunde inte läsas eller är ogiltiga; `detail.issues` säger varför.
 *   EN: The data could not be read or is invalid; `detail.issues` says why.
 * @fires dhol-select - Någon valde ett värde (Enter, Blanksteg eller ett klick); `detail.kind` är `observation`,
 *   `detail.id` `<indicator>/<area>/<period>/<sex>` och `detail.item` observationen.
 *   EN: A user chose a value (Enter, Space or a click); `detail.kind` is `observation`, `detail.id`
 *   `<indicator>/<area>/<period>/<sex>` and `detail.item` the observation.
 * @csspart indicator - Indikatorn som helhet.
 *   EN: The indicator as a whole.
 * @csspart title - Indikatorns titel (också delen `heading`).
 *   EN: The indicator's title (also the part `heading`).
 * @csspart definition - Vad indikatorn mäter.
 *   EN: What the indicator measures.
 * @csspart summary - Sammanfattningen av siffrorna i text.
 *   EN: The text summary of the figures.
 * @csspart views - Knapparna som växlar mellan staplar, linjer och tabell.
 *   EN: The buttons that switch between bars, lines and table.
 * @csspart view - Varje vyknapp; också `view-bar`, `view-line`, `view-table`.
 *   EN: Each view button; also `view-bar`, `view-line`, `view-table`.
 * @csspart view-<view> - En vyknapp: `view-bar`, `view-line`, `view-table`.
 *   EN: One view button: `view-bar`, `view-line`, `view-table`.
 * @csspart figure - Diagrammet eller tabellen med sin teckenförklaring.
 *   EN: The chart or table with its legend.
 * @csspart chart - SVG-diagrammet.
 *   EN: The SVG chart.
 * @csspart target - Mållinjen i diagrammet.
 *   EN: The target line in the chart.
 * @csspart legend - Teckenförklaringen under diagrammet.
 *   EN: The legend under the chart.
 * @csspart table-scroll - Tabellens omslag, som rullar när tabellen är bredare än elementet.
 *   EN: The table's wrapper, which scrolls when the table is wider than the element.
 * @csspart table - Tabellen med värden.
 *   EN: The table of values.
 * @csspart header-cell - En rubrikcell i tabellen (område, kön, period).
 *   EN: A header cell of the table (area, sex, period).
 * @csspart cell - En värdecell i tabellen.
 *   EN: A value cell of the table.
 * @csspart footnotes - Noter om undertryckta, saknade och preliminära värden, konfidensintervall och målet.
 *   EN: Notes on suppressed, missing and preliminary values, confidence intervals and the target.
 * @csspart source - Källa, licens och senaste uppdatering.
 *   EN: Source, licence and last update.
 * @csspart download - Länken för att ladda ned CSV.
 *   EN: The CSV download link.
 * @cssprop [--dhol-indicator-series-1=light-dark(#00577a, #7cc8ea)] - Färg för serie 1: Totalt, eller det första
 *   området.
 *   EN: Colour of series 1: Totalt, or the first area.
 * @cssprop [--dhol-indicator-series-2=light-dark(#a3480a, #ffad6b)] - Färg för serie 2: Flickor/Kvinnor, eller det
 *   andra området.
 *   EN: Colour of series 2: Flickor/Kvinnor, or the second area.
 * @cssprop [--dhol-indicator-series-3=light-dark(#5a3d99, #c4a8ff)] - Färg för serie 3: Pojkar/Män, eller det tredje
 *   området.
 *   EN: Colour of series 3: Pojkar/Män, or the third area.
 * @cssprop [--dhol-indicator-series-4=light-dark(#1b6332, #8fdca5)] - Färg för serie 4.
 *   EN: Colour of series 4.
 * @cssprop [--dhol-indicator-series-5=light-dark(#8a1c4f, #ff8ac0)] - Färg för serie 5.
 *   EN: Colour of series 5.
 * @cssprop [--dhol-indicator-series-6=light-dark(#7d6200, #e6c65c)] - Färg för serie 6.
 *   EN: Colour of series 6.
 * @cssprop [--dhol-indicator-series-7=light-dark(#006d77, #6fd6de)] - Färg för serie 7.
 *   EN: Colour of series 7.
 * @cssprop [--dhol-indicator-series-8=light-dark(#4a4a55, #c0c0cc)] - Färg för serie 8; därefter upprepar linjerna
 *   färgerna streckade (9–16) och prickade (17–24).
 *   EN: Colour of series 8, after which lines repeat the colours dashed (9–16) and dotted (17–24).
 * @cssprop [--dhol-indicator-grid=var(--dhol-color-rule)] - Färgen på stödlinjerna.
 *   EN: Colour of the grid lines.
 * @cssprop [--dhol-indicator-target=var(--dhol-color-text)] - Färgen på mållinjen.
 *   EN: Colour of the target line.
 * @cssprop [--dhol-indicator-focus=var(--dhol-color-focus)] - Färgen på ringen runt ett värde i fokus.
 *   EN: Colour of the ring around a focused value.
 */
export class DholIndicator extends DholElement {
  static override styles = [...[DholElement.styles].flat(), styles];

  /**
   * Id för indikatorn som visas; datasetets första indikator om inget anges.
   * EN: The id of the indicator to show; the dataset's first indicator when not set.
   */
  @property() indicator?: string;

  /**
   * Områdeskoder att visa, åtskilda av blanksteg eller kommatecken (`1907 19 00`); alla områden i uppgifterna om
   * inget anges.
   * EN: Area codes to show, separated by spaces or commas (`1907 19 00`); all areas in the data when not set.
   */
  @property({ attribute: 'areas' }) areaCodes?: string;

  /**
   * Perioder att visa (`2021 2023`); alla perioder i uppgifterna om inget anges.
   * EN: Periods to show (`2021 2023`); all periods in the data when not set.
   */
  @property() periods?: string;

  /**
   * Kön att visa: `T`, `K`, `M` åtskilda av blanksteg eller kommatecken; alla i uppgifterna om inget anges.
   * EN: Sexes to show: `T`, `K`, `M` separated by spaces or commas; all in the data when not set.
   */
  @property() sex?: string;

  /**
   * `bar`, `line` eller `table`; som standard linjer när det finns flera perioder, annars staplar.
   * EN: `bar`, `line` or `table`; by default lines when there are several periods, else bars.
   */
  @property({ reflect: true }) view?: IndicatorView;

  /** The width the chart is drawn for, from the element's own width. */
  @state() private chartWidth = 640;

  /** The chart's text size in px, measured with the width: the chart's margins make room for its labels. */
  @state() private chartFont = DEFAULT_FONT;

  /** The value that holds the chart's tab stop (roving tabindex); not reactive, moved by hand. */
  private active = 0;
  private chart?: Chart;
  /** The slice shown now, and the CSV link's file, made for the slice shown when a reader reaches for it. */
  private csvSource?: IndicatorSlice;
  private readonly download = new CsvDownload(
    () => this.csvSource,
    (slice) => observationsToCsv(slice.observations),
  );
  private cache?: ModelCache;
  /** The chart whose stops were last drawn by hand, and into which group. */
  private drawn?: { chart: Chart; group: Element };
  private resizeObserver?: ResizeObserver;
  /** The chart whose series colours were last checked, and the colours already warned about. */
  private contrastChecked?: Chart;
  private warned = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width <= 0) return;
      const rounded = Math.max(240, Math.floor(width / WIDTH_STEP) * WIDTH_STEP);
      const figure = this.renderRoot.querySelector('.figure');
      const font = figure
        ? Math.round(Number.parseFloat(getComputedStyle(figure).fontSize)) || DEFAULT_FONT
        : DEFAULT_FONT;
      // Redraw in the next frame, not inside the observer's callback, so a taller chart does not loop it.
      if (rounded !== this.chartWidth || font !== this.chartFont)
        requestAnimationFrame(() => {
          this.chartWidth = rounded;
          this.chartFont = font;
        });
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.download.revoke();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('data') ||
      changed.has('indicator') ||
      changed.has('areaCodes') ||
      changed.has('periods') ||
      changed.has('sex') ||
      changed.has('view')
    ) {
      this.active = 0;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.drawPoints();
    // The CSV is written when a user reaches for its link (focus, pointer, context menu, click): for a large chart
    // it costs as much as drawing the chart. A link written for other values points nowhere until then.
    if (this.download.made !== undefined && this.download.made !== this.csvSource) {
      this.download.revoke(this.renderRoot);
    }
    const chart = this.chart;
    if (chart && chart !== this.contrastChecked) {
      this.contrastChecked = chart;
      // After the frame is drawn, in a task of its own (posted from the frame's callback), when its styles are
      // computed: in the callback itself it made the frame's task longer by the check (a canvas, computed colours).
      requestAnimationFrame(() => setTimeout(() => this.warnOnFaintSeries()));
    }
  }

  /**
   * Tells the page's developer, in the console, about a series colour with less than 3:1 against the
   * background (WCAG 1.4.11): a host theme's `--dhol-indicator-series-<n>` that lines and bars cannot be told
   * from the page by. Each colour is told once per element. Labels never use series colours, so they stay readable.
   */
  private warnOnFaintSeries(): void {
    const base = this.renderRoot.querySelector('.dhol');
    // Gone from the page by then, the element has no computed colours to judge.
    if (!base || !this.isConnected) return;
    const background = getComputedStyle(base).backgroundColor;
    const seen = new Set<string>();
    for (const mark of this.renderRoot.querySelectorAll('.chart .bar .mark, .chart .line')) {
      // A bar's series class is on its group, a line's on the line.
      const owner = mark.classList.contains('line') ? mark : mark.parentElement;
      const series = /\bs(\d+)\b/.exec(owner?.getAttribute('class') ?? '')?.[1];
      if (!series || seen.has(series)) continue;
      seen.add(series);
      const colour = getComputedStyle(mark).stroke;
      const ratio = colour && background ? contrastRatio(colour, background) : undefined;
      const key = `${series}|${colour}|${background}`;
      if (ratio === undefined || ratio >= 3 || this.warned.has(key)) continue;
      this.warned.add(key);
      console.warn(
        `dhol-indicator: --dhol-indicator-series-${series} (${colour}) has ${ratio.toFixed(1)}:1 against the background; charts need 3:1.`,
      );
    }
  }

  /** Fills a chart's `.points` group when the chart draws its stops itself (the line chart). */
  private drawPoints(): void {
    const chart = this.chart;
    const group = this.renderRoot.querySelector('svg .points');
    if (!chart?.draw || !group) {
      this.drawn = undefined;
      return;
    }
    if (this.drawn?.chart === chart && this.drawn.group === group) return;
    // A redraw (the element was resized, say) must not drop a keyboard user's focus.
    const hadFocus = group.contains((this.renderRoot as ShadowRoot).activeElement);
    chart.draw(group, this.active);
    this.drawn = { chart, group };
    if (hadFocus) this.stopElement(this.active)?.focus();
  }

  protected override isEmpty(dataset: Dataset): boolean {
    return !dataset.indicators?.length;
  }

  protected override renderEmpty(): unknown {
    return html`<p part="empty" class="state">${this.m('empty.noIndicators')}</p>`;
  }

  /** A message from this element's catalogue in its language. */
  private m(key: IndicatorMessageKey, params: Record<string, string | number> = {}): string {
    return tIndicator(this.language, key, params);
  }

  private get referenceAreas(): readonly Area[] {
    return this.areas ?? defaultAreas;
  }

  /**
   * The slice for the dataset and the selection attributes, kept while they stay the same, so that switching
   * view, language or width does not read the observations again.
   */
  private sliceFor(dataset: Dataset): SliceResult {
    const key = [dataset, this.indicator, this.areaCodes, this.periods, this.sex];
    if (this.cache?.key.every((item, i) => item === key[i])) return this.cache.result;
    const result = sliceIndicator(dataset, {
      ...(this.indicator ? { indicator: this.indicator } : {}),
      areas: parseList(this.areaCodes),
      periods: parseList(this.periods),
      sexes: parseList(this.sex),
    });
    this.cache = { key, result, summaries: new Map(), charts: new Map() };
    return result;
  }

  protected override renderContent(dataset: Dataset): unknown {
    this.chart = undefined;
    this.csvSource = undefined;
    const result = this.sliceFor(dataset);
    switch (result.kind) {
      case 'no-indicators':
        return this.renderEmpty();
      case 'unknown-indicator':
        return html`<p part="empty" class="state">${this.m('empty.unknownIndicator', { id: result.id })}</p>`;
      case 'no-observations':
        return html`<section part="indicator" class="indicator">
          ${this.renderHeading(result.indicator)}
          <p part="empty" class="state">${this.m('empty.noObservations')}</p>
          ${this.renderSource(result.indicator, dataset)}
        </section>`;
      default:
        return this.renderSlice(dataset, result.slice);
    }
  }

  private renderHeading(indicator: Indicator): TemplateResult {
    return heading(this.level, localize(indicator.title, this.language) || indicator.id, {
      size: 'title',
      part: 'title',
      id: 'title',
    });
  }

  private currentView(slice: IndicatorSlice): IndicatorView {
    if (this.view && VIEWS.includes(this.view)) return this.view;
    return slice.periods.length > 1 ? 'line' : 'bar';
  }

  private renderSlice(dataset: Dataset, slice: IndicatorSlice): TemplateResult {
    const { indicator } = slice;
    const lang = this.language;
    const view = this.currentView(slice);
    const labels = this.chartLabels(slice);
    const period = slice.periods.at(-1) as string;
    const target = indicator.target?.value;
    const cache = this.cache as ModelCache;
    const summaryKey = `${lang}|${view === 'bar' ? period : ''}`;
    let summary = cache.summaries.get(summaryKey);
    if (summary === undefined) {
      summary = summariseIndicator(
        dataset,
        {
          indicator: indicator.id,
          area: slice.areas[0] as string,
          ...(view === 'bar' ? { period } : {}),
          areas: this.referenceAreas,
          young: isAboutYoungPeople(indicator),
        },
        lang,
      );
      cache.summaries.set(summaryKey, summary);
    }
    this.csvSource = slice;
    if (view !== 'table') {
      const chartKey = `${view}|${lang}|${this.chartWidth}|${this.chartFont}`;
      let chart = cache.charts.get(chartKey);
      if (!chart) {
        chart =
          view === 'bar'
            ? barChart(slice, period, labels, this.chartWidth, target, this.chartFont)
            : lineChart(slice, labels, this.chartWidth, target, this.chartFont);
        cache.charts.set(chartKey, chart);
      }
      this.chart = chart;
      if (this.active >= chart.points.length) this.active = 0;
    }
    const definition = localize(indicator.definition ?? indicator.description, lang);
    return html`<section part="indicator" class="indicator" aria-labelledby="title">
      ${this.renderHeading(indicator)}
      ${definition ? html`<p part="definition" class="muted">${definition}</p>` : nothing}
      <p part="summary" class="summary">${summary}</p>
      ${this.renderViewButtons(view, slice)}
      <!-- Listeners sit on the figure, not the svg: Chromium makes an svg with focus listeners a tab stop. -->
      <figure
        part="figure"
        class="figure"
        @keydown=${this.onChartKey}
        @focusin=${this.onChartFocus}
        @click=${this.onChartClick}
      >
        ${this.chart ? this.renderChart(this.chart, slice, view, period) : this.renderTable(slice, labels)}
        ${this.chart ? this.renderLegend(slice, view, labels) : nothing}
      </figure>
      ${this.renderFootnotes(slice, view, period, labels)}
      ${this.renderSource(indicator, dataset)}
      <p class="download no-print"><a part="download" href="#" download=${`${indicator.id}.csv`} type="text/csv"
        @click=${this.download.update} @focus=${this.download.update} @pointerenter=${this.download.update}
        @contextmenu=${this.download.update}
        >${this.m('download')}</a></p>
    </section>`;
  }

  private renderViewButtons(view: IndicatorView, slice: IndicatorSlice): TemplateResult {
    // Lines need two periods or more: for one period the choice would only draw a single point per series.
    const views = VIEWS.filter((item) => item !== 'line' || item === view || slice.periods.length > 1);
    return html`<div part="views" class="views no-print needs-script" role="group" aria-label=${this.m('view.label')}>
      ${views.map(
        (item) =>
          html`<button type="button" part="view view-${item}" aria-pressed=${item === view ? 'true' : 'false'} @click=${() => {
            this.view = item;
          }}>${this.m(`view.${item}`)}</button>`,
      )}
    </div>`;
  }

  private renderChart(
    chart: Chart,
    slice: IndicatorSlice,
    view: IndicatorView,
    period: string,
  ): TemplateResult {
    const title = localize(slice.indicator.title, this.language) || slice.indicator.id;
    const name =
      view === 'bar'
        ? this.m('chart.bar', { title, period: formatPeriod(period) })
        : this.m('chart.line', {
            title,
            from: formatPeriod(slice.periods[0]),
            to: formatPeriod(slice.periods.at(-1)),
          });
    const keys = chart.points.length > 0 ? this.m(view === 'bar' ? 'chart.keys.bar' : 'chart.keys.line') : '';
    // Lit SSR cannot bind text inside an SVG <title>, so the static export (`dhol render`) names the chart with
    // aria attributes instead; in the browser the chart carries its own <title> and <desc>.
    return html`<svg
      part="chart"
      class=${`chart ${view}`}
      role="group"
      aria-labelledby=${isServer ? nothing : 'chart-title'}
      aria-describedby=${isServer ? nothing : 'chart-desc'}
      aria-label=${isServer ? name : nothing}
      aria-description=${isServer && keys ? keys : nothing}
      viewBox=${`0 0 ${chart.width} ${chart.height}`}
      width=${chart.width}
      height=${chart.height}
>
      ${isServer ? nothing : svg`<title id="chart-title">${name}</title><desc id="chart-desc">${keys}</desc>`}
      ${chart.render(this.active)}
    </svg>`;
  }

  /** The keyboard stop of a value, when it is in the DOM (a big line chart holds only the active one). */
  private stopElement(index: number): SVGElement | undefined {
    return (
      (this.renderRoot.querySelector(`svg .points [data-index="${index}"]`) as SVGElement | null) ?? undefined
    );
  }

  private pointIndex(event: Event): number | undefined {
    const point = (event.target as Element | null)?.closest?.('.points [data-index]');
    if (point) return Number(point.getAttribute('data-index'));
    // A click on a line chart's marks: the value drawn nearest to the pointer.
    const svgElement = this.renderRoot.querySelector('svg.chart') as SVGSVGElement | null;
    const matrix = svgElement?.getScreenCTM?.();
    if (!(event instanceof MouseEvent) || !matrix || !this.chart?.nearest) return undefined;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return this.chart.nearest(at.x, at.y);
  }

  private onChartFocus = (event: FocusEvent): void => {
    const index = this.pointIndex(event);
    if (index !== undefined) this.moveTo(index, false);
  };

  private onChartClick = (event: MouseEvent): void => {
    const index = this.pointIndex(event);
    if (index === undefined) return;
    this.moveTo(index, true);
    this.choose(index);
  };

  private onChartKey = (event: KeyboardEvent): void => {
    const chart = this.chart;
    const index = this.pointIndex(event);
    if (!chart || index === undefined) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(index);
      return;
    }
    const next = nextPoint(chart, index, event.key);
    if (next === undefined) return;
    event.preventDefault();
    this.moveTo(next, true);
  };

  /** Moves the tab stop to a point by hand, so a key press does not redraw a chart of thousands of values. */
  private moveTo(index: number, focus: boolean): void {
    const chart = this.chart;
    if (!chart?.points[index]) return;
    const from = this.stopElement(this.active);
    let to = this.stopElement(index);
    if (!to && chart.draw) {
      // Only the active stop is drawn: draw the new one (focus moves with it, so it is announced).
      const group = this.renderRoot.querySelector('svg .points');
      if (group) chart.draw(group, index);
      to = this.stopElement(index);
    }
    if (!to) return;
    if (from && from !== to) from.setAttribute('tabindex', '-1');
    to.setAttribute('tabindex', '0');
    this.active = index;
    if (focus) to.focus();
  }

  private choose(index: number): void {
    const point = this.chart?.points[index];
    if (!point) return;
    const { cell } = point;
    this.select({
      kind: 'observation',
      id: `${point.cell.observation?.indicator ?? ''}/${cell.area}/${cell.period}/${cell.sex}`,
      item: cell.observation,
    });
  }

  private areaName(code: string): string {
    if (code === '00') return this.m('area.country');
    return this.referenceAreas.find((area) => area.code === code)?.name ?? code;
  }

  private chartLabels(slice: IndicatorSlice): ChartLabels {
    const lang = this.language;
    const { indicator } = slice;
    const young = isAboutYoungPeople(indicator);
    const options = {
      lang,
      ...(indicator.decimals !== undefined ? { decimals: indicator.decimals } : {}),
      ...(indicator.unitLabel ? { unitLabel: indicator.unitLabel } : {}),
    };
    const formatted = formattedValues(
      `${indicator.unit}|${indicator.decimals ?? ''}|${lang}|${indicator.unitLabel?.sv ?? ''}|${indicator.unitLabel?.en ?? ''}`,
    );
    const value = (v: number) => {
      let text = formatted.get(v);
      if (text === undefined) {
        text = formatValue(v, indicator.unit, options);
        formatted.set(v, text);
      }
      return text;
    };
    const sexes = new Map(slice.sexes.map((s) => [s, sexLabel(s, lang, { young, capitalised: true })]));
    const sex = (s: Sex) => sexes.get(s) ?? sexLabel(s, lang, { young, capitalised: true });
    /** "Surahammar, flickor" or "Flickor", once per area and sex. */
    const whos = new Map<string, string>();
    const manyAreas = slice.areas.length > 1;
    const names = new Map(slice.areas.map((code) => [code, this.areaName(code)]));
    const area = (code: string) => names.get(code) ?? code;
    const target = indicator.target;
    const levels = new Map<number, string>();
    const percent = (level: number) => {
      if (!levels.has(level)) levels.set(level, formatValue(level, 'percent', { lang }));
      return levels.get(level) as string;
    };
    return {
      value,
      area,
      sex,
      period: formatPeriod,
      gapMark: (gap) => GAP_MARK[gap],
      ...(target
        ? {
            target: `${localize(target.label, lang) || this.m('target.default')}: ${value(target.value)}`,
          }
        : {}),
      pointName: (cell: Cell) => {
        const whoKey = `${cell.area}|${cell.sex}`;
        let who = whos.get(whoKey);
        if (who === undefined) {
          who = manyAreas ? `${area(cell.area)}, ${sex(cell.sex).toLocaleLowerCase(lang)}` : sex(cell.sex);
          whos.set(whoKey, who);
        }
        const head = `${who}, ${formatPeriod(cell.period)}: `;
        if (cell.value === undefined)
          return head + this.m(cell.gap === 'suppressed' ? 'gap.suppressed' : 'gap.missing');
        let text = head + value(cell.value);
        if (cell.ci) {
          text += `, ${this.m('point.ci', {
            lower: value(cell.ci.lower),
            upper: value(cell.ci.upper),
            level: cell.ci.level ? percent(cell.ci.level) : '',
          })}`;
        }
        if (cell.preliminary) text += `, ${this.m('point.preliminary')}`;
        return text;
      },
    };
  }

  private renderLegend(
    slice: IndicatorSlice,
    view: IndicatorView,
    labels: ChartLabels,
  ): TemplateResult | typeof nothing {
    const items: TemplateResult[] = [];
    if (view === 'bar') {
      if (slice.sexes.length < 2) return nothing;
      slice.sexes.forEach((sex) => {
        items.push(html`<li>
          <svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <g class=${`bar ${colourClass(SEX_SERIES[sex])} sex-${sex.toLowerCase()}`}>
              <rect class="mark" x="1" y="1" width="14" height="14"></rect>
            </g>
          </svg>${labels.sex(sex)}
        </li>`);
      });
    } else {
      const byArea = slice.areas.length > 1;
      if (byArea) {
        slice.areas.forEach((code) => {
          items.push(html`<li>
            <svg class="swatch" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true">
              <path class=${`line ${colourClass(slice.areaSeries(code), true)}`} d="M1 8H23"></path>
            </svg>${labels.area(code)}
          </li>`);
        });
      }
      if (slice.sexes.length > 1 || !byArea) {
        slice.sexes.forEach((sex) => {
          const colour = byArea ? 'neutral' : colourClass(SEX_SERIES[sex]);
          items.push(html`<li>
            <svg class="swatch" viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">
              <path class=${`dot ${colour}`} d=${markerPath(sex, 0, 0)}></path>
            </svg>${labels.sex(sex)}
          </li>`);
        });
      }
    }
    if (items.length === 0) return nothing;
    return html`<ul part="legend" class="legend" aria-label=${this.m('legend.label')}>${items}</ul>`;
  }

  private renderTable(slice: IndicatorSlice, labels: ChartLabels): TemplateResult {
    const title = localize(slice.indicator.title, this.language) || slice.indicator.id;
    const manyAreas = slice.areas.length > 1;
    return scrollTable({
      id: 'table-caption',
      caption: title,
      lang: this.language,
      body: html`<thead>
          <tr>
            ${manyAreas ? html`<th part="header-cell" scope="col">${this.m('table.area')}</th>` : nothing}
            <th part="header-cell" scope="col">${this.m('table.sex')}</th>
            ${slice.periods.map((period) => html`<th part="header-cell" scope="col" class="num">${formatPeriod(period)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${slice.areas.flatMap((area) =>
            slice.sexes.map(
              (sex, index) => html`<tr>
                ${manyAreas && index === 0 ? html`<th part="header-cell" scope="rowgroup" rowspan=${slice.sexes.length}>${labels.area(area)}</th>` : nothing}
                <th part="header-cell" scope="row">${labels.sex(sex)}</th>
                ${slice.periods.map((period) => this.renderTableCell(slice.cell(area, period, sex), labels))}
              </tr>`,
            ),
          )}
        </tbody>`,
    });
  }

  private renderTableCell(cell: Cell, labels: ChartLabels): TemplateResult {
    if (cell.value === undefined) {
      const gap = cell.gap ?? 'missing';
      return html`<td part="cell" class="num gap"><span aria-hidden="true">${GAP_MARK[gap]}</span><span class="visually-hidden"
          >${this.m(gap === 'suppressed' ? 'gap.suppressed' : 'gap.missing')}</span></td>`;
    }
    return html`<td part="cell" class="num">
      ${labels.value(cell.value)}${
        cell.preliminary
          ? html`<span aria-hidden="true"> p</span><span class="visually-hidden"
            >, ${this.m('point.preliminary')}</span>`
          : nothing
      }
      ${cell.ci ? html`<br /><span class="ci-text">(${labels.value(cell.ci.lower)}–${labels.value(cell.ci.upper)})</span>` : nothing}
    </td>`;
  }

  private renderFootnotes(
    slice: IndicatorSlice,
    view: IndicatorView,
    period: string,
    labels: ChartLabels,
  ): TemplateResult | typeof nothing {
    const periods = view === 'bar' ? [period] : slice.periods;
    const cells = slice.areas.flatMap((area) =>
      slice.sexes.flatMap((sex) => periods.map((p) => slice.cell(area, p, sex))),
    );
    const gaps = cells.filter((cell) => cell.value === undefined);
    const notes: TemplateResult[] = [];
    if (view === 'bar' && slice.periods.length > 1) {
      notes.push(html`<li>${this.m('chart.period', { period: formatPeriod(period) })}</li>`);
    }
    if (gaps.some((cell) => cell.gap === 'suppressed')) {
      notes.push(html`<li><span class="mark" aria-hidden="true">*</span> ${this.m('note.suppressed')}</li>`);
    }
    if (gaps.some((cell) => cell.gap === 'missing')) {
      notes.push(html`<li><span class="mark" aria-hidden="true">–</span> ${this.m('note.missing')}</li>`);
    }
    if (view === 'line' && gaps.length > 0) {
      const listed = gaps.slice(0, MAX_LISTED_GAPS).map((cell) => labels.pointName(cell));
      const list = new Intl.ListFormat(localeOf(this.language), {
        type: 'conjunction',
      }).format(gaps.length > MAX_LISTED_GAPS ? [...listed, '…'] : listed);
      notes.push(html`<li>${this.m('note.gaps', { list })}</li>`);
    }
    if (cells.some((cell) => cell.preliminary)) {
      notes.push(html`<li><span class="mark" aria-hidden="true">p</span> ${this.m('note.preliminary')}</li>`);
    }
    if (view !== 'table' && cells.some((cell) => cell.ci && cell.value !== undefined)) {
      notes.push(html`<li>${this.m('chart.ci')}</li>`);
    }
    if (slice.indicator.target && labels.target) {
      notes.push(
        html`<li>${
          view === 'table'
            ? `${labels.target}.`
            : this.m('chart.target', { value: labels.value(slice.indicator.target.value) })
        }</li>`,
      );
    }
    if (notes.length === 0) return nothing;
    return html`<ul part="footnotes" class="footnotes">${notes}</ul>`;
  }

  private renderSource(indicator: Indicator, dataset: Dataset): TemplateResult {
    const lang: Lang = this.language;
    const name = localize(indicator.source.name, lang);
    const licence = indicator.licence ?? dataset.source?.licence;
    const updated = indicator.updated ?? dataset.updated;
    const label = indicator.source.publisher ? `${name} (${indicator.source.publisher})` : name;
    return html`<p part="source" class="source">
      <span>${this.m('source.label')}: ${indicator.source.url ? externalLink(indicator.source.url, label, lang) : label}.</span>
      ${licence ? html`<span>${this.m('licence.label')}: ${licence}.</span>` : nothing}
      ${updated ? html`<span>${this.m('updated.label')}: ${formatDate(updated, lang)}.</span>` : nothing}
    </p>`;
  }
}
