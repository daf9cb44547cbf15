// End to end: the editor page (/redigera/) driven as a new coordinator drives it, with the keyboard alone and the
// visible labels, entering delmål 4 and 5 of Sörmland's plan. The downloaded file must validate without errors and
// say what the example dataset says there, with Besökskort as one activity under both delmål.
import { readFileSync } from 'node:fs';
import { type Dataset, validateDataset } from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { axeViolations, datasetText, watchProblems } from './helpers.js';
import { tabTo, write } from './keys.js';

const sormland = JSON.parse(datasetText('sormland-handlingsplan-2026.json')) as Dataset;
const plan = sormland.plans![0]!;
const GOALS = ['delmal-4', 'delmal-5'];
const KIND_LABEL = { ongoing: 'Pågående', development: 'Utvecklingsområde', new: 'Ny' } as const;

/**
 * Picks delmål `n` in a focused select of goals the way the keyboard does: Home (the empty choice), then the arrow
 * down `n` times (the delmål come first, in order). Type-ahead would need "å", which the test's keyboard cannot
 * send to a select.
 */
async function pickDelmal(page: Page, select: Locator, n: number): Promise<void> {
  await page.keyboard.press('Home');
  for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(`delmal-${n}`);
}

/** What the plan says under each delmål in `GOALS`: the wording there, the kind there, the status. */
function listings(dataset: Dataset): string[] {
  const rows: string[] = [];
  for (const activity of dataset.plans?.[0]?.activities ?? []) {
    for (const link of activity.goals) {
      if (!GOALS.includes(link.goal)) continue;
      const wording = (link.listedAs ?? activity.title).sv;
      rows.push(`${link.goal} | ${wording} | ${link.kind ?? activity.kind} | ${activity.status}`);
    }
  }
  return rows.sort();
}

/** Each activity under both delmål, by its wording under the first: one activity each. */
function sharedActivities(dataset: Dataset): string[] {
  return (dataset.plans?.[0]?.activities ?? [])
    .filter((activity) => GOALS.every((goal) => activity.goals.some((link) => link.goal === goal)))
    .map((activity) => activity.title.sv)
    .sort();
}

test('starting blank, with the keyboard alone, a coordinator enters delmål 4 and 5 of Sörmland’s plan and downloads a valid file', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems = watchProblems(page);
  await page.goto('/redigera/');
  const editor = page.locator('dhol-editor');

  // A new regional plan with the seven delmål laid out.
  await tabTo(page, editor.getByRole('textbox', { name: 'Planens titel' }));
  await write(page, plan.title.sv);
  await tabTo(page, editor.getByRole('radio', { name: 'Kommunal' }));
  await page.keyboard.press('ArrowDown');
  await expect(editor.getByRole('radio', { name: 'Regional (länsgemensam)' })).toBeChecked();
  await tabTo(page, editor.getByRole('button', { name: 'Skapa planen' }));
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('heading', { name: /^Om planen: Det handlar om livet/ })).toBeFocused();

  // The county it covers, through the searchable picker.
  await tabTo(page, editor.getByRole('combobox', { name: 'Område som planen gäller' }));
  await page.keyboard.type('söderm');
  await expect(editor.getByRole('option', { name: /^Södermanlands län/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editor.getByText('Södermanlands län, län')).toBeVisible();

  // The activities, each under the delmål the plan lists it under, in the plan's order.
  await tabTo(page, editor.getByRole('button', { name: /^Aktiviteter/ }), { back: true });
  await page.keyboard.press('Enter');
  const add = editor.getByRole('region', { name: 'Lägg till en aktivitet' });
  const entered = new Map<string, string>();
  const laterLinks: { title: string; goal: string; listedAs?: string }[] = [];
  for (const activity of plan.activities) {
    const links = activity.goals.filter((link) => GOALS.includes(link.goal));
    if (links.length === 0) continue;
    const [first, ...rest] = links;
    const title = (first!.listedAs ?? activity.title).sv;
    for (const link of [first!, ...rest]) {
      const wording = (link.listedAs ?? activity.title).sv;
      if (link !== first && wording !== title) {
        laterLinks.push({ title, goal: link.goal, listedAs: wording });
        continue;
      }
      await tabTo(page, add.getByRole('textbox', { name: 'Aktivitetens namn' }));
      await page.keyboard.press('Control+A');
      await write(page, wording);
      const goalSelect = add.getByRole('combobox', { name: 'Delmål' });
      await tabTo(page, goalSelect);
      await pickDelmal(page, goalSelect, Number(link.goal.slice(-1)));
      const kind = KIND_LABEL[link.kind ?? activity.kind];
      // Tab stops on the checked radio of a group (the form keeps the last kind), or on the first.
      const checked = add.locator('input[type="radio"]:checked');
      const stop = (await checked.count()) > 0 ? checked : add.getByRole('radio').first();
      await tabTo(page, stop);
      if (!(await stop.isChecked())) await page.keyboard.press('Space');
      for (let i = 0; !(await add.getByRole('radio', { name: kind }).isChecked()); i++) {
        expect(i, 'the kind is among the radios').toBeLessThan(3);
        await page.keyboard.press('ArrowDown');
      }
      await tabTo(page, add.getByRole('button', { name: 'Lägg till aktiviteten' }));
      await page.keyboard.press('Enter');
      if (link !== first) {
        // The same name again: link the existing activity instead of copying it.
        const offer = add.getByRole('group', { name: /^Det finns redan en aktivitet som heter/ });
        await expect(offer).toBeFocused();
        await tabTo(
          page,
          offer.getByRole('button', {
            name: `Koppla den befintliga aktiviteten till delmål ${link.goal.slice(-1)}`,
          }),
        );
        await page.keyboard.press('Enter');
      }
      await expect(add.getByRole('textbox', { name: 'Aktivitetens namn' })).toBeFocused();
      entered.set(activity.id, wording);
    }
  }

  // What the plan says in other words under the second delmål, and the descriptions, in each activity's form.
  const list = editor.getByRole('region', { name: 'Aktiviteter', exact: true });
  for (const activity of plan.activities) {
    const title = entered.get(activity.id);
    if (title === undefined) continue;
    const links = laterLinks.filter((link) => link.title === title);
    const description = activity.description?.flatMap((block) =>
      block.type === 'paragraph' ? [block.text.sv] : [],
    );
    const needsForm = links.length > 0 || (description?.length && title === activity.title.sv);
    if (!needsForm) continue;
    await tabTo(page, list.getByRole('button', { name: title, exact: true }));
    await page.keyboard.press('Enter');
    const form = editor.getByRole('region', { name: `Aktivitet: ${title}` });
    await expect(form.getByRole('heading', { level: 2 })).toBeFocused();
    for (const link of links) {
      await tabTo(page, form.getByRole('button', { name: 'Koppla till ett delmål till' }));
      await page.keyboard.press('Enter');
      await pickDelmal(
        page,
        form.getByRole('combobox', { name: 'Delmål', exact: true }).last(),
        Number(link.goal.slice(-1)),
      );
      await page.keyboard.press('Tab');
      await expect(
        form.getByRole('textbox', { name: /^Så står aktiviteten under det här delmålet/ }).last(),
      ).toBeFocused();
      await write(page, link.listedAs ?? '');
    }
    if (description?.length && title === activity.title.sv) {
      for (const paragraph of description) {
        await tabTo(page, form.getByRole('button', { name: 'Lägg till stycke' }).first());
        await page.keyboard.press('Enter');
        await write(page, paragraph);
      }
    }
    await tabTo(page, form.getByRole('button', { name: 'Tillbaka till aktiviteterna' }), { back: true });
    await page.keyboard.press('Enter');
  }
  await expect(editor).toHaveAttribute('data-validation', 'current');
  expect(await axeViolations(page)).toEqual([]);

  // Download: with no errors left, the toolbar's button downloads the file at once.
  await tabTo(page, editor.getByRole('button', { name: 'Ladda ner', exact: true }), { back: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Dataset;

  const result = validateDataset(file, { frameworks: [nationalFramework], areas });
  expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  expect(file.$schema).toBe('https://cdn.jsdelivr.net/npm/@dhol/core@0/schema/dataset.schema.json');
  const mine = file.plans![0]!;
  expect(mine.title).toEqual(plan.title);
  expect(mine.kind).toBe(plan.kind);
  expect(mine.scope).toEqual(plan.scope);
  expect(listings(file)).toEqual(listings(sormland));
  expect(sharedActivities(file)).toEqual(sharedActivities(sormland));
  expect(sharedActivities(file)).toContain('Besökskort');
  expect(mine.activities.filter((activity) => activity.title.sv === 'Besökskort')).toHaveLength(1);
  for (const activity of plan.activities.filter((a) => a.description && entered.get(a.id) === a.title.sv)) {
    expect(mine.activities.find((a) => a.title.sv === activity.title.sv)?.description).toEqual(
      activity.description,
    );
  }
  expect(problems).toEqual([]);
});

test('a reload in the middle of writing asks first and brings the draft back, and the builder takes the plan into its snippet step', async ({
  page,
}) => {
  // A reload and two page changes: more than the default 30 s on a busy two-core machine.
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.accept();
  });
  await page.goto('/redigera/');
  const editor = page.locator('dhol-editor');
  await editor.getByRole('textbox', { name: 'Planens titel' }).fill('Handlingsplan för psykisk hälsa');
  await editor.getByRole('button', { name: 'Skapa planen' }).click();
  await editor.getByRole('textbox', { name: 'Diarienummer (frivilligt)' }).fill('KS 2026/17');
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(editor.getByText(/^Ditt utkast från .* är återställt\.$/)).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Diarienummer (frivilligt)' })).toHaveValue('KS 2026/17');

  await page.getByRole('button', { name: 'Ta med till kodbyggaren' }).click();
  await expect(page).toHaveURL(/\/builder\/#fran-redigeraren$/);
  await expect(page.getByRole('heading', { name: '4. Kodsnutt' })).toBeFocused();
  await expect(page.locator('#text')).toHaveValue(/"diarienummer": "KS 2026\/17"/);

  await page.getByRole('button', { name: 'Öppna i redigeraren' }).click();
  await expect(page).toHaveURL(/\/redigera\/#fran-kodbyggaren$/);
  await expect(page.getByText('Datan från kodbyggaren är öppnad som ett nytt utkast.')).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Diarienummer (frivilligt)' })).toHaveValue('KS 2026/17');
});

test('the start view reads no widgets, and when their chunk cannot be read the preview says so and nothing typed is lost', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The editor's folder build: the entry and its first chunk at once; the widgets' chunk only when a preview shows.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const entry = readFileSync(new URL('../public/dhol/editor/dhol-editor.js', import.meta.url), 'utf8');
  const lazy = [...entry.matchAll(/import\(\s*["']\.\/(chunks\/[\w-]+\.js)["']\s*\)/g)].map((m) => m[1]!);
  expect(lazy).toHaveLength(1);
  await page.route(`**/dhol/editor/${lazy[0]}`, (route) => route.abort('internetdisconnected'));
  await page.goto('/redigera/');
  const editor = page.locator('dhol-editor');
  await expect(editor.getByRole('heading', { name: 'Vad vill du göra?' })).toBeVisible();
  expect(scripts).not.toContain(`/dhol/editor/${lazy[0]}`);

  await editor.getByRole('textbox', { name: 'Planens titel' }).fill('Handlingsplan för psykisk hälsa');
  await editor.getByRole('button', { name: 'Skapa planen' }).click();
  await expect(editor.getByRole('alert')).toContainText(
    'Förhandsvisningen kunde inte läsas in. Formuläret fungerar ändå och ditt utkast är sparat.',
  );
  const diarienummer = editor.getByRole('textbox', { name: 'Diarienummer (frivilligt)' });
  await diarienummer.pressSequentially('KS 2026/17');
  await expect(diarienummer).toHaveValue('KS 2026/17');
  await expect(editor).toHaveAttribute('data-validation', 'current');
  expect(scripts).toContain(`/dhol/editor/${lazy[0]}`);
  expect(await axeViolations(page)).toEqual([]);
});

test('the page’s heading and text paint before the editor’s script is requested, and the editor then starts', async ({
  page,
}) => {
  await page.goto('/redigera/');
  const editor = page.locator('dhol-editor');
  await expect(editor.getByRole('heading', { name: 'Vad vill du göra?' })).toBeVisible();
  const times = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.startsWith('/dhol/editor/'))
      .map((entry) => entry.startTime),
  }));
  expect(times.paint).toBeGreaterThan(0);
  // the entry and its first chunk, hinted together; the preview's widgets are not read for the start view
  expect(times.scripts).toHaveLength(2);
  for (const start of times.scripts) expect(start).toBeGreaterThanOrEqual(times.paint!);
});
