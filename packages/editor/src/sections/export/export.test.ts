import { sormlandHandlingsplan2026 } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, MemoryStorage, mount, unmountAll, validated } from '../../../test/helpers.js';
import '../../components/editor/dhol-editor.js';
import type { DholEditor } from '../../components/editor/editor.js';
import { newPlanDataset } from '../plan/new-plan.js';
import { datasetFileName, datasetFileText, embedSnippet } from './file.js';

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

test('the file of an unedited example is the example, value for value, with its own $schema', () => {
  expect(JSON.parse(datasetFileText(sormlandHandlingsplan2026))).toEqual(sormlandHandlingsplan2026);
  expect(datasetFileName(sormlandHandlingsplan2026)).toBe('sormland-handlingsplan-2026.json');
});

test('a dataset without $schema gets the schema address first in its file', () => {
  const text = datasetFileText({ formatVersion: '1.0', plans: [] });
  expect(
    text.startsWith(
      '{\n  "$schema": "https://cdn.jsdelivr.net/npm/@dhol/core@0/schema/dataset.schema.json",\n  "formatVersion": "1.0"',
    ),
  ).toBe(true);
});

test('the embed code has the script and one element per plan, and names the plan when there are several', () => {
  const one = embedSnippet(sormlandHandlingsplan2026, {
    scriptUrl: '/dhol/dhol.js',
    dataUrl: '/data/p.json',
    lang: 'sv',
  });
  expect(one).toBe(
    '<script type="module" src="/dhol/dhol.js"></script>\n<dhol-plan src="/data/p.json"></dhol-plan>\n<dhol-coverage src="/data/p.json"></dhol-coverage>\n',
  );
  const two = embedSnippet(
    { plans: [{ id: 'a' }, { id: 'b"<' }] },
    { scriptUrl: '/x.js', dataUrl: '/d.json', lang: 'en' },
  );
  expect(two).toContain('<dhol-plan src="/d.json" lang="en" plan="b&quot;&lt;"></dhol-plan>');
});

test('downloading a plan with errors says what is still missing, each a link to its field; the draft can still be downloaded', async () => {
  const el = await open(newPlanDataset('Plan', 'local', true));
  await userEvent.click(within(el).getByRole('button', { name: 'Ladda ner', exact: true }));
  await el.updateComplete;
  const missing = within(el).getByRole('group', {
    name: 'Det här behöver rättas innan filen kan publiceras',
  });
  await expect.element(missing).toBeVisible();
  expect(el.shadowRoot!.activeElement?.id).toBe('export-missing');
  await expect.element(within(el).getByRole('button', { name: 'Ladda ner utkastet med fel' })).toBeVisible();
  expect(await axe(el)).toEqual([]);
  expect(el.hasUndownloadedChanges).toBe(false);
  await userEvent.click(missing.getByRole('link', { name: /Område som planen gäller/ }));
  await el.updateComplete;
  expect(el.shadowRoot!.activeElement?.getAttribute('role')).toBe('combobox');
});

test('a valid plan downloads at once and no longer counts as changes not downloaded', async () => {
  const el = await open(structuredClone(sormlandHandlingsplan2026));
  await userEvent.fill(
    within(el).getByRole('textbox', { name: 'Diarienummer (frivilligt)' }),
    'NSV26-0035-2',
  );
  expect(el.hasUndownloadedChanges).toBe(true);
  await validated(el);
  await userEvent.click(within(el).getByRole('button', { name: 'Ladda ner', exact: true }));
  expect(el.hasUndownloadedChanges).toBe(false);
  expect(JSON.parse(el.fileText()).plans[0].decision.diarienummer).toBe('NSV26-0035-2');
});
