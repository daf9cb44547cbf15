// The start page and the guide for web teams: what an editor needs to get dhol onto a site of their own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
const { version } = require('@dhol/widgets/package.json') as { version: string };
const bundle = readFileSync(new URL('../dist/dhol/dhol.js', import.meta.url));

for (const path of ['/', '/webbteam/']) {
  test(`${path} offers dhol.js for download with its version number`, async ({ page }) => {
    await page.goto(path);
    const link = page.getByRole('link', { name: `Ladda ner dhol.js, version ${version}` });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('dhol.js');
    expect(readFileSync(await download.path()).equals(bundle)).toBe(true);
  });
}

test('the guide says how to update dhol.js, how long to cache it, and what an archive’s new address breaks', async ({
  page,
}) => {
  await page.goto('/webbteam/');
  const update = page.locator('main');
  await expect(page.getByRole('heading', { name: 'Uppdatera och cacha' })).toBeVisible();
  await expect(update.getByRole('table', { name: 'Hur länge filerna får cachas' })).toContainText('no-cache');
  await expect(
    page.getByRole('heading', { name: 'Filarkiv som ger en ersatt fil en ny adress' }),
  ).toBeVisible();
  await expect(update).toContainText('Ladda inte upp den nya versionen som en ny fil.');
});

test('the guide links to the page about showing the content without JavaScript', async ({ page }) => {
  await page.goto('/webbteam/');
  await page.getByRole('link', { name: 'Utan JavaScript', exact: true }).last().click();
  await expect(page).toHaveURL(/\/utan-javascript\/$/);
});

for (const width of [375, 768, 1280]) {
  test(`at ${width} px the guide’s table of elements never breaks an element or attribute name`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/webbteam/');
    const broken = await page
      .getByRole('table', { name: 'Elementen i dhol.js' })
      .locator('code')
      .evaluateAll((codes) =>
        codes.filter((code) => code.getClientRects().length > 1).map((code) => code.textContent),
      );
    expect(broken).toEqual([]);
  });
}
