import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  .filter {
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    margin: 0 0 ${token('space-m')};
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-m')};
  }
  .filter legend {
    font-weight: 600;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-xs')};
    min-height: 44px;
  }
  /* The shared table (shared/blocks/table.ts), with sort buttons filling the header cells. */
  .overview-table {
    --_table-header: var(--dhol-overview-header-background, ${token('color-surface')});
    /* The shared table's look, drawn pixel for pixel the same (its rules are each cell's lower border) but without
       collapsed borders, which Chromium paints for the whole table on every drawing: 311 rows took 980 ms of paint
       while their sources arrived, 370 ms without. */
    border-collapse: separate;
    border-spacing: 0;
    /* Columns as wide as their headers below say, not as their contents: the browser then lays out only the rows
       that changed, instead of measuring every cell of hundreds of rows each time one fills in. A wider room widens
       them all; a narrower one scrolls. */
    table-layout: fixed;
    inline-size: 100%;
  }
  /* Each row paints on its own (a paint layer): a row that did not change is not painted again when others do. */
  .overview-table tbody tr {
    position: relative;
  }
  .overview-table thead th {
    padding: 0;
    /* Delmål and activities. */
    inline-size: 6.5rem;
  }
  /* The dates. */
  .overview-table thead th:nth-child(-n + 5) {
    inline-size: 8rem;
  }
  .overview-table thead th:first-child {
    inline-size: 11rem;
  }
  .overview-table thead th:nth-child(2),
  .overview-table thead th:nth-child(6) {
    inline-size: 9rem;
  }
  /* Activities: its header is one word that cannot wrap, with the sort arrow. */
  .overview-table thead th:last-child {
    inline-size: 8rem;
  }
  .sort {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    width: 100%;
    min-height: 44px;
    padding: ${token('space-xs')} ${token('space-s')};
    text-align: inherit;
    cursor: pointer;
  }
  .sort:hover {
    text-decoration: underline;
  }
  .sort-arrow {
    margin-inline-start: ${token('space-xs')};
    font-size: ${token('font-size-small')};
  }
  .line {
    display: block;
  }
  /* A link alone on its line is a target of its own: as tall as the other controls (WCAG 2.5.8). */
  .download {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .failed-label {
    color: var(--dhol-overview-failed-color, ${token('color-error')});
    font-weight: 600;
  }
  .unpublished {
    font-style: italic;
  }
  .marker {
    display: inline-block;
    min-width: 1.25em;
    text-align: center;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    font-style: normal;
  }
  .overdue,
  .gap {
    color: ${token('color-warning')};
    white-space: nowrap;
  }
  .gap {
    background: var(--dhol-overview-gap-background, ${token('color-warning-surface')});
  }
  @media print {
    .filter,
    .no-print {
      display: none;
    }
  }
`;
