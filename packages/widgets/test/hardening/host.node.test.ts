/**
 * Hostile host page: aggressive global CSS (an `all: unset !important` reset, odd fonts and sizes, restyled
 * elements) must not change how the elements look (screenshots on a clean and a hostile page are compared pixel
 * by pixel), and the elements' own styles must not leak out into the host page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM, ELEMENTS, page, STRICT_CSP, send, startServer, type TestServer } from './server.js';

const here = dirname(fileURLToPath(import.meta.url));
const hostileCss = readFileSync(join(here, '..', 'fixtures', 'hardening', 'hostile.css'));

/** Share of pixels that may differ (anti-aliasing); a broken layout differs in far more. */
const TOLERANCE = 0.005;

let server: TestServer;
let browser: Browser;
const summary: string[] = [];

const hostContent =
  '<h2>Värdsidans rubrik</h2><p>Värdsidans stycke.</p><button type="button">Värdsidans knapp</button>';

beforeAll(async () => {
  server = await startServer();
  browser = await chromium.launch(CHROMIUM);
  server.route('/hostile.css', (_req, res) => send(res, 'text/css', hostileCss));
  const script = '<script type="module" src="/dhol.js"></script>';
  for (const { tag, src } of ELEMENTS) {
    // The host's own content after the element, so both pages place it at the same whole-pixel offset.
    const body = `<main><${tag} src="${src}"></${tag}>${hostContent}</main>`;
    server.route(`/clean/${tag}.html`, (_req, res) =>
      send(res, 'text/html', page(tag, script, body), STRICT_CSP),
    );
    server.route(`/hostile/${tag}.html`, (_req, res) =>
      send(
        res,
        'text/html',
        page(tag, `<link rel="stylesheet" href="/hostile.css">${script}`, body),
        STRICT_CSP,
      ),
    );
  }
  const all = ELEMENTS.map((e) => `<${e.tag} src="${e.src}"></${e.tag}>`).join('');
  server.route('/host-only.html', (_req, res) =>
    send(res, 'text/html', page('host', '', `<main>${hostContent}</main>`), STRICT_CSP),
  );
  server.route('/host-with-elements.html', (_req, res) =>
    send(res, 'text/html', page('host', script, `<main>${hostContent}${all}</main>`), STRICT_CSP),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`host page: ${summary.join('; ')}`);
});

async function open(path: string): Promise<{ tab: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 900, height: 800 },
    reducedMotion: 'reduce',
  });
  const tab = await context.newPage();
  await tab.goto(server.origin + path);
  return { tab, close: () => context.close() };
}

async function settle(tab: Page, tags: string[]): Promise<void> {
  await tab.waitForFunction(
    (names) =>
      names.every((name) => {
        const state = (document.querySelector(name) as unknown as { state?: string } | null)?.state;
        return state === 'content';
      }),
    tags,
    { timeout: 20_000 },
  );
  await tab.evaluate(() => document.fonts.ready.then(() => undefined));
}

async function screenshot(path: string, tag: string): Promise<Buffer> {
  const { tab, close } = await open(path);
  try {
    await settle(tab, [tag]);
    return await tab.locator(tag).screenshot({ animations: 'disabled', caret: 'hide' });
  } finally {
    await close();
  }
}

/** Decodes both PNGs in a blank page and counts the pixels that differ (any channel by more than 40). */
async function compare(
  a: Buffer,
  b: Buffer,
): Promise<{ size: [string, string]; differing: number; share: number }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  try {
    return await tab.evaluate(
      async ([first, second]) => {
        const decode = async (b64: string) => {
          const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
          const bitmap = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = await Promise.all([decode(first!), decode(second!)]);
        const size: [string, string] = [`${x.width}×${x.height}`, `${y.width}×${y.height}`];
        if (x.width !== y.width || x.height !== y.height) return { size, differing: -1, share: 1 };
        let differing = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          if (
            Math.abs(x.data[i]! - y.data[i]!) > 40 ||
            Math.abs(x.data[i + 1]! - y.data[i + 1]!) > 40 ||
            Math.abs(x.data[i + 2]! - y.data[i + 2]!) > 40
          )
            differing++;
        }
        return { size, differing, share: differing / (x.width * x.height) };
      },
      [a.toString('base64'), b.toString('base64')],
    );
  } finally {
    await context.close();
  }
}

for (const { tag } of ELEMENTS) {
  test(`${tag} looks the same on a page with hostile global CSS as on a clean page`, async () => {
    const clean = await screenshot(`/clean/${tag}.html`, tag);
    const hostile = await screenshot(`/hostile/${tag}.html`, tag);
    const diff = await compare(clean, hostile);
    // To look at a failure: DHOL_HARDENING_SHOTS=<folder> writes both screenshots there.
    const shots = process.env.DHOL_HARDENING_SHOTS;
    if (shots) {
      writeFileSync(join(shots, `${tag}-clean.png`), clean);
      writeFileSync(join(shots, `${tag}-hostile.png`), hostile);
    }
    summary.push(
      `${tag} ${diff.size[0]}${diff.size[0] === diff.size[1] ? '' : ` vs ${diff.size[1]}`}: ${diff.differing < 0 ? 'size differs' : `${(diff.share * 100).toFixed(2)} % pixels differ`}`,
    );
    expect(diff.size[1]).toBe(diff.size[0]);
    expect(diff.share).toBeLessThanOrEqual(TOLERANCE);
  });
}

test('the elements’ styles do not leak into the host page: its heading, paragraph and button look the same', async () => {
  const properties = [
    'font-family',
    'font-size',
    'line-height',
    'color',
    'background-color',
    'margin-top',
    'margin-bottom',
    'padding-left',
    'display',
    'box-sizing',
    'border-top-width',
  ];
  const read = async (path: string, withElements: boolean) => {
    const { tab, close } = await open(path);
    try {
      if (withElements)
        await settle(
          tab,
          ELEMENTS.map((e) => e.tag),
        );
      return await tab.evaluate(
        (props) =>
          Object.fromEntries(
            ['body', 'main > h2', 'main > p', 'main > button'].map((selector) => {
              const style = getComputedStyle(document.querySelector(selector)!);
              return [selector, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
            }),
          ),
        properties,
      );
    } finally {
      await close();
    }
  };
  const without = await read('/host-only.html', false);
  const withElements = await read('/host-with-elements.html', true);
  summary.push(
    `host h2, p, button, body: ${properties.length} computed properties each, unchanged: ${JSON.stringify(without) === JSON.stringify(withElements)}`,
  );
  expect(withElements).toEqual(without);
});
