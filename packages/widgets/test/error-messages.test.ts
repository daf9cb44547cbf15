/**
 * Each way reading a dataset can fail has its own words in Swedish and English, names the file's address for the
 * publisher, and shows the visitor a short neutral sentence with the details folded away.
 */
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import '../src/components/plan/dhol-plan.js';
import type { DholPlan } from '../src/components/plan/plan.js';
import { axe, holdTimeouts, mount, nextState, shadow, unmountAll } from './helpers.js';

/** The element's timeout, held back so that it runs out only when the test says (see `holdTimeouts`). */
const TIMEOUT = 60_000;
let timeouts: ReturnType<typeof holdTimeouts> | undefined;

afterEach(() => {
  timeouts?.restore();
  timeouts = undefined;
  unmountAll();
});

const SRC = '/filarkiv/18.abc123/1700000000000/plan.json';
const ADDRESS = new URL(SRC, document.baseURI).href;

const answer =
  (body: string, init: ResponseInit = {}) =>
  async () =>
    new Response(body, init);
const never = (_url: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

const failures: { name: string; fetcher: typeof fetch; code: string; sv: RegExp; en: RegExp }[] = [
  {
    name: 'a file that is not there (404)',
    fetcher: answer('<!doctype html><title>Sidan hittades inte</title>', {
      status: 404,
      headers: { 'Content-Type': 'text/html' },
    }),
    code: 'load.notFound',
    sv: /^Datafilen hittades inte \(HTTP 404\)/,
    en: /^The data file was not found \(HTTP 404\)/,
  },
  {
    name: 'a server error (503)',
    fetcher: answer('', { status: 503 }),
    code: 'load.server',
    sv: /^Servern kunde inte lämna ut datafilen \(HTTP 503\)/,
    en: /^The server could not hand out the data file \(HTTP 503\)/,
  },
  {
    name: 'a refusal (403)',
    fetcher: answer('', { status: 403 }),
    code: 'load.http',
    sv: /^Servern lämnade inte ut datafilen \(HTTP 403\)/,
    en: /^The server did not hand out the data file \(HTTP 403\)/,
  },
  {
    name: 'a web page at the data address (200, text/html)',
    fetcher: answer('<!doctype html><html><body>Logga in</body></html>', {
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    }),
    code: 'load.notJson',
    sv: /^Adressen gav en webbsida \(HTML\) i stället för en datafil/,
    en: /^The address gave a web page \(HTML\) instead of a data file/,
  },
  {
    name: 'broken JSON',
    fetcher: answer('{\n  "formatVersion": "1.0",\n  "plans": [\n', {
      headers: { 'Content-Type': 'application/json' },
    }),
    code: 'load.json',
    sv: /^Datafilen är inte giltig JSON: fel på rad 4, kolumn 1 \(texten tar slut för tidigt/,
    en: /^The data file is not valid JSON: error at line 4, column 1 \(the text ends too early/,
  },
  {
    name: 'no answer in time',
    fetcher: never,
    code: 'load.timeout',
    sv: /^Datafilen kom inte inom 60 sekunder/,
    en: /^The data file did not arrive within 60 seconds/,
  },
  {
    name: 'no connection',
    fetcher: async () => {
      throw new TypeError('Failed to fetch');
    },
    code: 'load.network',
    sv: /^Datafilen kunde inte hämtas: /,
    en: /^The data file could not be fetched: /,
  },
];

/** A plan element whose reading fails as `failure` says; a file that never answers times out when the test says. */
async function failed(failure: (typeof failures)[number]): Promise<DholPlan> {
  timeouts = holdTimeouts(TIMEOUT);
  const el = mount<DholPlan>(
    html`<dhol-plan timeout=${TIMEOUT} retries="0" .fetcher=${failure.fetcher} src=${SRC}></dhol-plan>`,
  );
  const state = nextState(el);
  if (failure.code === 'load.timeout') {
    await timeouts.held();
    timeouts.fire();
  }
  expect(await state).toBe('error');
  timeouts.restore();
  return el;
}

for (const failure of failures) {
  test(`${failure.name}: its own words, the address, and a neutral sentence for the visitor`, async () => {
    const el = await failed(failure);
    const [issue] = el.issues;
    expect(el.issues).toHaveLength(1);
    expect(issue?.code).toBe(failure.code);
    expect(issue?.message.sv).toMatch(failure.sv);
    expect(issue?.message.en).toMatch(failure.en);
    for (const words of [issue?.message.sv, issue?.message.en]) {
      expect(words).toContain(ADDRESS);
      // The browser's own parser and network words never reach the page.
      expect(words).not.toMatch(/Unexpected|Failed to fetch|SyntaxError|JSON\.parse/);
    }
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.querySelector('h2')?.textContent?.trim()).toBe('Uppgifterna kan inte visas just nu');
    expect(alert.querySelector(':scope > p')?.textContent?.trim()).toBe(
      'Försök igen senare, eller kontakta den som ansvarar för sidan.',
    );
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent?.trim()).toBe('För den som publicerar sidan');
    expect(details.textContent).toContain(issue?.message.sv);
    expect(await axe(el)).toEqual([]);
  });
}

test('the failures have words of their own: no two kinds share a message', async () => {
  const messages = new Set<string>();
  for (const failure of failures) {
    const el = await failed(failure);
    messages.add(el.issues[0]!.message.sv.replace(/\(HTTP \d+\)/, '').split(':')[0]!);
  }
  expect(messages.size).toBe(failures.length);
});

test('a file that does not follow the format: the publisher reads where it is and what to correct', async () => {
  const fetcher = answer(JSON.stringify({ formatVersion: '1.0', plans: [{ id: 'x' }] }), {
    headers: { 'Content-Type': 'application/json' },
  });
  const el = mount<DholPlan>(html`<dhol-plan lang="en" .fetcher=${fetcher} src=${SRC}></dhol-plan>`);
  expect(await nextState(el)).toBe('error');
  const details = shadow(el).querySelector('[role="alert"] details')!;
  expect(details.textContent).toContain('The data file does not follow the data format.');
  expect(details.textContent).toContain(`Address of the data file: ${ADDRESS}`);
  expect(details.querySelectorAll('[part~="issues"] > li').length).toBe(el.issues.length);
  expect(shadow(el).querySelector('[role="alert"] > p')?.textContent?.trim()).toBe(
    'Please try again later, or contact whoever is responsible for this page.',
  );
});
