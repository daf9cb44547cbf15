import { css } from 'lit';
import { colourProperties, token } from '../../styles/tokens.js';

const accent = css`var(--_agreement-accent)`;
const partyBackground = css`var(--_agreement-party-background)`;
const partyMin = css`var(--dhol-agreement-party-min-width, 18em)`;

export const styles = [
  colourProperties({
    'agreement-accent': ['var(--_color-accent)', 'var(--_color-accent)', 'line'],
    'agreement-party-background': ['var(--_color-surface)', 'var(--_color-surface)', 'surface'],
  }),
  css`
  .subtitle {
    font-size: 1.125em;
    margin-top: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')} ${token('space-m')};
    align-items: baseline;
  }
  .parties {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, ${partyMin}), 1fr));
    gap: ${token('space-m')};
  }
  .party {
    padding: ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-top: 4px solid ${accent};
    border-radius: ${token('radius')};
    background: ${partyBackground};
  }
  .party-name {
    margin-top: 0;
  }
  .party .h-subgroup {
    margin-top: ${token('space-m')};
  }
  .duties,
  .serves,
  .goals,
  .notes {
    padding-inline-start: ${token('space-l')};
  }
  .duties li,
  .serves li {
    margin-block-end: ${token('space-s')};
  }
  .timeline {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    position: relative;
  }
  .timeline li {
    display: flex;
    align-items: center;
    gap: ${token('space-s')};
    flex: 1 1 10em;
    padding: ${token('space-s')};
    border-top: 3px solid ${accent};
  }
  .dot {
    flex: none;
    width: 0.875em;
    height: 0.875em;
    border-radius: 50%;
    background: ${accent};
    border: 2px solid ${token('color-background')};
    outline: 2px solid ${accent};
  }
  @container (max-width: 30em) {
    .timeline {
      flex-direction: column;
    }
    .timeline li {
      border-top: 0;
      border-inline-start: 3px solid ${accent};
    }
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: ${token('space-xs')} ${token('space-m')};
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @container (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: ${token('space-s')};
    }
  }
  .decisions {
    padding-inline-start: 0;
    list-style: none;
  }
  .decision {
    border-inline-start: 4px solid ${accent};
    padding-inline-start: ${token('space-m')};
    margin-block-end: ${token('space-m')};
  }
  .decision > .h {
    margin-top: 0;
  }
  .no-value {
    font-style: italic;
    color: ${token('color-text-muted')};
  }
  @media (forced-colors: active) {
    .party,
    .timeline li,
    .decision {
      border-color: CanvasText;
    }
    .dot {
      background: CanvasText;
      outline-color: CanvasText;
    }
  }
  @media print {
    .party {
      background: none;
      break-inside: avoid;
    }
  }
`,
];
