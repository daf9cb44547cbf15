import { nationalFramework, sormlandHandlingsplan2026 } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  axe,
  DARK_SCHEME,
  drawnScheme,
  mount,
  nextState,
  shadow,
  unmountAll,
} from '../../../test/helpers.js';
import { define } from '../../define.js';
import type { DholSelectEvent } from '../../events.js';
import './dhol-framework.js';
import { DholFramework } from './framework.js';

afterEach(unmountAll);

const within = (el: Element) => page.elementLocator(el);
const delmalButtons = (el: Element) =>
  within(el)
    .getByRole('button', { name: /^Delmål \d/ })
    .elements() as HTMLButtonElement[];

test('with no data the bundled national framework is shown with its vision and all seven delmål', async () => {
  const el = mount<DholFramework>(html`<dhol-framework></dhol-framework>`);
  await el.updateComplete;
  await expect
    .element(within(el).getByRole('heading', { level: 2, name: /Det handlar om livet – nationell strategi/ }))
    .toBeVisible();
  expect(shadow(el).textContent).toContain('Ett samhälle som främjar en god och jämlik psykisk hälsa');
  const buttons = delmalButtons(el);
  expect(buttons).toHaveLength(7);
  expect(buttons[5]?.textContent).toContain('Stärkt suicidpreventivt arbete');
  expect(await axe(el)).toEqual([]);
});

test('an overarching goal known only in English is marked as English and as a translation', async () => {
  const el = mount<DholFramework>(html`<dhol-framework></dhol-framework>`);
  await el.updateComplete;
  const overarching = shadow(el).querySelector('[part~="overarching"]');
  expect(overarching).not.toBeNull();
  const first = overarching?.querySelector('li');
  expect(first?.querySelector('[lang="en"]')?.textContent).toContain(
    'Improved mental health across the entire population',
  );
  expect(first?.textContent).toContain('(på engelska)');
  expect(first?.textContent).toContain('Översättning');
});

test('an unverified Swedish wording carries a badge saying so', async () => {
  const el = mount<DholFramework>(html`<dhol-framework></dhol-framework>`);
  await el.updateComplete;
  const third = shadow(el).querySelectorAll('[part~="overarching"] > li')[2];
  expect(third?.textContent).toContain('Minskad påverkbar ojämlikhet i psykisk hälsa');
  expect(third?.textContent).toContain('Ej verifierad ordalydelse');
});

test('a reader can open the source of the vision on demand', async () => {
  const el = mount<DholFramework>(html`<dhol-framework></dhol-framework>`);
  await el.updateComplete;
  const summary = within(el).getByText('Källa: Vision', { exact: false });
  const details = summary.element().closest('details');
  expect(details?.open).toBe(false);
  await summary.click();
  expect(details?.open).toBe(true);
  expect(details?.textContent).toContain(nationalFramework.vision?.sv?.source ?? '—');
});

test('the notes about the strategy as a whole are shown with their source', async () => {
  const el = mount<DholFramework>(html`<dhol-framework></dhol-framework>`);
  await el.updateComplete;
  await expect.element(within(el).getByRole('heading', { level: 3, name: 'Om strategin' })).toBeVisible();
  const notes = shadow(el).querySelector('[part~="notes"]');
  expect(notes?.textContent).toContain('Folkhälsomyndigheten och Socialstyrelsen samordnar');
  expect(notes?.querySelectorAll('details')).toHaveLength(nationalFramework.notes?.length ?? 0);
});

test('a keyboard user opens a delmål with Enter, moves with the arrow keys and sees its priorities', async () => {
  const el = mount<DholFramework>(html`<dhol-framework></dhol-framework>`);
  await el.updateComplete;
  const picked: string[] = [];
  el.addEventListener('dhol-select', (event: DholSelectEvent) => picked.push(event.detail.id));
  const [first] = delmalButtons(el);
  first?.focus();
  await userEvent.keyboard('{Enter}');
  expect(first?.getAttribute('aria-expanded')).toBe('true');
  expect(picked).toEqual(['delmal-1']);
  await userEvent.keyboard('{End}');
  expect(el.shadowRoot?.activeElement?.textContent).toContain('Delmål 7');
  await userEvent.keyboard('{ArrowUp}');
  const sixth = el.shadowRoot?.activeElement as HTMLElement;
  expect(sixth.textContent).toContain('Delmål 6');
  await userEvent.keyboard(' ');
  await el.updateComplete;
  expect(sixth.getAttribute('aria-expanded')).toBe('true');
  expect(el.selected).toBe('delmal-6');
  const panel = shadow(el).getElementById(sixth.getAttribute('aria-controls') ?? '');
  expect(panel?.hidden).toBe(false);
  expect(panel?.querySelectorAll('[part~="priorities"] > li')).toHaveLength(6);
  expect(await axe(el)).toEqual([]);
});

test('activating an open delmål closes it again without a new selection', async () => {
  const el = mount<DholFramework>(html`<dhol-framework selected="delmal-3"></dhol-framework>`);
  await el.updateComplete;
  const third = delmalButtons(el)[2] as HTMLButtonElement;
  expect(third.getAttribute('aria-expanded')).toBe('true');
  let events = 0;
  el.addEventListener('dhol-select', () => events++);
  third.click();
  await el.updateComplete;
  expect(third.getAttribute('aria-expanded')).toBe('false');
  expect(events).toBe(0);
});

test('the show-all button opens every delmål and then hides them all', async () => {
  const el = mount<DholFramework>(html`<dhol-framework></dhol-framework>`);
  await el.updateComplete;
  await within(el).getByRole('button', { name: 'Visa alla delmål' }).click();
  expect(delmalButtons(el).every((b) => b.getAttribute('aria-expanded') === 'true')).toBe(true);
  await within(el).getByRole('button', { name: 'Dölj alla delmål' }).click();
  expect(delmalButtons(el).every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
});

test('with the Sörmland plan each delmål shows how many activities address it', async () => {
  const el = mount<DholFramework>(html`<dhol-framework .data=${sormlandHandlingsplan2026}></dhol-framework>`);
  expect(await nextState(el)).toBe('content');
  const counts = delmalButtons(el).map((b) => b.querySelector('[part~="count"]')?.textContent?.trim());
  expect(counts).toEqual([
    '7 aktiviteter',
    '6 aktiviteter',
    '5 aktiviteter',
    '6 aktiviteter',
    '7 aktiviteter',
    '5 aktiviteter',
    '4 aktiviteter',
  ]);
  expect(shadow(el).textContent).toContain('Antal aktiviteter per delmål i');
  expect(await axe(el)).toEqual([]);
});

test('in English the headings are English and Swedish-only delmål are marked as Swedish', async () => {
  const el = mount<DholFramework>(
    html`<dhol-framework lang="en" .data=${sormlandHandlingsplan2026}></dhol-framework>`,
  );
  expect(await nextState(el)).toBe('content');
  await expect.element(within(el).getByRole('heading', { name: 'Overarching goals' })).toBeVisible();
  const [first] = within(el)
    .getByRole('button', { name: /^Sub-goal \d/ })
    .elements();
  expect(first?.querySelector('[lang="sv"]')?.textContent).toContain(
    'Ökat fokus på att stärka psykiskt välbefinnande',
  );
  expect(first?.textContent).toContain('(in Swedish)');
  expect(first?.textContent).toContain('7 activities');
  expect(await axe(el)).toEqual([]);
});

test('heading-level puts the title at the level the host page needs', async () => {
  const el = mount<DholFramework>(html`<dhol-framework heading-level="4"></dhol-framework>`);
  await el.updateComplete;
  expect(shadow(el).querySelector('h4')?.textContent).toContain('Det handlar om livet');
  expect(shadow(el).querySelector('h2')).toBeNull();
});

test('a plan id that is not in the file is reported and no counts are shown', async () => {
  const el = mount<DholFramework>(
    html`<dhol-framework plan="finns-inte" .data=${sormlandHandlingsplan2026}></dhol-framework>`,
  );
  expect(await nextState(el)).toBe('content');
  expect(shadow(el).textContent).toContain('Planen ”finns-inte” finns inte i filen.');
  expect(shadow(el).querySelector('[part~="count"]')).toBeNull();
});

for (const lang of ['sv', 'en'] as const) {
  test(`while a file loads a status message is shown (${lang})`, async () => {
    const fetcher = () => new Promise<Response>(() => {});
    const el = mount<DholFramework>(
      html`<dhol-framework lang=${lang} src="/ramverk.json" .fetcher=${fetcher}></dhol-framework>`,
    );
    await el.updateComplete;
    expect(el.state).toBe('loading');
    expect(within(el).getByRole('status').element().textContent).toContain(
      lang === 'sv' ? 'Läser in' : 'Loading',
    );
    expect(await axe(el)).toEqual([]);
  });

  test(`an invalid file shows each issue with its place in the file (${lang})`, async () => {
    const broken = {
      formatVersion: '1.0',
      frameworks: [{ id: 'x', version: '1', title: {}, goals: 'inga' }],
    };
    const el = mount<DholFramework>(html`<dhol-framework lang=${lang} .data=${broken}></dhol-framework>`);
    expect(await nextState(el)).toBe('error');
    const alert = within(el).getByRole('alert').element().textContent;
    expect(alert).toContain(
      lang === 'sv' ? 'Uppgifterna kan inte visas just nu' : 'The information cannot be shown right now',
    );
    expect(alert).toContain(lang === 'sv' ? 'ska vara en lista' : 'must be a list');
    expect(alert).toContain('frameworks[0].goals');
    expect(await axe(el)).toEqual([]);
  });

  test(`a file with neither framework nor plan says so (${lang})`, async () => {
    const el = mount<DholFramework>(
      html`<dhol-framework lang=${lang} .data=${{ formatVersion: '1.0' }}></dhol-framework>`,
    );
    expect(await nextState(el)).toBe('empty');
    expect(shadow(el).textContent).toContain(
      lang === 'sv'
        ? 'Filen innehåller varken ett ramverk eller en plan.'
        : 'The file holds neither a framework nor a plan.',
    );
    expect(await axe(el)).toEqual([]);
  });

  test(`the national framework passes the WCAG 2.1 AA checks with every delmål open (${lang})`, async () => {
    const el = mount<DholFramework>(
      html`<dhol-framework lang=${lang} .data=${sormlandHandlingsplan2026}></dhol-framework>`,
    );
    await nextState(el);
    await within(el)
      .getByRole('button', { name: lang === 'sv' ? 'Visa alla delmål' : 'Show all sub-goals' })
      .click();
    await el.updateComplete;
    for (const details of shadow(el).querySelectorAll('details')) details.open = true;
    expect(await axe(el)).toEqual([]);
  });
}

test('a dataset that carries its own framework is shown instead of the national one', async () => {
  const own = {
    formatVersion: '1.0',
    frameworks: [
      {
        id: 'lokal-strategi',
        version: '1',
        title: {
          sv: {
            text: 'Lokal strategi för psykisk hälsa',
            status: 'verified',
            source: 'Kommunfullmäktige 2026',
          },
        },
        goals: [
          {
            id: 'a',
            kind: 'subgoal',
            number: 1,
            title: { sv: { text: 'Trygga skolor', status: 'verified', source: 'Strategin s. 3' } },
          },
          {
            id: 'a-1',
            kind: 'priority',
            parent: 'a',
            title: { sv: { text: 'Elevhälsa i varje skola', status: 'unverified', source: 'Utkast' } },
          },
        ],
      },
    ],
  };
  const el = mount<DholFramework>(html`<dhol-framework .data=${own}></dhol-framework>`);
  expect(await nextState(el)).toBe('content');
  expect(shadow(el).querySelector('h2')?.textContent).toContain('Lokal strategi för psykisk hälsa');
  const [only] = delmalButtons(el);
  expect(delmalButtons(el)).toHaveLength(1);
  only?.click();
  await el.updateComplete;
  const priority = shadow(el).querySelector('[part~="priorities"] > li');
  expect(priority?.textContent).toContain('Elevhälsa i varje skola');
  expect(priority?.textContent).toContain('Ej verifierad ordalydelse');
});

test('on a 320 px wide page the tree fits without sideways scrolling', async () => {
  const el = mount<DholFramework>(
    html`<dhol-framework style="width: 320px" selected="delmal-6"></dhol-framework>`,
  );
  await el.updateComplete;
  expect(el.scrollWidth).toBeLessThanOrEqual(320);
});

test("at 375 px with larger text, an airier spacing scale and a plan, each delmål's arrow stays on its title's first line", async () => {
  const el = mount<DholFramework>(
    html`<dhol-framework
      style="width: 375px; --dhol-font-size: 1.25em; --dhol-space-s: 1em; --dhol-space-m: 1.5em"
      .data=${sormlandHandlingsplan2026}
    ></dhol-framework>`,
  );
  await nextState(el);
  const markers = [...shadow(el).querySelectorAll('[part~="toggle-marker"]')];
  const titles = [...shadow(el).querySelectorAll('[part~="goal-title"]')];
  expect(markers).toHaveLength(7);
  expect(titles).toHaveLength(7);
  for (const [index, marker] of markers.entries()) {
    const firstLine = titles[index]!.getClientRects()[0]!;
    const arrow = marker.getBoundingClientRect();
    // On one line: the arrow's middle lies within the height of the title's first line.
    expect(arrow.top + arrow.height / 2).toBeGreaterThan(firstLine.top);
    expect(arrow.top + arrow.height / 2).toBeLessThan(firstLine.bottom);
  }
  expect(el.scrollWidth).toBeLessThanOrEqual(375);
});

test('the dark theme passes the WCAG 2.1 AA checks, colour contrast included', async () => {
  const wrapper = mount<HTMLDivElement>(
    html`<div class="dhol-theme-dark"><dhol-framework .data=${sormlandHandlingsplan2026} selected="delmal-6"></dhol-framework></div>`,
  );
  const el = wrapper.querySelector('dhol-framework') as DholFramework;
  await nextState(el);
  expect(drawnScheme(el), 'the dark theme applied').toEqual(DARK_SCHEME);
  expect(await axe(el)).toEqual([]);
});

test('priorities show counts only when the plan links activities to priorities', async () => {
  const plan = {
    formatVersion: '1.0',
    plans: [
      {
        id: 'liten-plan',
        kind: 'local',
        title: { sv: 'Liten plan' },
        scope: ['0484'],
        framework: 'det-handlar-om-livet-2025',
        activities: [
          {
            id: 'metoder',
            title: { sv: 'Säkrare broar' },
            goals: [{ goal: 'delmal-6-prioritering-4' }],
            kind: 'new',
            status: 'planned',
            responsible: [],
          },
        ],
      },
    ],
  };
  const el = mount<DholFramework>(html`<dhol-framework selected="delmal-6" .data=${plan}></dhol-framework>`);
  expect(await nextState(el)).toBe('content');
  const sixth = within(el)
    .getByRole('button', { name: /^Delmål 6/ })
    .element();
  const panel = shadow(el).getElementById(sixth.getAttribute('aria-controls') ?? '');
  const counts = [...(panel?.querySelectorAll('[part~="priorities"] > li') ?? [])].map(
    (li) => li.textContent?.match(/\((inga aktiviteter|1 aktivitet)\)/)?.[1],
  );
  expect(counts).toEqual([
    'inga aktiviteter',
    'inga aktiviteter',
    'inga aktiviteter',
    '1 aktivitet',
    'inga aktiviteter',
    'inga aktiviteter',
  ]);
  const sormland = mount<DholFramework>(
    html`<dhol-framework selected="delmal-6" .data=${sormlandHandlingsplan2026}></dhol-framework>`,
  );
  await nextState(sormland);
  expect(shadow(sormland).querySelector('[part~="priorities"]')?.textContent).not.toContain('aktivitet');
});

test('registering dhol-framework twice does not throw', () => {
  expect(() => define('dhol-framework', DholFramework)).not.toThrow();
  expect(customElements.get('dhol-framework')).toBe(DholFramework);
});
