import { css, unsafeCSS } from 'lit';
import { adoptDocumentSheet, token } from '../../styles/tokens.js';

/** Series colours: each has at least 3:1 contrast against the background of its theme. */
const lightSeries = ['#00577a', '#a3480a', '#5a3d99', '#1b6332', '#8a1c4f', '#4a4a55'];
const darkSeries = ['#7cc8ea', '#ffad6b', '#c4a8ff', '#8fdca5', '#ff8ac0', '#c0c0cc'];
const lightGrid = '#c4c4cc';
const darkGrid = '#4a4a55';

const declarations = (series: string[], grid: string) =>
  `${series.map((value, i) => `--dhol-indicator-series-${i + 1}: ${value};`).join(' ')} --dhol-indicator-grid: ${grid};`;

/**
 * The element's own tokens for the document, beside the global ones: defaults in `:where(:root)` (a host page's
 * values win), dark by preference and by the `dhol-theme-dark` class or `data-dhol-theme="dark"`.
 */
export const indicatorTokens = unsafeCSS(
  `:where(:root) { ${declarations(lightSeries, lightGrid)} }
@media (prefers-color-scheme: dark) { :where(:root) { ${declarations(darkSeries, darkGrid)} } }
:where(.dhol-theme-dark, [data-dhol-theme="dark"]) { ${declarations(darkSeries, darkGrid)} }
:where(.dhol-theme-light, [data-dhol-theme="light"]) { ${declarations(lightSeries, lightGrid)} }`,
);

/** Adopts `indicatorTokens` into the document once per page, like the global tokens. */
export function adoptIndicatorTokens(doc: Document | undefined = globalThis.document): void {
  adoptDocumentSheet(indicatorTokens, 'dhol.indicator.tokens.adopted', { doc });
}

const seriesVars = (values: string[]) =>
  unsafeCSS(
    values.map((value, i) => `--_s${i + 1}: var(--dhol-indicator-series-${i + 1}, ${value});`).join(' '),
  );

const seriesClasses = unsafeCSS(
  lightSeries.map((_, i) => `.s${i + 1} { --_c: var(--_s${i + 1}); }`).join('\n'),
);

const dotClasses = unsafeCSS(
  lightSeries
    .map(
      (_, i) =>
        `.c${i + 1} { fill: var(--_s${i + 1}); } .preliminary.c${i + 1} { stroke: var(--_s${i + 1}); }`,
    )
    .join('\n'),
);

export const styles = css`
  :host {
    ${seriesVars(lightSeries)}
    --_grid: var(--dhol-indicator-grid, ${unsafeCSS(lightGrid)});
    --_target: var(--dhol-indicator-target, ${token('color-text')});
    --_focus: var(--dhol-indicator-focus, ${token('color-focus')});
    --_bg: ${token('color-background')};
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${seriesVars(darkSeries)}
      --_grid: var(--dhol-indicator-grid, ${unsafeCSS(darkGrid)});
    }
  }
  ${seriesClasses}
  .neutral {
    --_c: ${token('color-text')};
  }
  .summary {
    font-size: 1.05em;
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')};
    margin: ${token('space-s')} 0;
  }
  .views button {
    font: inherit;
    min-height: 2.75rem;
    padding: ${token('space-xs')} ${token('space-m')};
    color: ${token('color-text')};
    background: ${token('color-background')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    cursor: pointer;
  }
  .views button[aria-pressed='true'] {
    color: ${token('color-background')};
    background: ${token('color-accent')};
    border-color: ${token('color-accent')};
    font-weight: 600;
  }
  .figure {
    margin: 0 0 ${token('space-s')};
  }
  .chart {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
    font-size: 12px;
    font-family: inherit;
  }
  .chart text {
    fill: ${token('color-text')};
  }
  .value,
  .target text,
  .direct {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .baseline {
    stroke: ${token('color-text')};
    stroke-width: 1.5;
  }
  .point {
    outline: none;
    cursor: pointer;
  }
  .bar .mark {
    fill: var(--_c);
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .bar.sex-k .mark {
    fill: url(#dhol-pattern-K);
  }
  .bar.sex-m .mark {
    fill: url(#dhol-pattern-M);
  }
  .pattern.sex-k .pattern-ink {
    fill: var(--_s2);
  }
  .pattern.sex-m .pattern-ink {
    fill: var(--_s3);
  }
  .pattern-bg {
    fill: var(--_bg);
  }
  .hit {
    fill: transparent;
  }
  .gap-mark {
    font-weight: 700;
    font-size: 16px;
  }
  .ci {
    fill: none;
    stroke: ${token('color-text')};
    stroke-width: 1.5;
  }
  .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .dot {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 1;
    cursor: pointer;
    outline: none;
  }
  ${dotClasses}
  .dot.preliminary {
    fill: var(--_bg);
    stroke-width: 2;
  }
  .dot:focus-visible {
    stroke: var(--_focus);
    stroke-width: 4;
  }
  .bar:focus-visible .mark,
  .bar:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .direct {
    fill: var(--_c) !important;
    font-weight: 600;
  }
  .target line {
    stroke: var(--_target);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .target text {
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')} ${token('space-m')};
    list-style: none;
    padding: 0;
    margin: ${token('space-s')} 0 0;
    font-size: ${token('font-size-small')};
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-xs')};
  }
  .swatch {
    flex: none;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    /* Keeps visually hidden text in the cells inside the scroll box instead of widening the page. */
    position: relative;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: ${token('space-xs')};
  }
  th,
  td {
    padding: ${token('space-xs')} ${token('space-s')};
    border-bottom: 1px solid ${token('color-border')};
    text-align: start;
    vertical-align: top;
  }
  .number {
    text-align: end;
    white-space: nowrap;
  }
  .ci-text {
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  .footnotes {
    list-style: none;
    padding: 0;
    font-size: ${token('font-size-small')};
  }
  .footnotes .mark {
    display: inline-block;
    min-width: 1em;
    font-weight: 700;
  }
  .source {
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  .source span + span {
    margin-inline-start: 0.25em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .views button {
      transition: background-color 0.15s ease-out;
    }
  }
  @media (forced-colors: active) {
    .chart text,
    .gap-mark {
      fill: CanvasText !important;
    }
    .bar .mark,
    .line,
    .ci,
    .baseline,
    .target line {
      stroke: CanvasText;
    }
    .bar .mark,
    .dot,
    .pattern-ink {
      fill: CanvasText;
    }
    .pattern-bg,
    .dot {
      stroke: Canvas;
    }
    .pattern-bg {
      fill: Canvas;
    }
    .grid {
      stroke: GrayText;
    }
    .dot:focus-visible,
    .bar:focus-visible .mark,
    .bar:focus-visible .hit {
      stroke: Highlight;
    }
    .views button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
  @media print {
    .chart {
      max-width: 100%;
      break-inside: avoid;
    }
    .chart text {
      fill: #000;
    }
  }
`;
