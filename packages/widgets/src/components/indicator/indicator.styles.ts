import { css, unsafeCSS } from 'lit';
import { colourProperties, token } from '../../styles/tokens.js';

/**
 * Series colours, light and dark: each has at least 3:1 contrast against the background of its scheme. A series
 * keeps its colour in every chart: Totalt, Flickor and Pojkar are series 1, 2 and 3 whichever of them a chart
 * shows, and areas take the colours in the order they are asked for (`areas`) or listed in the data.
 */
export const SERIES = [
  ['#00577a', '#7cc8ea'],
  ['#a3480a', '#ffad6b'],
  ['#5a3d99', '#c4a8ff'],
  ['#1b6332', '#8fdca5'],
  ['#8a1c4f', '#ff8ac0'],
  ['#7d6200', '#e6c65c'],
  ['#006d77', '#6fd6de'],
  ['#4a4a55', '#c0c0cc'],
] as const;

const seriesClasses = unsafeCSS(
  SERIES.map(
    (_, i) =>
      `.s${i + 1}{--_c:var(--_indicator-series-${i + 1})}.c${i + 1}{fill:var(--_indicator-series-${i + 1})}.preliminary.c${i + 1}{stroke:var(--_indicator-series-${i + 1})}`,
  ).join(''),
);

export const styles = [
  colourProperties({
    ...Object.fromEntries(SERIES.map(([light, dark], i) => [`indicator-series-${i + 1}`, [light, dark]])),
    'indicator-grid': ['var(--_color-rule)', 'var(--_color-rule)'],
    'indicator-target': ['var(--_color-text)', 'var(--_color-text)', 'ink'],
    'indicator-focus': ['var(--_color-focus)', 'var(--_color-focus)', 'line'],
  }),
  css`
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
    min-height: 2.75em;
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
    font-size: ${token('font-size-small')};
    font-family: inherit;
  }
  .chart text {
    fill: ${token('color-text')};
  }
  .value,
  .target text,
  .direct {
    paint-order: stroke;
    stroke: ${token('color-background')};
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .grid {
    stroke: var(--_indicator-grid);
    stroke-width: 1;
  }
  .baseline {
    stroke: ${token('color-text')};
    stroke-width: 1.5;
  }
  .point {
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
    fill: var(--_indicator-series-2);
  }
  .pattern.sex-m .pattern-ink {
    fill: var(--_indicator-series-3);
  }
  .pattern-bg {
    fill: ${token('color-background')};
  }
  .hit {
    fill: transparent;
  }
  .gap-mark {
    font-weight: 700;
    font-size: 1.25em;
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
  /* Lines past the eighth series take the colours again, dashed (9–16) and dotted (17–24). */
  .dash-2 {
    stroke-dasharray: 8 4;
  }
  .dash-3 {
    stroke-dasharray: 2 4;
  }
  .dot {
    fill: var(--_c);
    stroke: ${token('color-background')};
    stroke-width: 1;
    cursor: pointer;
  }
  .dot.preliminary {
    fill: ${token('color-background')};
    stroke-width: 2;
  }
  /* A focused value gets a ring around it, clear of the series colours whatever they are. */
  .point:focus-visible,
  .dot:focus-visible {
    outline: ${token('focus-width')} ${token('focus-style')} var(--_indicator-focus);
    outline-offset: ${token('focus-offset')};
  }
  /* A label at the end of a line is text: it keeps the text colour, not its series colour, so it always reads. */
  .direct {
    font-weight: 600;
  }
  .target line {
    stroke: var(--_indicator-target);
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
    .point:focus-visible,
    .dot:focus-visible {
      outline-color: Highlight;
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
`,
];
