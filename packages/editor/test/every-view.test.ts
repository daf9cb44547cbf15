// Each example dataset of @dhol/data (and the national framework's own file), opened and walked through view by
// view at a phone's 320 px, as a coordinator reading it would: every view is drawn without an accessibility
// violation and without a page that scrolls sideways, nothing is changed by looking, and the file downloaded
// afterwards is the example, value for value and key for key; a reload brings the same draft back.
import { exampleDatasets, nationalFrameworkDataset } from '@dhol/data';
import { html } from 'lit';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import '../src/components/editor/dhol-editor.js';
import type { DholEditor } from '../src/components/editor/editor.js';
import { axe, MemoryStorage, mount, unmountAll, validated } from './helpers.js';

const datasets: [string, unknown][] = [
  ...Object.entries(exampleDatasets),
  ['det-handlar-om-livet-2025', nationalFrameworkDataset],
];

function editor(storage: Storage): DholEditor {
  return mount<DholEditor>(
    html`<dhol-editor .storage=${storage} .now=${'2026-11-24'} .validationDelay=${50}></dhol-editor>`,
  );
}

/** The labels of the navigation's links, in order (each is one view of the draft). */
function viewNames(el: DholEditor): string[] {
  return [...el.shadowRoot!.querySelectorAll('nav.parts button')].map((b) => b.textContent!.trim());
}

/** Elements of the editor that reach past the right edge of a 320 px page, as `tag.class: right edge` lines. */
function pastTheEdge(el: DholEditor): string[] {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.getBoundingClientRect().right > width + 0.5)
    .slice(0, 5)
    .map((node) => `${node.localName}.${node.className}: ${Math.round(node.getBoundingClientRect().right)}`);
}

beforeAll(async () => {
  await page.viewport(320, 640);
});
afterAll(async () => {
  await page.viewport(1280, 800);
});
afterEach(() => unmountAll());

describe.each(datasets)('%s', (name, data) => {
  test('every view at 320 px has no accessibility violation and no sideways scroll; the file is the example, also after a reload', {
    timeout: 300_000,
  }, async () => {
    const original = JSON.stringify(data);
    const storage = new MemoryStorage();
    const el = editor(storage);
    el.data = structuredClone(data);
    await validated(el);
    const views = viewNames(el);
    expect(views.length, name).toBeGreaterThan(1);
    for (let i = 0; i < views.length; i++) {
      const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav.parts button')[i]!;
      expect(button.textContent!.trim()).toBe(views[i]);
      button.click();
      await validated(el);
      expect(button.getAttribute('aria-current'), views[i]).toBe('page');
      expect(await axe(el), views[i]).toEqual([]);
      expect(pastTheEdge(el), views[i]).toEqual([]);
      // A list of activities: the first activity's own form too (its goal links, notes, parties).
      const activity = el.shadowRoot!.querySelector<HTMLButtonElement>('.activity-row button.title');
      if (activity) {
        const title = `${views[i]}: ${activity.textContent!.trim()}`;
        activity.click();
        await validated(el);
        expect(await axe(el), title).toEqual([]);
        expect(pastTheEdge(el), title).toEqual([]);
      }
    }
    expect(el.hasUndownloadedChanges).toBe(false);
    expect(JSON.stringify(el.data)).toBe(original);
    // The downloaded file: the example with its own $schema, value for value.
    const file = JSON.parse(el.fileText());
    expect(file).toEqual(data);
    expect(JSON.stringify(file)).toBe(original);

    unmountAll();
    const reloaded = editor(storage);
    await validated(reloaded);
    expect(JSON.stringify(reloaded.data)).toBe(original);
  });
});
