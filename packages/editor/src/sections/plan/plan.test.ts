import { sormlandHandlingsplan2026 } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, MemoryStorage, mount, unmountAll, validated } from '../../../test/helpers.js';
import '../../components/editor/dhol-editor.js';
import type { DholEditor } from '../../components/editor/editor.js';
import { getAt } from '../../store/path.js';

const within = (el: Element) => page.elementLocator(el);
afterEach(() => unmountAll());

async function open(data: unknown): Promise<DholEditor> {
  const el = mount<DholEditor>(
    html`<dhol-editor .storage=${new MemoryStorage()} .now=${'2026-11-24'} .validationDelay=${50}></dhol-editor>`,
  );
  el.data = data;
  await validated(el);
  return el;
}

test("Sörmland's plan shows its facts in the form: title, kind, area, owner, decision, validity until revised", async () => {
  const el = await open(sormlandHandlingsplan2026);
  await expect
    .element(within(el).getByRole('textbox', { name: 'Titel', exact: true }))
    .toHaveValue(sormlandHandlingsplan2026.plans![0]!.title.sv);
  await expect.element(within(el).getByRole('radio', { name: 'Regional (länsgemensam)' })).toBeChecked();
  await expect.element(within(el).getByText('Södermanlands län, län')).toBeVisible();
  await expect
    .element(within(el).getByRole('combobox', { name: /^Dokumentansvarig/ }))
    .toHaveDisplayValue('Länsstyrgruppen i Sörmland');
  await expect
    .element(within(el).getByRole('textbox', { name: 'Diarienummer (frivilligt)' }))
    .toHaveValue('NSV26-0035-1');
  await expect
    .element(within(el).getByRole('checkbox', { name: 'Planen gäller tills den revideras' }))
    .toBeChecked();
  const decision = within(el).getByRole('group', { name: /^Beslutsdatum/ });
  await expect.element(decision.getByRole('textbox', { name: 'År' })).toHaveValue('2026');
  await expect.element(decision.getByRole('textbox', { name: 'Månad' })).toHaveValue('04');
  await expect.element(decision.getByRole('textbox', { name: 'Dag' })).toHaveValue('17');
  expect(await axe(el, { withPreview: true })).toEqual([]);
});

test('a date typed part by part is written as typed and gets its leading zeros when the part is left', async () => {
  const el = await open(structuredClone(sormlandHandlingsplan2026));
  const period = within(el).getByRole('group', { name: /^Perioden slutar/ });
  await userEvent.fill(period.getByRole('textbox', { name: 'Månad' }), '3');
  expect(getAt(el.data, ['plans', 0, 'period', 'end'])).toBe('2034-3');
  await userEvent.tab();
  expect(getAt(el.data, ['plans', 0, 'period', 'end'])).toBe('2034-03');
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(getAt(el.data, ['plans', 0, 'period', 'end'])).toBe('2034');
});

test('a revision marked done asks for its day, decision and changes', async () => {
  const el = await open(structuredClone(sormlandHandlingsplan2026));
  const first = within(el).getByRole('group', { name: 'Revidering 1' });
  await expect
    .element(first.getByRole('group', { name: /^Dagen revideringen gjordes/ }))
    .not.toBeInTheDocument();
  await userEvent.click(first.getByRole('checkbox', { name: 'Revideringen är gjord' }));
  await expect.element(first.getByRole('group', { name: /^Dagen revideringen gjordes/ })).toBeVisible();
  await userEvent.fill(
    first.getByRole('textbox', { name: 'Version efter revideringen (frivilligt)' }),
    '2027',
  );
  expect(getAt(el.data, ['plans', 0, 'revisionSchedule', 'revisions', 0])).toMatchObject({
    done: true,
    version: '2027',
  });
  await validated(el);
  expect(await axe(el)).toEqual([]);
});

test('starting the next version copies the plan as a new plan that says which version it replaces', async () => {
  const el = await open(structuredClone(sormlandHandlingsplan2026));
  await userEvent.click(within(el).getByRole('button', { name: 'Starta nästa version av planen' }));
  await userEvent.click(within(el).getByRole('button', { name: 'Skapa nästa version' }));
  await expect
    .element(
      within(el)
        .getByText(/Skriv versionens namn\./)
        .first(),
    )
    .toBeVisible();
  expect(await axe(el)).toEqual([]);
  await userEvent.fill(within(el).getByRole('textbox', { name: 'Den här versionens namn' }), '2026');
  await userEvent.fill(within(el).getByRole('textbox', { name: 'Nya versionens namn' }), '2027');
  await userEvent.click(within(el).getByRole('button', { name: 'Skapa nästa version' }));
  const plans = getAt(el.data, ['plans']) as Record<string, unknown>[];
  expect(plans).toHaveLength(2);
  expect(plans[0]!['version']).toBe('2026');
  expect(plans[1]).toMatchObject({
    id: 'sormland-handlingsplan-2027',
    version: '2027',
    replaces: { plan: 'sormland-handlingsplan-2026', version: '2026' },
  });
  expect(plans[1]).not.toHaveProperty('decision');
  expect((plans[1]!['activities'] as unknown[]).length).toBe(
    sormlandHandlingsplan2026.plans![0]!.activities.length,
  );
  await validated(el);
  await expect.element(within(el).getByText(/^Ersätter ”Det handlar om livet/)).toBeVisible();
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(getAt(el.data, ['plans'])).toHaveLength(1);
  expect(getAt(el.data, ['plans', 0])).not.toHaveProperty('version');
});

test('English fields appear beside the Swedish ones when asked for, and an English title is written as en', async () => {
  const el = await open(structuredClone(sormlandHandlingsplan2026));
  await userEvent.click(within(el).getByRole('checkbox', { name: 'Visa fält för engelsk text' }));
  await userEvent.fill(
    within(el).getByRole('textbox', { name: 'Titel på engelska (frivilligt)' }),
    'It is about life',
  );
  expect(getAt(el.data, ['plans', 0, 'title', 'en'])).toBe('It is about life');
  await validated(el);
  expect(await axe(el)).toEqual([]);
});

test('a plan of more activities than the preview shows previews its first ones and says so; the file keeps all', async () => {
  const data = structuredClone(sormlandHandlingsplan2026);
  const plan = data.plans![0]!;
  plan.activities.push(...plan.activities.map((a) => ({ ...a, id: `${a.id}-kopia` })));
  const el = await open(data);
  await expect
    .element(within(el).getByText('Förhandsvisningen visar de första 50 av planens 64 aktiviteter.'))
    .toBeVisible();
  const preview = el.shadowRoot!.querySelector('dhol-plan') as HTMLElement & { data: typeof data };
  expect(preview.data.plans![0]!.activities).toHaveLength(50);
  expect((getAt(el.data, ['plans', 0, 'activities']) as unknown[]).length).toBe(64);
});
