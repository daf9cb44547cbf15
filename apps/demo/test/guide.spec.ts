// The start page and the guide for web teams: what an editor needs to get dhol onto a site of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
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

test('the guide offers the folder build as one zip file with its version, holding every file of esm/', async ({
  page,
}) => {
  await page.goto('/webbteam/');
  const link = page.getByRole('link', { name: `Ladda ner mappen esm/, version ${version}` });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`dhol-esm-${version}.zip`);
  const entries = unzip(readFileSync(await download.path()));
  const folder = new URL('../dist/dhol/esm/', import.meta.url);
  const files = readdirSync(folder).sort();
  expect(entries.map((entry) => entry.name)).toEqual(files.map((name) => `esm/${name}`));
  for (const entry of entries) {
    expect(entry.data.equals(readFileSync(new URL(entry.name.slice(4), folder))), entry.name).toBe(true);
  }
});

/** The entries of a zip file, read from its central directory. */
function unzip(zip: Buffer): { name: string; data: Buffer }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(start, start + size);
    entries.push({ name, data: method === 8 ? inflateRawSync(packed) : packed });
    at += 46 + nameLength + extra;
  }
  return entries;
}
