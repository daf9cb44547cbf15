import { css } from 'lit';

/**
 * The grid of figures: compact cells that scroll sideways inside their own region on a narrow screen, a cell's
 * state marked by its text and a pattern (never colour alone), errors by a thick border and the list under it.
 */
export const gridStyles = css`
  .grid-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    margin-block-end: var(--dhol-space-m, 1rem);
  }
  .grid {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .grid caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--dhol-space-s, 0.5rem);
  }
  .grid th,
  .grid td {
    border: 1px solid var(--dhol-color-border, #8a8a95);
    padding: 0;
    text-align: start;
  }
  .grid th {
    padding: 0.25rem 0.5rem;
    background: var(--dhol-color-surface, #f3f3f6);
    white-space: nowrap;
  }
  .grid th.area {
    vertical-align: top;
  }
  .cell-input {
    box-sizing: border-box;
    inline-size: 6.5rem;
    min-block-size: 2.25rem;
    border: 0;
    padding: 0.25rem 0.5rem;
    font: inherit;
    text-align: end;
    background: transparent;
    color: inherit;
  }
  .cell-input:focus-visible {
    outline: 3px solid var(--dhol-color-focus, #b3006b);
    outline-offset: -3px;
  }
  .cell.suppressed,
  .cell.missing {
    background: repeating-linear-gradient(
      135deg,
      transparent 0 6px,
      var(--dhol-color-surface, #f3f3f6) 6px 9px
    );
  }
  .cell.preliminary .cell-input {
    font-style: italic;
  }
  .cell.error {
    outline: 3px solid var(--dhol-color-error, #a50e0e);
    outline-offset: -3px;
  }
  .cell.warning {
    outline: 3px dashed var(--dhol-color-warning, #7a4a00);
    outline-offset: -3px;
  }
  .grid-legend ul {
    margin-block: 0 var(--dhol-space-s, 0.5rem);
  }
  .inline-add {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--dhol-space-m, 1rem);
    margin-block-end: var(--dhol-space-m, 1rem);
  }
  .inline-add .field {
    margin-block-end: 0;
  }
  .indicator-list li {
    margin-block-end: var(--dhol-space-s, 0.5rem);
  }
  .indicator-name {
    font-weight: 700;
    margin-inline-end: var(--dhol-space-s, 0.5rem);
  }
`;
