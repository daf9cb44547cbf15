/**
 * dhol-overview against a real HTTP server, from the script-tag bundle under a strict Content Security Policy: one
 * manifest whose sources fail in every way a web server fails (404, 500, no answer, a cut connection, HTML instead
 * of JSON, an invalid dataset). Each failure must show in its own row with its reason, the readable sources must
 * still be shown, the failed ones must be retried as the other elements retry, and nothing may reach the console.
 *
 * The page's clock is Playwright's: time runs as usual, and the test moves it past the timeout only once every
 * other source has said how it went, so a busy machine that reads the others slowly cannot make them time out.
 */

import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM, page, STRICT_CSP, send, startServer, type TestServer } from '../hardening/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const surahammar = readFileSync(join(here, '..', '..', '..', 'data', 'datasets', 'surahammar-handslag.json'));

let server: TestServer;
let browser: Browser;
const hits = new Map<string, number>();
const hit = new EventEmitter();
const count = (path: string) => {
  hits.set(path, (hits.get(path) ?? 0) + 1);
  hit.emit(path);
};
/** Resolves once `path` has been requested `times` times. */
const requested = (path: string, times: number) =>
  new Promise<void>((resolve) => {
    const check = () => {
      if ((hits.get(path) ?? 0) < times) return;
      hit.off(path, check);
      resolve();
    };
    hit.on(path, check);
    check();
  });
/** The overview's timeout: far longer than any read takes, and passed by moving the page's clock. */
const TIMEOUT_MS = 60_000;

const manifest = {
  formatVersion: '1.0',
  title: { sv: 'Västmanlands län (test)' },
  area: '19',
  sources: [
    { url: '/data/surahammar-handslag.json', area: '1907', kinds: ['handslag'] },
    { url: 'fault/404.json', area: '1904' },
    { url: 'fault/500.json', area: '1960' },
    { url: 'fault/hang.json', area: '1961' },
    { url: 'fault/cut.json', area: '1962' },
    { url: 'fault/html.json', area: '1980' },
    { url: 'fault/invalid.json', area: '1981' },
  ],
};

beforeAll(async () => {
  server = await startServer();
  browser = await chromium.launch(CHROMIUM);
  server.route('/overview.html', (_req, res) =>
    send(
      res,
      'text/html',
      page(
        'Översikt',
        '<script type="module" src="/dhol.js"></script>',
        `<main><dhol-overview src="/lan/lan-19.json" timeout="${TIMEOUT_MS}"></dhol-overview></main>`,
      ),
      STRICT_CSP,
    ),
  );
  server.route('/lan/lan-19.json', (_req, res) => send(res, 'application/json', JSON.stringify(manifest)));
  server.route('/lan/fault/404.json', (_req, res) => {
    count('404');
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  });
  server.route('/lan/fault/500.json', (_req, res) => {
    count('500');
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('Internal error');
  });
  server.route('/lan/fault/hang.json', () => {
    count('hang');
  });
  server.route('/lan/fault/cut.json', (_req, res) => {
    count('cut');
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(surahammar.length) });
    res.write(surahammar.subarray(0, 2_000));
    setTimeout(() => res.socket?.destroy(), 20);
  });
  server.route('/lan/fault/html.json', (_req, res) =>
    send(res, 'text/html', '<!doctype html><html><body><h1>Sidan hittades inte</h1></body></html>'),
  );
  server.route('/lan/fault/invalid.json', (_req, res) =>
    send(res, 'application/json', JSON.stringify({ formatVersion: '1.0', plans: [{ id: 'x' }] })),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('every kind of failure shows in its own row with the reason, under a strict CSP, and the readable source is shown', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource'))
      problems.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  try {
    await tab.clock.install();
    await tab.addInitScript(() => {
      const tried: string[] = [];
      (window as unknown as { __tried: string[] }).__tried = tried;
      document.addEventListener(
        'dhol-source',
        (e) => tried.push((e as unknown as { detail: { url: string } }).detail.url),
        true,
      );
    });
    await tab.goto(`${server.origin}/overview.html`);
    // Every source but the one that never answers has been tried (with its retry) and said how it went.
    await tab.waitForFunction(
      () => (window as unknown as { __tried: string[] }).__tried.length === 6,
      undefined,
      {
        timeout: 0,
      },
    );
    expect(hits.get('hang')).toBe(1);
    // The one left waits out its timeout, is tried again after half a second, and waits out the timeout again.
    await tab.clock.fastForward(TIMEOUT_MS);
    await requested('hang', 2);
    await tab.clock.fastForward(TIMEOUT_MS);
    await tab.locator('dhol-overview[state="content"]').waitFor({ state: 'attached', timeout: 0 });
    const rows = await tab.evaluate(() =>
      [...(document.querySelector('dhol-overview')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map(
        (tr) => [...tr.children].slice(0, 2).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
      ),
    );
    const byName = Object.fromEntries(rows.map(([name, published]) => [name, published]));
    expect(byName.Surahammar).toBe('Handslag, 2 indikatorer');
    // Each failure kind in its own words, naming the file's full address (load.ts's messages).
    const address = (file: string) => `${server.origin}/lan/fault/${file}`;
    expect(byName.Skinnskatteberg).toBe(
      `! Kunde inte läsas: Datafilen hittades inte (HTTP 404): ${address('404.json')}. Kontrollera adressen, och om filen har flyttats eller fått en ny adress.`,
    );
    expect(byName.Kungsör).toBe(
      `! Kunde inte läsas: Servern kunde inte lämna ut datafilen (HTTP 500): ${address('500.json')}. Felet ligger hos servern och kan gå över.`,
    );
    expect(byName.Hallstahammar).toBe(
      `! Kunde inte läsas: Datafilen kom inte inom 60 sekunder: ${address('hang.json')}. Servern kan vara långsam eller nere.`,
    );
    expect(byName.Norberg).toMatch(/^! Kunde inte läsas: Datafilen (kunde inte hämtas|är inte giltig JSON)/);
    expect(byName.Västerås).toMatch(
      /^! Kunde inte läsas: Adressen gav en webbsida \(HTML\) i stället för en datafil: /,
    );
    expect(byName.Sala).toMatch(/^! Kunde inte läsas: Filen har \d+ fel, till exempel: /);
    // The kommuner with no source are listed as having published nothing.
    expect(byName.Arboga).toBe('Inget publicerat');
    // A missing file is not tried again; a server error and a server that never answers are, once.
    expect([hits.get('404'), hits.get('500'), hits.get('hang')]).toEqual([1, 2, 2]);
    const violations = await tab.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
