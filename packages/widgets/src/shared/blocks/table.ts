import { css, html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { type Lang, msg } from '../../i18n/index.js';
import { token } from '../../styles/tokens.js';

/**
 * Marks a table's wrapper by whether the table is wider than the room it has (`data-scrolls="true"` or
 * `"false"`): one that scrolls is a labelled region a keyboard can reach (tabindex 0) and shows that it scrolls;
 * one that fits is neither, so a tab stop and a landmark exist only where they help. The markup starts as a
 * scrolling region, which is right for the static export (no script), and is settled in the first frame.
 */
const observer =
  typeof ResizeObserver === 'undefined'
    ? undefined
    : new ResizeObserver((entries) => {
        const regions = new Set<Element>();
        for (const { target } of entries) {
          // A table taken out of the page shrinks to nothing, which reports it here once more: let it go.
          if (!target.isConnected) observer?.unobserve(target);
          else if (target.parentElement)
            regions.add(target.classList.contains('scroll') ? target : target.parentElement);
        }
        // In the next frame: marking changes the region's size (its hint, its border), which inside the observer's
        // callback would be a resize loop.
        requestAnimationFrame(() => {
          for (const region of regions) markScrolling(region);
        });
      });

function markScrolling(region: Element): void {
  const scrolls = region.scrollWidth > region.clientWidth + 1;
  if (region.getAttribute('data-scrolls') === String(scrolls)) return;
  region.setAttribute('data-scrolls', String(scrolls));
  if (scrolls) {
    region.setAttribute('tabindex', '0');
    region.setAttribute('role', 'region');
  } else {
    region.removeAttribute('tabindex');
    region.removeAttribute('role');
  }
}

/** Watches a table wrapper (for a change of its room) and its table (for a change of the table's own width). */
const scrollRegion = directive(
  class extends Directive {
    render(): unknown {
      return noChange;
    }
    override update(part: ElementPart): unknown {
      const region = part.element;
      observer?.observe(region);
      if (region.firstElementChild) observer?.observe(region.firstElementChild);
      return noChange;
    }
  },
);

/**
 * A table in its scroll wrapper (the shared table building block): `caption` names the table and, as "Tabell:
 * <caption>", the region (a name of its own, apart from a section the table may share its title with); when the
 * table is wider than the element, a hint under the caption says so. `body` is the table's rows (`<thead>`,
 * `<tbody>` …). `part` names the table for `::part()`; the wrapper is `table-scroll`.
 */
export function scrollTable(options: {
  id: string;
  caption: string;
  body: unknown;
  lang: Lang;
  part?: string;
  className?: string;
  onClick?: (event: MouseEvent) => void;
}): TemplateResult {
  const { id, caption, body, lang, part, className, onClick } = options;
  return html`<div part="table-scroll" class="scroll" role="region" tabindex="0"
    aria-label=${msg(lang, 'table.region', { caption })} ${scrollRegion()}><table part=${part ?? 'table'} class=${className ? `table ${className}` : 'table'}
      @click=${onClick ?? nothing}><caption id=${id}>${caption}<span class="scroll-hint">${msg(lang, 'table.scroll')}</span></caption>${body}</table></div>`;
}

/**
 * The one table style: rules between rows, a tinted header row, numbers right-aligned in tabular figures and
 * never split ("44 %" stays whole), words in headers never broken inside ("Flickor"): a table too wide for its
 * room scrolls in its region instead.
 */
export const tableStyles = css`
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    margin-block-end: ${token('space-s')};
    /* Keeps visually hidden text in the cells inside the scroll box instead of widening the page. */
    position: relative;
  }
  .scroll[data-scrolls='true'] {
    border: 1px solid ${token('color-rule')};
    border-radius: ${token('radius')};
    padding: 0 ${token('space-xs')};
  }
  .scroll-hint {
    display: none;
    font-weight: 400;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  .scroll[data-scrolls='true'] .scroll-hint {
    display: block;
  }
  .table {
    border-collapse: collapse;
    min-inline-size: 100%;
    font-variant-numeric: tabular-nums;
    overflow-wrap: break-word;
  }
  .table caption {
    text-align: start;
    font-weight: 600;
    padding-block: ${token('space-xs')};
  }
  .table th,
  .table td {
    border-block-end: 1px solid ${token('color-rule')};
    padding: ${token('space-xs')} ${token('space-s')};
    text-align: start;
    vertical-align: top;
  }
  .table thead th {
    border-block-end: 2px solid ${token('color-border')};
    background: var(--_table-header, ${token('color-surface')});
    vertical-align: bottom;
    overflow-wrap: normal;
  }
  .table tfoot > tr > * {
    background: var(--_table-header, ${token('color-surface')});
    font-weight: 600;
  }
  .table tbody th {
    font-weight: 400;
  }
  .num {
    text-align: end !important;
    font-variant-numeric: tabular-nums;
  }
  td.num {
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .table th,
    .table td {
      border-color: CanvasText;
    }
  }
  @media print {
    .scroll {
      overflow: visible;
    }
    .scroll-hint {
      display: none !important;
    }
  }
`;
