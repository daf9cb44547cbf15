import { css } from 'lit';
import { token } from '../../styles/tokens.js';

const gapBackground = css`var(--dhol-coverage-gap-background, ${token('color-warning-surface')})`;
const gapColor = css`var(--dhol-coverage-gap-color, ${token('color-warning')})`;
const headerBackground = css`var(--dhol-coverage-header-background, ${token('color-surface')})`;

export const styles = css`
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
    /* Contains the visually hidden labels in the cells: without it they are placed against the page and widen it. */
    position: relative;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: ${token('space-s')};
  }
  th,
  td {
    border: 1px solid ${token('color-border')};
    padding: ${token('space-xs')} ${token('space-s')};
    text-align: start;
    vertical-align: top;
  }
  thead th,
  tfoot th,
  tfoot td {
    background: ${headerBackground};
  }
  thead th {
    min-width: 7rem;
    overflow-wrap: normal;
    hyphens: auto;
  }
  td.num {
    vertical-align: middle;
  }
  tbody th {
    font-weight: 400;
    min-width: 12rem;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .gap {
    background: ${gapBackground};
    color: ${gapColor};
    font-style: italic;
    white-space: nowrap;
  }
  .gap-marker {
    display: inline-block;
    min-width: 1.25em;
    text-align: center;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    font-style: normal;
  }
  .count {
    font: inherit;
    font-weight: 600;
    color: ${token('color-link')};
    background: transparent;
    border: 1px solid transparent;
    border-radius: ${token('radius')};
    min-width: 2.5rem;
    padding: ${token('space-xs')};
    cursor: pointer;
    text-decoration: underline;
  }
  .count:hover {
    border-color: currentColor;
  }
  .note {
    padding: ${token('space-s')} ${token('space-m')};
    border-inline-start: 4px solid ${token('color-warning')};
    background: ${token('color-warning-surface')};
  }
  @media (forced-colors: active) {
    th,
    td {
      border-color: CanvasText;
    }
    .gap {
      color: CanvasText;
    }
    .count {
      color: LinkText;
    }
  }
  @media print {
    .table-scroll {
      overflow: visible;
    }
    .gap {
      background: none;
    }
    .count {
      color: #000;
      text-decoration: none;
      min-height: 0;
    }
  }
`;
