// Hardening: the embed builder never drops what the user entered. The builder's own spec covers a reload after an
// edit, Rensa and loading an example over work; this adds reloading while typing, breaking valid data, switching the
// format back and forth with edits between, an upload declined over work, and a browser whose storage is full.
import { expect, type Page, test } from '@playwright/test';
import { datasetPath, datasetText } from './helpers.js';

const textBox = (page: Page) => page.getByRole('textbox', { name: 'Text' });
const draftStatus = (page: Page) => page.locator('#draft-status');
const format = (page: Page, name: string) => page.getByRole('radio', { name });

const held: string[] = [];

test.afterAll(() => {
  if (held.length === 0) return;
  console.log(
    [`no data lost: ${held.length} scenarios held`, ...held.map((line) => `  ✓ ${line}`)].join('\n'),
  );
});

test.beforeEach(async ({ page }) => {
  await page.goto('/builder/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

/** Fills the origin's localStorage to the last byte, under keys of its own; returns how many characters it took. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let stored = 0;
    let chunk = 'x'.repeat(1 << 20);
    let n = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`test-fill-${n++}`, chunk);
        stored += chunk.length;
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    return stored;
  });
}

async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('test-fill-')) localStorage.removeItem(key);
  });
}

test('a reload straight after typing keeps every character typed', async ({ page }) => {
  const typed = '{ "formatVersion": "1.0", "title": { "sv": "Vårt utkast" } ';
  await textBox(page).pressSequentially(typed, { delay: 0 });
  await page.reload();
  await expect(textBox(page)).toHaveValue(typed);
  held.push(`reload within the 250 ms validation delay: all ${typed.length} characters back`);
});

test('a long text entered line by line is saved when the typing pauses, not once per line, and all of it stays', async ({
  page,
}) => {
  // Saving copies the whole text into storage; once per line of a 3,000-line paste took 25 s on a busy machine.
  await page.evaluate(() => {
    const store = window as Window & { draftWrites?: number };
    store.draftWrites = 0;
    const write = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      store.draftWrites = (store.draftWrites ?? 0) + 1;
      write.call(this, key, value);
    };
  });
  const text = datasetText('sormland-handlingsplan-2026.json');
  const lines = text.split('\n').length;
  await textBox(page).fill(text);
  await expect(page.locator('#report-summary')).toContainText('Datan är giltig');
  const writes = await page.evaluate(() => (window as Window & { draftWrites?: number }).draftWrites ?? 0);
  // The fill enters the text piece by piece (two inputs a line: 1,688 saves before); a save waits for 250 ms without input.
  expect(writes).toBeGreaterThan(0);
  expect(writes).toBeLessThan(lines / 10);
  await page.reload();
  await expect(textBox(page)).toHaveValue(text);
  held.push(`${lines} lines entered: ${writes} draft writes, all of the text back after a reload`);
});

test('breaking valid data by hand keeps the broken text, not the last valid one', async ({ page }) => {
  const valid = datasetText('surahammar-handslag.json');
  await textBox(page).fill(valid);
  await expect(page.locator('#report-summary')).toContainText('Datan är giltig');
  const broken = valid.replace('"formatVersion": "1.0"', '"formatVersion": 1.0,,');
  await textBox(page).fill(broken);
  // Not just 'fel': the valid summary says "inga fel".
  await expect(page.locator('#report-summary')).toContainText(/Datan har \d+ fel/);
  await page.reload();
  await expect(textBox(page)).toHaveValue(broken);
  await expect(page.getByRole('button', { name: 'Ladda ner dataset.json' })).toBeDisabled();
  held.push(
    'an invalid edit of valid data: the edited text survives a reload, and no download offers the old data',
  );
});

test('switching the format back and forth with edits in between keeps every edit', async ({ page }) => {
  const start = datasetText('surahammar-handslag.json');
  await textBox(page).fill(start);
  await format(page, 'CSV (värden)').check();
  await textBox(page).press('End');
  await textBox(page).pressSequentially('\nen rad till');
  await format(page, 'JSON-stat 2.0').check();
  await format(page, 'JSON (dhol-dataset)').check();
  await format(page, 'CSV (värden)').check();
  await format(page, 'JSON (dhol-dataset)').check();
  const value = await textBox(page).inputValue();
  expect(value.startsWith(start.trimEnd())).toBe(true);
  expect(value).toContain('en rad till');
  await page.reload();
  await expect(textBox(page)).toHaveValue(value);
  await expect(format(page, 'JSON (dhol-dataset)')).toBeChecked();
  held.push(
    '5 format switches with an edit between: text unchanged by every switch, edit and last format kept',
  );
});

test('an upload over existing work asks first and keeps the work when the user says no', async ({ page }) => {
  await textBox(page).fill('mitt eget arbete');
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    return dialog.dismiss();
  });
  await page.getByLabel('Ladda upp en fil').setInputFiles(datasetPath('sormland-handlingsplan-2026.json'));
  await expect(page.getByText('Texten lämnades orörd.')).toBeVisible();
  expect(asked).toContain('filen sormland-handlingsplan-2026.json');
  await expect(textBox(page)).toHaveValue('mitt eget arbete');
  await page.reload();
  await expect(textBox(page)).toHaveValue('mitt eget arbete');
  held.push('upload over work, declined: the work stays, also after a reload');
});

test('when the browser’s storage is full the builder says so and keeps the text in the box', async ({
  page,
}) => {
  await textBox(page).fill('före');
  const filled = await fillStorage(page);
  await textBox(page).fill('skrivet när lagringen är full');
  await expect(draftStatus(page)).toContainText('Utkastet kunde inte sparas (lagringen är full)');
  await expect(draftStatus(page)).toContainText('Kopiera texten eller ladda ner filen');
  await expect(textBox(page)).toHaveValue('skrivet när lagringen är full');
  await freeStorage(page);
  held.push(
    `failed save with ${new Intl.NumberFormat('sv-SE').format(filled)} characters of storage taken: told, text kept`,
  );
});

test('leaving with work that could not be saved asks the browser to confirm', async ({ page }) => {
  await fillStorage(page);
  await textBox(page).fill('osparat arbete');
  await expect(draftStatus(page)).toContainText('kunde inte sparas');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const shown = await dialog;
  expect(shown.type()).toBe('beforeunload');
  await shown.accept();
  held.push('closing the page with an unsaved draft: the browser asks first (beforeunload)');
});

test('once there is room again the draft is saved and survives a reload', async ({ page }) => {
  await fillStorage(page);
  await textBox(page).fill('sparas senare');
  await expect(draftStatus(page)).toContainText('kunde inte sparas');
  await freeStorage(page);
  await textBox(page).press('End');
  await textBox(page).pressSequentially('!');
  await expect(draftStatus(page)).toHaveText('Utkastet sparas igen i den här webbläsaren.');
  await page.reload();
  await expect(textBox(page)).toHaveValue('sparas senare!');
  held.push('a failed save followed by room again: saved on the next keystroke, back after a reload');
});
