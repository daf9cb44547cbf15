import type { ActivityStatus } from '@dhol/core';
import { css, html, type TemplateResult } from 'lit';
import { type Lang, type MessageKey, msg } from '../../i18n/index.js';
import { token } from '../../styles/tokens.js';

/**
 * What a badge says about its subject, which decides how it looks: `neutral` (a kind, a plain state), `accent`
 * (current, picked, next), `success` (done), `warning` (paused, not verified, a gap), `error` (overdue, an error)
 * and `count` (a number). The words always say it too: colour is never the only cue.
 */
export type Tone = 'neutral' | 'accent' | 'success' | 'warning' | 'error' | 'count';

/** A badge (the shared building block): words in a small box, `::part(badge <part>)` for a page's CSS. */
export function badge(label: unknown, part: string, tone: Tone = 'neutral'): TemplateResult {
  return html`<span part="badge ${part}" class="badge ${tone}">${label}</span>`;
}

/** The mark of a gap (a delmål no activity reaches): a round warning badge with "!", beside words that say it. */
export function gapMarker(): TemplateResult {
  return html`<span part="gap-marker" class="badge warning marker" aria-hidden="true">!</span>`;
}

const STATUS_TONE: Record<ActivityStatus, Tone> = {
  planned: 'neutral',
  ongoing: 'accent',
  completed: 'success',
  paused: 'warning',
  cancelled: 'neutral',
};

/** The words for an activity status in a language ("Pågår", "Ongoing" …). */
export function statusLabel(status: ActivityStatus, lang: Lang): string {
  return msg(lang, `status.${status}` as MessageKey);
}

/** An activity status as a badge in its tone: `::part(badge status-<status>)`. */
export function statusBadge(status: ActivityStatus, lang: Lang): TemplateResult {
  return badge(statusLabel(status, lang), `status-${status}`, STATUS_TONE[status] ?? 'neutral');
}

export const badgeStyles = css`
  .badge {
    display: inline-block;
    padding: 0 ${token('space-s')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    font-size: ${token('font-size-small')};
    font-weight: 400;
    line-height: 1.5;
    white-space: nowrap;
    color: ${token('color-text')};
    background: ${token('color-background')};
  }
  .badge.accent {
    color: ${token('color-accent')};
    border-color: currentColor;
    background: ${token('color-info-surface')};
  }
  .badge.success {
    color: ${token('color-success')};
    border-color: currentColor;
  }
  .badge.warning {
    color: ${token('color-warning')};
    border-color: currentColor;
    background: ${token('color-warning-surface')};
  }
  .badge.error {
    color: ${token('color-error')};
    border-color: currentColor;
    background: ${token('color-error-surface')};
  }
  .badge.count {
    border-color: transparent;
    border-radius: 1em;
    background: ${token('color-surface')};
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .badge.marker {
    border-radius: 1em;
    padding: 0 0.45em;
    font-weight: 700;
    font-style: normal;
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }
  }
`;
