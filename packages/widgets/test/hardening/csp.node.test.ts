/**
 * Strict CSP and Trusted Types: a page served with `script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html dhol` loads the script-tag bundle and all five
 * elements. Every element must reach its content, no `securitypolicyviolation` may fire, nothing may reach the
 * console, and the only Trusted Types policy created is Lit's `lit-html`. The same holds for the folder build
 * (`esm/dhol.js`, a loader that imports each element's module when its tag appears), alone and beside the one file.
 */
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM, ELEMENTS, page, STRICT_CSP, send, startServer, type TestServer } from './server.js';

let server: TestServer;
let browser: Browser;
const summary: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await chromium.launch(CHROMIUM);
  const elements = ELEMENTS.map((e) => `<${e.tag} src="${e.src}"></${e.tag}>`).join('\n');
  const scripts = (copies: number) =>
    Array.from(
      { length: copies },
      (_, i) => `<script type="module" src="/dhol.js${i ? `?copy=${i + 1}` : ''}"></script>`,
    ).join('\n');
  server.route('/one.html', (_req, res) =>
    send(res, 'text/html', page('CSP', scripts(1), elements), STRICT_CSP),
  );
  server.route('/two.html', (_req, res) =>
    send(res, 'text/html', page('CSP', scripts(2), elements), STRICT_CSP),
  );
  server.route('/two-allow.html', (_req, res) =>
    send(res, 'text/html', page('CSP', scripts(2), elements), `${STRICT_CSP} 'allow-duplicates'`),
  );
  const loader = '<script type="module" src="/esm/dhol.js"></script>';
  server.route('/esm.html', (_req, res) => send(res, 'text/html', page('CSP', loader, elements), STRICT_CSP));
  const plan = ELEMENTS.find((e) => e.tag === 'dhol-plan')!;
  server.route('/esm-plan.html', (_req, res) =>
    send(res, 'text/html', page('CSP', loader, `<dhol-plan src="${plan.src}"></dhol-plan>`), STRICT_CSP),
  );
  server.route('/esm-and-one-file.html', (_req, res) =>
    send(
      res,
      'text/html',
      page('CSP', `${loader}\n${scripts(1)}`, elements),
      `${STRICT_CSP} 'allow-duplicates'`,
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`csp: ${summary.join('; ')}`);
});

interface Visit {
  states: Record<string, string>;
  violations: string[];
  policies: string[];
  console: string[];
}

async function visit(
  path: string,
  tags = ELEMENTS.map((e) => e.tag),
  addLater?: (tab: Page) => Promise<void>,
): Promise<Visit> {
  const context = await browser.newContext();
  const tab: Page = await context.newPage();
  const console: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => console.push(`uncaught: ${e.message}`));
  try {
    await tab.goto(server.origin + path);
    await addLater?.(tab);
    await tab.waitForFunction(
      (names) =>
        names.every((name) => {
          const state = (document.querySelector(name) as unknown as { state?: string } | null)?.state;
          return state !== undefined && state !== 'idle' && state !== 'loading';
        }),
      tags,
      { timeout: 0 },
    );
    // A late violation (a style set after the first render) comes from the elements' next updates or the work of
    // the next frames (resize observers, drawing in steps): wait for those, and for the tasks they queue.
    await tab.evaluate(async (names) => {
      for (const name of names)
        await (document.querySelector(name) as unknown as { updateComplete: Promise<unknown> })
          .updateComplete;
      await new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
      );
    }, tags);
    return await tab
      .evaluate((names) => {
        const w = window as unknown as { __violations: string[]; __policies: string[] };
        const states: Record<string, string> = {};
        for (const name of names)
          states[name] = (document.querySelector(name) as unknown as { state: string }).state;
        return { states, violations: w.__violations, policies: w.__policies, console: [] as string[] };
      }, tags)
      .then((v) => ({ ...v, console }));
  } finally {
    await context.close();
  }
}

const allContent = Object.fromEntries(ELEMENTS.map((e) => [e.tag, 'content']));

test('under a strict CSP with Trusted Types all five elements show the examples, with no violation', async () => {
  const result = await visit('/one.html');
  summary.push(
    `1 copy: ${Object.values(result.states).filter((s) => s === 'content').length}/5 content, ` +
      `${result.violations.length} violations, policies [${result.policies.join(', ')}], ${result.console.length} console messages`,
  );
  expect(result.states).toEqual(allContent);
  expect(result.violations).toEqual([]);
  expect(result.console).toEqual([]);
  expect(result.policies).toEqual(['lit-html']);
});

test("two copies without 'allow-duplicates': the browser refuses the second copy's Lit policy, the elements still show", async () => {
  // Each copy carries its own Lit, and Lit creates its policy when it loads. The second creation is refused
  // unless the page's trusted-types directive says 'allow-duplicates'; the first copy's elements are unharmed.
  const result = await visit('/two.html');
  summary.push(
    `2 copies: ${Object.values(result.states).filter((s) => s === 'content').length}/5 content, ` +
      `${result.violations.length} violation (${result.violations.join(' | ')}), ${result.console.length} console messages`,
  );
  expect(result.states).toEqual(allContent);
  expect(result.violations).toEqual(['trusted-types trusted-types-policy lit-html']);
});

test("two copies with 'allow-duplicates' in the trusted-types directive: both load cleanly", async () => {
  const result = await visit('/two-allow.html');
  summary.push(
    `2 copies, allow-duplicates: ${Object.values(result.states).filter((s) => s === 'content').length}/5 content, ` +
      `${result.violations.length} violations, policies [${result.policies.join(', ')}], ${result.console.length} console messages`,
  );
  expect(result.states).toEqual(allContent);
  expect(result.violations).toEqual([]);
  expect(result.console).toEqual([]);
});

test('the folder build under the same strict CSP: all five elements show, with no violation and only Lit’s policy', async () => {
  const result = await visit('/esm.html');
  summary.push(
    `folder build: ${Object.values(result.states).filter((s) => s === 'content').length}/5 content, ` +
      `${result.violations.length} violations, policies [${result.policies.join(', ')}], ${result.console.length} console messages`,
  );
  expect(result.states).toEqual(allContent);
  expect(result.violations).toEqual([]);
  expect(result.console).toEqual([]);
  expect(result.policies).toEqual(['lit-html']);
});

test('the folder build loads only the modules of the elements on the page, and an element added later', async () => {
  const start = server.requested.length;
  const modules = () =>
    server.requested
      .slice(start)
      .filter((path) => /^\/esm\/dhol-[a-z-]+\.js$/.test(path))
      .sort();
  const indicator = ELEMENTS.find((e) => e.tag === 'dhol-indicator')!;
  const result = await visit('/esm-plan.html', ['dhol-plan', 'dhol-indicator'], async (tab) => {
    await tab.waitForFunction(() => customElements.get('dhol-plan') !== undefined);
    expect(modules()).toEqual(['/esm/dhol-plan.js']);
    // A tag that appears after the page has loaded (as a CMS widget or a single-page app adds it).
    await tab.evaluate((src) => {
      const el = document.createElement('dhol-indicator');
      el.setAttribute('src', src);
      document.body.append(el);
    }, indicator.src);
  });
  expect(result.states).toEqual({ 'dhol-plan': 'content', 'dhol-indicator': 'content' });
  expect(modules()).toEqual(['/esm/dhol-indicator.js', '/esm/dhol-plan.js']);
  expect(result.violations).toEqual([]);
});

test("the folder build and the one file on one page, with 'allow-duplicates': the elements show, no violation", async () => {
  const result = await visit('/esm-and-one-file.html');
  expect(result.states).toEqual(allContent);
  expect(result.violations).toEqual([]);
  expect(result.console).toEqual([]);
});
