import { css } from 'lit';
import { token } from '../../styles/tokens.js';

/**
 * Cards, accents and notes (shared building blocks):
 * - `.card`: a bordered box with rounded corners (an activity, a party, a delmål); its background is
 *   `--_card-background` (none unless the element sets it, as a party's `--dhol-agreement-party-background`).
 * - `.accent`: the one accent, a 4px edge at the start of a block in `--_accent` (each element points it at its own
 *   `--dhol-<element>-accent`); `.accent.warning` for warnings.
 * - `.note`: a tinted block with an accent edge for notes on the data (warning tone) and the support notice.
 */
export const cardStyles = css`
  .card {
    padding: ${token('space-s')} ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: var(--_card-background, transparent);
  }
  .accent {
    border-inline-start: 4px solid var(--_accent, ${token('color-accent')});
  }
  .accent.warning {
    --_accent: ${token('color-warning')};
  }
  .note {
    padding: ${token('space-s')} ${token('space-m')};
    background: ${token('color-info-surface')};
  }
  .note.warning {
    background: ${token('color-warning-surface')};
  }
  @media (forced-colors: active) {
    .card,
    .accent,
    .note {
      border-color: CanvasText;
    }
  }
  @media print {
    .card,
    .note {
      background: none;
      break-inside: avoid;
    }
  }
`;
