import type { ActivityStatus } from '@dhol/core';
import { html, type TemplateResult } from 'lit';
import { type Lang, type MessageKey, msg } from '../i18n/index.js';

/** The words for an activity status in a language ("Pågår", "Ongoing" …). */
export function statusLabel(status: ActivityStatus, lang: Lang): string {
  return msg(lang, `status.${status}` as MessageKey);
}

/** A status as a badge: words, never colour alone. `::part(badge status-<status>)` styles it. */
export function statusBadge(status: ActivityStatus, lang: Lang): TemplateResult {
  return html`<span part="badge status-${status}" class="badge status status-${status}">${statusLabel(status, lang)}</span>`;
}

/** A generic badge with a label and a part name. */
export function badge(label: string, part: string): TemplateResult {
  return html`<span part="badge ${part}" class="badge ${part}">${label}</span>`;
}
