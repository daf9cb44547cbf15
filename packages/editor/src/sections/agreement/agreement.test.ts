import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, MemoryStorage, mount, unmountAll, validated } from '../../../test/helpers.js';
import '../../components/editor/dhol-editor.js';
import type { DholEditor } from '../../components/editor/editor.js';
import { getAt } from '../../store/path.js';

const within = (el: Element) => page.elementLocator(el);
afterEach(() => unmountAll());

function editor(): DholEditor {
  return mount<DholEditor>(
    html`<dhol-editor .storage=${new MemoryStorage()} now="2026-11-24" .validationDelay=${50}></dhol-editor>`,
  );
}

async function newHandslag(el: DholEditor): Promise<void> {
  await el.updateComplete;
  const form = within(el).getByRole('region', { name: 'Skriv ett nytt handslag' });
  await userEvent.fill(
    form.getByRole('textbox', { name: 'Handslagets titel' }),
    'Handslag: Det handlar om livet',
  );
  await userEvent.fill(
    form.getByRole('group', { name: 'Huvudman' }).getByRole('textbox', { name: 'Namn' }),
    'Surahammars kommun',
  );
  await userEvent.fill(
    form
      .getByRole('group', { name: 'Part som ger kunskaps- och processtöd' })
      .getByRole('textbox', { name: 'Namn' }),
    'Välfärd',
  );
  await userEvent.selectOptions(
    form
      .getByRole('group', { name: 'Part som ger kunskaps- och processtöd' })
      .getByRole('combobox', { name: 'Typ av organisation' }),
    'Del av en organisation (förvaltning, division, enhet)',
  );
  await userEvent.click(form.getByRole('button', { name: 'Skapa handslaget' }));
  await validated(el);
}

const nav = (el: DholEditor, name: string) =>
  userEvent.click(
    within(el).getByRole('navigation', { name: 'Delar av utkastet' }).getByRole('button', { name }),
  );

describe('a new handslag', () => {
  test('without a title or parties is refused at each field, in words, and nothing opens', async () => {
    const el = editor();
    await el.updateComplete;
    await userEvent.click(within(el).getByRole('button', { name: 'Skapa handslaget' }));
    await el.updateComplete;
    await expect.element(within(el).getByText(/Skriv handslagets titel\./)).toBeVisible();
    expect(
      within(el)
        .getByText(/Skriv partens namn\./)
        .elements(),
    ).toHaveLength(2);
    expect(el.isOpen).toBe(false);
    expect(await axe(el)).toEqual([]);
  });

  test('has two parties with their roles and two decision steps laid out to fill in', async () => {
    const el = editor();
    await newHandslag(el);
    const agreement = getAt(el.data, ['agreements', 0]) as Record<string, unknown>;
    expect(agreement['kind']).toBe('handslag');
    expect(agreement['parties']).toEqual([
      { organisation: 'surahammars-kommun', role: 'owner', duties: [] },
      { organisation: 'valfard', role: 'support', duties: [] },
    ]);
    expect(getAt(el.data, ['organisations', 1])).toEqual({
      id: 'valfard',
      name: { sv: 'Välfärd' },
      kind: 'unit',
    });
    expect(agreement['decisionSteps']).toHaveLength(2);
    await expect.element(within(el).getByRole('heading', { name: /^Om handslaget: Handslag/ })).toBeVisible();
    expect(await axe(el)).toEqual([]);
  });
});

describe('the handslag’s forms', () => {
  test('every part of a handslag shows as a form without accessibility violations', async () => {
    const el = editor();
    await newHandslag(el);
    for (const part of [
      'Parter',
      'Texter',
      'Styrning och beslut',
      'Strategier och utgångsläge',
      'Uppföljning',
    ]) {
      await nav(el, part);
      await validated(el);
      await expect.element(within(el).getByRole('heading', { name: new RegExp(`^${part}: `) })).toBeVisible();
      expect(await axe(el), part).toEqual([]);
    }
  });

  test('a party’s role is a word, its duties are added one by one', async () => {
    const el = editor();
    await newHandslag(el);
    await nav(el, 'Parter');
    const party = within(el).getByRole('group', { name: 'Part 2' });
    await expect
      .element(party.getByRole('combobox', { name: 'Roll' }))
      .toHaveDisplayValue('Kunskaps- och processtöd');
    await userEvent.click(party.getByRole('button', { name: 'Lägg till ett åtagande' }));
    await userEvent.fill(party.getByRole('textbox', { name: 'Åtagande' }), 'Välfärd bidrar med metoder.');
    expect(getAt(el.data, ['agreements', 0, 'parties', 1, 'duties'])).toEqual([
      { sv: 'Välfärd bidrar med metoder.' },
    ]);
  });

  test('a decision step is marked done and signed; the status and a check-in are written', async () => {
    const el = editor();
    await newHandslag(el);
    await nav(el, 'Styrning och beslut');
    const step = within(el).getByRole('group', { name: 'Beslutssteg 1' });
    await userEvent.click(step.getByRole('checkbox', { name: 'Organet har fattat beslut' }));
    await userEvent.fill(
      step.getByRole('textbox', { name: 'Undertecknat av (frivilligt)' }),
      'Anna Andersson',
    );
    const signed = step.getByRole('group', { name: 'Datum för underskriften (frivilligt)' });
    await userEvent.fill(signed.getByRole('textbox', { name: 'År' }), '2026');
    await userEvent.fill(signed.getByRole('textbox', { name: 'Månad' }), '05');
    await userEvent.fill(signed.getByRole('textbox', { name: 'Dag' }), '20');
    const saved = getAt(el.data, ['agreements', 0, 'decisionSteps', 0]);
    expect(saved).toMatchObject({ done: true, signedBy: 'Anna Andersson', signedDate: '2026-05-20' });

    await nav(el, 'Uppföljning');
    await userEvent.click(within(el).getByRole('radio', { name: 'Undertecknat' }));
    await userEvent.click(within(el).getByRole('button', { name: 'Lägg till en avstämning' }));
    await userEvent.click(within(el).getByRole('checkbox', { name: 'Surahammars kommun' }));
    expect(getAt(el.data, ['agreements', 0, 'status'])).toBe('signed');
    expect(getAt(el.data, ['agreements', 0, 'checkIns'])).toEqual([
      { date: '', participants: ['surahammars-kommun'] },
    ]);
    await validated(el);
    expect(await axe(el)).toEqual([]);
  });

  test('the baseline picks the area and the dataset’s indicators, and is removed again', async () => {
    const el = editor();
    await newHandslag(el);
    el.store.edit(['indicators'], [{ id: 'fullgod', title: { sv: 'Fullgod psykisk hälsa' } }]);
    await nav(el, 'Strategier och utgångsläge');
    await userEvent.click(within(el).getByRole('button', { name: 'Ange ett utgångsläge' }));
    await userEvent.selectOptions(within(el).getByRole('combobox', { name: 'Område' }), 'Surahammar');
    await userEvent.fill(within(el).getByRole('textbox', { name: 'Period' }), '2023');
    await userEvent.click(within(el).getByRole('checkbox', { name: 'Fullgod psykisk hälsa' }));
    expect(getAt(el.data, ['agreements', 0, 'baseline'])).toEqual({
      area: '1907',
      period: '2023',
      indicators: ['fullgod'],
    });
    await userEvent.click(within(el).getByRole('button', { name: 'Ta bort utgångsläget' }));
    expect(getAt(el.data, ['agreements', 0])).not.toHaveProperty('baseline');
  });
});
