import { css } from 'lit';
import { colourProperties, token } from '../../styles/tokens.js';

const accent = css`var(--_followup-accent)`;
const surface = css`var(--_followup-surface)`;
const flag = css`var(--_followup-flag)`;

export const styles = [
  colourProperties({
    'followup-accent': ['var(--_color-accent)', 'var(--_color-accent)', 'line'],
    'followup-surface': ['var(--_color-surface)', 'var(--_color-surface)', 'surface'],
    'followup-flag': ['var(--_color-warning)', 'var(--_color-warning)', 'text'],
  }),
  css`
  /* The layout table is a column of blocks on screen; see the print rules. */
  .layout,
  .layout > tbody,
  .layout > tbody > tr,
  .layout > tbody > tr > td {
    display: block;
    padding: 0;
    border: 0;
  }
  .running-header {
    display: none;
  }
  .subtitle {
    font-size: 1.1em;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(10em, max-content) 1fr;
    gap: ${token('space-xs')} ${token('space-m')};
  }
  .fact {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .problem {
    color: ${token('color-error')};
    font-weight: 600;
  }
  .summary-text,
  .goal-text {
    font-size: 1.05em;
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
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
  .status-table :is(th, td) {
    border: 1px solid ${token('color-border')};
    padding: ${token('space-xs')} ${token('space-s')};
    text-align: start;
    vertical-align: top;
  }
  thead th,
  tfoot th,
  tfoot td {
    background: ${surface};
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .reached {
    display: block;
    font-size: ${token('font-size-small')};
  }
  .flag-list {
    list-style: none;
    padding: 0;
  }
  .flag {
    display: flex;
    gap: ${token('space-s')};
    padding: ${token('space-xs')} ${token('space-s')};
    border-inline-start: 4px solid ${flag};
    background: ${token('color-warning-surface')};
    margin-block-end: ${token('space-xs')};
  }
  .icon {
    flex: none;
    font-style: normal;
  }
  .change-list {
    padding-inline-start: ${token('space-l')};
  }
  .revision-summary {
    padding: ${token('space-s')} ${token('space-m')};
    background: ${surface};
    border-radius: ${token('radius')};
  }
  .goal > .h:first-child {
    border-bottom: 3px solid ${accent};
    padding-bottom: ${token('space-xs')};
  }
  .activities {
    list-style: none;
    padding: 0;
  }
  .activity {
    padding: ${token('space-s')} ${token('space-m')};
    margin-block-end: ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  .activity > .h:first-child {
    margin-top: 0;
  }
  .activity.is-stale {
    border-inline-start: 4px solid ${flag};
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
  }
  .badge.stale {
    color: ${flag};
    border-color: ${flag};
  }
  .timeline {
    list-style: none;
    padding: 0;
    margin-inline-start: ${token('space-s')};
    border-inline-start: 2px solid ${accent};
  }
  .timeline > li {
    position: relative;
    padding-inline-start: ${token('space-l')};
    padding-block-end: ${token('space-s')};
  }
  .timeline .dot {
    position: absolute;
    inset-inline-start: -0.45em;
    top: 0.35em;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    background: ${accent};
  }
  .timeline p {
    margin-bottom: ${token('space-xs')};
  }
  .note-head {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    font-weight: 600;
  }
  .links {
    padding-inline-start: ${token('space-l')};
  }
  @container (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
  }
  /*
   * A report for a nämnd (the committee) to take as an agenda item: no forms, buttons or links to click, each
   * delmål on a page of its own, and the plan, diarienummer and period at the top of every page. The report is
   * laid out as a table in print so that its header group repeats on each page.
   */
  @media print {
    [part~='support-notice'] {
      display: none !important;
    }
    .layout {
      display: table;
      width: 100%;
      border-collapse: collapse;
    }
    .running-header {
      display: table-header-group;
      font-size: 9pt;
    }
    .layout > tbody {
      display: table-row-group;
    }
    .layout > tbody > tr {
      display: table-row;
    }
    .layout > tbody > tr > td {
      display: table-cell;
    }
    .running-header td {
      padding-block-end: 4mm;
    }
    .running-header span + span::before {
      content: ' · ';
    }
    .goal-row {
      break-before: page;
    }
    .activity,
    .flag,
    .status-table tr {
      break-inside: avoid;
    }
    .revision-summary,
    .flag,
    thead th,
    tfoot th,
    tfoot td {
      background: none;
    }
    .table-scroll {
      overflow: visible;
    }
  }
`,
];
