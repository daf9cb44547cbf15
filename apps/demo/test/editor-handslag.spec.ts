// End to end: the editor page (/redigera/) driven as a new coordinator drives it, with the keyboard alone and the
// visible labels, entering the Surahammar handslag from a blank start: the handslag and its parties, duties,
// texts, governance, decision steps, strategies, baseline, indicators and figures, the organisations and the
// file's own facts. The downloaded file must validate without errors and hold what @dhol/data's example holds.
import { readFileSync } from 'node:fs';
import { type Dataset, validateDataset } from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { axeViolations, datasetText, watchProblems } from './helpers.js';
import { hasFocus, pickOption, tabTo, write } from './keys.js';

// biome-ignore lint/suspicious/noExplicitAny: the test walks the example file by key, as any reader of the JSON does.
type Json = Record<string, any>;
const source = JSON.parse(datasetText('surahammar-handslag.json')) as Json;
const agreement = source['agreements'][0] as Json;
const organisation = (id: string) => (source['organisations'] as Json[]).find((o) => o['id'] === id)!;
const orgName = (id: string): string => organisation(id)['name']['sv'];
const SEX = { T: 'totalt', K: 'kvinnor', M: 'män' } as Record<string, string>;
const ORG_KIND: Record<string, string> = {
  kommun: 'Kommun',
  region: 'Region',
  unit: 'Del av en organisation (förvaltning, division, enhet)',
  body: 'Nämnd, styrgrupp eller annat organ',
};
const STRATEGY_KIND: Record<string, string> = {
  'national-strategy': 'Nationell strategi',
  'regional-strategy': 'Regional strategi',
};

/**
 * The dataset with every organisation named by its name instead of its id (ids made from names differ from the
 * example's hand-picked ones), organisations in name order, and the observations' notes left out ("tjejer",
 * "killar": the grid of figures has no field for a note on a value).
 */
function comparable(data: Json): Json {
  const copy = structuredClone(data) as Json;
  const names = new Map<string, string>(
    (copy['organisations'] as Json[]).map((o) => [o['id'] as string, o['name']['sv'] as string]),
  );
  const name = (id: string) => names.get(id) ?? `unknown organisation ${id}`;
  copy['organisations'] = (copy['organisations'] as Json[])
    .map(({ id: _id, ...o }) => (o['parent'] ? { ...o, parent: name(o['parent']) } : o))
    .sort((a, b) => a['name']['sv'].localeCompare(b['name']['sv'], 'sv'));
  for (const a of copy['agreements'] as Json[]) {
    if (a['initiatedBy']) a['initiatedBy'] = name(a['initiatedBy']);
    for (const party of a['parties']) party['organisation'] = name(party['organisation']);
    const coordinator = a['governance']?.['coordinator'];
    if (coordinator?.['appointedBy']) coordinator['appointedBy'] = name(coordinator['appointedBy']);
    for (const step of a['decisionSteps']) step['body'] = name(step['body']);
    for (const strategy of a['serves'] ?? [])
      if (strategy['owner']) strategy['owner'] = name(strategy['owner']);
  }
  copy['observations'] = (copy['observations'] as Json[]).map(({ note: _note, ...o }) => o);
  return copy;
}

/** The block editors of a text (background, purpose …): a heading or a paragraph each, in the document's order. */
async function writeBlocks(page: Page, group: Locator, blocks: Json[]): Promise<void> {
  for (const block of blocks) {
    const heading = block['type'] === 'heading';
    await tabTo(
      page,
      group.getByRole('button', { name: heading ? 'Lägg till rubrik' : 'Lägg till stycke' }),
      {
        limit: 60,
      },
    );
    await page.keyboard.press('Enter');
    const kind = heading ? 'Rubrik' : 'Stycke';
    await expect(group.getByRole('textbox', { name: new RegExp(`^${kind} \\d+$`) }).last()).toBeFocused();
    await write(page, block['text']['sv']);
  }
}

// An element the journey expects is there at once or soon: waiting longer than this means it never comes.
test.use({ actionTimeout: 30_000 });

test('starting blank, with the keyboard alone, a coordinator enters the Surahammar handslag and downloads a valid file that matches the example', async ({
  page,
}) => {
  // About 2 minutes here; a busy two-core machine may take several times that.
  test.setTimeout(600_000);
  const problems = watchProblems(page);
  await page.goto('/redigera/');
  const editor = page.locator('dhol-editor');
  const nav = editor.getByRole('navigation', { name: 'Delar av utkastet' });
  await expect(editor.getByRole('heading', { name: 'Vad vill du göra?' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  /** Tabs to a text field by its label and types `text`. */
  const fill = async (scope: Locator, label: string | RegExp, text: string, limit = 60) => {
    const field = scope.getByRole('textbox', { name: label, exact: typeof label === 'string' });
    await tabTo(page, field, { limit });
    await write(page, text);
    await expect(field).toHaveValue(text);
  };
  /** Tabs to a select by its label and picks the option with these words. */
  const choose = async (scope: Locator, label: string, option: string, limit = 60) => {
    const select = scope.getByRole('combobox', { name: label, exact: true });
    await tabTo(page, select, { limit });
    await pickOption(page, select, option);
  };
  /** Back to the navigation (it comes before the form) and into another part of the draft. */
  const open = async (name: string | RegExp, heading: RegExp) => {
    await tabTo(page, nav.getByRole('button', { name, exact: typeof name === 'string' }), { back: true });
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('heading', { level: 2, name: heading })).toBeFocused();
  };
  /** Adds an organisation on the spot under a select of organisations, which then has it chosen. */
  const addOrganisation = async (scope: Locator, select: string, name: string, kind: string) => {
    await tabTo(
      page,
      scope.getByRole('button', { name: 'Lägg till en organisation som inte finns i listan' }),
      {
        limit: 60,
      },
    );
    await page.keyboard.press('Enter');
    const form = scope.getByRole('group', {
      name: `Ny organisation för ”${select.replace(/ \(frivilligt\)$/, '')}”`,
    });
    await expect(form.getByRole('textbox', { name: 'Organisationens namn' })).toBeFocused();
    await write(page, name);
    await choose(form, 'Typ av organisation', kind, 3);
    await tabTo(page, form.getByRole('button', { name: 'Lägg till organisationen' }), { limit: 3 });
    await page.keyboard.press('Enter');
    const chosen = scope.getByRole('combobox', { name: select, exact: true });
    await expect(chosen).toBeFocused();
    await expect(chosen.locator('option:checked')).toHaveText(name);
  };

  // Starting blank: a new handslag and its two parties.
  const start = editor.getByRole('region', { name: 'Skriv ett nytt handslag' });
  await fill(start, 'Handslagets titel', agreement['title']['sv'], 400);
  await fill(start.getByRole('group', { name: 'Huvudman' }), 'Namn', orgName('surahammars-kommun'));
  const support = start.getByRole('group', { name: 'Part som ger kunskaps- och processtöd' });
  await fill(support, 'Namn', orgName('valfard'));
  await choose(support, 'Typ av organisation', ORG_KIND['unit']!);
  await tabTo(page, start.getByRole('button', { name: 'Skapa handslaget' }), { limit: 3 });
  await page.keyboard.press('Enter');
  await expect(
    editor.getByRole('heading', { name: /^Om handslaget: Handslag: Det handlar om livet/ }),
  ).toBeFocused();

  // About the handslag: subtitle, the kommun it covers, who took the initiative, its time, its id.
  await fill(editor, 'Undertitel (frivilligt)', agreement['subtitle']['sv']);
  await tabTo(page, editor.getByRole('combobox', { name: 'Område som handslaget gäller (frivilligt)' }), {
    limit: 10,
  });
  await page.keyboard.type('Surahammar');
  await expect(
    editor.getByRole('listbox').getByRole('option', { name: /^Surahammar, kommun/ }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editor.getByText('Surahammar, kommun')).toBeVisible();
  await choose(editor, 'På initiativ av (frivilligt)', orgName(agreement['initiatedBy']));
  await fill(editor, 'Beräknad tid i år (frivilligt)', String(agreement['duration']['years']));
  await fill(
    editor.getByRole('group', { name: /^Tidshorisont för det större arbetet/ }),
    'År',
    agreement['duration']['horizon'],
  );
  await fill(editor, 'Tiden med handslagets egna ord (frivilligt)', agreement['duration']['note']['sv']);
  const technical = editor.locator('details', { hasText: 'Tekniska uppgifter' });
  await tabTo(page, technical.locator('summary'), { limit: 20 });
  await page.keyboard.press('Enter');
  const id = editor.getByRole('textbox', { name: 'Handslagets id i filen' });
  await tabTo(page, id, { limit: 3 });
  await page.keyboard.press('Control+A');
  await write(page, agreement['id']);
  await expect(id).toHaveValue(agreement['id']);

  // Parties: the document's words for each role, and each duty.
  await open('Parter', /^Parter: /);
  for (const [p, party] of (agreement['parties'] as Json[]).entries()) {
    const group = editor.getByRole('group', { name: `Part ${p + 1}`, exact: true });
    await expect(
      group.getByRole('combobox', { name: 'Organisation', exact: true }).locator('option:checked'),
    ).toHaveText(orgName(party['organisation']));
    await fill(group, 'Rollen med handslagets egna ord (frivilligt)', party['label']['sv']);
    for (const [d, duty] of (party['duties'] as Json[]).entries()) {
      await tabTo(page, group.getByRole('button', { name: 'Lägg till ett åtagande' }), { limit: 10 });
      await page.keyboard.press('Enter');
      const text = group
        .getByRole('group', { name: `Part ${p + 1}, åtagande ${d + 1}` })
        .getByRole('textbox', { name: 'Åtagande', exact: true });
      await expect(text).toBeFocused();
      await write(page, duty['sv']);
    }
  }

  // The running texts, block by block.
  await open('Texter', /^Texter: /);
  for (const [key, legend] of [
    ['background', 'Bakgrund'],
    ['purpose', 'Syfte'],
    ['aim', 'Mål'],
    ['implementation', 'Genomförande och roller'],
  ] as const) {
    await writeBlocks(page, editor.getByRole('group', { name: new RegExp(`^${legend} `) }), agreement[key]);
  }

  // Governance and the decision steps, adding each deciding body on the spot.
  await open('Styrning och beslut', /^Styrning och beslut: /);
  const governance = agreement['governance'] as Json;
  await choose(
    editor,
    'Vem tillsätter samordnaren? (frivilligt)',
    orgName(governance['coordinator']['appointedBy']),
  );
  await fill(editor, 'Samordnaren (frivilligt)', governance['coordinator']['description']['sv']);
  await fill(editor, 'Styrgrupp (frivilligt)', governance['steeringGroup']['sv']);
  await fill(editor, 'Arbetsgrupper (frivilligt)', governance['workingGroups']['sv']);
  await writeBlocks(page, editor.getByRole('group', { name: /^Mer om styrningen / }), governance['text']);
  for (const [s, step] of (agreement['decisionSteps'] as Json[]).entries()) {
    const group = editor.getByRole('group', { name: `Beslutssteg ${s + 1}` });
    await addOrganisation(group, 'Beslutande organ', orgName(step['body']), ORG_KIND['body']!);
    await fill(group, 'Beslutet med handslagets egna ord', step['decision']['sv']);
    await fill(group, 'Undertecknare (frivilligt)', step['signatory']['sv']);
  }

  // The strategies it serves.
  await open('Strategier och utgångsläge', /^Strategier och utgångsläge: /);
  for (const [s, strategy] of (agreement['serves'] as Json[]).entries()) {
    await tabTo(page, editor.getByRole('button', { name: 'Lägg till en strategi' }), { limit: 60 });
    await page.keyboard.press('Enter');
    const group = editor.getByRole('group', { name: `Strategi ${s + 1}` });
    await expect(group.getByRole('textbox', { name: 'Strategins namn' })).toBeFocused();
    await write(page, strategy['title']['sv']);
    await choose(group, 'Typ av strategi', STRATEGY_KIND[strategy['kind']]!);
    if (strategy['abbreviation']) await fill(group, 'Förkortning (frivilligt)', strategy['abbreviation']);
    if (strategy['framework']) {
      await choose(group, 'Strategin som data (frivilligt)', nationalFramework.title.sv!.text);
    }
    if (strategy['owner']) {
      const owner = organisation(strategy['owner']);
      await addOrganisation(group, 'Ägare (frivilligt)', owner['name']['sv'], ORG_KIND[owner['kind']]!);
    }
    await fill(group, 'Om strategin (frivilligt)', strategy['note']['sv']);
  }

  // The indicators: what each measures and where its figures come from.
  const indicators = source['indicators'] as Json[];
  for (const indicator of indicators) {
    await open('Alla indikatorer', /^Indikatorer/);
    await fill(editor, 'Indikatorns namn', indicator['title']['sv']);
    await tabTo(page, editor.getByRole('button', { name: 'Lägg till indikatorn' }), { limit: 3 });
    await page.keyboard.press('Enter');
    await expect(
      editor.getByRole('heading', { level: 2, name: `Om indikatorn: ${indicator['title']['sv']}` }),
    ).toBeFocused();
    if (indicator['definition']) await fill(editor, 'Definition (frivilligt)', indicator['definition']['sv']);
    await fill(editor, 'Vilka värdena gäller (frivilligt)', indicator['population']['sv']);
    await choose(editor, 'Enhet', 'Procent (andel 0–100)');
    const polarity = editor.getByRole('group', { name: 'Vad är bättre?' });
    await tabTo(page, polarity.getByRole('radio').first(), { limit: 30 });
    const wanted = polarity.getByRole('radio', {
      name:
        indicator['polarity'] === 'higher-is-better' ? 'Högre värden är bättre' : 'Lägre värden är bättre',
    });
    if (!(await polarity.getByRole('radio').first().isChecked())) await page.keyboard.press('Space');
    for (let i = 0; !(await wanted.isChecked()); i++) {
      expect(i, 'the polarity is among the radios').toBeLessThan(4);
      await page.keyboard.press('ArrowDown');
    }
    const people = editor.getByRole('group', { name: /^Räknar indikatorn människor\?/ });
    await tabTo(page, people.getByRole('radio', { name: 'Ja' }), { limit: 10 });
    await page.keyboard.press('Space');
    await expect(people.getByRole('radio', { name: 'Ja' })).toBeChecked();
    const sex = editor.getByRole('checkbox', { name: 'Kön' });
    await tabTo(page, sex, { limit: 10 });
    await page.keyboard.press('Space');
    await expect(sex).toBeChecked();
    await fill(editor, 'Källans namn', indicator['source']['name']['sv']);
    const idField = editor.getByRole('textbox', { name: 'Indikatorns id i filen' });
    await tabTo(page, editor.locator('details', { hasText: 'Tekniska uppgifter' }).locator('summary'), {
      limit: 60,
    });
    await page.keyboard.press('Enter');
    await tabTo(page, idField, { limit: 3 });
    await page.keyboard.press('Control+A');
    await write(page, indicator['id']);
    await expect(idField).toHaveValue(indicator['id']);
  }

  // Their figures: one row for Surahammar, one column for the year, a cell per sex.
  for (const indicator of indicators) {
    await open(new RegExp(`^${indicator['title']['sv']}: värden`), /värden/i);
    const area = editor.getByRole('combobox', { name: 'Område', exact: true });
    await tabTo(page, area, { limit: 60 });
    await pickOption(page, area, 'Surahammar');
    await tabTo(page, editor.getByRole('button', { name: 'Lägg till området' }), { limit: 3 });
    await page.keyboard.press('Enter');
    const period = (source['observations'] as Json[]).find((o) => o['indicator'] === indicator['id'])![
      'period'
    ];
    await fill(editor, 'Lägg till en period', period, 10);
    await page.keyboard.press('Enter');
    for (const o of source['observations'] as Json[]) {
      if (o['indicator'] !== indicator['id']) continue;
      const cell = editor.getByRole('textbox', { name: `Surahammar, ${o['period']}, ${SEX[o['sex']]}` });
      // Tab reaches the grid once, at its active cell; the arrows move inside it.
      const inGrid = await editor.getByRole('grid').evaluate((table) => {
        const root = table.getRootNode();
        return root instanceof ShadowRoot && table.contains(root.activeElement);
      });
      if (!inGrid)
        await tabTo(page, editor.getByRole('grid').locator('input[tabindex="0"]'), { back: true, limit: 10 });
      for (let i = 0; !(await hasFocus(cell)); i++) {
        expect(i, 'the cell is in the grid').toBeLessThan(6);
        await page.keyboard.press('ArrowDown');
      }
      await write(page, String(o['value']));
    }
  }

  // The baseline: the kommun (from the handslag's area), the year and both indicators.
  await open('Strategier och utgångsläge', /^Strategier och utgångsläge: /);
  await tabTo(page, editor.getByRole('button', { name: 'Ange ett utgångsläge' }), { limit: 120 });
  await page.keyboard.press('Enter');
  const baseline = agreement['baseline'] as Json;
  await expect(editor.getByRole('combobox', { name: 'Område', exact: true })).toBeFocused();
  await expect(
    editor.getByRole('combobox', { name: 'Område', exact: true }).locator('option:checked'),
  ).toHaveText('Surahammar');
  await fill(editor, 'Period', baseline['period'], 5);
  for (const indicatorId of baseline['indicators'] as string[]) {
    const title = indicators.find((i) => i['id'] === indicatorId)!['title']['sv'];
    const box = editor.getByRole('checkbox', { name: title });
    await tabTo(page, box, { limit: 5 });
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await writeBlocks(
    page,
    editor.getByRole('group', { name: /^Utgångsläget med handslagets egna ord / }),
    baseline['text'],
  );

  // The handslag's status is not in the document: no status chosen.
  await open('Uppföljning', /^Uppföljning: /);
  const none = editor
    .getByRole('group', { name: /^Var står handslaget\?/ })
    .getByRole('radio', { name: 'Inget valt' });
  await tabTo(
    page,
    editor.getByRole('group', { name: /^Var står handslaget\?/ }).getByRole('radio', { checked: true }),
    {
      limit: 10,
    },
  );
  for (let i = 0; !(await none.isChecked()); i++) {
    expect(i, '"Inget valt" is among the radios').toBeLessThan(7);
    await page.keyboard.press('ArrowDown');
  }

  // The organisations: short names, areas, what each is part of, the one the handslag names only as a parent.
  await open(/^Organisationer/, /^Organisationer/);
  /** Picks an area in a group's searchable picker by typing its name. */
  const pickArea = async (group: Locator, code: string) => {
    const area = areas.find((a) => a.code === code)!;
    const picker = group.getByRole('combobox', {
      name: 'Område som organisationen ansvarar för (frivilligt)',
    });
    await tabTo(page, picker, { limit: 10 });
    await write(page, area.name);
    const kind = area.kind === 'lan' ? 'län' : 'kommun';
    await expect(group.getByRole('listbox').getByRole('option').first()).toHaveAccessibleName(
      new RegExp(`^${area.name}, ${kind}`),
    );
    await page.keyboard.press('Enter');
    await expect(group.getByText(`${area.name}, ${kind}`)).toBeVisible();
  };
  // In the order the list has them: the parties, the deciding bodies, the strategy's owner (all five added on the
  // way), then the one the handslag names only as what Välfärd is part of, added on the spot under Välfärd.
  const listed = [
    'surahammars-kommun',
    'valfard',
    'surahammar-kommunstyrelsen',
    'regionala-utvecklingsnamnden',
    'region-vastmanland',
    'regional-utvecklingsforvaltning',
  ];
  const present = new Set(listed.slice(0, 5));
  for (const orgId of listed) {
    const o = organisation(orgId);
    // Named by the organisation's name, with its short name once it has one.
    const group = editor.getByRole('group', { name: new RegExp(`^${o['name']['sv']}( \\(.+\\))?$`) });
    if (o['shortName']) await fill(group, 'Kort namn (frivilligt)', o['shortName']['sv']);
    if (o['area']) await pickArea(group, o['area']);
    if (o['parent']) {
      const parent = organisation(o['parent']);
      if (present.has(o['parent'])) {
        await choose(group, 'Ingår i (frivilligt)', parent['name']['sv']);
      } else {
        // What it is part of is named nowhere else: added on the spot.
        await addOrganisation(group, 'Ingår i (frivilligt)', parent['name']['sv'], ORG_KIND[parent['kind']]!);
        present.add(o['parent']);
      }
    }
    if (o['description']) await fill(group, 'Beskrivning (frivilligt)', o['description']['sv']);
  }

  // The file itself: its title, description, source (with the note's English) and id.
  await open('Om filen', /^Om filen/);
  await fill(editor, 'Filens titel (frivilligt)', source['title']['sv']);
  await fill(editor, 'Beskrivning (frivilligt)', source['description']['sv']);
  await fill(editor, 'Dokumentet uppgifterna kommer från (frivilligt)', source['source']['title']['sv']);
  await fill(editor, 'Anmärkning om källan (frivilligt)', source['source']['note']['sv']);
  const english = editor.getByRole('checkbox', { name: 'Visa fält för engelsk text' });
  await tabTo(page, english, { back: true, limit: 80 });
  await page.keyboard.press('Space');
  await expect(english).toBeChecked();
  await fill(editor, 'Anmärkning om källan på engelska (frivilligt)', source['source']['note']['en'], 120);
  const fileId = editor.getByRole('textbox', { name: 'Filens id (frivilligt)' });
  await tabTo(page, fileId, { limit: 10 });
  await page.keyboard.press('Control+A');
  await write(page, source['id']);
  await expect(fileId).toHaveValue(source['id']);

  await expect(editor).toHaveAttribute('data-validation', 'current');
  expect(await axeViolations(page)).toEqual([]);

  // Download: with no errors left, the toolbar's button downloads the file at once.
  await tabTo(page, editor.getByRole('button', { name: 'Ladda ner', exact: true }), { back: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Json;

  const result = validateDataset(file as Dataset, { frameworks: [nationalFramework], areas });
  expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  expect(comparable(file)).toEqual(comparable(source));
  expect(problems).toEqual([]);
});
