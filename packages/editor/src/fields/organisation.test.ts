import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, MemoryStorage, mount, unmountAll, validated } from '../../test/helpers.js';
import '../components/editor/dhol-editor.js';
import type { DholEditor } from '../components/editor/editor.js';
import { getAt } from '../store/path.js';

const within = (el: Element) => page.elementLocator(el);
afterEach(() => unmountAll());

test('adding an organisation on the spot inside an organisation’s form is a group of its own, told apart from that organisation’s fields', async () => {
  const el = mount<DholEditor>(
    html`<dhol-editor .storage=${new MemoryStorage()} now="2026-11-24" .validationDelay=${50}></dhol-editor>`,
  );
  el.data = {
    formatVersion: '1.0',
    id: 'organisationer',
    organisations: [{ id: 'valfard', name: { sv: 'Välfärd' }, kind: 'unit' }],
  };
  await validated(el);
  const ui = within(el);
  await userEvent.click(
    ui
      .getByRole('navigation', { name: 'Delar av utkastet' })
      .getByRole('button', { name: /^Organisationer/ }),
  );
  const item = ui.getByRole('group', { name: 'Välfärd', exact: true });
  const toggle = item.getByRole('button', { name: 'Lägg till en organisation som inte finns i listan' });
  (toggle.element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;

  // The new organisation's name and kind sit in a group that says what they are for; the organisation's own
  // kind is the one "Typ av organisation" outside it.
  const form = item.getByRole('group', { name: 'Ny organisation för ”Ingår i”' });
  await expect.element(form.getByRole('textbox', { name: 'Organisationens namn' })).toBeVisible();
  expect(el.shadowRoot!.activeElement).toBe(
    form.getByRole('textbox', { name: 'Organisationens namn' }).element(),
  );
  await expect.element(form.getByRole('combobox', { name: 'Typ av organisation' })).toBeVisible();
  const kinds = item.getByRole('combobox', { name: 'Typ av organisation' }).elements();
  const own = kinds.filter((select) => !form.element().contains(select));
  expect(own).toHaveLength(1);
  expect((own[0] as HTMLSelectElement).value).toBe('unit');

  await userEvent.keyboard('Regional utvecklingsförvaltning{Enter}');
  await validated(el);
  expect(el.shadowRoot!.activeElement).toBe(
    item.getByRole('combobox', { name: 'Ingår i (frivilligt)' }).element(),
  );
  expect(await axe(el)).toEqual([]);
});

test('changing an organisation’s id changes it wherever the file names the organisation, and says so', async () => {
  const el = mount<DholEditor>(
    html`<dhol-editor .storage=${new MemoryStorage()} now="2026-11-24" .validationDelay=${50}></dhol-editor>`,
  );
  el.data = {
    formatVersion: '1.0',
    id: 'organisationer',
    organisations: [
      { id: 'valfard', name: { sv: 'Välfärd' }, kind: 'unit' },
      { id: 'aldre', name: { sv: 'Äldreomsorg' }, kind: 'unit', parent: 'valfard' },
      { id: 'skola', name: { sv: 'Skola' }, kind: 'unit', parent: 'valfard' },
    ],
  };
  await validated(el);
  const ui = within(el);
  await userEvent.click(
    ui
      .getByRole('navigation', { name: 'Delar av utkastet' })
      .getByRole('button', { name: /^Organisationer/ }),
  );
  const item = ui.getByRole('group', { name: 'Välfärd', exact: true });
  await expect.element(item.getByText('Nämns 2 gånger i filen.')).toBeVisible();
  const id = item.getByRole('textbox', { name: 'Organisationens id i filen' });
  await userEvent.click(id);
  await userEvent.keyboard('{End}-och-omsorg');
  await userEvent.tab();
  await validated(el);

  const parents = (getAt(el.data, ['organisations']) as { parent?: string }[]).map((o) => o.parent);
  expect(parents).toEqual([undefined, 'valfard-och-omsorg', 'valfard-och-omsorg']);
  await expect.element(item.getByText('Nämns 2 gånger i filen.')).toBeVisible();
  await expect
    .element(item.getByRole('status').filter({ hasText: 'Id:t ändrades' }))
    .toHaveTextContent(
      'Id:t ändrades från ”valfard” till ”valfard-och-omsorg” på 2 ställen där organisationen nämns.',
    );
  expect(el.currentIssues.filter((issue) => issue.severity === 'error')).toEqual([]);

  // One undo gives back the old id everywhere: the typing and the renaming it caused are one step.
  const organisations = () => getAt(el.data, ['organisations']) as { id: string; parent?: string }[];
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(organisations().map((o) => [o.id, o.parent])).toEqual([
    ['valfard', undefined],
    ['aldre', 'valfard'],
    ['skola', 'valfard'],
  ]);
  // Committed with Enter, undone while the field keeps focus, and changed again: renamed from the id the file has.
  await userEvent.click(id);
  await userEvent.keyboard('{End}-2{Enter}');
  expect(organisations().map((o) => o.parent)).toEqual([undefined, 'valfard-2', 'valfard-2']);
  await userEvent.keyboard('{Control>}z{/Control}');
  await el.updateComplete;
  await expect.element(id).toHaveValue('valfard');
  await userEvent.keyboard('{End}-och-omsorg{Enter}');
  await userEvent.tab();
  await validated(el);
  expect(organisations().map((o) => o.parent)).toEqual([
    undefined,
    'valfard-och-omsorg',
    'valfard-och-omsorg',
  ]);

  // An id another organisation has is not taken over: nothing is renamed, and validation says the id is taken.
  await userEvent.click(id);
  await userEvent.keyboard('{Control>}a{/Control}aldre');
  await userEvent.tab();
  await validated(el);
  expect((getAt(el.data, ['organisations']) as { parent?: string }[]).map((o) => o.parent)).toEqual([
    undefined,
    'valfard-och-omsorg',
    'valfard-och-omsorg',
  ]);
});
