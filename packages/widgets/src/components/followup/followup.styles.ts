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
  :host {
    --_accent: var(--_followup-accent);
  }
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
  .status-table {
    --_table-header: ${surface};
  }
  .reached {
    display: block;
    font-size: ${token('font-size-small')};
  }
  .flag-list {
    list-style: none;
    padding: 0;
  }
  /* Flags and stale activities take the shared warning note and accent, in the follow-up's own flag colour. */
  .flag {
    display: flex;
    gap: ${token('space-s')};
    margin-block-end: ${token('space-xs')};
  }
  .flag.accent,
  .is-stale.accent {
    --_accent: ${flag};
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
    margin-block-end: ${token('space-m')};
  }
  .activity > .h:first-child {
    margin-top: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
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
    .status-table tr {
      break-inside: avoid;
    }
    .revision-summary {
      background: none;
    }
  }
`,
];
