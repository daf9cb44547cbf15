import { readFileSync } from 'node:fs';
import { DATASET_SCHEMA_URL, figuresToCsv } from '@dhol/core';
import { expect, type Page, test } from '@playwright/test';
import { axeViolations, datasetPath, datasetText, settledStates } from './helpers.js';

const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;

const summary = (page: Page) => page.locator('#report-summary');
const textBox = (page: Page) => page.getByRole('textbox', { name: 'Text' });
const snippet = (page: Page) => page.locator('#snippet');

test.beforeEach(async ({ page }) => {
  await page.goto('/builder/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test('uploading a valid dataset shows no errors, a live preview and the snippet', async ({ page }) => {
  await page.getByLabel('Ladda upp en fil').setInputFiles(datasetPath('sormland-handlingsplan-2026.json'));
  await expect(summary(page)).toContainText('Datan är giltig: inga fel');
  const link = '<a href="/dhol/dataset.json">Öppna datafilen (JSON)</a>';
  await expect(snippet(page)).toHaveText(
    [
      '<script type="module" src="/dhol/dhol.js"></script>',
      '<dhol-plan src="/dhol/dataset.json" heading-level="2">',
      '  <h2>Det handlar om livet – En länsgemensam handlingsplan utifrån nationell strategi för psykisk hälsa och suicidprevention</h2>',
      `  <p>Här visas handlingsplanens dokumentinformation och aktiviteter per delmål. ${link}</p>`,
      '</dhol-plan>',
      '<dhol-coverage src="/dhol/dataset.json" heading-level="2">',
      '  <h2>Vilka delmål planen täcker</h2>',
      `  <p>Här visas vilka av strategins delmål planens aktiviteter täcker. ${link}</p>`,
      '</dhol-coverage>',
      '<dhol-framework src="/dhol/dataset.json" heading-level="2" plan="sormland-handlingsplan-2026">',
      '  <h2>Det handlar om livet: strategins mål och delmål</h2>',
      `  <p>Här visas strategins vision, mål och delmål. ${link}</p>`,
      '</dhol-framework>',
      '',
    ].join('\n'),
  );
  expect(await settledStates(page)).toEqual([
    'dhol-plan:content',
    'dhol-coverage:content',
    'dhol-framework:content',
  ]);
  await expect(page.getByText('Filen sormland-handlingsplan-2026.json är inläst.')).toBeVisible();
});

test('an invalid file lists its errors with paths in Swedish and keeps the text', async ({ page }) => {
  await page.getByLabel('Ladda upp en fil').setInputFiles(fixture('invalid-plan.json'));
  await expect(summary(page)).toContainText(/Datan har \d+ fel/);
  const issues = page.locator('#issues li');
  await expect(issues.first()).toContainText('Fel i plans[0].');
  // Every issue says where it is in the text, as an editor counts lines and columns.
  await expect(issues.first()).toContainText(/\(rad \d+, kolumn \d+\)$/);
  await expect(page.locator('#issues')).toContainText('plans[0].kind');
  await expect(page.locator('#issues')).toContainText('tillåtna värden är');
  await expect(textBox(page)).toHaveValue(readFileSync(fixture('invalid-plan.json'), 'utf8'));
  await expect(page.getByRole('button', { name: 'Kopiera kodsnutten' })).toBeDisabled();
  await expect(page.getByText('Förhandsvisningen visas när datan inte har några fel.')).toBeVisible();
});

test('broken JSON typed by hand is reported with its line and column and stays in the box', async ({
  page,
}) => {
  await textBox(page).fill('{\n  "formatVersion": "1.0",\n  "plans": [\n');
  await expect(page.locator('#issues')).toContainText('rad 4');
  await expect(textBox(page)).toHaveValue('{\n  "formatVersion": "1.0",\n  "plans": [\n');
});

test('the work, the format and the settings survive a reload', async ({ page }) => {
  await textBox(page).fill('{ "formatVersion": "1.0", "plans": [ ');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('radio', { name: 'Mörkt' }).check();
  await page.getByLabel('Adress till datafilen på er server').fill('/psykisk-halsa/plan.json');
  await page.reload();
  await expect(textBox(page)).toHaveValue('{ "formatVersion": "1.0", "plans": [ ');
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Mörkt' })).toBeChecked();
  await expect(page.getByLabel('Adress till datafilen på er server')).toHaveValue('/psykisk-halsa/plan.json');
  await expect(page.getByRole('status').first()).toContainText('Ditt utkast från');
});

test('switching the format keeps the text and validates it the new way', async ({ page }) => {
  const text = datasetText('surahammar-handslag.json');
  await textBox(page).fill(text);
  await expect(summary(page)).toContainText('Datan är giltig');
  await page.getByRole('radio', { name: 'CSV (värden)' }).check();
  await expect(textBox(page)).toHaveValue(text);
  // Not just 'fel': the valid summary says "inga fel".
  await expect(summary(page)).toContainText(/Datan har \d+ fel/);
  await page.getByRole('radio', { name: 'JSON (dhol-dataset)' }).check();
  await expect(summary(page)).toContainText('Datan är giltig');
});

test('copy puts exactly the snippet shown on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await textBox(page).fill(datasetText('surahammar-handslag.json'));
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('radio', { name: 'Mörkt' }).check();
  await expect(snippet(page)).toContainText('lang="en" data-dhol-theme="dark"');
  await page.getByRole('button', { name: 'Kopiera kodsnutten' }).click();
  await expect(page.getByText('Kodsnutten är kopierad.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippet(page).textContent());
  expect(copied).toContain(
    '<dhol-indicator src="/dhol/dataset.json" heading-level="2" lang="en" data-dhol-theme="dark" indicator="fullgod-psykisk-halsa-unga">\n  <h2>Fullgod psykisk hälsa bland ungdomar</h2>',
  );
});

test('the previews follow the chosen language and theme', async ({ page }) => {
  await textBox(page).fill(datasetText('surahammar-handslag.json'));
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('radio', { name: 'Mörkt' }).check();
  await settledStates(page);
  const agreement = page.locator('#previews dhol-agreement');
  await expect(agreement).toHaveAttribute('lang', 'en');
  await expect(agreement).toHaveAttribute('data-dhol-theme', 'dark');
  // Newer Chromium reports the theme's relative colour as oklch(…), older as rgb(…): paint it and read the pixel.
  const background = await agreement.evaluate((el) => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!context) return [];
    context.fillStyle = getComputedStyle(el).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });
  // The dark theme's background, #17171c, give or take the rounding of the colour conversion.
  expect(background).toHaveLength(3);
  for (const [channel, expected] of background.map((value, i) => [value, [23, 23, 28][i]] as const)) {
    expect(Math.abs(channel - (expected ?? 0))).toBeLessThanOrEqual(2);
  }
});

test('each preview is headed with what it shows, never with the kind word twice', async ({ page }) => {
  await textBox(page).fill(datasetText('surahammar-handslag.json'));
  // The report and the previews come together after the pause that follows typing: until then there is no element
  // to settle, and settledStates would return at once.
  await expect(summary(page)).toContainText('Datan är giltig');
  await settledStates(page);
  const headings = await page.locator('#previews h3').allTextContents();
  expect(headings[0]).toBe('Handslag: Det handlar om livet');
  expect(headings.filter((heading) => /^(\w+): \1:/.test(heading))).toEqual([]);
});

test('the validated dataset.json can be downloaded', async ({ page }) => {
  await textBox(page).fill(datasetText('surahammar-handslag.json'));
  await expect(summary(page)).toContainText('Datan är giltig');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner dataset.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('dataset.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.agreements[0].id).toBe('surahammar-handslag');
  expect(saved.observations).toHaveLength(5);
});

test('a downloaded dataset without $schema gets the schema’s public address first', async ({ page }) => {
  const { $schema, ...withoutSchema } = JSON.parse(datasetText('surahammar-handslag.json'));
  expect($schema).toBe(DATASET_SCHEMA_URL);
  await textBox(page).fill(JSON.stringify(withoutSchema, null, 2));
  await expect(summary(page)).toContainText('Datan är giltig');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner dataset.json' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(Object.keys(saved)[0]).toBe('$schema');
  expect(saved.$schema).toBe(DATASET_SCHEMA_URL);
  expect(saved).toEqual({ $schema: DATASET_SCHEMA_URL, ...withoutSchema });
});

test('Rensa asks first, and keeps the text when the user says no', async ({ page }) => {
  await textBox(page).fill('{ "formatVersion": "1.0" }');
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Rensa' }).click();
  await expect(textBox(page)).toHaveValue('{ "formatVersion": "1.0" }');
  await expect(page.getByText('Texten lämnades orörd.')).toBeVisible();
});

test('Rensa empties the box only after the user confirms', async ({ page }) => {
  await textBox(page).fill('{ "formatVersion": "1.0" }');
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    return dialog.accept();
  });
  await page.getByRole('button', { name: 'Rensa' }).click();
  await expect(textBox(page)).toHaveValue('');
  expect(asked).toContain('Vill du rensa texten?');
  await page.reload();
  await expect(textBox(page)).toHaveValue('');
});

test('loading an example over existing work asks first and keeps the work on no', async ({ page }) => {
  await textBox(page).fill('mitt eget arbete');
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: 'Hämta exempel: Sörmlands handlingsplan' }).click();
  await expect(page.getByText('Texten lämnades orörd.')).toBeVisible();
  await expect(textBox(page)).toHaveValue('mitt eget arbete');
});

test('a CSV of values says that the indicators belong in the JSON file', async ({ page }) => {
  await page.getByLabel('Ladda upp en fil').setInputFiles(fixture('values.csv'));
  await expect(page.getByRole('radio', { name: 'CSV (värden)' })).toBeChecked();
  await expect(page.locator('#issues')).toContainText('En CSV-fil innehåller bara värden.');
  await expect(page.locator('#issues')).toContainText('observations[0].indicator');
});

test('a CSV that dhol export csv wrote carries its indicators, so its values are valid', async ({ page }) => {
  const surahammar = JSON.parse(readFileSync(datasetPath('surahammar-handslag.json'), 'utf8'));
  const csv = figuresToCsv(surahammar);
  await page
    .getByLabel('Ladda upp en fil')
    .setInputFiles({ name: 'varden.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('radio', { name: 'CSV (värden)' })).toBeChecked();
  await expect(summary(page)).toContainText('Datan är giltig: inga fel');
  await expect(page.locator('#issues')).not.toContainText('En CSV-fil innehåller bara värden.');
});

test('a plan with progress notes gets a follow-up element in the snippet and the preview, marked as invented', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Hämta exempel: uppföljning (påhittat)' }).click();
  await expect(summary(page)).toContainText('Datan är giltig');
  const title = 'Exempelplan för psykisk hälsa och suicidprevention 2026';
  // the current version only: the 2025 plan it replaces gets no follow-up of its own
  await expect(page.getByRole('checkbox', { name: /^Uppföljning:/ })).toHaveCount(1);
  await expect(page.getByRole('checkbox', { name: `Uppföljning: ${title} (dhol-followup)` })).toBeChecked();
  await expect(snippet(page)).toContainText(
    [
      '<dhol-followup src="/dhol/dataset.json" heading-level="2" plan="exempelplan-2026">',
      `  <h2>Uppföljning: ${title}</h2>`,
      '  <p>Här visas planens uppföljning: status per delmål, lägesnoteringar och vad som ändrats. <a href="/dhol/dataset.json">Öppna datafilen (JSON)</a></p>',
      '</dhol-followup>',
    ].join('\n'),
  );
  await expect(page.locator('#room-css')).toContainText('dhol-followup');
  expect(await settledStates(page)).toContain('dhol-followup:content');
  const preview = page.locator('#previews dhol-followup');
  await expect(preview.getByRole('note').filter({ hasText: 'Påhittat exempel.' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Sammanfattning', exact: true })).toBeVisible();
});

test('the builder with a loaded plan and its previews has no axe-core violations', async ({ page }) => {
  await page.getByLabel('Ladda upp en fil').setInputFiles(datasetPath('sormland-handlingsplan-2026.json'));
  await expect(summary(page)).toContainText('Datan är giltig');
  expect(await settledStates(page)).toHaveLength(3);
  expect(await axeViolations(page)).toEqual([]);
});

test('the snippet carries the heading level chosen and only the elements chosen', async ({ page }) => {
  await textBox(page).fill(datasetText('sormland-handlingsplan-2026.json'));
  await expect(summary(page)).toContainText('Datan är giltig');
  await page.getByLabel('Rubriknivå').selectOption('3');
  await page.getByRole('checkbox', { name: /Täckning av delmålen/ }).uncheck();
  await expect(snippet(page)).toContainText(
    '<dhol-plan src="/dhol/dataset.json" heading-level="3">\n  <h3>Det handlar',
  );
  await expect(snippet(page)).not.toContainText('dhol-coverage');
  await expect(snippet(page)).toContainText('<dhol-framework');
  await expect(page.locator('#previews dhol-coverage')).toHaveCount(0);
  await expect(page.locator('#room-css')).toContainText(
    ':is(dhol-plan):is(:not([state]), [state="loading"])',
  );
  await expect(page.locator('#room-css')).not.toContainText('dhol-coverage');
  await page.reload();
  await expect(page.getByLabel('Rubriknivå')).toHaveValue('3');
  await expect(page.getByRole('checkbox', { name: /Täckning av delmålen/ })).not.toBeChecked();
});

test('the text before the elements upgrade links to the page without JavaScript when there is one', async ({
  page,
}) => {
  await textBox(page).fill(datasetText('surahammar-handslag.json'));
  await page
    .getByLabel('Adress till en sida som visar innehållet utan JavaScript (valfritt)')
    .fill('/psykisk-halsa/handslaget-statiskt.html');
  await expect(snippet(page)).toContainText(
    '<a href="/psykisk-halsa/handslaget-statiskt.html">Läs innehållet utan JavaScript</a>',
  );
});

test('the data file downloads under the name in the address typed for it', async ({ page }) => {
  await textBox(page).fill(datasetText('surahammar-handslag.json'));
  await page
    .getByLabel('Adress till datafilen på er server')
    .fill('/download/18.def456/1700000000001/handslag-surahammar.json');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner handslag-surahammar.json' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('handslag-surahammar.json');
  await expect(page.getByText('handslag-surahammar.json är nedladdad.')).toBeVisible();
});

test('the steps read in order on a wide screen: each next step is to the right or below', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const boxes = await page
    .getByRole('heading', { level: 2, name: /^\d\. / })
    .evaluateAll((headings) =>
      headings.map((h) => ({ text: h.textContent ?? '', ...h.getBoundingClientRect().toJSON() })),
    );
  expect(boxes.map((box) => box.text.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
  for (let i = 1; i < boxes.length; i++) {
    const [before, next] = [boxes[i - 1]!, boxes[i]!];
    const sameRow = Math.abs(next.top - before.top) < 4 && next.left > before.left;
    const below = next.top >= before.bottom;
    expect(sameRow || below, `${next.text} follows ${before.text}`).toBe(true);
  }
});

test('“Exemplet är inläst.” goes away once the text is edited', async ({ page }) => {
  await page.getByRole('button', { name: 'Hämta exempel: Surahammars handslag' }).click();
  await expect(page.getByText('Exemplet är inläst.')).toBeVisible();
  await textBox(page).press('End');
  await textBox(page).pressSequentially(' ');
  await expect(page.getByText('Exemplet är inläst.')).toHaveCount(0);
});

test('the CSV format’s columns are described, each one the reader reads', async ({ page }) => {
  const { OBSERVATION_COLUMNS } = await import('@dhol/core');
  await page.getByText('Så ska en CSV-fil med värden se ut').click();
  const described = await page.locator('#csv-columns tbody tr td:first-child code').allTextContents();
  expect(described).toEqual([...OBSERVATION_COLUMNS]);
  const required = await page.locator('#csv-columns tbody tr td:first-child').allTextContents();
  expect(required.filter((cell) => cell.includes('(krävs)')).map((cell) => cell.split(' ')[0])).toEqual([
    'indicator',
    'area',
    'period',
    'value',
  ]);
});

test('an example’s expected warnings are grouped apart, so a real one stands out', async ({ page }) => {
  const plan = JSON.parse(datasetText('sormland-handlingsplan-2026.json'));
  // A real warning of the user's own: a plan with no delmål covered would be another; an http link is simplest.
  plan.plans[0].activities[0].links = [{ url: 'http://exempel.invalid/las-mer', label: { sv: 'Läs mer' } }];
  await textBox(page).fill(JSON.stringify(plan, null, 2));
  await expect(summary(page)).toContainText('Datan är giltig: inga fel, 22 varningar, varav 21 väntade.');
  const items = page.locator('#issues > li');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('plans[0].activities[0].links[0].url');
  await expect(items.last()).toContainText(
    'Väntade varningar (21): handlingsplanen anger inte vem som ansvarar',
  );
  await expect(items.last().getByText('Visa alla 21')).toBeVisible();
});

test('“Ladda ner statisk HTML” gives exactly what dhol render writes for the same elements', async ({
  page,
}) => {
  // The first export loads Lit SSR and the elements, in the frame and in this process: slow on a busy machine.
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date('2026-06-01T12:00:00Z'));
  await textBox(page).fill(datasetText('surahammar-handslag.json'));
  await expect(summary(page)).toContainText('Datan är giltig');
  await page.getByLabel('Rubriknivå').selectOption('3');
  await page.getByLabel('Adress till datafilen på er server').fill('/data/handslag.json');
  await page.getByRole('checkbox', { name: /Psykisk påfrestning/ }).uncheck();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner statisk HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('handslag-statisk.html');
  const html = readFileSync(await download.path(), 'utf8');
  const common = ['--fragment', '--src', '/data/handslag.json', '--heading-level', '3'];
  const expected = [
    await dholRender(['agreement', '--script', '/dhol/dhol.js', ...common]),
    await dholRender(['indicator', '--indicator', 'fullgod-psykisk-halsa-unga', ...common]),
  ].join('');
  expect(html).toBe(expected);
  expect(html).toContain('data-dhol-dataset="surahammar-handslag"');
  await expect(page.getByText('handslag-statisk.html är nedladdad.')).toBeVisible();
});

/** `dhol render <element> <the Surahammar handslag> …` as the command writes it on 1 June 2026. */
async function dholRender([element, ...options]: string[]): Promise<string> {
  const { createNodeIo, main } = await import('@dhol/cli');
  let out = '';
  const io = createNodeIo({
    stdout: (text) => {
      out += text;
    },
    stderr: () => {},
    now: () => new Date('2026-06-01T12:00:00Z'),
  });
  const code = await main(['render', element ?? '', datasetPath('surahammar-handslag.json'), ...options], io);
  expect(code).toBe(0);
  return out;
}

test('when the previews’ script cannot be read the builder says so, still validates and writes the snippet, and tries again with the next change', async ({
  page,
}) => {
  // The page's own scripts are in; what is asked for from now on is the previews' script, read on first need.
  const blocked: string[] = [];
  await page.route('**/assets/*.js', (route) => {
    blocked.push(new URL(route.request().url()).pathname);
    return route.abort('connectionfailed');
  });
  await page.getByLabel('Ladda upp en fil').setInputFiles(datasetPath('sormland-handlingsplan-2026.json'));
  await expect(page.getByRole('alert')).toHaveText(
    'Förhandsvisningen kunde inte läsas in. Valideringen och kodsnutten fungerar ändå. Ladda om sidan för att försöka igen.',
  );
  expect(blocked).toHaveLength(1);
  await expect(summary(page)).toContainText('Datan är giltig: inga fel');
  await expect(snippet(page)).toContainText('<dhol-plan src="/dhol/dataset.json" heading-level="2">');
  await expect(page.getByRole('button', { name: 'Kopiera kodsnutten' })).toBeEnabled();

  await page.unroute('**/assets/*.js');
  await textBox(page).press('End');
  await textBox(page).press('Enter');
  // The previews are made anew for the changed text, which takes the notice away. The previews of the text before
  // may settle first (the script now read) and then load the changed text: asked again until they show it.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect
    .poll(() => settledStates(page))
    .toEqual(['dhol-plan:content', 'dhol-coverage:content', 'dhol-framework:content']);
});
