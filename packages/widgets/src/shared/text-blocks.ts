import type { TextBlock } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/index.js';
import { heading } from './heading.js';
import { textIn } from './text.js';

/**
 * Renders running text (`TextBlock`s: paragraphs, bullet lists, headings) as markup. Every word goes through a
 * Lit text binding, so a `<script>` in plan text shows as the characters `<script>`. `headingLevel` is the
 * level for heading blocks (one below the section they sit in).
 */
export function textBlocks(
  blocks: readonly TextBlock[] | undefined,
  lang: Lang,
  headingLevel: number,
  part = 'text',
): TemplateResult | typeof nothing {
  if (!blocks || blocks.length === 0) return nothing;
  return html`<div part=${part} class="text">${blocks.map((block) => textBlock(block, lang, headingLevel))}</div>`;
}

function textBlock(block: TextBlock, lang: Lang, headingLevel: number): TemplateResult {
  switch (block.type) {
    case 'paragraph': {
      const t = textIn(block.text, lang);
      return html`<p lang=${t.lang === lang ? nothing : t.lang}>${t.value}</p>`;
    }
    case 'list':
      return html`<ul>
        ${block.items.map((item) => {
          const t = textIn(item, lang);
          return html`<li lang=${t.lang === lang ? nothing : t.lang}>${t.value}</li>`;
        })}
      </ul>`;
    case 'heading': {
      const t = textIn(block.text, lang);
      return heading(headingLevel, t.value, {
        size: 'subgroup',
        part: 'text-heading',
        ...(t.lang === lang ? {} : { lang: t.lang }),
      });
    }
  }
}
