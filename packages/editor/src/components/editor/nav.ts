/**
 * The navigation between the parts of the draft (a plan's facts, its texts, its activities, the organisations …),
 * gathered from the sections. The current part is marked with `aria-current` and a bar under it, not colour alone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EditorContext, NavItem, Route, Section } from '../../sections/section.js';
import { formatCount } from '../../util/format.js';

const same = (a: Route, b: Route) => a.section === b.section && a.path.join('/') === b.path.join('/');

export function renderNav(
  ctx: EditorContext,
  sections: readonly Section[],
  go: (route: Route) => void,
): TemplateResult {
  const items = sections.flatMap((section) => {
    try {
      return section.nav?.(ctx) ?? [];
    } catch {
      return [];
    }
  });
  const item = (entry: NavItem): TemplateResult => {
    const label = html`${entry.label}${
      entry.count !== undefined
        ? html` <span class="count">(${formatCount(entry.count, ctx.lang)})</span>`
        : nothing
    }`;
    const route = entry.route;
    return html`<li class=${route ? 'link' : 'group'}>
      ${
        route
          ? html`<button type="button" aria-current=${same(route, ctx.route) ? 'page' : nothing} @click=${() => go(route)}>
              ${label}
            </button>`
          : html`<span class="group-label">${label}</span>`
      }
      ${entry.children?.length ? html`<ul>${entry.children.map(item)}</ul>` : nothing}
    </li>`;
  };
  return html`<nav class="parts" aria-label=${ctx.t('editor.parts')}><ul>${items.map(item)}</ul></nav>`;
}
