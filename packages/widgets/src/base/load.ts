import { type Issue, issueFactory, type MessageParams } from '@dhol/core';
import { msg } from '../i18n/index.js';
import { findJsonSyntax } from './find-json-syntax.js';
import { loadMessages } from './load-messages.js';

/** How long to wait for `src` before giving up, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** How many more times to try `src` after a failure that may pass (timeout, network, 5xx). */
export const DEFAULT_RETRIES = 1;
const MAX_RETRIES = 5;
/** The wait before the first retry; it doubles for each further one. */
const RETRY_DELAY_MS = 500;

/**
 * Issues of reading and showing a dataset, in the widgets' own words: the failures to read a file from
 * `load-messages.ts`, a failure to draw from the shared catalogue.
 */
export const loadIssue = issueFactory({
  ...loadMessages,
  'render.failed': { sv: () => msg('sv', 'render.failed'), en: () => msg('en', 'render.failed') },
});

/** The address as the editor can look it up: resolved against the page, as fetch resolves it. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  } catch {
    return url;
  }
}

/**
 * What a failed HTTP answer means for the editor: a file that is not there (404, 410), a server fault (5xx), or an
 * answer that refuses the file (401, 403 …). Each has its own words; all name the address.
 */
function httpIssue(status: number, url: string): Issue {
  const code =
    status === 404 || status === 410 ? 'load.notFound' : status >= 500 ? 'load.server' : 'load.http';
  return loadIssue('error', code, [], { status, url });
}

/**
 * Why a text that arrived is not a dataset's JSON: a web page (a CMS's own page for a missing file, a login page),
 * or JSON with an error at a line and column, in the widgets' words rather than the browser's parser's.
 */
async function unreadableIssue(text: string, contentType: string, url: string): Promise<Issue> {
  const start = text.trimStart().charAt(0);
  if (/html/i.test(contentType) || start === '<')
    return loadIssue('error', 'load.notJson', [], { type: 'html', url });
  if (start !== '{' && start !== '[' && !/json/i.test(contentType)) {
    return loadIssue('error', 'load.notJson', [], { type: contentType || 'unknown', url });
  }
  // Core words a JSON syntax error with its line and column, in both languages.
  let syntax: MessageParams = { line: 1, column: 1, detailSv: '', detailEn: '' };
  try {
    syntax = await findJsonSyntax(text);
  } catch (error) {
    // The folder build's chunk with the error finder did not arrive (the connection went): the error without its place.
    console.error('dhol: the JSON error finder could not be loaded', error);
  }
  return loadIssue('error', 'load.json', [], { ...syntax, url });
}

/** How to read a `src`: the element's `fetch`, timeout and retries. */
export interface LoadOptions {
  fetcher: typeof fetch | undefined;
  timeout: number;
  retries: number;
}

/** What reading a `src` gave: the parsed JSON, or the one issue that says why not. */
export type LoadOutcome = { json: unknown } | { issue: Issue };

/**
 * Reads `url` as JSON: waits at most `timeout` per try and tries again after a timeout, a lost connection or a
 * server error (5xx, 408, 429), waiting 0.5 s, then 1 s, … in between. Never rejects; an abort through `signal`
 * resolves to a network issue that nobody reads.
 */
export async function loadJson(url: string, options: LoadOptions, signal: AbortSignal): Promise<LoadOutcome> {
  const timeout =
    Number.isFinite(options.timeout) && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT_MS;
  const retries =
    Number.isInteger(options.retries) && options.retries > 0 ? Math.min(options.retries, MAX_RETRIES) : 0;
  for (let attempt = 0; ; attempt++) {
    const outcome = await fetchOnce(url, options.fetcher, signal, timeout);
    if ('text' in outcome) {
      try {
        return { json: JSON.parse(outcome.text) };
      } catch {
        return { issue: await unreadableIssue(outcome.text, outcome.contentType, absoluteUrl(url)) };
      }
    }
    if (!outcome.retry || attempt >= retries || signal.aborted) return { issue: outcome.issue };
    // A timeout, a lost connection or a busy server may pass: wait a little longer before each new try.
    await wait(RETRY_DELAY_MS * 2 ** attempt, signal);
    if (signal.aborted) return { issue: outcome.issue };
  }
}

/** One try at reading `url` as text within `timeout`; what went wrong and whether another try may help. */
async function fetchOnce(
  url: string,
  fetcher: typeof fetch | undefined,
  signal: AbortSignal,
  timeout: number,
): Promise<{ text: string; contentType: string } | { issue: Issue; retry: boolean }> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const doFetch = fetcher ?? globalThis.fetch.bind(globalThis);
    const response = await doFetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) {
      const status = response.status;
      return {
        issue: httpIssue(status, absoluteUrl(url)),
        retry: status >= 500 || status === 408 || status === 429,
      };
    }
    return { text: await response.text(), contentType: response.headers.get('content-type') ?? '' };
  } catch {
    return {
      issue: timedOut
        ? loadIssue('error', 'load.timeout', [], {
            seconds: Math.round(timeout / 100) / 10,
            url: absoluteUrl(url),
          })
        : loadIssue('error', 'load.network', [], { url: absoluteUrl(url) }),
      retry: !signal.aborted,
    };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
