import { sormlandHandlingsplan2026 } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, choose, MemoryStorage, mount, unmountAll, validated } from '../../../test/helpers.js';
import '../../components/editor/dhol-editor.js';
import type { DholEditor } from '../../components/editor/editor.js';
import { getAt } from '../../store/path.js';
import { newPlanDataset } from '../plan/new-plan.js';

const within = (el: Element) => page.elementLocator(el);
afterEach(() => unmountAll());

async function open(data: unknown): Promise<DholEditor> {
  const el = mount<DholEditor>(
    html`<dhol-editor .storage=${new MemoryStorage()} .now=${'2026-11-24'} .validationDelay=${50}></dhol-editor>`,
  );
  el.data = data;
  await validated(el);
  await userEvent.click(within(el).getByRole('button', { name: /^Aktiviteter/ }));
  await el.updateComplete;
  return el;
}

type Activity = {
  id: string;
  title: { sv: string };
  goals: { goal: string }[];
  kind: string;
  status: string;
};
const activities = (el: DholEditor) => getAt(el.data, ['plans', 0, 'activities']) as Activity[];

async function add(
  el: DholEditor,
  title: string,
  delmal: number,
  kind: 'Pågående' | 'Utvecklingsområde' | 'Ny',
) {
  const form = within(el).getByRole('region', { name: 'Lägg till en aktivitet' });
  await userEvent.fill(form.getByRole('textbox', { name: 'Aktivitetens namn' }), title);
  await choose(form.getByRole('combobox', { name: 'Delmål' }), new RegExp(`^Delmål ${delmal}:`));
  await userEvent.click(form.getByRole('radio', { name: kind }));
  await userEvent.click(form.getByRole('button', { name: 'Lägg till aktiviteten' }));
  await el.updateComplete;
}

test('an activity added under a delmål takes the name, the delmål, the kind and a status that fits the kind', async () => {
  const el = await open(newPlanDataset('Plan', 'regional', true));
  await add(el, 'Besökskort', 4, 'Pågående');
  expect(activities(el)).toEqual([
    {
      id: 'besokskort',
      title: { sv: 'Besökskort' },
      goals: [{ goal: 'delmal-4' }],
      kind: 'ongoing',
      status: 'ongoing',
      responsible: [],
    },
  ]);
  await expect
    .element(
      within(el)
        .getByRole('region', { name: 'Lägg till en aktivitet' })
        .getByText('Aktiviteten ”Besökskort” lades till under delmål 4.'),
    )
    .toBeVisible();
  expect(await axe(el)).toEqual([]);
});

test('a name that is already an activity under another delmål is linked to it instead of copied', async () => {
  const el = await open(newPlanDataset('Plan', 'regional', true));
  await add(el, 'Besökskort', 4, 'Pågående');
  await add(el, 'besökskort ', 5, 'Pågående');
  const offer = within(el).getByRole('group', {
    name: /Det finns redan en aktivitet som heter ”Besökskort” \(under delmål 4\)/,
  });
  await expect.element(offer).toBeVisible();
  expect(await axe(el)).toEqual([]);
  await userEvent.click(
    offer.getByRole('button', { name: 'Koppla den befintliga aktiviteten till delmål 5' }),
  );
  expect(activities(el)).toHaveLength(1);
  expect(activities(el)[0]!.goals).toEqual([{ goal: 'delmal-4' }, { goal: 'delmal-5' }]);
  await validated(el);
  const row = within(el)
    .getByRole('region', { name: 'Aktiviteter', exact: true })
    .getByRole('listitem')
    .filter({ hasText: 'Besökskort' });
  expect(row.element().textContent?.replace(/\s+/g, ' ')).toContain('delmål 4 och 5');
});

test('a copy made all the same can be merged back from its form into one activity under both delmål', async () => {
  const el = await open(newPlanDataset('Plan', 'regional', true));
  await add(el, 'Besökskort', 4, 'Pågående');
  await add(el, 'Besökskort', 5, 'Pågående');
  await userEvent.click(within(el).getByRole('button', { name: 'Skapa en ny aktivitet ändå' }));
  expect(activities(el).map((a) => a.id)).toEqual(['besokskort', 'besokskort-2']);
  await userEvent.click(within(el).getByRole('button', { name: 'Besökskort' }).nth(1));
  await el.updateComplete;
  await userEvent.click(within(el).getByRole('button', { name: 'Slå ihop dem till en aktivitet' }));
  expect(activities(el)).toHaveLength(1);
  expect(activities(el)[0]!.goals.map((g) => g.goal)).toEqual(['delmal-4', 'delmal-5']);
  await expect.element(within(el).getByRole('heading', { name: 'Aktivitet: Besökskort' })).toBeVisible();
});

test('moving an activity down keeps focus on its button and says where it went', async () => {
  const el = await open(newPlanDataset('Plan', 'regional', true));
  await add(el, 'Första', 4, 'Pågående');
  await add(el, 'Andra', 4, 'Pågående');
  await add(el, 'Tredje', 4, 'Pågående');
  await userEvent.click(within(el).getByRole('button', { name: 'Flytta ned Första' }));
  expect(activities(el).map((a) => a.title.sv)).toEqual(['Andra', 'Första', 'Tredje']);
  await el.updateComplete;
  expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).toBe('Flytta ned Första');
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(activities(el).map((a) => a.title.sv)).toEqual(['Första', 'Andra', 'Tredje']);
});

test("the activity form offers words, never the file's codes, and adds a responsible organisation on the spot", async () => {
  const el = await open(newPlanDataset('Plan', 'regional', true));
  await add(el, 'Besökskort', 4, 'Pågående');
  await userEvent.click(within(el).getByRole('button', { name: 'Besökskort' }));
  await validated(el);
  const form = within(el).getByRole('region', { name: 'Aktivitet: Besökskort' });
  await expect.element(form.getByRole('radio', { name: 'Pågår' })).toBeChecked();
  await userEvent.click(form.getByRole('button', { name: 'Lägg till en ansvarig' }));
  await userEvent.click(
    form.getByRole('button', { name: 'Lägg till en organisation som inte finns i listan' }),
  );
  await userEvent.fill(form.getByRole('textbox', { name: 'Organisationens namn' }), 'Region Sörmland');
  await choose(form.getByRole('combobox', { name: 'Typ av organisation' }), 'Region');
  await userEvent.click(form.getByRole('button', { name: 'Lägg till organisationen' }));
  await choose(form.getByRole('combobox', { name: 'Roll' }), 'Samordnar');
  const activity = activities(el)[0] as Activity & { responsible: unknown[] };
  expect(activity.responsible).toEqual([{ organisation: 'region-sormland', role: 'coordinator' }]);
  expect(getAt(el.data, ['organisations'])).toEqual([
    { id: 'region-sormland', name: { sv: 'Region Sörmland' }, kind: 'region' },
  ]);
  const text = el.shadowRoot!.textContent ?? '';
  for (const code of ['coordinator', 'responsible', 'ongoing', 'delmal-4']) expect(text).not.toContain(code);
  await validated(el);
  expect(await axe(el)).toEqual([]);
});

test('a progress note that is the latest sets the status of the activity with it, in one undo step', async () => {
  const el = await open(newPlanDataset('Plan', 'regional', true));
  await add(el, 'Besökskort', 4, 'Pågående');
  await userEvent.click(within(el).getByRole('button', { name: 'Besökskort' }));
  await el.updateComplete;
  await userEvent.click(within(el).getByRole('button', { name: 'Lägg till en lägesrapport' }));
  await choose(within(el).getByRole('combobox', { name: 'Status från den dagen' }), 'Genomförd');
  expect(getAt(el.data, ['plans', 0, 'activities', 0, 'status'])).toBe('completed');
  expect(getAt(el.data, ['plans', 0, 'activities', 0, 'progress', 0, 'date'])).toBe('2026-11-24');
  // A note may point to what it reports on: a link of its own, apart from the activity's links.
  const note = within(el).getByRole('group', { name: 'Lägesrapport 1' });
  await userEvent.click(note.getByRole('button', { name: 'Lägg till en länk' }));
  await userEvent.fill(note.getByRole('textbox', { name: 'Webbadress' }), 'https://example.org/rapport');
  expect(getAt(el.data, ['plans', 0, 'activities', 0, 'progress', 0, 'links'])).toEqual([
    { url: 'https://example.org/rapport' },
  ]);
  expect(getAt(el.data, ['plans', 0, 'activities', 0, 'links'])).toBeUndefined();
  // Undo takes back the address, then the link, then the status.
  await userEvent.keyboard('{Control>}z{/Control}');
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(getAt(el.data, ['plans', 0, 'activities', 0, 'progress', 0, 'links'])).toBeUndefined();
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(getAt(el.data, ['plans', 0, 'activities', 0, 'status'])).toBe('ongoing');
  expect(getAt(el.data, ['plans', 0, 'activities', 0, 'progress', 0, 'status'])).toBe('ongoing');
});

test("Sörmland's activities list under delmål 4 shows the ones the plan lists there, Besökskort once", async () => {
  const el = await open(sormlandHandlingsplan2026);
  await choose(within(el).getByRole('combobox', { name: 'Visa aktiviteter under' }), /^Delmål 4:/);
  const titles = within(el)
    .getByRole('list')
    .filter({ hasText: 'Besökskort' })
    .getByRole('button', { name: /^(?!Flytta)/ })
    .elements()
    .map((b) => b.textContent?.trim());
  expect(titles.filter((title) => title === 'Besökskort')).toHaveLength(1);
  expect(titles).toContain('Mötesplatser för sociala aktiviteter och stöd');
  expect(await axe(el)).toEqual([]);
});
