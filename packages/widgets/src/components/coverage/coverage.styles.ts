import { css } from 'lit';
import { colourProperties, token } from '../../styles/tokens.js';

export const styles = [
  colourProperties({
    'coverage-gap-background': ['var(--_color-warning-surface)', 'var(--_color-warning-surface)', 'surface'],
    'coverage-gap-color': ['var(--_color-warning)', 'var(--_color-warning)', 'text'],
    'coverage-header-background': ['var(--_color-surface)', 'var(--_color-surface)', 'surface'],
  }),
  css`
    :host {
      --_table-header: var(--_coverage-header-background);
    }
    thead th {
      min-width: 7em;
      hyphens: auto;
    }
    td.num {
      vertical-align: middle;
    }
    tbody th {
      min-width: 12em;
    }
    .gap {
      background: var(--_coverage-gap-background);
      color: var(--_coverage-gap-color);
      font-style: italic;
    }
    .count {
      font: inherit;
      font-weight: 600;
      color: ${token('color-link')};
      background: transparent;
      border: 1px solid transparent;
      border-radius: ${token('radius')};
      min-width: 2.5em;
      padding: ${token('space-xs')};
      cursor: pointer;
      text-decoration: underline;
    }
    .count:hover {
      border-color: currentColor;
    }
    @media (forced-colors: active) {
      .gap {
        color: CanvasText;
      }
      .count {
        color: LinkText;
      }
    }
    @media print {
      .gap {
        background: none;
      }
      .count {
        color: #000;
        text-decoration: none;
        min-height: 0;
      }
    }
  `,
];
