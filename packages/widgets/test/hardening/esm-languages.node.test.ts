/**
 * The folder build carries Swedish, the default, inside each element, and loads English in chunks of its own only
 * for an element whose language is English: a Swedish page never requests them; an English element waits for them
 * before it draws, so it never shows a Swedish word; `lang` can still change at run time; and when the English
 * cannot be loaded, the element shows its error state, in English, and throws nothing into the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM, ESM_FOLDER, page, send, startServer, type TestServer } from './server.js';

let server: TestServer;
let browser: Browser;
/** The folder's English chunk (a list, to be sure there is one): the shared strings and each element's own words. */
let englishChunks: string[];

const loader = '<script type="module" src="/esm/dhol.js"></script>';
const PLAN = '/data/sormland-handlingsplan-2026.json';

/** Words each language shows in the plan: an activity's status (the shared strings) and a fact's label (the plan's). */
const SWEDISH = ['Pågår', 'Typ av plan'] as const;
const ENGLISH = ['Ongoing', 'Kind of plan'] as const;

const chunksWith = (words: string) =>
  readdirSync(ESM_FOLDER)
    .filter((file) => readFileSync(join(ESM_FOLDER, file), 'utf8').includes(words))
    .map((file) => `/esm/${file}`);

beforeAll(async () => {
  server = await startServer();
  browser = await chromium.launch(CHROMIUM);
  englishChunks = [
    ...new Set([...chunksWith('The table is wider than the space'), ...chunksWith('Kind of plan')]),
  ];
  // One chunk holds every element's English and none of the Swedish: the English is apart from the elements' modules.
  expect(englishChunks).toHaveLength(1);
  for (const chunk of englishChunks) {
    const text = readFileSync(join(ESM_FOLDER, chunk.slice('/esm/'.length)), 'utf8');
    for (const words of SWEDISH) expect(text, chunk).not.toContain(words);
  }
  const pages: [string, string][] = [
    ['/sv.html', `<dhol-plan src="${PLAN}"></dhol-plan>`],
    [
      '/both.html',
      `<dhol-plan id="en" lang="en" src="${PLAN}"></dhol-plan><dhol-plan id="sv" src="${PLAN}"></dhol-plan>`,
    ],
  ];
  for (const [path, body] of pages) {
    server.route(path, (_req, res) => send(res, 'text/html', page('Språk', loader, body)));
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Seen {
  /** Per element (id or tag): every text its shadow root showed, in order, from its first drawing on. */
  shown: Record<string, string[]>;
  states: string[];
  events: { from: string; type: string; codes: string[] }[];
  requested: string[];
  thrown: string[];
}

/**
 * Opens `path`, records each text the elements' shadow roots show (observed from the moment each root is attached,
 * so the first drawing is seen too), waits for `count` dhol-load/dhol-error events, then runs `then` in the page if
 * given as `after`. Requests for `fail` paths are cut, as when the connection goes before a chunk arrives; requests
 * for `hold.paths` wait until the element `hold.until` has announced its state.
 */
async function open(
  path: string,
  count: number,
  options: {
    fail?: string[];
    hold?: { paths: string[]; until: string };
    after?: (tab: import('playwright').Page) => Promise<void>;
  } = {},
): Promise<Seen> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const thrown: string[] = [];
  tab.on('pageerror', (error) => thrown.push(error.message));
  for (const cut of options.fail ?? []) {
    await tab.route(server.origin + cut, (route) => route.abort('connectionfailed'));
  }
  const hold = options.hold;
  for (const held of hold?.paths ?? []) {
    await tab.route(server.origin + held, async (route) => {
      await tab.waitForFunction(
        (id) => (window as unknown as { __events: { from: string }[] }).__events.some((e) => e.from === id),
        hold?.until,
      );
      await route.continue();
    });
  }
  await tab.addInitScript(() => {
    const w = window as unknown as {
      __shown: Record<string, string[]>;
      __events: { from: string; type: string; codes: string[] }[];
    };
    w.__shown = {};
    w.__events = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      const host = this as HTMLElement;
      const record = () => {
        const key = host.id || host.localName;
        const list = w.__shown[key] ?? [];
        w.__shown[key] = list;
        const text = root.textContent ?? '';
        if (text.trim() && list[list.length - 1] !== text) list.push(text);
      };
      new MutationObserver(record).observe(root, { childList: true, subtree: true, characterData: true });
      return root;
    };
    for (const type of ['dhol-load', 'dhol-error']) {
      document.addEventListener(type, (event) => {
        const target = event.target as HTMLElement;
        const issues = (event as CustomEvent).detail.issues as { code: string }[];
        w.__events.push({ from: target.id || target.localName, type, codes: issues.map((i) => i.code) });
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
    await options.after?.(tab);
    const seen = await tab.evaluate(() => {
      const w = window as unknown as { __shown: Seen['shown']; __events: Seen['events'] };
      const elements = [...document.querySelectorAll('dhol-plan')] as (HTMLElement & { state: string })[];
      return { shown: w.__shown, states: elements.map((el) => el.state), events: w.__events };
    });
    return { ...seen, requested: server.requested.slice(before), thrown };
  } finally {
    await context.close();
  }
}

test('a page with only a Swedish dhol-plan shows it in Swedish and never requests an English chunk', async () => {
  const seen = await open('/sv.html', 1);
  expect(seen.states).toEqual(['content']);
  expect(seen.requested).toContain('/esm/dhol-plan.js');
  for (const chunk of englishChunks) expect(seen.requested).not.toContain(chunk);
  const last = seen.shown['dhol-plan']?.at(-1) ?? '';
  for (const words of SWEDISH) expect(last).toContain(words);
});

test('an English dhol-plan draws English the first time: not one Swedish word is shown while its English loads', async () => {
  // The English arrives only after the Swedish element has drawn its content and announced it: an English element
  // that did not wait would have drawn its content (in the task before the Swedish one's) with Swedish words.
  const seen = await open('/both.html', 2, { hold: { paths: englishChunks, until: 'sv' } });
  const english = seen.shown.en ?? [];
  expect(english.length).toBeGreaterThan(0);
  for (const text of english) {
    for (const words of SWEDISH) expect(text).not.toContain(words);
  }
  expect(seen.states).toEqual(['content', 'content']);
  for (const chunk of englishChunks) expect(seen.requested).toContain(chunk);
  for (const words of ENGLISH) expect(english.at(-1)).toContain(words);
  // The Swedish element beside it is not held back, nor given English words.
  const swedish = seen.shown.sv?.at(-1) ?? '';
  for (const words of SWEDISH) expect(swedish).toContain(words);
  for (const words of ENGLISH) expect(swedish).not.toContain(words);
  expect(seen.thrown).toEqual([]);
});

test('a Swedish dhol-plan whose lang turns to English at run time loads the English and shows it', async () => {
  const seen = await open('/sv.html', 1, {
    after: async (tab) => {
      await tab.evaluate(() => document.querySelector('dhol-plan')?.setAttribute('lang', 'en'));
      await tab.waitForFunction(
        (words) => document.querySelector('dhol-plan')?.shadowRoot?.textContent?.includes(words),
        ENGLISH[1],
      );
    },
  });
  for (const chunk of englishChunks) expect(seen.requested).toContain(chunk);
  const last = seen.shown['dhol-plan']?.at(-1) ?? '';
  for (const words of ENGLISH) expect(last).toContain(words);
  for (const words of SWEDISH) expect(last).not.toContain(words);
  expect(seen.thrown).toEqual([]);
});

test('the English chunks cannot be loaded: the English element shows its error state in English, the Swedish one its content, and nothing is thrown', async () => {
  const seen = await open('/both.html', 2, { fail: englishChunks });
  for (const chunk of englishChunks) expect(seen.requested).not.toContain(chunk);
  expect(seen.thrown).toEqual([]);
  expect(seen.states).toEqual(['error', 'content']);
  expect(seen.events).toContainEqual({ from: 'en', type: 'dhol-error', codes: ['load.language'] });
  const english = seen.shown.en ?? [];
  expect(english.at(-1)).toContain('The information cannot be shown right now');
  expect(english.at(-1)).toContain("The element's English texts could not be fetched");
  // The support notice, which the plan shows in every state but loading, speaks English too.
  expect(english.at(-1)).toContain('If a life is in immediate danger: call 112.');
  for (const text of english) {
    for (const words of SWEDISH) expect(text).not.toContain(words);
  }
});
