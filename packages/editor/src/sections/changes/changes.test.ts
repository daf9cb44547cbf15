import { sormlandHandlingsplan2026 } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, MemoryStorage, mount, unmountAll, validated } from '../../../test/helpers.js';
import '../../components/editor/dhol-editor.js';
import type { DholEditor } from '../../components/editor/editor.js';
import { EditStore } from '../../store/edit-store.js';
import { whatChanged } from './changes.js';

const within = (el: Element) => page.elementLocator(el);
afterEach(() => unmountAll());

test('what changed names each change in words and by what it is, matched by id', () => {
  const store = new EditStore(sormlandHandlingsplan2026);
  store.edit(['plans', 0, 'decision', 'diarienummer'], 'NSV26-0035-2');
  store.edit(['plans', 0, 'activities', 2, 'status'], 'completed');
  const moved = (store.value as typeof sormlandHandlingsplan2026).plans![0]!.activities[0];
  store.edit(['plans', 0, 'activities', 0], undefined);
  store.edit(['plans', 0, 'activities', 5], moved, { insert: true });
  store.edit(['organisations', 0], undefined);
  expect(whatChanged(store.baseline, store.value, 'sv').map((c) => c.text)).toEqual([
    'Planen ”Det handlar om livet – En länsgemensam handlingsplan utifrån nationell strategi för psykisk hälsa och suicidprevention”: Diarienummer',
    'Aktiviteten ”Brottsförebyggande arbete”: Status',
    'Aktiviteterna i ”Det handlar om livet – En länsgemensam handlingsplan utifrån nationell strategi för psykisk hälsa och suicidprevention”: ordningen ändrades',
    'Organisationen ”Region Sörmland” togs bort',
  ]);
  store.undo();
  store.undo();
  store.undo();
  store.undo();
  store.undo();
  expect(whatChanged(store.baseline, store.value, 'sv')).toEqual([]);
});

test('the view of what changed links to the place of each change', async () => {
  const el = mount<DholEditor>(
    html`<dhol-editor .storage=${new MemoryStorage()} .validationDelay=${50}></dhol-editor>`,
  );
  el.data = structuredClone(sormlandHandlingsplan2026);
  await validated(el);
  await userEvent.fill(
    within(el).getByRole('textbox', { name: 'Diarienummer (frivilligt)' }),
    'NSV26-0035-2',
  );
  await userEvent.click(within(el).getByRole('button', { name: 'Vad har ändrats' }));
  await el.updateComplete;
  const change = within(el).getByRole('link', { name: /: Diarienummer$/ });
  await expect.element(change).toBeVisible();
  expect(await axe(el)).toEqual([]);
  await userEvent.click(change);
  await el.updateComplete;
  await expect.element(within(el).getByRole('heading', { name: /^Om planen:/ })).toBeVisible();
});
