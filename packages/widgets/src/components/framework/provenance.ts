import { type ReferenceText, type ResolvedReferenceText, referenceText } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/index.js';
import { badge } from '../../shared/blocks/badge.js';
import { externalLink } from '../../shared/link.js';
import { t } from './framework.i18n.js';

/** A framework text resolved for display: the words in the asked language or, marked, in the other one. */
export function resolve(text: ReferenceText | undefined, lang: Lang): ResolvedReferenceText | undefined {
  try {
    return referenceText(text, lang);
  } catch {
    return undefined;
  }
}

/**
 * The words of a reference text with what a reader needs to judge them: `lang` on the words when they are in the
 * other language (plus a visible "(på engelska)"), and a badge when the wording is a translation or unverified.
 * A verified text in the asked language shows just its words.
 */
export function sourcedWords(
  resolved: ResolvedReferenceText | undefined,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!resolved) return nothing;
  return html`<span lang=${resolved.isFallback ? resolved.lang : nothing}>${resolved.text}</span>${
    resolved.isFallback
      ? html` <span class="muted fallback">${t(lang, 'fallback', { lang: resolved.lang })}</span>`
      : nothing
  }${statusBadge(resolved, lang)}`;
}

/** A badge for a translated or unverified wording; nothing for a verified one. */
export function statusBadge(resolved: ResolvedReferenceText, lang: Lang): TemplateResult | typeof nothing {
  if (resolved.status === 'translation')
    return html` ${badge(t(lang, 'status.translation'), 'provenance provenance-translation', 'warning')}`;
  if (resolved.status === 'unverified')
    return html` ${badge(t(lang, 'status.unverified'), 'provenance provenance-unverified', 'warning')}`;
  return nothing;
}

/**
 * Where a text comes from, on demand: a native disclosure (`<details>`) whose summary names the text it belongs to
 * for screen readers, holding the status in words, the source (a link when it is a safe web address), the
 * version of the wording and any note.
 */
export function sourceDetails(
  text: ReferenceText | undefined,
  resolved: ResolvedReferenceText | undefined,
  lang: Lang,
  what: string,
): TemplateResult | typeof nothing {
  if (!resolved) return nothing;
  const note = text?.[resolved.lang]?.note;
  const source = resolved.source;
  const isUrl = /^https?:\/\//i.test(source.trim());
  return html`<details part="source" class="source">
    <summary>${t(lang, 'source')}<span class="visually-hidden">: ${what}</span></summary>
    <div class="source-body">
      ${
        resolved.status === 'verified'
          ? nothing
          : html`<p>${t(lang, resolved.status === 'translation' ? 'status.translation.long' : 'status.unverified.long')}</p>`
      }
      <p>${isUrl ? externalLink(source.trim(), source.trim(), lang, 'source-link') : source}</p>
      ${resolved.version ? html`<p class="muted">${t(lang, 'source.version', { version: resolved.version })}</p>` : nothing}
      ${note ? html`<p class="muted" lang=${resolved.lang === lang ? nothing : resolved.lang}>${note}</p>` : nothing}
      ${alternatives(text, lang)}
    </div>
  </details>`;
}

/** Other wordings (an earlier proposal's, say), each in its language with its version and status in words. */
function alternatives(text: ReferenceText | undefined, lang: Lang): TemplateResult | typeof nothing {
  const list = Array.isArray(text?.alternatives) ? text.alternatives : [];
  if (list.length === 0) return nothing;
  return html`<p>${t(lang, 'alternatives')}</p>
    <ul class="alternatives">
      ${list.map(
        (alt) => html`<li>
          <span lang=${alt.lang === lang ? nothing : alt.lang}>${alt.text}</span>
          <span class="muted">(${[alt.version, t(lang, `status.${alt.status}`), alt.source].filter(Boolean).join(', ')})</span>
        </li>`,
      )}
    </ul>`;
}
