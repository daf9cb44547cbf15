import { expect, test } from '@playwright/test';
import { settledStates, watchProblems } from './helpers.js';

/** The rows of the overview's table: the name and what each has published. */
async function rows(page: import('@playwright/test').Page) {
  return page
    .locator('dhol-overview')
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.children].slice(0, 2).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
      ),
    );
}

test('the county page reads the one published source and lists every other kommun honestly as having published nothing', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/vastmanland/');
  expect(await settledStates(page)).toEqual(['dhol-overview:content']);
  const table = page.locator('dhol-overview').getByRole('table', {
    name: 'Vad varje kommun och organisation har publicerat, och antal aktiviteter per delmål',
  });
  await expect(table).toBeVisible();
  expect(await rows(page)).toEqual([
    ['Västmanlands län', 'Inget publicerat'],
    ['Skinnskatteberg', 'Inget publicerat'],
    ['Surahammars kommun', 'Handslag, 2 indikatorer'],
    ['Kungsör', 'Inget publicerat'],
    ['Hallstahammar', 'Inget publicerat'],
    ['Norberg', 'Inget publicerat'],
    ['Västerås', 'Inget publicerat'],
    ['Sala', 'Inget publicerat'],
    ['Fagersta', 'Inget publicerat'],
    ['Köping', 'Inget publicerat'],
    ['Arboga', 'Inget publicerat'],
  ]);
  // No plan is published, so no delmål is called a gap: there is nothing to count yet.
  await expect(page.locator('dhol-overview')).toContainText(
    'Ingen av källorna har publicerat en handlingsplan ännu',
  );
  await expect(page.locator('main')).toContainText('inte att de saknar handslag eller planer');
  expect(problems).toEqual([]);
});

test('the national page says it is generated test data, reads all 311 sources and sorts by a delmål', async ({
  page,
}) => {
  test.slow();
  const problems = watchProblems(page);
  await page.goto('/riket/');
  await expect(page.getByText('Allt på den här sidan är genererade testdata.')).toBeVisible();
  expect(await settledStates(page)).toEqual(['dhol-overview:content']);
  const overview = page.locator('dhol-overview');
  await expect(overview.getByRole('status')).toHaveText('Alla 311 källor är lästa.');
  const all = await rows(page);
  expect(all).toHaveLength(311);
  expect(
    all.every(([name, published]) => name?.endsWith('(genererad)') && published?.startsWith('Handlingsplan')),
  ).toBe(true);
  await overview.getByRole('button', { name: 'Delmål 6', exact: true }).click();
  await expect(overview.locator('th[aria-sort="ascending"]')).toHaveText(/Delmål 6/);
  expect(problems).toEqual([]);
});

/**
 * Where the page's footer is (its top, and the window's height) while the overview is still loading, once that
 * state has been painted, and again once every source is read. The manifest is held back until the loading state is
 * on screen, so the element grows in view however fast the machine is.
 */
async function footerWhileLoadingAndAfter(
  page: import('@playwright/test').Page,
  path: string,
  manifest: string,
) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**${manifest}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  await page.locator('dhol-overview[state="loading"]').waitFor();
  const where = () =>
    page.evaluate(
      () =>
        new Promise<{ top: number; height: number }>((resolve) =>
          // After the next frame: what is painted, not what is about to be.
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve({
                top: document.querySelector('.site-footer')?.getBoundingClientRect().top ?? Number.NaN,
                height: window.innerHeight,
              }),
            ),
          ),
        ),
    );
  const loading = await where();
  release();
  expect(await settledStates(page)).toEqual(['dhol-overview:content']);
  return { loading, done: await where() };
}

for (const viewport of [
  { width: 1350, height: 940 },
  { width: 412, height: 823 },
]) {
  test(`the county page's footer stays out of view while the overview loads and after (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const { loading, done } = await footerWhileLoadingAndAfter(page, '/vastmanland/', '/dhol/lan-19.json');
    // Below the fold while the overview is loading, and still there when its table is drawn: it never moves in view.
    expect(loading.top).toBeGreaterThanOrEqual(loading.height);
    expect(done.top).toBeGreaterThanOrEqual(done.height);
  });
}

test("the national page's footer stays out of view while the overview loads and after", async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1350, height: 940 });
  const { loading, done } = await footerWhileLoadingAndAfter(page, '/riket/', '/dhol/riket/riket.json');
  expect(loading.top).toBeGreaterThanOrEqual(loading.height);
  expect(done.top).toBeGreaterThanOrEqual(done.height);
});
