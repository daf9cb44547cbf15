/**
 * Network faults on `src` from a real HTTP server: a missing file, a server error, a server that never answers,
 * a connection cut midway, an HTML page instead of JSON, a 20 MB body, a slow body and a `src` changed while a
 * load is in flight. Each must end in a clear state with a message in the element, and nothing uncaught may reach
 * the console. How long each took and the longest gap between animation frames are printed, not checked: they
 * depend on how busy the machine is, and budgets for them belong in `pnpm bench`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM, page, send, startServer, type TestServer } from './server.js';

const here = dirname(fileURLToPath(import.meta.url));
const surahammar = readFileSync(join(here, '..', '..', '..', 'data', 'datasets', 'surahammar-handslag.json'));

let server: TestServer;
let browser: Browser;
const hits = new Map<string, number>();
const summary: string[] = [];
/** The late file's request reached the server; the test lets its answer go. */
let lateRequested: () => void;
const lateArrived = new Promise<void>((resolve) => {
  lateRequested = resolve;
});
let releaseLate: () => void;
const lateReleased = new Promise<void>((resolve) => {
  releaseLate = resolve;
});

beforeAll(async () => {
  server = await startServer();
  browser = await chromium.launch(CHROMIUM);
  server.route('/net.html', (_req, res) =>
    send(
      res,
      'text/html',
      page('Nätverksfel', '<script type="module" src="/dhol.js"></script>', '<main></main>'),
    ),
  );
  const count = (path: string) => hits.set(path, (hits.get(path) ?? 0) + 1);
  server.route('/fault/404', (_req, res) => {
    count('404');
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  });
  server.route('/fault/500', (_req, res) => {
    count('500');
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Internal error');
  });
  server.route('/fault/hang', () => {
    count('hang');
    // Never answers: the socket stays open until the element gives up (or the server closes).
  });
  server.route('/fault/abort', (_req, res) => {
    count('abort');
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(surahammar.length) });
    res.write(surahammar.subarray(0, 4_000));
    setTimeout(() => res.socket?.destroy(), 50);
  });
  server.route('/fault/html', (_req, res) =>
    send(res, 'text/html', '<!doctype html><html><body><h1>Sidan hittades inte</h1></body></html>'),
  );
  server.route('/fault/huge', (_req, res) => {
    // 20 MB of JSON: one text far longer than the model allows.
    const head = '{"formatVersion":"1.0","title":{"sv":"';
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(head);
    const chunk = 'A'.repeat(1 << 20);
    for (let i = 0; i < 20; i++) res.write(chunk);
    res.end('"}}');
  });
  server.route('/fault/slow', (_req, res) => {
    // The real dataset in ten pieces over about a second.
    res.writeHead(200, { 'content-type': 'application/json' });
    const size = Math.ceil(surahammar.length / 10);
    let i = 0;
    const next = () => {
      if (i >= 10) return res.end();
      res.write(surahammar.subarray(i * size, (i + 1) * size));
      i++;
      setTimeout(next, 100);
    };
    next();
  });
  server.route('/fault/late', (_req, res) => {
    count('late');
    // Held until the test has changed `src`, then answered (into a closed connection if the element let go).
    lateRequested();
    void lateReleased.then(() => {
      if (!res.destroyed) send(res, 'application/json', surahammar);
    });
  });
  server.route('/fault/empty', (_req, res) => send(res, 'application/json', '{"formatVersion":"1.0"}'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`network (HTTP): ${summary.length} faults, ${summary.join('; ')}`);
});

interface Outcome {
  state: string;
  codes: string[];
  text: string;
  /** The longest gap between two animation frames while the element loaded, in milliseconds. */
  maxFrameGap: number;
  elapsed: number;
  console: string[];
}

/**
 * Puts an element with `attributes` on a fresh page and waits for its first `dhol-load` or `dhol-error`; `then`
 * runs meanwhile, and `after` once the event came, with the page still open.
 */
async function load(
  tag: string,
  attributes: Record<string, string>,
  then?: (tab: Page) => Promise<void>,
  after?: (tab: Page) => Promise<void>,
): Promise<Outcome> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const console: string[] = [];
  tab.on('console', (m) => {
    // The browser's own line about a failed request ("Failed to load resource: … 404") is not the page's doing.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource'))
      console.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => console.push(`uncaught: ${e.message}`));
  try {
    await tab.goto(`${server.origin}/net.html`);
    await tab.waitForFunction(() => customElements.get('dhol-plan') !== undefined);
    const started = tab.evaluate(
      ({ tag, attributes }) =>
        new Promise<Omit<Outcome, 'console'>>((resolve) => {
          const el = document.createElement(tag) as HTMLElement & {
            state: string;
            issues: { code: string }[];
            updateComplete: Promise<unknown>;
          };
          let maxFrameGap = 0;
          let last = performance.now();
          let done = false;
          const frame = (now: number) => {
            maxFrameGap = Math.max(maxFrameGap, now - last);
            last = now;
            if (!done) requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
          const t0 = performance.now();
          const finish = async () => {
            await el.updateComplete;
            done = true;
            resolve({
              state: el.state,
              codes: el.issues.map((i) => i.code),
              text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
              maxFrameGap: Math.round(maxFrameGap),
              elapsed: Math.round(performance.now() - t0),
            });
          };
          el.addEventListener('dhol-load', finish, { once: true });
          el.addEventListener('dhol-error', finish, { once: true });
          // A load that is not about the timeout gets all the time a busy machine needs.
          for (const [name, value] of Object.entries({ timeout: '600000', ...attributes }))
            el.setAttribute(name, value);
          document.querySelector('main')?.append(el);
        }),
      { tag, attributes },
    );
    if (then) await then(tab);
    const outcome = await started;
    if (after) await after(tab);
    return { ...outcome, console };
  } finally {
    await context.close();
  }
}

function note(name: string, o: Outcome) {
  summary.push(
    `${name} → ${o.state}${o.codes.length ? ` (${o.codes.slice(0, 2).join(', ')})` : ''} in ${o.elapsed} ms, longest frame gap ${o.maxFrameGap} ms`,
  );
}

test('a missing file (404) ends in an error that names the HTTP status, without a retry', async () => {
  const o = await load('dhol-plan', { src: '/fault/404' });
  note('404', o);
  expect(o.state).toBe('error');
  expect(o.codes).toEqual(['load.notFound']);
  expect(o.text).toContain('Datafilen hittades inte (HTTP 404)');
  expect(hits.get('404')).toBe(1);
  expect(o.console).toEqual([]);
});

test('a server error (500) is tried twice and ends in an error that names the status', async () => {
  const o = await load('dhol-agreement', { src: '/fault/500', lang: 'en' });
  note('500', o);
  expect(o.state).toBe('error');
  expect(o.text).toContain('The server could not hand out the data file (HTTP 500)');
  expect(hits.get('500')).toBe(2);
  expect(o.console).toEqual([]);
});

test('a server that never answers ends in a timeout message after one retry', async () => {
  const o = await load('dhol-framework', { src: '/fault/hang', timeout: '500' });
  note('never answers', o);
  expect(o.state).toBe('error');
  expect(o.codes).toEqual(['load.timeout']);
  expect(o.text).toContain('0,5');
  expect(hits.get('hang')).toBe(2);
  expect(o.console).toEqual([]);
});

test('a connection cut midway through the body ends in a network error', async () => {
  const o = await load('dhol-indicator', { src: '/fault/abort' });
  note('connection cut', o);
  expect(o.state).toBe('error');
  expect(o.codes).toEqual(['load.network']);
  expect(o.console).toEqual([]);
});

test('an HTML page served instead of JSON ends in an error saying the address gave a web page', async () => {
  const o = await load('dhol-coverage', { src: '/fault/html' });
  note('HTML instead of JSON', o);
  expect(o.state).toBe('error');
  expect(o.codes).toEqual(['load.notJson']);
  expect(o.text).toContain('Adressen gav en webbsida (HTML) i stället för en datafil');
  expect(o.console).toEqual([]);
});

test('a 20 MB file ends in an error that says the text is too long, and nothing reaches the console', async () => {
  const o = await load('dhol-plan', { src: '/fault/huge' });
  note('20 MB body', o);
  expect(o.state).toBe('error');
  expect(o.codes).toContain('structure.too-big');
  expect(o.text).toContain('title');
  expect(o.console).toEqual([]);
});

test('a slow body that arrives in pieces over a second is shown in full', async () => {
  const o = await load('dhol-agreement', { src: '/fault/slow' });
  note('slow body', o);
  expect(o.state).toBe('content');
  // The handslag's decision comes from the file's last pieces.
  expect(o.text).toContain('inom ramen för handslag i den Regionala utvecklingsstrategin');
  expect(o.console).toEqual([]);
});

test('a src changed while the first file is on its way shows only the second file: the first request is cancelled, and its late answer changes nothing', async () => {
  let firstRequest: Promise<string> | undefined;
  let settled = '';
  const o = await load(
    'dhol-agreement',
    { src: '/fault/late' },
    async (tab) => {
      firstRequest = new Promise((resolve) => {
        const late = (r: { url(): string }) => r.url().endsWith('/fault/late');
        tab.on('requestfailed', (r) => late(r) && resolve(`failed: ${r.failure()?.errorText}`));
        tab.on('requestfinished', (r) => late(r) && resolve('finished'));
      });
      await lateArrived;
      await tab.evaluate(() => document.querySelector('dhol-agreement')?.setAttribute('src', '/fault/empty'));
    },
    async (tab) => {
      // Only now may the first file's answer go out; the element shows the second file already.
      releaseLate();
      expect(await firstRequest).toBe('failed: net::ERR_ABORTED');
      settled = await tab.evaluate(async () => {
        const el = document.querySelector('dhol-agreement') as unknown as {
          state: string;
          updateComplete: Promise<unknown>;
        };
        await el.updateComplete;
        return el.state;
      });
    },
  );
  note('src changed in flight', o);
  expect(o.state).toBe('empty');
  expect(settled).toBe('empty');
  expect(hits.get('late')).toBe(1);
  expect(o.console).toEqual([]);
});
