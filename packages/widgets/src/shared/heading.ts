import { html, nothing, type TemplateResult } from 'lit';

/** A heading level that exists in HTML below the page title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps any value (an attribute string, a number, garbage) to a heading level 2–6; defaults to 2. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = Math.round(Number(value));
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(2, n)) as HeadingLevel;
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  lang?: string;
  tabindex?: number;
}

/**
 * A real `<h2>`…`<h6>` for a level, so headings fit the host page's outline. Levels past 6 stay at 6.
 * Content is bound as text (or a template), never parsed as HTML.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const { id, part, className, lang } = options;
  const tabindex = options.tabindex ?? undefined;
  const idAttr = id ?? nothing;
  const partAttr = part ?? nothing;
  const classAttr = className ?? nothing;
  const langAttr = lang ?? nothing;
  const tabAttr = tabindex ?? nothing;
  switch (toHeadingLevel(level, 6)) {
    case 2:
      return html`<h2 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr} tabindex=${tabAttr}>${content}</h2>`;
    case 3:
      return html`<h3 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr} tabindex=${tabAttr}>${content}</h3>`;
    case 4:
      return html`<h4 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr} tabindex=${tabAttr}>${content}</h4>`;
    case 5:
      return html`<h5 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr} tabindex=${tabAttr}>${content}</h5>`;
    default:
      return html`<h6 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr} tabindex=${tabAttr}>${content}</h6>`;
  }
}
