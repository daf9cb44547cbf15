/**
 * The "open a file" starter: a file from the computer or an address on the web, read by `import-file.ts`. A file
 * that reads cleanly opens at once as a new draft (a dhol dataset opens as it is, errors and all: the editor shows
 * them and keeps everything). When an importer has warnings they are shown first, with a button to open the draft;
 * when a file cannot be opened, the reason is said in words (not found, not JSON, the importer's errors by row and
 * column) and nothing is opened.
 */
import type { Issue } from '@dhol/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatCount } from '../../util/format.js';
import { heading } from '../../util/heading.js';
import { registerStarter, type StartContext } from '../section.js';
import { type FetchText, type ImportOutcome, importText, importUrl } from './import-file.js';
import { type OpenMessage, opt } from './open.messages.js';

interface OpenState {
  url: string;
  busy?: 'reading' | 'fetching';
  outcome?: ImportOutcome;
  name?: string;
}

const KEY = 'open-file';
/** The most issues listed; the rest are counted. */
const MAX_LISTED = 20;

/** How the open starter fetches an address; tests may put their own here. */
export const openFetch: { fetch: FetchText } = {
  fetch: (url) =>
    globalThis.fetch(url, { headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } }),
};

function renderOpen(ctx: StartContext): TemplateResult {
  const state = ctx.uiState<OpenState>(KEY, { url: '' });
  const set = (next: Partial<OpenState>) =>
    ctx.setUiState(KEY, { ...ctx.uiState<OpenState>(KEY, state), ...next });
  const t = (key: OpenMessage, params = {}) => opt(ctx.lang, key, params);
  const kindWord = (outcome: ImportOutcome) => (outcome.kind ? t(`kind.${outcome.kind}`) : '');

  const settle = (outcome: ImportOutcome, name: string) => {
    if (outcome.ok && outcome.issues.length === 0) {
      ctx.setUiState(KEY, { url: '' });
      ctx.open(outcome.dataset, name ? { name } : {});
      return;
    }
    set({ busy: undefined, outcome, name });
    ctx.announce(outcome.ok ? t('read', { kind: kindWord(outcome) }) : t('failed'));
    ctx.focusAfterUpdate('open-result-heading');
  };
  const onFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    set({ busy: 'reading', outcome: undefined });
    let text: string;
    try {
      text = await file.text();
    } catch {
      settle({ ok: false, problem: 'network', issues: [] }, file.name);
      return;
    } finally {
      // The same file can be chosen again after it is corrected.
      input.value = '';
    }
    settle(importText(text, file.name), file.name);
  };
  const onUrl = async (event: Event) => {
    event.preventDefault();
    set({ busy: 'fetching', outcome: undefined });
    const outcome = await importUrl(state.url, openFetch.fetch, document.baseURI);
    settle(outcome, state.url.trim().split('/').pop() ?? '');
  };

  return html`<section class="starter" aria-labelledby="open-heading">
    ${heading(ctx.headingLevel + 1, t('heading'), { id: 'open-heading' })}
    <p>${t('intro')}</p>
    <div class="field">
      <label class="label" for="open-file">${t('file')}</label>
      <p class="hint" id="open-file-hint">${t('fileHint')}</p>
      <input
        id="open-file"
        class="file"
        type="file"
        accept=".json,.csv,.txt,application/json,text/csv"
        aria-describedby="open-file-hint"
        @change=${onFile}
      />
    </div>
    <form novalidate @submit=${onUrl}>
      <div class="field">
        <label class="label" for="open-url">${t('url')}</label>
        <p class="hint" id="open-url-hint">${t('urlHint')}</p>
        <input
          id="open-url"
          class="input"
          type="url"
          autocomplete="url"
          spellcheck="false"
          aria-describedby="open-url-hint"
          .value=${live(state.url)}
          @input=${(event: Event) => set({ url: (event.target as HTMLInputElement).value })}
        />
      </div>
      <button type="submit" class="secondary" ?disabled=${state.busy !== undefined}>${t('urlButton')}</button>
    </form>
    <p role="status" class="visually-hidden">${state.busy ? t(state.busy) : ''}</p>
    ${state.outcome ? renderOutcome(ctx, state.outcome, state.name ?? '', t, kindWord, () => ctx.setUiState(KEY, { url: state.url })) : nothing}
  </section>`;
}

function issueList(ctx: StartContext, issues: readonly Issue[]): TemplateResult {
  const shown = issues.slice(0, MAX_LISTED);
  return html`<ul>
    ${shown.map(
      (issue) => html`<li class="message ${issue.severity}">
        <span class="visually-hidden">${ctx.t(issue.severity === 'error' ? 'issues.error' : 'issues.warning')}:</span>
        ${issue.message[ctx.lang]}
      </li>`,
    )}
    ${issues.length > MAX_LISTED ? html`<li>${ctx.t('issues.more', { count: formatCount(issues.length - MAX_LISTED, ctx.lang) })}</li>` : nothing}
  </ul>`;
}

function renderOutcome(
  ctx: StartContext,
  outcome: ImportOutcome,
  name: string,
  t: (key: OpenMessage, params?: Record<string, string | number>) => string,
  kindWord: (outcome: ImportOutcome) => string,
  dismiss: () => void,
): TemplateResult {
  const level = ctx.headingLevel + 2;
  if (outcome.ok) {
    return html`<div class="notice open-result" role="region" aria-labelledby="open-result-heading">
      ${heading(level, t('read', { kind: kindWord(outcome) }), { id: 'open-result-heading', focusable: true })}
      <p class="label">${t('warnings')}</p>
      ${issueList(ctx, outcome.issues)}
      <div class="button-group">
        <button
          type="button"
          @click=${() => {
            dismiss();
            ctx.open(outcome.dataset, name ? { name } : {});
          }}
        >
          ${t('openAnyway')}
        </button>
        <button type="button" class="secondary" @click=${dismiss}>${t('cancel')}</button>
      </div>
    </div>`;
  }
  const problem =
    outcome.problem === 'not-json' && outcome.detail
      ? t('problem.not-json-detail', { detail: outcome.detail })
      : outcome.problem
        ? t(`problem.${outcome.problem}`, { detail: outcome.detail ?? '' })
        : undefined;
  return html`<div class="notice problem open-result" role="region" aria-labelledby="open-result-heading">
    ${heading(level, t('failed'), { id: 'open-result-heading', focusable: true })}
    ${problem ? html`<p>${problem}</p>` : nothing}
    ${outcome.issues.length > 0 ? html`<p>${t('failedAs', { kind: kindWord(outcome) })}</p>${issueList(ctx, outcome.issues)}` : nothing}
  </div>`;
}

registerStarter({ id: 'open-file', order: 40, render: renderOpen });
