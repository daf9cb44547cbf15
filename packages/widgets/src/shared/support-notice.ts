import { html, nothing, type TemplateResult } from 'lit';
import { type Lang, msg } from '../i18n/index.js';

/**
 * The notice that tells a reader where to turn: 112 in urgent danger, 1177 Vårdguiden and Mind
 * Självmordslinjen (90101) for support. `text` replaces the second sentence with a publisher's own words (for
 * instance a local crisis line); the 112 sentence always stays.
 */
export function supportNotice(lang: Lang, text?: string | null): TemplateResult {
  return html`<div part="support-notice" class="support note accent" role="note" aria-label=${msg(lang, 'support.label')}>
    <p><strong>${msg(lang, 'support.urgent')}</strong></p>
    <p>${text?.trim() ? text : msg(lang, 'support.help')}</p>
  </div>`;
}

/** The notice, or nothing when it is turned off. */
export function maybeSupportNotice(
  lang: Lang,
  off: boolean,
  text?: string | null,
): TemplateResult | typeof nothing {
  return off ? nothing : supportNotice(lang, text);
}
