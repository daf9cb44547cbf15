import { css } from 'lit';
import { colourProperties, token } from '../../styles/tokens.js';

const accent = css`var(--_framework-accent)`;
const surface = css`var(--_framework-surface)`;
const gap = css`var(--_framework-gap-color)`;

export const styles = [
  colourProperties({
    'framework-accent': ['var(--_color-accent)', 'var(--_color-accent)', 'text'],
    'framework-surface': ['var(--_color-surface)', 'var(--_color-surface)', 'surface'],
    'framework-gap-color': ['var(--_color-warning)', 'var(--_color-warning)', 'text'],
  }),
  css`
  :host {
    --_accent: var(--_framework-accent);
  }
  .meta span + span::before {
    content: ' · ';
  }
  .vision {
    font-size: 1.125em;
    padding-inline-start: ${token('space-m')};
  }
  .overarching,
  .priorities {
    padding-inline-start: ${token('space-l')};
  }
  .overarching > li,
  .priorities > li {
    margin-block-end: ${token('space-s')};
  }
  .tree {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .goal {
    padding: 0;
    margin-block-end: ${token('space-s')};
  }
  .goal.open {
    background: ${surface};
  }
  .goal-heading {
    margin: 0;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token('space-s')};
    width: 100%;
    min-height: 44px;
    padding: ${token('space-s')} ${token('space-m')};
    background: transparent;
    border: 0;
    text-align: start;
    cursor: pointer;
    font-weight: 600;
  }
  .toggle:hover .goal-title {
    text-decoration: underline;
  }
  .chevron::before {
    content: '▸';
    display: inline-block;
    color: ${accent};
  }
  .toggle[aria-expanded='true'] .chevron::before {
    content: '▾';
  }
  .chevron {
    flex: none;
  }
  /* The title takes the room beside the arrow (never more, so the arrow never wraps onto a line of its own, even
     with large text and spacing on a phone); the count wraps below when the title needs the line. */
  .goal-title {
    flex: 1 1 min(16em, 100% - 1em - ${token('space-s')});
    min-inline-size: 0;
  }
  .gap-note {
    color: ${gap};
  }
  .panel {
    padding: 0 ${token('space-m')} ${token('space-m')};
  }
  .panel[hidden] {
    display: none;
  }
  /* Without the script (static HTML read with JavaScript off) a delmål cannot be opened: all of them show open. */
  :host(:not(:defined)) .panel[hidden] {
    display: block;
  }
  :host(:not(:defined)) .chevron {
    display: none;
  }
  .toolbar {
    margin-block-end: ${token('space-s')};
  }
  .secondary {
    min-height: 44px;
    padding: ${token('space-xs')} ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-background')};
    cursor: pointer;
  }
  .source {
    margin-block: ${token('space-xs')} ${token('space-s')};
    font-size: ${token('font-size-small')};
  }
  .source summary {
    cursor: pointer;
    color: ${token('color-link')};
    width: fit-content;
  }
  .source-body {
    padding-inline-start: ${token('space-m')};
  }
  .provenance-translation,
  .provenance-unverified {
    margin-inline-start: ${token('space-xs')};
    font-weight: 400;
    color: ${token('color-warning')};
  }
  @media (forced-colors: active) {
    .goal {
      border-color: CanvasText;
    }
    .toggle {
      color: ButtonText;
    }
  }
  @media print {
    .panel[hidden] {
      display: block;
    }
    .goal {
      break-inside: avoid;
    }
    .chevron {
      display: none;
    }
    details.source::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`,
];
