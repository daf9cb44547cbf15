import { formatPath, type Issue } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import { type Lang, msg } from '../i18n/index.js';
import { badge } from './blocks/badge.js';
import { formatCount } from './format.js';
import { heading } from './heading.js';

/** How many issues to list before summarising the rest, so a broken 10 MB file does not freeze the page. */
export const MAX_LISTED_ISSUES = 50;

/**
 * The error state. The visitor reads a heading and one neutral sentence; below them, folded away, the publisher
 * reads what went wrong: for data that does not follow the format, where the file is and how many errors it has;
 * each issue with its severity, where in the file it is (`plans[0].activities[3].goals[0]`) and the message in the
 * element's language. A failure to read the file names its address in its own message.
 */
export function errorView(
  issues: readonly Issue[],
  lang: Lang,
  headingLevel: number,
  address?: string,
): TemplateResult {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const listed = [...issues].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_LISTED_ISSUES);
  const more = issues.length - listed.length;
  // Reading the file failed (its issue names the address), or the file was read and does not follow the format.
  const unread = issues.some((issue) => issue.code.startsWith('load.') || issue.code === 'render.failed');
  return html`<div part="error" class="state errors" role="alert">
    ${heading(headingLevel, msg(lang, 'error.heading'), { size: 'section', part: 'error-heading' })}
    <p>${msg(lang, 'error.visitor')}</p>
    <details part="error-details" class="error-details">
      <summary>${msg(lang, 'error.details')}</summary>
      ${unread ? nothing : html`<p>${msg(lang, 'error.intro')}</p>`}
      ${
        !unread && address
          ? html`<p><span class="muted">${msg(lang, 'error.address')}:</span> <code>${address}</code></p>`
          : nothing
      }
      <p part="error-count">${msg(lang, 'error.count', { errors, warnings })}</p>
      ${
        listed.length > 0
          ? html`<ol part="issues">
            ${listed.map((issue) => issueItem(issue, lang))}
          </ol>`
          : nothing
      }
      ${more > 0 ? html`<p>… +${formatCount(more, lang)}</p>` : nothing}
    </details>
  </div>`;
}

function rank(issue: Issue): number {
  return issue.severity === 'error' ? 0 : 1;
}

function issueItem(issue: Issue, lang: Lang): TemplateResult {
  const message = issue.message?.[lang] ?? issue.message?.sv ?? issue.code;
  return html`<li part="issue issue-${issue.severity}">
    ${badge(msg(lang, issue.severity === 'error' ? 'severity.error' : 'severity.warning'), 'severity', issue.severity === 'error' ? 'error' : 'warning')}
    ${message}
    ${
      Array.isArray(issue.path) && issue.path.length > 0
        ? html`<br /><span class="muted">${msg(lang, 'error.path')}:</span> <code>${formatPath(issue.path)}</code>`
        : nothing
    }
  </li>`;
}
