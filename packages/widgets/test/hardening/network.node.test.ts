/**
 * Network faults on `src` from a real HTTP server: a missing file, a server error, a server that never answers,
 * a connection cut midway, an HTML page instead of JSON, a 20 MB body, a slow body and a `src` changed while a
 * load is in flight. Each must end in a clear state with a message in the element, the page must keep painting
 * (the longest gap between animation frames is measured), and nothing uncaught may reach the console.
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
    setTimeout(() => send(res, 'application/json', surahammar), 800);
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
  settled: string;
  console: string[];
}

/** Puts an element with `attributes` on a fresh page and waits for its first `dhol-load` or `dhol-error`. */
async function load(
  tag: string,
  attributes: Record<string, string>,
  then?: (tab: Page) => Promise<void>,
  settleMs = 100,
) {
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
        new Promise<Omit<Outcome, 'console' | 'settled'>>((resolve) => {
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
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          document.querySelector('main')?.append(el);
        }),
      { tag, attributes },
    );
    if (then) await then(tab);
    const outcome = await started;
    await tab.waitForTimeout(settleMs);
    // The state a moment later: a stale answer arriving after the event must not change it.
    const settled = await tab.evaluate(
      (t) => (document.querySelector(t) as unknown as { state: string }).state,
      tag,
    );
    return { ...outcome, settled, console };
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
  expect(o.codes).toEqual(['load.http']);
  expect(o.text).toContain('HTTP-status 404');
  expect(hits.get('404')).toBe(1);
  expect(o.console).toEqual([]);
});

test('a server error (500) is tried twice and ends in an error that names the status', async () => {
  const o = await load('dhol-agreement', { src: '/fault/500', lang: 'en' });
  note('500', o);
  expect(o.state).toBe('error');
  expect(o.text).toContain('HTTP status 500');
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

test('an HTML page served instead of JSON ends in an error saying the file is not JSON', async () => {
  const o = await load('dhol-coverage', { src: '/fault/html' });
  note('HTML instead of JSON', o);
  expect(o.state).toBe('error');
  expect(o.codes).toEqual(['load.json']);
  expect(o.console).toEqual([]);
});

test('a 20 MB file ends in a validation error quickly, and the page keeps painting', async () => {
  const o = await load('dhol-plan', { src: '/fault/huge' });
  note('20 MB body', o);
  expect(o.state).toBe('error');
  expect(o.codes.length).toBeGreaterThan(0);
  expect(o.elapsed).toBeLessThan(10_000);
  expect(o.maxFrameGap).toBeLessThan(2_000);
  expect(o.console).toEqual([]);
});

test('a slow body that arrives in pieces over a second is shown in full', async () => {
  const o = await load('dhol-agreement', { src: '/fault/slow' });
  note('slow body', o);
  expect(o.state).toBe('content');
  expect(o.maxFrameGap).toBeLessThan(1_000);
  expect(o.console).toEqual([]);
});

test('a src changed while the first file is on its way shows only the second file, also after the first arrives', async () => {
  const o = await load(
    'dhol-agreement',
    { src: '/fault/late' },
    async (tab) => {
      await tab.waitForTimeout(100);
      await tab.evaluate(() => document.querySelector('dhol-agreement')?.setAttribute('src', '/fault/empty'));
    },
    1_200,
  );
  note('src changed in flight', o);
  expect(o.state).toBe('empty');
  expect(o.settled).toBe('empty');
  expect(hits.get('late')).toBe(1);
  expect(o.console).toEqual([]);
});
