/**
 * The error summary at the top (GOV.UK's pattern): how many errors and warnings, each in words as a link that
 * opens the part of the form and moves focus to the field. Errors (which stop the file from being published) come
 * first; policy warnings (advice from the strategy) follow in a list of their own, folded when there are errors.
 */
import type { Issue } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { IssueIndex } from '../../issues/issue-index.js';
import { type EditorContext, routeFor, sectionById } from '../../sections/section.js';
import type { Path } from '../../store/path.js';
import { heading } from '../../util/heading.js';

/** How many issues of each kind the summary lists; the rest are counted. */
const SHOWN = 100;

export function renderSummary(
  ctx: EditorContext,
  issues: IssueIndex,
  show: (path: Path) => void,
  level: number,
): TemplateResult | typeof nothing {
  if (issues.issues.length === 0) return nothing;
  const errors = issues.issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.issues.filter((issue) => issue.severity !== 'error');
  const where = new Map<string, string>();
  const context = (issue: Issue): string => {
    const path = issues.fieldOf(issue) ?? issue.path;
    const route = routeFor(path, ctx.data);
    if (!route) return '';
    const key = `${route.section}|${route.path.join('/')}`;
    let title = where.get(key);
    if (title === undefined) {
      try {
        title = sectionById(route.section)?.title(ctx, route) ?? '';
      } catch {
        title = '';
      }
      where.set(key, title);
    }
    return title;
  };
  const item = (issue: Issue) => {
    const path = issues.fieldOf(issue) ?? issue.path;
    const place = context(issue);
    return html`<li>
      <a
        href="#"
        @click=${(event: Event) => {
          event.preventDefault();
          show(path);
        }}
        >${place ? html`<span class="place">${place}:</span> ` : nothing}${issues.text(issue, ctx.lang)}</a
      >
    </li>`;
  };
  const list = (items: Issue[], className: string) =>
    html`<ul class=${className}>
      ${items.slice(0, SHOWN).map(item)}
      ${items.length > SHOWN ? html`<li>${ctx.t('issues.more', { count: items.length - SHOWN })}</li>` : nothing}
    </ul>`;
  return html`<div
    class="error-summary ${errors.length === 0 ? 'only-warnings' : ''}"
    id="error-summary"
    tabindex="-1"
    aria-labelledby="error-summary-heading"
    role="region"
  >
    ${heading(level, ctx.t('issues.heading'), { id: 'error-summary-heading' })}
    <p>${ctx.t('issues.count', { errors: errors.length, warnings: warnings.length })} ${ctx.t('issues.intro')}</p>
    ${errors.length > 0 ? list(errors, 'errors') : nothing}
    ${
      warnings.length > 0
        ? errors.length > 0
          ? html`<details>
              <summary>${ctx.t('issues.headingWarnings', { count: warnings.length })}</summary>
              ${list(warnings, 'warnings')}
            </details>`
          : list(warnings, 'warnings')
        : nothing
    }
  </div>`;
}
