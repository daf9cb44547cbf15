import { expect, test } from '@playwright/test';
import { cspViolations, watchCsp, watchProblems } from './helpers.js';

const staticPages = [
  {
    path: '/statisk/sormland-plan.html',
    tag: 'dhol-plan',
    text: ['NSV26-0035-1', 'Besökskort', 'Safe Selfie Academy'],
  },
  {
    path: '/statisk/surahammar-agreement.html',
    tag: 'dhol-agreement',
    text: ['Surahammars kommun', 'kommunstyrelsens ordförande', '48'],
  },
] as const;

/** The text a reader sees in an element: the rendered text of its shadow root's children. */
function visibleText() {
  return (name: string) => {
    const root = document.querySelector(name)?.shadowRoot;
    // Children with no rendered text (the static export's stylesheet link) are left out.
    // biome-ignore lint/performance/useDomNodeTextContent: the test compares what a reader sees, which is innerText.
    return Array.from(root?.children ?? [], (child) => (child as HTMLElement).innerText ?? '')
      .filter((text) => text !== '')
      .join('\n');
  };
}

for (const page of staticPages) {
  test.describe(`the static export ${page.path}`, () => {
    test.describe('with JavaScript turned off', () => {
      test.use({ javaScriptEnabled: false });

      test('shows the content from its declarative shadow root', async ({ page: browserPage }) => {
        await browserPage.goto(page.path);
        const text = await browserPage.evaluate(visibleText(), page.tag);
        for (const expected of page.text) expect(text).toContain(expected);
      });

      test('hides the controls that need the script', async ({ page: browserPage }) => {
        await browserPage.goto(page.path);
        await expect(browserPage.locator(page.tag).getByRole('heading').first()).toBeVisible();
        await expect(browserPage.getByRole('search')).toHaveCount(0);
        await expect(browserPage.getByRole('combobox')).toHaveCount(0);
        await expect(browserPage.getByRole('button')).toHaveCount(0);
      });
    });

    test('upgrades to the live element with the same text and no console error or CSP violation', async ({
      page: browserPage,
    }) => {
      // The exported pages are whole documents with no icon link, so the browser asks for /favicon.ico; answer it.
      await browserPage.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      const problems = watchProblems(browserPage);
      await watchCsp(browserPage);
      await browserPage.goto(page.path);
      const before = await browserPage.evaluate(visibleText(), page.tag);
      await browserPage.waitForFunction(
        (tag) => (document.querySelector(tag) as unknown as { state?: string } | null)?.state === 'content',
        page.tag,
      );
      const after = await browserPage.evaluate(visibleText(), page.tag);
      expect(after).toEqual(before);
      expect(await cspViolations(browserPage)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

test('a fragment links its stylesheet from the root, so it works pasted into any page, and says which data it shows', async ({
  request,
}) => {
  for (const name of ['sormland-plan', 'surahammar-agreement']) {
    const fragment = await (await request.get(`/statisk/${name}.fragment.html`)).text();
    expect(fragment).toContain(`<link rel="stylesheet" href="/statisk/${name}.css">`);
    expect(fragment).toMatch(
      /<!-- Statisk HTML skriven \d{4}-\d{2}-\d{2} med dhol [^>]*ur datasetet [a-z-]+-[^>]*sha256:[0-9a-f]{16}/,
    );
    expect(fragment).toMatch(/ data-dhol-sha256="[0-9a-f]{16}"/);
  }
});
