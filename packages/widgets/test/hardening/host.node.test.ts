/**
 * Hostile host page: aggressive global CSS (an `all: unset !important` reset, odd fonts and sizes, restyled
 * elements) must not change how the elements look (screenshots on a clean and a hostile page are compared pixel
 * by pixel), and the elements' own styles must not leak out into the host page. Each hostile page first shows
 * that its stylesheet applied (the host's own heading and the element's tag are restyled), and one test shows
 * that the comparison sees what that stylesheet does to the host's own content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM, ELEMENTS, page, STRICT_CSP, send, startServer, type TestServer } from './server.js';

const here = dirname(fileURLToPath(import.meta.url));
const hostileCss = readFileSync(join(here, '..', 'fixtures', 'hardening', 'hostile.css'));
const sormland = JSON.parse(
  readFileSync(join(here, '..', '..', '..', 'data', 'datasets', 'sormland-handlingsplan-2026.json'), 'utf8'),
);

interface Activity {
  kind: string;
  status: string;
  responsible?: { role: string }[];
  goals: { goal: string; kind?: string; listedAs?: unknown }[];
  [field: string]: unknown;
}

/**
 * Sörmland's plan with the fewest activities (picked in the file's order) that still list one under every delmål
 * with each kind it has there, and show every field, status, role and kind of listing the full plan shows: the
 * same parts are drawn on a page a fraction as tall, so the screenshots cost a fraction as much.
 */
function trimmedPlan(): { json: string; activities: number; of: number } {
  const plan = sormland.plans[0] as { activities: Activity[] };
  const traits = (a: Activity) =>
    new Set([
      ...Object.keys(a).map((field) => `field ${field}`),
      `status ${a.status}`,
      a.goals.length > 1 ? 'several delmål' : 'one delmål',
      (a.responsible ?? []).length === 0 ? 'nobody responsible' : 'somebody responsible',
      ...(a.responsible ?? []).map((r) => `role ${r.role}`),
      ...a.goals.flatMap((g) => [
        `${g.goal} ${g.kind ?? a.kind}`,
        ...(g.listedAs ? ['listed as'] : []),
        ...(g.kind ? ['kind of its own'] : []),
      ]),
    ]);
  const wanted = new Set(plan.activities.flatMap((a) => [...traits(a)]));
  const kept = plan.activities.filter((a) => {
    const adds = [...traits(a)].filter((t) => wanted.has(t));
    for (const t of adds) wanted.delete(t);
    return adds.length > 0;
  });
  const dataset = { ...sormland, plans: [{ ...sormland.plans[0], activities: kept }] };
  return { json: JSON.stringify(dataset), activities: kept.length, of: plan.activities.length };
}
const plan = trimmedPlan();
/** Where each element's example is served for these tests: the plan trimmed, the others as they are. */
const srcOf = (tag: string, src: string) => (tag === 'dhol-plan' ? '/host/plan.json' : src);

/** Share of pixels that may differ (anti-aliasing); a broken layout differs in far more. */
const TOLERANCE = 0.005;

let server: TestServer;
let browser: Browser;
/** One context for every page of the file: the server sends no-store, so no page sees another's cache. */
let context: BrowserContext;
const summary: string[] = [];

const hostContent =
  '<h2>Värdsidans rubrik</h2><p>Värdsidans stycke.</p><button type="button">Värdsidans knapp</button>';

beforeAll(async () => {
  server = await startServer();
  browser = await chromium.launch(CHROMIUM);
  context = await browser.newContext({ viewport: { width: 900, height: 800 }, reducedMotion: 'reduce' });
  server.route('/hostile.css', (_req, res) => send(res, 'text/css', hostileCss));
  server.route('/host/plan.json', (_req, res) => send(res, 'application/json', plan.json));
  summary.push(`dhol-plan shows ${plan.activities} of the plan's ${plan.of} activities`);
  const script = '<script type="module" src="/dhol.js"></script>';
  for (const { tag, src } of ELEMENTS) {
    // The host's own content after the element, so both pages place it at the same whole-pixel offset.
    const body = `<main><${tag} src="${srcOf(tag, src)}"></${tag}>${hostContent}</main>`;
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
  await context?.close();
  await browser?.close();
  await server?.close();
  console.log(`host page: ${summary.join('; ')}`);
});

async function open(path: string): Promise<{ tab: Page; close: () => Promise<void> }> {
  const tab = await context.newPage();
  await tab.goto(server.origin + path);
  return { tab, close: () => tab.close() };
}

/** Waits until each element says by its `state` attribute that it shows its content, and the fonts are in. */
async function settle(tab: Page, tags: string[]): Promise<void> {
  // No time limit of its own: the test's timeout ends a hang, however slow the machine.
  for (const tag of tags)
    await tab.locator(`${tag}[state="content"]`).waitFor({ state: 'attached', timeout: 0 });
  await tab.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** How the hostile stylesheet left the host's heading and the element's own tag, read on the page. */
async function hostileApplied(tab: Page, tag: string): Promise<{ heading: string; element: string }> {
  return tab.evaluate((name) => {
    const heading = getComputedStyle(document.querySelector('main > h2')!);
    const element = getComputedStyle(document.querySelector(name)!);
    return {
      heading: `${heading.borderTopStyle} ${heading.fontFamily} ${heading.color}`,
      element: `${element.fontStyle} ${element.textTransform} ${element.color}`,
    };
  }, tag);
}

/** The hostile stylesheet's marks: a dashed border, Comic Sans and red text, italic upper case on the element. */
const HOSTILE = {
  heading: 'dashed "Comic Sans MS", cursive rgb(255, 0, 0)',
  element: 'italic uppercase rgb(255, 0, 0)',
};

/**
 * A screenshot of `selector` on a new page once its element shows its content; `check` reads the
 * page first.
 */
async function screenshot(
  path: string,
  selector: string,
  check?: (tab: Page) => Promise<void>,
): Promise<Buffer> {
  const tab = await context.newPage();
  try {
    await tab.goto(server.origin + path);
    await settle(tab, [selector.split(' ')[0]!]);
    await check?.(tab);
    return await tab.locator(selector).screenshot({ animations: 'disabled', caret: 'hide' });
  } finally {
    await tab.close();
  }
}

/** A PNG's width × height, from its header. */
const pngSize = (png: Buffer) => `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;

/**
 * Counts the pixels that differ (any channel by more than 40). Equal files have none; others of one size are
 * decoded and compared in a blank page.
 */
async function compare(
  a: Buffer,
  b: Buffer,
): Promise<{ size: [string, string]; differing: number; share: number }> {
  const size: [string, string] = [pngSize(a), pngSize(b)];
  if (a.equals(b)) return { size, differing: 0, share: 0 };
  if (size[0] !== size[1]) return { size, differing: -1, share: 1 };
  const tab = await context.newPage();
  try {
    const differing = await tab.evaluate(
      async ([first, second]) => {
        const decode = async (b64: string) => {
          const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
          const bitmap = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        };
        const [x, y] = await Promise.all([decode(first!), decode(second!)]);
        let count = 0;
        for (let i = 0; i < x.length; i += 4) {
          if (
            Math.abs(x[i]! - y[i]!) > 40 ||
            Math.abs(x[i + 1]! - y[i + 1]!) > 40 ||
            Math.abs(x[i + 2]! - y[i + 2]!) > 40
          )
            count++;
        }
        return count;
      },
      [a.toString('base64'), b.toString('base64')],
    );
    return { size, differing, share: differing / (a.readUInt32BE(16) * a.readUInt32BE(20)) };
  } finally {
    await tab.close();
  }
}

const describeDiff = (diff: Awaited<ReturnType<typeof compare>>) =>
  `${diff.size[0]}${diff.size[0] === diff.size[1] ? '' : ` vs ${diff.size[1]}`}: ${diff.differing < 0 ? 'size differs' : `${(diff.share * 100).toFixed(2)} % pixels differ`}`;

test('the hostile CSS applies to the host page, and the comparison sees what it does to the host’s heading', async () => {
  const tag = ELEMENTS[0]!.tag;
  const [clean, hostile] = await Promise.all([
    screenshot(`/clean/${tag}.html`, `${tag} ~ h2`, async (tab) => {
      expect(await hostileApplied(tab, tag)).not.toEqual(HOSTILE);
    }),
    screenshot(`/hostile/${tag}.html`, `${tag} ~ h2`),
  ]);
  const diff = await compare(clean, hostile);
  summary.push(`control, the host's own heading: ${describeDiff(diff)}`);
  expect(diff.share).toBeGreaterThan(TOLERANCE);
});

for (const { tag } of ELEMENTS) {
  test(`${tag} looks the same on a page with hostile global CSS as on a clean page`, async () => {
    // Both pages at once, each in its own renderer: on a busy machine the test waits for the slower only.
    const [clean, hostile] = await Promise.all([
      screenshot(`/clean/${tag}.html`, tag),
      screenshot(`/hostile/${tag}.html`, tag, async (tab) => {
        // The positive control: the stylesheet reached this page and restyled the host and the element's tag.
        expect(await hostileApplied(tab, tag)).toEqual(HOSTILE);
      }),
    ]);
    const diff = await compare(clean, hostile);
    // To look at a failure: DHOL_HARDENING_SHOTS=<folder> writes both screenshots there.
    const shots = process.env.DHOL_HARDENING_SHOTS;
    if (shots) {
      writeFileSync(join(shots, `${tag}-clean.png`), clean);
      writeFileSync(join(shots, `${tag}-hostile.png`), hostile);
    }
    summary.push(`${tag} ${describeDiff(diff)}`);
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
