import { nothing, type TemplateResult } from 'lit';
import { html, literal } from 'lit/static-html.js';

const TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading level `level`, kept within 2–6. */
export const clampLevel = (level: number): number => Math.min(Math.max(Math.round(level) || 2, 2), 6);

/**
 * A heading at `level` (2–6), so the editor fits the host page's outline. `focusable` gives it tabindex -1, for
 * moving focus to a view's heading when the view opens.
 */
export function heading(
  level: number,
  content: unknown,
  options: { id?: string; className?: string; focusable?: boolean } = {},
): TemplateResult {
  const tag = TAGS[clampLevel(level) - 2]!;
  return html`<${tag} id=${options.id ?? nothing} class=${options.className ?? nothing} tabindex=${
    options.focusable ? '-1' : nothing
  }>${content}</${tag}>`;
}
