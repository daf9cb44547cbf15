import type { Link } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import { type Lang, msg } from '../i18n/index.js';
import { textIn } from './text.js';
import { safeHref } from './url.js';

/**
 * A link to another site, or plain text when the address is not safe (only `https:` and `http:` become links;
 * `javascript:`, `data:` and the like are never put in an `href`). The link says it is external, visually with
 * an arrow and for screen readers with "(extern länk)".
 */
export function externalLink(
  url: string | undefined,
  label: unknown,
  lang: Lang,
  part = 'link',
): TemplateResult {
  const href = safeHref(url);
  if (!href) return html`<span part="${part} unsafe-link">${label}</span>`;
  return html`<a part=${part} href=${href} rel="noopener noreferrer external" target="_blank"
    >${label}<span class="external-marker" aria-hidden="true">↗</span><span class="visually-hidden">
      ${msg(lang, 'link.external')}</span
    ></a
  >`;
}

/** A dataset `Link` (url + optional label); the label falls back to the address's host name. */
export function datasetLink(link: Link, lang: Lang): TemplateResult {
  const label = link.label ? textIn(link.label, lang) : undefined;
  const text = label
    ? html`<span lang=${label.lang === lang ? nothing : label.lang}>${label.value}</span>`
    : hostOf(link.url);
  return externalLink(link.url, text, lang);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
