import { validateDataset } from '@dhol/core';
import { areas, nationalFramework, sormlandHandlingsplan2026 } from '@dhol/data';
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, MemoryStorage, mount, nextEvent, unmountAll, validated } from '../../../test/helpers.js';
import { getAt } from '../../store/path.js';
import './dhol-editor.js';
import { type DholEditor, DholEditor as DholEditorClass } from './editor.js';
import type { DholChangeEvent } from './events.js';

const NOW = '2026-11-24';
const within = (el: Element) => page.elementLocator(el);
/** The element that has focus inside the editor's shadow root, once the editor has finished drawing. */
async function focusedIn(el: DholEditor): Promise<Element | null> {
  while (!(await el.updateComplete)) {
    // another update was requested while this one ran
  }
  return el.shadowRoot!.activeElement;
}

afterEach(() => unmountAll());

function editor(storage: Storage = new MemoryStorage(), lang = 'sv'): DholEditor {
  return mount<DholEditor>(
    html`<dhol-editor lang=${lang} .storage=${storage} .now=${NOW} .validationDelay=${50}></dhol-editor>`,
  );
}

async function newPlan(el: DholEditor, title: string): Promise<void> {
  await el.updateComplete;
  await userEvent.fill(within(el).getByRole('textbox', { name: 'Planens titel' }), title);
  await userEvent.click(within(el).getByRole('button', { name: 'Skapa planen' }));
  await validated(el);
}

describe('starting', () => {
  test('with nothing open, the start view offers a new plan and says there are no saved drafts', async () => {
    const el = editor();
    await el.updateComplete;
    await expect.element(within(el).getByRole('heading', { name: 'Vad vill du göra?' })).toBeVisible();
    await expect
      .element(within(el).getByRole('heading', { name: 'Skriv en ny handlingsplan' }))
      .toBeVisible();
    await expect
      .element(within(el).getByText('Det finns inga sparade utkast i den här webbläsaren.'))
      .toBeVisible();
    expect(await axe(el)).toEqual([]);
  });

  test('a new plan without a title is refused at the field, in words, and nothing is opened', async () => {
    const el = editor();
    await el.updateComplete;
    await userEvent.click(within(el).getByRole('button', { name: 'Skapa planen' }));
    await el.updateComplete;
    await expect.element(within(el).getByText(/Skriv planens titel\./)).toBeVisible();
    const input = within(el).getByRole('textbox', { name: 'Planens titel' });
    await expect.element(input).toHaveAttribute('aria-invalid', 'true');
    expect(await focusedIn(el)).toBe(input.element());
    expect(el.isOpen).toBe(false);
    expect(await axe(el)).toEqual([]);
  });

  test('a new plan with the seven delmål laid out holds one section per delmål of the national framework', async () => {
    const el = editor();
    await newPlan(el, 'Handlingsplan för psykisk hälsa');
    const plan = getAt(el.data, ['plans', 0]) as Record<string, unknown>;
    expect(plan['title']).toEqual({ sv: 'Handlingsplan för psykisk hälsa' });
    expect(plan['id']).toBe('handlingsplan-for-psykisk-halsa');
    expect((plan['sections'] as { goal: string }[]).map((s) => s.goal)).toEqual([
      'delmal-1',
      'delmal-2',
      'delmal-3',
      'delmal-4',
      'delmal-5',
      'delmal-6',
      'delmal-7',
    ]);
    await expect
      .element(within(el).getByRole('heading', { name: /^Om planen: Handlingsplan/ }))
      .toBeVisible();
    expect(await axe(el)).toEqual([]);
  });
});

describe('editing', () => {
  test('typing in a field changes the dataset at once and fires dhol-change with the issues of that draft', async () => {
    const el = editor();
    await newPlan(el, 'Plan');
    const changed = nextEvent<DholChangeEvent>(el, 'dhol-change');
    await userEvent.fill(
      within(el).getByRole('textbox', { name: 'Undertitel (frivilligt)' }),
      'År 2025–2034',
    );
    expect(getAt(el.data, ['plans', 0, 'subtitle'])).toEqual({ sv: 'År 2025–2034' });
    const event = await changed;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail.dataset).toBe(el.data);
    const expected = validateDataset(el.data, { frameworks: [nationalFramework], areas, now: NOW });
    expect(event.detail.issues).toEqual(expected.issues);
  });

  test('clearing an optional field removes its value from the file', async () => {
    const el = editor();
    await newPlan(el, 'Plan');
    const subtitle = within(el).getByRole('textbox', { name: 'Undertitel (frivilligt)' });
    await userEvent.fill(subtitle, 'År');
    await userEvent.clear(subtitle);
    expect(getAt(el.data, ['plans', 0])).not.toHaveProperty('subtitle');
  });

  test('an issue shows at its field and in the error summary, whose link moves focus to the field', async () => {
    const el = editor();
    await newPlan(el, 'Plan');
    // A new plan covers no area yet: core says the scope needs one.
    const summary = within(el).getByRole('region', { name: 'Det finns problem' });
    await expect.element(summary).toBeVisible();
    const link = summary.getByRole('link', { name: /Område som planen gäller: lägg till minst en\./ });
    expect(summary.element().textContent).not.toMatch(/scope/);
    await userEvent.click(link);
    const combobox = within(el).getByRole('combobox', { name: 'Område som planen gäller' });
    expect(await focusedIn(el)).toBe(combobox.element());
    await expect.element(combobox).toHaveAttribute('aria-invalid', 'true');
    expect(await axe(el)).toEqual([]);
  });

  test('the area picker finds a län by name without its diacritics, picks it with Enter, and the error goes', async () => {
    const el = editor();
    await newPlan(el, 'Plan');
    const combobox = within(el).getByRole('combobox', { name: 'Område som planen gäller' });
    await userEvent.click(combobox);
    await userEvent.keyboard('sodermanl');
    await expect.element(within(el).getByRole('option', { name: /^Södermanlands län/ })).toBeVisible();
    expect(await axe(el)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(getAt(el.data, ['plans', 0, 'scope'])).toEqual(['04']);
    await validated(el);
    await expect.element(combobox).toHaveAttribute('aria-invalid', 'false');
  });

  test('Ctrl+Z undoes a run of typing as one step and Ctrl+Shift+Z and Ctrl+Y redo it', async () => {
    const el = editor();
    await newPlan(el, 'Plan');
    const title = within(el).getByRole('textbox', { name: 'Titel' });
    await userEvent.click(title);
    await userEvent.keyboard(' om livet');
    expect(getAt(el.data, ['plans', 0, 'title', 'sv'])).toBe('Plan om livet');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(getAt(el.data, ['plans', 0, 'title', 'sv'])).toBe('Plan');
    await el.updateComplete;
    await expect.element(title).toHaveValue('Plan');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(getAt(el.data, ['plans', 0, 'title', 'sv'])).toBe('Plan om livet');
    await userEvent.keyboard('{Control>}z{/Control}');
    await userEvent.keyboard('{Control>}y{/Control}');
    expect(getAt(el.data, ['plans', 0, 'title', 'sv'])).toBe('Plan om livet');
  });
});

describe('nothing is lost', () => {
  test('a new editor on the same storage (a reload) brings the draft back as it was left', async () => {
    const storage = new MemoryStorage();
    const first = editor(storage);
    await newPlan(first, 'Plan');
    await userEvent.fill(
      within(first).getByRole('textbox', { name: 'Diarienummer (frivilligt)' }),
      'KS 2026/17',
    );
    const left = first.data;
    unmountAll();
    const second = editor(storage);
    await validated(second);
    expect(second.data).toEqual(left);
    await expect.element(within(second).getByText(/^Ditt utkast från .* är återställt\.$/)).toBeVisible();
  });

  test('when the storage is full the editor says so and keeps every change in the form', async () => {
    const storage = new MemoryStorage();
    const el = editor(storage);
    await newPlan(el, 'Plan');
    storage.quota = 0;
    await userEvent.fill(
      within(el).getByRole('textbox', { name: 'Diarienummer (frivilligt)' }),
      'KS 2026/17',
    );
    await el.updateComplete;
    await expect.element(within(el).getByText(/^Webbläsarens lagring är full/)).toBeVisible();
    expect(getAt(el.data, ['plans', 0, 'decision', 'diarienummer'])).toBe('KS 2026/17');
    expect(await axe(el)).toEqual([]);
    storage.quota = Number.POSITIVE_INFINITY;
    await userEvent.type(within(el).getByRole('textbox', { name: 'Diarienummer (frivilligt)' }), '8');
    await el.updateComplete;
    await expect.element(within(el).getByText(/^Webbläsarens lagring är full/)).not.toBeInTheDocument();
  });

  test('when the preview cannot be loaded the editor says so in words and the form keeps every keystroke', async () => {
    const load = DholEditorClass.loadPreviewElements;
    DholEditorClass.loadPreviewElements = () => Promise.reject(new TypeError('Failed to fetch a chunk'));
    try {
      const el = editor();
      await newPlan(el, 'Handlingsplan för psykisk hälsa');
      await expect
        .element(
          within(el)
            .getByRole('alert')
            .getByText(/^Förhandsvisningen kunde inte läsas in\./),
        )
        .toBeVisible();
      await userEvent.type(
        within(el).getByRole('textbox', { name: 'Diarienummer (frivilligt)' }),
        'KS 2026/17',
      );
      await validated(el);
      await expect
        .element(within(el).getByRole('textbox', { name: 'Diarienummer (frivilligt)' }))
        .toHaveValue('KS 2026/17');
      expect(getAt(el.data, ['plans', 0, 'decision', 'diarienummer'])).toBe('KS 2026/17');
      expect(await axe(el)).toEqual([]);
    } finally {
      DholEditorClass.loadPreviewElements = load;
    }
  });

  // Each example opened and downloaded without edits: test/every-view.test.ts.

  test('an invalid file opened shows its issues and keeps every value, the wrong ones too', async () => {
    const broken = structuredClone(sormlandHandlingsplan2026);
    const plan = broken.plans![0]!;
    plan.decision!.date = '2026-13-45';
    (plan.activities[0] as { status: string }).status = 'klar';
    const text = JSON.stringify(broken);
    const el = editor();
    el.data = broken;
    await validated(el);
    expect(JSON.stringify(el.data)).toBe(text);
    const summary = within(el).getByRole('region', { name: 'Det finns problem' });
    await expect.element(summary.getByRole('link', { name: /2026-13-45/ })).toBeVisible();
    expect(await axe(el)).toEqual([]);
  });
});
