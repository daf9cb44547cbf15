import { surahammarHandslag } from '@dhol/data';
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, MemoryStorage, mount, unmountAll, validated } from '../../../test/helpers.js';
import '../../components/editor/dhol-editor.js';
import type { DholEditor } from '../../components/editor/editor.js';
import type { FetchText } from './import-file.js';
import { openFetch } from './open.js';

const within = (el: Element) => page.elementLocator(el);
const original = openFetch.fetch;
afterEach(() => {
  openFetch.fetch = original;
  unmountAll();
});

async function editor(): Promise<DholEditor> {
  const el = mount<DholEditor>(
    html`<dhol-editor .storage=${new MemoryStorage()} now="2026-11-24" .validationDelay=${50}></dhol-editor>`,
  );
  await el.updateComplete;
  return el;
}

const chooseFile = (el: DholEditor, name: string, text: string, type = 'application/json') =>
  userEvent.upload(within(el).getByLabelText('Välj en fil från datorn'), new File([text], name, { type }));

describe('opening a file', () => {
  test('a dhol file opens as a draft, value for value', async () => {
    const el = await editor();
    await chooseFile(el, 'surahammar-handslag.json', JSON.stringify(surahammarHandslag));
    await validated(el);
    expect(el.data).toEqual(surahammarHandslag);
    await expect.element(within(el).getByRole('heading', { name: /^Om handslaget: / })).toBeVisible();
  });

  test('an invalid dhol file opens with its issues listed, and keeps what the form cannot show', async () => {
    const el = await editor();
    const broken = {
      formatVersion: '1.0',
      agreements: [
        {
          id: 'h',
          kind: 'handslag',
          title: { sv: 'Trasigt handslag' },
          parties: [],
          okänt: { behålls: true },
        },
      ],
    };
    await chooseFile(el, 'trasig.json', JSON.stringify(broken));
    await validated(el);
    expect(el.data).toEqual(broken);
    await expect.element(within(el).getByRole('region', { name: 'Det finns problem' })).toBeVisible();
    expect(await axe(el)).toEqual([]);
  });

  test('a file that is not JSON says so, with the reason, and opens nothing', async () => {
    const el = await editor();
    await chooseFile(el, 'plan.json', '{"plans": [');
    const result = within(el).getByRole('region', { name: 'Filen kunde inte öppnas' });
    await expect.element(result).toBeVisible();
    await expect.element(result.getByText(/Filen är inte giltig JSON/)).toBeVisible();
    expect(el.isOpen).toBe(false);
    expect(await axe(el)).toEqual([]);
  });

  test('a CSV file of values with errors lists them by row and column and opens nothing', async () => {
    const el = await editor();
    await chooseFile(
      el,
      'varden.csv',
      'indicator;area;period;sex;value\r\nx;1907;2023;T;tolv\r\n',
      'text/csv',
    );
    const result = within(el).getByRole('region', { name: 'Filen kunde inte öppnas' });
    await expect.element(result.getByText(/rad 2, kolumn ”value”/)).toBeVisible();
    expect(el.isOpen).toBe(false);
  });

  test('an address that is not found says so; a good address opens', async () => {
    const el = await editor();
    openFetch.fetch = (async () => ({ ok: false, status: 404, text: async () => '' })) satisfies FetchText;
    await userEvent.fill(
      within(el).getByRole('textbox', { name: 'Eller öppna en fil från en webbadress' }),
      'https://example.org/saknas.json',
    );
    await userEvent.click(within(el).getByRole('button', { name: 'Hämta och öppna' }));
    await expect.element(within(el).getByText(/Det finns ingen fil på adressen/)).toBeVisible();
    expect(await axe(el)).toEqual([]);
    openFetch.fetch = (async () => ({
      ok: true,
      status: 200,
      text: async () => JSON.stringify(surahammarHandslag),
    })) satisfies FetchText;
    await userEvent.click(within(el).getByRole('button', { name: 'Hämta och öppna' }));
    await validated(el);
    expect(el.data).toEqual(surahammarHandslag);
  });
});
