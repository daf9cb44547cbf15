import { css } from 'lit';
import { colourProperties, token } from '../../styles/tokens.js';

const partyMin = css`var(--dhol-agreement-party-min-width, 18em)`;

export const styles = [
  colourProperties({
    'agreement-accent': ['var(--_color-accent)', 'var(--_color-accent)', 'line'],
    'agreement-party-background': ['var(--_color-surface)', 'var(--_color-surface)', 'surface'],
  }),
  css`
  :host {
    --_accent: var(--_agreement-accent);
    --_card-background: var(--_agreement-party-background);
  }
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
`,
];
