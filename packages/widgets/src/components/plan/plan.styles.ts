import { css } from 'lit';
import { colourProperties, token } from '../../styles/tokens.js';

const accent = css`var(--_plan-accent)`;
const surface = css`var(--_plan-surface)`;
const border = css`var(--_plan-border)`;
const highlight = css`var(--_plan-highlight)`;

export const styles = [
  colourProperties({
    'plan-accent': ['var(--_color-accent)', 'var(--_color-accent)', 'line'],
    'plan-surface': ['var(--_color-surface)', 'var(--_color-surface)', 'surface'],
    'plan-border': ['var(--_color-border)', 'var(--_color-border)', 'line'],
    'plan-highlight': ['var(--_color-highlight)', 'var(--_color-highlight)', 'surface'],
  }),
  css`
  :host {
    --_accent: var(--_plan-accent);
  }
  .header {
    padding: ${token('space-m')};
    background: ${surface};
    border-radius: ${token('radius')};
  }
  .header > :first-child {
    margin-top: 0;
  }
  .subtitle {
    font-size: 1.1em;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(10em, max-content) 1fr;
    gap: ${token('space-xs')} ${token('space-m')};
    margin: 0;
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
  .revisions {
    list-style: none;
    padding: 0;
    margin: ${token('space-xs')} 0 0;
  }
  .revisions li {
    margin-bottom: ${token('space-xs')};
  }
  .revisions .next {
    background: ${highlight};
    padding: 0 ${token('space-xs')};
  }
  .revisions .overdue {
    color: ${token('color-error')};
  }
  .goal > .h {
    border-bottom: 3px solid ${accent};
    padding-bottom: ${token('space-xs')};
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')} ${token('space-m')};
    align-items: flex-end;
    margin: ${token('space-m')} 0;
    padding: ${token('space-m')};
    border: 1px solid ${border};
    border-radius: ${token('radius')};
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-xs')};
    min-width: min(14em, 100%);
    flex: 1 1 12em;
  }
  .field.search {
    flex-basis: 16em;
  }
  .field.actions {
    flex: 0 1 auto;
  }
  label {
    font-weight: 600;
  }
  select,
  input,
  button {
    font: inherit;
    color: inherit;
    background: ${token('color-background')};
    border: 1px solid ${token('color-input-border')};
    border-radius: ${token('radius')};
    padding: ${token('space-xs')} ${token('space-s')};
    min-height: 2.75em;
    max-width: 100%;
  }
  button {
    cursor: pointer;
    background: ${surface};
  }
  .result-count {
    font-weight: 600;
  }
  .activities {
    list-style: none;
    padding: 0;
    margin: 0 0 ${token('space-m')};
    display: grid;
    gap: ${token('space-s')};
  }
  /* An activity is a card with the plan's accent (shared building blocks), in the plan's border colour. */
  .activity {
    border-color: ${border};
    border-inline-start-color: ${accent};
  }
  /* A long plan (hundreds of activities) has the browser lay out only the activities near the screen; find-in-page,
     focus and screen readers still reach the rest. */
  .long .activity {
    content-visibility: auto;
    contain-intrinsic-size: auto 8em;
  }
  /* A delmål the filters hide in a long list: out of sight, of the layout and of screen readers at once, and taken
     out of the page in later frames. */
  .leaving {
    content-visibility: hidden;
  }
  /* Browsers without content-visibility (Safari before 18) hide it the slower way. */
  @supports not (content-visibility: hidden) {
    .leaving {
      display: none;
    }
  }
  .activity.selected {
    background: ${highlight};
    /* Inside the box: the activity's paint containment would clip an outline drawn outside it. */
    outline: 2px solid ${accent};
    outline-offset: -2px;
  }
  .activity > .h {
    margin: 0 0 ${token('space-xs')};
  }
  /* The title and the status badge on one line: the status is the activity's own, the group heading says what the
     document listed it as. */
  .activity-head {
    display: flex;
    align-items: baseline;
    gap: ${token('space-s')};
  }
  .activity-head > :first-child {
    flex: 1 1 0;
    min-width: 0;
  }
  .activity-head .meta {
    flex: none;
    margin: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')};
  }
  .responsible,
  .links {
    padding-inline-start: ${token('space-l')};
  }
  @container (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: ${token('space-s')};
    }
  }
  @media (forced-colors: active) {
    .filters,
    .header {
      border: 1px solid CanvasText;
    }
    .activity.selected,
    .revisions .next {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .header,
    .activity.selected,
    .revisions .next {
      background: none;
    }
    .activity {
      break-inside: avoid;
      border-color: #000;
    }
  }
`,
];
