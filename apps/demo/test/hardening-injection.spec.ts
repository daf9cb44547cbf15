// Hardening: the demo pages and the embed builder given poisoned data. Every free-text field of the example datasets
// carries markup or script that would call `window.__dholPwned()` if it ran, and every address a URL that must never
// become a link. The pages are loaded with their Content Security Policy bypassed, so a payload that reached the DOM
// would actually run: the sentinel, not the CSP, is what these tests watch. Prints what it tried and what held.
import { expect, type Page, test } from '@playwright/test';
import { HOSTILE_URLS, type Poisoned, poison, TEXT_PAYLOADS } from './fixtures/hardening/poison.js';
import { settledStates } from './helpers.js';

test.use({ bypassCSP: true });

const tried: string[] = [];

test.afterAll(() => {
  if (tried.length === 0) return;
  console.log(
    [
      `injection: ${tried.length} checks, ${TEXT_PAYLOADS.length} text payloads, ${HOSTILE_URLS.length} hostile URLs`,
      ...tried.map((line) => `  ✓ ${line}`),
    ].join('\n'),
  );
});

/** Installs the sentinel before any script of the page runs. */
async function armSentinel(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, {
      __dholPwnedCalls: calls,
      __dholPwned: (...args: unknown[]) => calls.push(args.map(String).join(',') || 'called'),
    });
  });
}

/** Console errors and uncaught exceptions; failed requests are the tests' own business. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

interface Findings {
  calls: string[];
  badUrls: string[];
  handlers: string[];
  scripts: number;
  elements: number;
  /** The `href` of every link to the addresses the poisoned data carries. */
  links: string[];
  text: string;
}

/** Walks the whole document, open shadow roots included, for anything a payload could have planted. */
async function inspect(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const all: Element[] = [];
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) {
          texts.push(el.shadowRoot.textContent ?? '');
          walk(el.shadowRoot);
        }
      }
    };
    texts.push(document.body.textContent ?? '');
    walk(document);
    const badUrls: string[] = [];
    const handlers: string[] = [];
    for (const el of all) {
      for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc']) {
        const raw = el.getAttribute(attr);
        if (raw === null) continue;
        if (attr === 'srcdoc') {
          badUrls.push(`<${el.localName} srcdoc>`);
          continue;
        }
        let protocol = '';
        try {
          protocol = new URL(raw, document.baseURI).protocol;
        } catch {
          protocol = 'unparsable';
        }
        // A blob: address of the page's own origin is a download the page made itself, not an address from data.
        const ownBlob = protocol === 'blob:' && raw.startsWith(`blob:${location.origin}/`);
        if (protocol !== 'http:' && protocol !== 'https:' && !ownBlob)
          badUrls.push(`<${el.localName} ${attr}="${raw}">`);
      }
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on')) handlers.push(`<${el.localName} ${attr}>`);
      }
    }
    const scripts = all.filter((el) => el.localName === 'script' && el.getRootNode() !== document).length;
    const links = all
      .filter((el) => el.localName === 'a' && (el.getAttribute('href') ?? '').includes('example.org'))
      .map((el) => el.getAttribute('href') ?? '');
    return {
      links,
      calls: (window as unknown as { __dholPwnedCalls: string[] }).__dholPwnedCalls,
      badUrls,
      handlers,
      scripts: scripts + all.filter((el) => ['iframe', 'object', 'embed'].includes(el.localName)).length,
      elements: all.length,
      text: texts.join('\n'),
    };
  });
}

/** Nothing ran, nothing was planted, no address outside http(s) became a link or a source. */
function expectNothingRan(findings: Findings): void {
  expect(findings.calls, 'sentinel calls').toEqual([]);
  expect(findings.badUrls, 'href/src that are not http(s)').toEqual([]);
  expect(findings.handlers, 'inline event handlers').toEqual([]);
  expect(findings.scripts, 'scripts, frames or objects inside shadow roots').toBe(0);
}

/** Serves a poisoned dataset in place of the example file the page asks for. */
async function serve(page: Page, file: string, poisoned: Poisoned): Promise<void> {
  await page.route(`**/dhol/${file}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: poisoned.text }),
  );
}

const examples = [
  { path: '/surahammar/', files: ['surahammar-handslag.json', 'det-handlar-om-livet-2025.json'] },
  { path: '/sormland/', files: ['sormland-handlingsplan-2026.json'] },
] as const;

for (const example of examples) {
  test(`${example.path}: payloads in every text field are shown as text and never run`, async ({ page }) => {
    await armSentinel(page);
    const errors = watchErrors(page);
    let texts = 0;
    let urls = 0;
    for (const file of example.files) {
      const poisoned = poison(file);
      texts += poisoned.texts;
      urls += poisoned.urls.length;
      await serve(page, file, poisoned);
    }
    await page.goto(example.path);
    const states = await settledStates(page);
    expect(states.filter((state) => state.endsWith(':error'))).toEqual([]);
    const findings = await inspect(page);
    expectNothingRan(findings);
    // Not a vacuous pass: the payloads did reach the page, as text, and the addresses as encoded links.
    expect(findings.text).toContain(TEXT_PAYLOADS[0]);
    expect(findings.links.length).toBeGreaterThan(0);
    expect(findings.links.filter((href) => /[<>"]/.test(href))).toEqual([]);
    expect(errors).toEqual([]);
    tried.push(
      `${example.path} with ${texts} poisoned text fields and ${urls} addresses with markup: ${states.length} elements rendered, ${findings.links.length} links all percent-encoded, 0 sentinel calls, 0 unsafe href/src among ${findings.elements} elements`,
    );
  });

  test(`${example.path}: hostile addresses in every URL field never become links`, async ({ page }) => {
    await armSentinel(page);
    const errors = watchErrors(page);
    let urls = 0;
    for (const file of example.files) {
      const poisoned = poison(file, { hostileUrls: true });
      urls += poisoned.urls.length;
      await serve(page, file, poisoned);
    }
    await page.goto(example.path);
    const states = await settledStates(page);
    const findings = await inspect(page);
    expectNothingRan(findings);
    // The elements refuse the data and say why, in Swedish.
    expect(states.some((state) => state.endsWith(':error'))).toBe(true);
    expect(findings.text).toMatch(/adress|webbadress|URL/i);
    expect(errors).toEqual([]);
    tried.push(
      `${example.path} with ${urls} hostile URLs: elements ${[...new Set(states)].join(', ')}, 0 sentinel calls, 0 unsafe href/src`,
    );
  });
}

// The start page, the guide and the page without JavaScript hold no live element and read no dataset, so there is
// nothing to poison there; these are the other pages that read the example files.
test('the follow-up page and the county overview, with every example file they read poisoned, run nothing', async ({
  page,
}) => {
  await armSentinel(page);
  const errors = watchErrors(page);
  const requested = new Map<string, number>();
  for (const file of ['surahammar-handslag.json', 'exempel-uppfoljning.json']) {
    const poisoned = poison(file, { hostileUrls: true });
    await page.route(`**/dhol/${file}`, (route) => {
      requested.set(file, (requested.get(file) ?? 0) + 1);
      return route.fulfill({ status: 200, contentType: 'application/json', body: poisoned.text });
    });
  }
  let elements = 0;
  for (const path of ['/uppfoljning/', '/vastmanland/']) {
    await page.goto(path);
    const states = await settledStates(page);
    expect(states.length, `${path}: dhol elements`).toBeGreaterThan(0);
    const findings = await inspect(page);
    expectNothingRan(findings);
    elements += findings.elements;
  }
  // Not a vacuous pass: each page did ask for the poisoned file it reads (the overview through its manifest).
  expect(Object.fromEntries(requested)).toEqual({
    'exempel-uppfoljning.json': expect.any(Number),
    'surahammar-handslag.json': expect.any(Number),
  });
  expect(errors).toEqual([]);
  tried.push(
    `follow-up page, county overview: both poisoned files requested, 0 sentinel calls, 0 unsafe href/src among ${elements} elements`,
  );
});

/** What the dhol elements of the page show (their shadow trees' text), with runs of white space made one space. */
async function shownText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        parts.push(el.shadowRoot.textContent ?? '');
        walk(el.shadowRoot);
      }
    };
    walk(document);
    return parts.join(' ');
  });
  return squash(text);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the follow-up page shows, field by field, each text payload it was given as text, and runs nothing', async ({
  page,
}) => {
  await armSentinel(page);
  const errors = watchErrors(page);
  const file = 'exempel-uppfoljning.json';
  // Addresses that may be linked, so the elements show their content rather than refuse the file.
  const poisoned = poison(file, { marked: true });
  let requests = 0;
  await page.route(`**/dhol/${file}`, (route) => {
    requests++;
    return route.fulfill({ status: 200, contentType: 'application/json', body: poisoned.text });
  });
  await page.goto('/uppfoljning/');
  const states = await settledStates(page);
  expect(requests, 'requests for the poisoned file').toBeGreaterThan(0);
  expect(states).toEqual(['dhol-followup:content', 'dhol-plan:content', 'dhol-agreement:content']);
  const shown = await shownText(page);
  // The positive control: a field whose marker shows is a field the page shows, and it must show that field's
  // payload whole, as text, before the check that nothing ran can mean anything.
  const shownFields = poisoned.fields.filter((field) => shown.includes(field.marker));
  const missing = shownFields.filter((field) => !shown.includes(squash(field.payload)));
  expect(missing.map((field) => field.path)).toEqual([]);
  // Free text of every kind the page shows: follow-up notes and the names of those who signed a decision too.
  for (const kind of [/\.title\.sv$/, /\.note\.sv$/, /\.signedBy$/])
    expect(
      shownFields.filter((field) => kind.test(field.path)).length,
      `shown fields ${kind}`,
    ).toBeGreaterThan(0);
  // And no text the page shows was left unpoisoned (a field the walker took for an id or a code).
  const unpoisoned = poisoned.kept.filter(
    ({ path, value }) =>
      !path.endsWith('.url') &&
      value.length >= 3 &&
      !/^[a-z0-9][a-z0-9._-]*$/.test(value) &&
      !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) &&
      shown.includes(squash(value)),
  );
  expect(unpoisoned).toEqual([]);
  expectNothingRan(await inspect(page));
  expect(errors).toEqual([]);
  tried.push(
    `follow-up page: ${shownFields.length} of ${poisoned.texts} poisoned text fields shown, each with its own payload as text, 0 sentinel calls`,
  );
});

const textBox = (page: Page) => page.getByRole('textbox', { name: 'Text' });

test('builder: the report lists every unsafe URL of a pasted dataset by its path', async ({ page }) => {
  await armSentinel(page);
  const errors = watchErrors(page);
  await page.goto('/builder/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const poisoned = poison('sormland-handlingsplan-2026.json', { hostileUrls: true });
  expect(poisoned.urls.length).toBeGreaterThan(0);
  await textBox(page).fill(poisoned.text);
  // Not just 'fel' (the valid summary says "inga fel"): the report of this text, whose addresses are all errors.
  await expect(page.locator('#report-summary')).toContainText(/Datan har \d+ fel/);
  const items = await page.locator('#issues li').allTextContents();
  const unreported = poisoned.urls.filter(
    (path) => !items.some((item) => item.includes(`Fel i ${path}:`) && /adress/i.test(item)),
  );
  expect(unreported).toEqual([]);
  expectNothingRan(await inspect(page));
  expect(errors).toEqual([]);
  tried.push(`builder report names all ${poisoned.urls.length} unsafe URLs of a pasted dataset by path`);
});

test('builder: an uploaded poisoned dataset with a hostile file name previews as text', async ({ page }) => {
  await armSentinel(page);
  const errors = watchErrors(page);
  await page.goto('/builder/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const poisoned = poison('surahammar-handslag.json');
  const name = `"><img src=x onerror="__dholPwned('filnamn')">.json`;
  await page
    .getByLabel('Ladda upp en fil')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(poisoned.text) });
  await expect(page.locator('#report-summary')).toContainText('Datan är giltig');
  await expect(page.getByText(`Filen ${name} är inläst.`)).toBeVisible();
  // The previews are made for the uploaded text after the report: the ones before it may settle first, so wait until
  // a preview shows the payload as text.
  await expect.poll(async () => (await inspect(page)).text).toContain(TEXT_PAYLOADS[0]);
  const states = await settledStates(page);
  expect(states.length).toBeGreaterThan(0);
  expect(states.filter((state) => state.endsWith(':error'))).toEqual([]);
  const findings = await inspect(page);
  expectNothingRan(findings);
  expect(findings.text).toContain(TEXT_PAYLOADS[0]);
  expect(errors).toEqual([]);
  tried.push(
    `builder preview of ${poisoned.texts} poisoned text fields, uploaded as a hostile file name: ${states.length} elements, 0 sentinel calls`,
  );
});

test('builder: payloads in the address fields stay inside their attributes in the snippet', async ({
  page,
}) => {
  await armSentinel(page);
  await page.goto('/builder/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await textBox(page).fill(poison('surahammar-handslag.json').text);
  await expect(page.locator('#report-summary')).toContainText('Datan är giltig');
  const scriptUrl = `"></script><script>__dholPwned('script-url')</script>`;
  const dataUrl = `x" onload="__dholPwned('data-url')" a="`;
  await page.getByLabel('Adress till dhol.js på er server').fill(scriptUrl);
  await page.getByLabel('Adress till datafilen på er server').fill(dataUrl);
  const snippet = (await page.locator('#snippet').textContent()) ?? '';
  // Parsed as a web team would paste it: one script, then dhol- elements holding only their fallback text (a
  // heading, a paragraph, a link), no handlers, and the addresses intact.
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const elements = [...doc.querySelectorAll('*')].filter(
      (el) => !['html', 'head', 'body'].includes(el.localName),
    );
    const top = elements.filter((el) => el.parentElement === doc.head || el.parentElement === doc.body);
    return {
      tags: top.map((el) => el.localName),
      inside: [...new Set(elements.filter((el) => !top.includes(el)).map((el) => el.localName))].sort(),
      handlers: elements.flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on'))),
      script: doc.querySelector('script')?.getAttribute('src'),
      src: [...new Set(top.filter((el) => el.localName !== 'script').map((el) => el.getAttribute('src')))],
      links: [...new Set([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')))],
    };
  }, snippet);
  expect(parsed.tags[0]).toBe('script');
  expect(parsed.tags.slice(1).every((tag) => tag.startsWith('dhol-'))).toBe(true);
  expect(parsed.inside).toEqual(['a', 'h2', 'p']);
  expect(parsed.handlers).toEqual([]);
  expect(parsed.script).toBe(scriptUrl);
  expect(parsed.src).toEqual([dataUrl]);
  expect(parsed.links).toEqual([dataUrl]);
  expectNothingRan(await inspect(page));
  await page.reload();
  expectNothingRan(await inspect(page));
  tried.push(
    `builder snippet with payloads in both address fields: ${parsed.tags.length} elements, addresses kept verbatim, 0 handlers`,
  );
});
