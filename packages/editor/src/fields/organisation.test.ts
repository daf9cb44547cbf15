import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, MemoryStorage, mount, unmountAll, validated } from '../../test/helpers.js';
import '../components/editor/dhol-editor.js';
import type { DholEditor } from '../components/editor/editor.js';

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
