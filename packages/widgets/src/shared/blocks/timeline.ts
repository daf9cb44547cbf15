import { css, html, nothing, type TemplateResult } from 'lit';
import { token } from '../../styles/tokens.js';

/** One point of a timeline: what happens (a template or words) and whether it has happened (`done`). */
export interface TimelinePoint {
  content: unknown;
  /** A point still to come gets a hollow marker, one passed a filled one; undefined is neither said nor shown. */
  done?: boolean;
}

/**
 * A timeline (the shared building block): points in time down a line, each with a marker, filled when it has
 * happened and hollow when it is to come. The markers are diamonds, so they are not taken for radio buttons, and
 * hidden from screen readers: the words say what each point is. `label` names the list. Parts: `timeline`,
 * `timeline-item`, `timeline-marker`. Their class is `diamond`, not `marker`: the gap marker and the overview's
 * marks are `.marker`, and the timeline's absolute, turned box must not reach them.
 */
export function timeline(
  points: readonly TimelinePoint[],
  options: { part?: string; label?: string } = {},
): TemplateResult {
  return html`<ol part=${options.part ?? 'timeline'} class="timeline" aria-label=${options.label ?? nothing}>
    ${points.map(
      (point) => html`<li part="timeline-item"><span part="timeline-marker"
          class=${point.done === false ? 'diamond to-come' : 'diamond'} aria-hidden="true"></span>${point.content ?? nothing}</li>`,
    )}
  </ol>`;
}

export const timelineStyles = css`
  .timeline {
    list-style: none;
    margin: 0 0 ${token('space-s')} 0.5em;
    padding: 0;
    border-inline-start: 2px solid var(--_accent, ${token('color-accent')});
  }
  .timeline > li {
    position: relative;
    padding: 0 0 ${token('space-s')} ${token('space-l')};
  }
  .timeline > li:last-child {
    padding-block-end: 0;
  }
  .diamond {
    position: absolute;
    inset-inline-start: calc(-0.4em - 1px);
    top: 0.45em;
    width: 0.8em;
    height: 0.8em;
    transform: rotate(45deg);
    background: var(--_accent, ${token('color-accent')});
    border: 2px solid var(--_accent, ${token('color-accent')});
  }
  .diamond.to-come {
    background: ${token('color-background')};
  }
  @media (forced-colors: active) {
    .timeline {
      border-color: CanvasText;
    }
    .diamond {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .diamond.to-come {
      background: Canvas;
    }
  }
`;
