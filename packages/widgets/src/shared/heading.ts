import { html, nothing, type TemplateResult } from 'lit';

/** A heading level that exists in HTML. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Clamps any value (an attribute string, a number, garbage) to a heading level 1–6; defaults to 2. Level 1 is for a
 * page about the element's subject alone (a static page of the plan), where the element's title is the page's h1.
 */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = Math.round(Number(value));
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(1, n)) as HeadingLevel;
}

/**
 * How large a heading looks, from the element's type scale (`--dhol-heading-size-<size>`), whatever its level:
 * the element's `title`, a `section` (Bakgrund, Parter), a `group` (a delmål, a party), a `subgroup` under it
 * (Pågående aktiviteter, Åtaganden, a heading inside running text) and an `item` (an activity, a decision step).
 */
export type HeadingSize = 'title' | 'section' | 'group' | 'subgroup' | 'item';

export interface HeadingOptions {
  size: HeadingSize;
  id?: string;
  /** A part name for this heading's role (`goal-heading`); every heading also has the part `heading`. */
  part?: string;
  className?: string;
  lang?: string;
}

/**
 * A real `<h1>`…`<h6>` for a level, so headings fit the host page's outline. Below `<h6>` the outline goes on
 * with `role="heading"` and `aria-level` 7, 8 …, so two nested headings never share a level (an element placed
 * at `heading-level="3"` needs five). Its size comes from `size`, never from the level. Content is bound as
 * text (or a template), never parsed as HTML.
 */
export function heading(level: number, content: unknown, options: HeadingOptions): TemplateResult {
  const { id, part, className, lang, size } = options;
  const idAttr = id ?? nothing;
  const partAttr = part ? `heading ${part}` : 'heading';
  const classAttr = `h h-${size}${className ? ` ${className}` : ''}`;
  const langAttr = lang ?? nothing;
  const n = Math.max(1, Math.round(level) || 2);
  switch (n) {
    case 1:
      return html`<h1 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr}>${content}</h1>`;
    case 2:
      return html`<h2 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr}>${content}</h2>`;
    case 3:
      return html`<h3 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr}>${content}</h3>`;
    case 4:
      return html`<h4 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr}>${content}</h4>`;
    case 5:
      return html`<h5 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr}>${content}</h5>`;
    case 6:
      return html`<h6 id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${n} id=${idAttr} part=${partAttr} class=${classAttr} lang=${langAttr}>${content}</div>`;
  }
}
