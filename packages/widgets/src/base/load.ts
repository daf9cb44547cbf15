import { type Issue, issueFactory, type MessageParams } from '@dhol/core';
import { type MessageKey, msg } from '../i18n/index.js';

/** How long to wait for `src` before giving up, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** How many more times to try `src` after a failure that may pass (timeout, network, 5xx). */
export const DEFAULT_RETRIES = 1;
const MAX_RETRIES = 5;
/** The wait before the first retry; it doubles for each further one. */
const RETRY_DELAY_MS = 500;

const template = (key: MessageKey) => ({
  sv: (p: MessageParams) => msg('sv', key, p),
  en: (p: MessageParams) => msg('en', key, p),
});

/** Issues of reading and showing a dataset, in the widgets' own words. */
export const loadIssue = issueFactory({
  'load.http': template('load.http'),
  'load.json': template('load.json'),
  'load.network': template('load.network'),
  'load.timeout': template('load.timeout'),
  'render.failed': template('render.failed'),
});

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
      } catch (error) {
        return { issue: loadIssue('error', 'load.json', [], { detail: errorText(error) }) };
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
): Promise<{ text: string } | { issue: Issue; retry: boolean }> {
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
        issue: loadIssue('error', 'load.http', [], { status }),
        retry: status >= 500 || status === 408 || status === 429,
      };
    }
    return { text: await response.text() };
  } catch {
    return {
      issue: timedOut
        ? loadIssue('error', 'load.timeout', [], { seconds: Math.round(timeout / 100) / 10 })
        : loadIssue('error', 'load.network', []),
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
