/**
 * The folder build loads the texts of validation's issues (and the code that gives issues their texts) only when a
 * dataset has issues to show: a page whose datasets are valid and without warnings never requests that chunk; a
 * page with an invalid dataset shows the error state with every message in Swedish or English, never a bare code,
 * and the events carry the texts too. Core's JSON error finder likewise loads only when a text is not JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM, ESM_FOLDER, page, send, startServer, type TestServer } from './server.js';

let server: TestServer;
let browser: Browser;
/** The chunk that holds the texts: the one file of the folder with words only validation's catalogue has. */
let textsChunk: string;
/** The chunk with core's JSON error finder: the one file with its words for a trailing comma. */
let jsonChunk: string;

const INVALID = JSON.stringify({ formatVersion: '1.0', plans: [{ id: 'p' }] });
/**
 * Structure errors of every kind whose message has words of its own (a wrong id format, a wrong type, too few
 * entries, a missing field, one of a list of values), which the folder build builds in the texts' chunk.
 */
const WORDS = JSON.stringify({
  formatVersion: '1.0',
  plans: [
    {
      id: 'Fel id',
      title: 5,
      kind: 'lokal',
      scope: [],
      owner: 'x',
      activities: [{ id: 'a', name: '', goals: 'x', status: 'klar' }],
    },
  ],
  observations: [{ indicator: 'i', area: '1907', period: '2023', value: 'x' }],
});
const loader = '<script type="module" src="/esm/dhol.js"></script>';

beforeAll(async () => {
  server = await startServer();
  browser = await chromium.launch(CHROMIUM);
  const holding = readdirSync(ESM_FOLDER).filter((file) =>
    readFileSync(join(ESM_FOLDER, file), 'utf8').includes('The field'),
  );
  expect(holding).toHaveLength(1);
  textsChunk = `/esm/${holding[0]}`;
  const finder = readdirSync(ESM_FOLDER).filter((file) =>
    readFileSync(join(ESM_FOLDER, file), 'utf8').includes('remove the last comma'),
  );
  expect(finder).toHaveLength(1);
  jsonChunk = `/esm/${finder[0]}`;
  server.route('/broken.json', (_req, res) =>
    send(res, 'application/json', '{\n  "formatVersion": "1.0",\n}'),
  );
  server.route('/broken.html', (_req, res) =>
    send(
      res,
      'text/html',
      page(
        'Trasig',
        loader,
        '<dhol-plan id="sv" src="/broken.json"></dhol-plan><dhol-plan id="en" lang="en" src="/broken.json"></dhol-plan>',
      ),
    ),
  );
  server.route('/invalid.json', (_req, res) => send(res, 'application/json', INVALID));
  server.route('/words.json', (_req, res) => send(res, 'application/json', WORDS));
  for (const [path, script] of [
    ['/words-esm.html', loader],
    ['/words-one-file.html', '<script type="module" src="/dhol.js"></script>'],
  ] as const) {
    server.route(path, (_req, res) =>
      send(res, 'text/html', page('Ord', script, '<dhol-plan src="/words.json"></dhol-plan>')),
    );
  }
  server.route('/valid.html', (_req, res) =>
    send(
      res,
      'text/html',
      page('Giltig', loader, '<dhol-agreement src="/data/surahammar-handslag.json"></dhol-agreement>'),
    ),
  );
  server.route('/invalid.html', (_req, res) =>
    send(
      res,
      'text/html',
      page(
        'Ogiltig',
        loader,
        '<dhol-plan id="sv" src="/invalid.json"></dhol-plan><dhol-plan id="en" lang="en" src="/invalid.json"></dhol-plan>',
      ),
    ),
  );
  const manifest = {
    formatVersion: '1.0',
    title: { sv: 'Västmanlands län (test)' },
    area: '19',
    sources: [
      { url: '/data/surahammar-handslag.json', area: '1907', kinds: ['handslag'] },
      { url: '/invalid.json', area: '1904' },
    ],
  };
  server.route('/manifest.json', (_req, res) => send(res, 'application/json', JSON.stringify(manifest)));
  server.route('/overview.html', (_req, res) =>
    send(
      res,
      'text/html',
      page(
        'Översikt',
        loader,
        '<dhol-overview src="/manifest.json"></dhol-overview><dhol-followup src="/data/exempel-uppfoljning.json"></dhol-followup>',
      ),
    ),
  );
  server.route('/warnings.html', (_req, res) =>
    send(
      res,
      'text/html',
      page('Varningar', loader, '<dhol-plan src="/data/sormland-handlingsplan-2026.json"></dhol-plan>'),
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Seen {
  states: string[];
  /**
   * Each `dhol-load` or `dhol-error`: the element's id or tag, the messages of its issues, and the issues as JSON
   * (code, path, message and parameters).
   */
  events: {
    from: string;
    type: string;
    messages: { sv: string; en: string; code: string }[];
    issues: unknown[];
  }[];
  /** The text of each element's issue list. */
  lists: string[];
  /** All the text each element shows. */
  texts: string[];
  requested: string[];
  /** Errors thrown into the page (uncaught exceptions and unhandled rejections). */
  thrown: string[];
}

/**
 * Opens `path`, waits until every dhol element has announced its state, and says what the page saw. A request for
 * `fail` (a path of the folder) is aborted, as when the connection goes before a lazy chunk arrives.
 */
async function open(path: string, count: number, fail?: string): Promise<Seen> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const thrown: string[] = [];
  tab.on('pageerror', (error) => thrown.push(error.message));
  if (fail) await tab.route(server.origin + fail, (route) => route.abort('connectionfailed'));
  await tab.addInitScript(() => {
    const w = window as unknown as { __events: unknown[] };
    w.__events = [];
    for (const type of ['dhol-load', 'dhol-error']) {
      document.addEventListener(type, (event) => {
        const target = event.target as HTMLElement;
        const issues = (event as CustomEvent).detail.issues as {
          code: string;
          message: { sv: string; en: string };
        }[];
        w.__events.push({
          from: target.id || target.localName,
          type,
          messages: issues.map((issue) => ({ ...issue.message, code: issue.code })),
          issues: JSON.parse(JSON.stringify(issues)),
        });
      });
    }
  });
  const before = server.requested.length;
  try {
    await tab.goto(server.origin + path);
    await tab.waitForFunction(
      (n) => (window as unknown as { __events: unknown[] }).__events.length >= n,
      count,
    );
    const seen = await tab.evaluate(() => {
      const elements = [
        ...document.querySelectorAll('dhol-plan, dhol-agreement, dhol-overview, dhol-followup'),
      ] as (HTMLElement & {
        state: string;
      })[];
      return {
        states: elements.map((el) => el.state),
        events: (window as unknown as { __events: Seen['events'] }).__events,
        lists: elements.map((el) => el.shadowRoot?.querySelector('[part~="issues"]')?.textContent ?? ''),
        texts: elements.map((el) => el.shadowRoot?.textContent ?? ''),
      };
    });
    return { ...seen, requested: server.requested.slice(before), thrown };
  } finally {
    await context.close();
  }
}

test('a valid dataset without warnings: the element shows its content and the texts are never requested', async () => {
  const seen = await open('/valid.html', 1);
  expect(seen.states).toEqual(['content']);
  expect(seen.events).toEqual([{ from: 'dhol-agreement', type: 'dhol-load', messages: [], issues: [] }]);
  expect(seen.requested).toContain('/esm/dhol-agreement.js');
  expect(seen.requested).not.toContain(textsChunk);
  expect(seen.requested).not.toContain(jsonChunk);
});

test('a text that is not JSON: the error finder loads, and the error names the line, the column and the cause', async () => {
  const seen = await open('/broken.html', 2);
  expect(seen.requested).toContain(jsonChunk);
  expect(seen.states).toEqual(['error', 'error']);
  const [sv, en] = seen.texts;
  expect(sv).toContain('Datafilen är inte giltig JSON: fel på rad 2, kolumn 25 (ett kommatecken före }');
  expect(en).toContain('The data file is not valid JSON: error at line 2, column 25 (a comma before }');
  for (const event of seen.events) expect(event.messages.map((m) => m.code)).toEqual(['load.json']);
});

test('an invalid dataset: the texts load, and the error state and the event say what is wrong in Swedish and English', async () => {
  const seen = await open('/invalid.html', 2);
  expect(seen.requested).toContain(textsChunk);
  expect(seen.states).toEqual(['error', 'error']);
  const [sv, en] = seen.lists;
  expect(sv).toContain('Fältet ”title” saknas');
  expect(en).toContain('The field "title" is missing');
  for (const event of seen.events) {
    expect(event.type).toBe('dhol-error');
    expect(event.messages.length).toBeGreaterThan(0);
    for (const message of event.messages) {
      expect(message.sv).not.toBe(message.code);
      expect(message.en).not.toBe(message.code);
    }
  }
});

test('structure errors through the folder build carry the words and parameters the one-file build gives them', async () => {
  const esm = await open('/words-esm.html', 1);
  const oneFile = await open('/words-one-file.html', 1);
  expect(esm.requested).toContain(textsChunk);
  expect(esm.states).toEqual(['error']);
  const codes = (esm.events[0]?.messages ?? []).map((m) => m.code);
  for (const code of ['structure.format', 'structure.type', 'structure.too-small', 'structure.required']) {
    expect(codes).toContain(code);
  }
  expect(esm.events[0]?.issues.length).toBeGreaterThan(10);
  expect(esm.events[0]?.issues).toEqual(oneFile.events[0]?.issues);
  expect(esm.lists).toEqual(oneFile.lists);
  expect(esm.lists[0]).toContain('Fältet ”title” ska vara ett objekt, men är talet 5.');
  expect(esm.lists[0]).toContain('Fältet ”scope” ska ha minst 1 post (har 0).');
});

test('the texts’ chunk cannot be loaded: the element still shows its error state, with each issue’s code, and nothing is thrown', async () => {
  const seen = await open('/invalid.html', 2, textsChunk);
  // The request was cut before it reached the server.
  expect(seen.requested).not.toContain(textsChunk);
  expect(seen.thrown).toEqual([]);
  expect(seen.states).toEqual(['error', 'error']);
  const [sv, en] = seen.texts;
  expect(sv).toContain('Uppgifterna kan inte visas just nu');
  expect(en).toContain('The information cannot be shown right now');
  expect(seen.lists[0]).toContain('structure.required');
  for (const event of seen.events) expect(event.type).toBe('dhol-error');
});

test('the JSON error finder’s chunk cannot be loaded: the error says the file is not JSON, without its place, and nothing is thrown', async () => {
  const seen = await open('/broken.html', 2, jsonChunk);
  expect(seen.requested).not.toContain(jsonChunk);
  expect(seen.thrown).toEqual([]);
  expect(seen.states).toEqual(['error', 'error']);
  expect(seen.texts[0]).toContain('Datafilen är inte giltig JSON');
  expect(seen.texts[1]).toContain('The data file is not valid JSON');
  for (const event of seen.events) expect(event.messages.map((m) => m.code)).toEqual(['load.json']);
});

test('a valid dataset with warnings: the content shows, and dhol-load carries each warning with its texts', async () => {
  const seen = await open('/warnings.html', 1);
  expect(seen.states).toEqual(['content']);
  const [event] = seen.events;
  expect(event?.type).toBe('dhol-load');
  expect(event?.messages.length).toBe(21);
  for (const message of event?.messages ?? []) expect(message.sv).not.toBe(message.code);
  expect(seen.requested).toContain(textsChunk);
});

test('the overview and the follow-up through the folder build: a source with errors is described in words', async () => {
  const seen = await open('/overview.html', 2);
  expect(seen.states).toEqual(['content', 'content']);
  expect(seen.requested).toContain('/esm/dhol-overview.js');
  expect(seen.requested).toContain('/esm/dhol-followup.js');
  // The overview's row for the invalid source quotes its first error.
  expect(seen.texts[0]).toMatch(/Filen har \d+ fel, till exempel: Fältet ”\w+” saknas/);
  expect(seen.texts[0]).not.toContain('structure.required');
});
