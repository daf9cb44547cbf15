import type { Dataset } from '@dhol/core';
import { sormlandHandlingsplan2026 } from '@dhol/data';
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
  until,
} from '../../../test/helpers.js';
import { define } from '../../define.js';
import type { DholSelectEvent } from '../../events.js';
import { DholCoverage } from './coverage.js';
import './dhol-coverage.js';

afterEach(unmountAll);

const within = (el: Element) => page.elementLocator(el);
const sormlandTitle = sormlandHandlingsplan2026.plans?.[0]?.title.sv ?? '';

/** A small local plan written for these tests: two activities, on delmål 2 and 6. */
const localPlan: Dataset = {
  formatVersion: '1.0',
  organisations: [
    { id: 'eskilstuna-kommun', name: { sv: 'Eskilstuna kommun' }, kind: 'kommun', area: '0484' },
  ],
  plans: [
    {
      id: 'eskilstuna-lokal',
      kind: 'local',
      title: { sv: 'Lokal handlingsplan Eskilstuna', en: 'Local action plan Eskilstuna' },
      scope: ['0484'],
      framework: 'det-handlar-om-livet-2025',
      activities: [
        {
          id: 'skolkurator',
          title: { sv: 'Fler skolkuratorer' },
          goals: [{ goal: 'delmal-2' }],
          kind: 'new',
          status: 'planned',
          responsible: [{ organisation: 'eskilstuna-kommun', role: 'lead' }],
        },
        {
          id: 'utbildning',
          title: { sv: 'Utbildning i suicidprevention' },
          goals: [{ goal: 'delmal-6' }],
          kind: 'ongoing',
          status: 'ongoing',
          responsible: [{ organisation: 'eskilstuna-kommun', role: 'performer' }],
        },
      ],
    },
  ],
};

const headers = (el: Element) =>
  within(el)
    .getByRole('columnheader')
    .elements()
    .map((th) => th.textContent?.trim());
const bodyRows = (el: Element) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()),
  );

test('the Sörmland plan gives a table of all seven delmål with their activity counts', async () => {
  const el = mount<DholCoverage>(html`<dhol-coverage .data=${sormlandHandlingsplan2026}></dhol-coverage>`);
  expect(await nextState(el)).toBe('content');
  await expect
    .element(within(el).getByRole('table', { name: 'Antal aktiviteter per delmål och plan' }))
    .toBeVisible();
  expect(headers(el)).toEqual(['Delmål', sormlandTitle]);
  const rowHeaders = within(el)
    .getByRole('rowheader')
    .elements()
    .map((th) => th.textContent?.trim());
  expect(rowHeaders.slice(0, 7).map((h) => h?.slice(0, 9))).toEqual(
    [1, 2, 3, 4, 5, 6, 7].map((n) => `Delmål ${n}:`),
  );
  expect(rowHeaders[6]).toBe(
    'Delmål 7: Stärkt kunskapsutveckling inom området psykisk hälsa och suicidprevention',
  );
  const counts = [...shadow(el).querySelectorAll('tbody tr')].map((tr) =>
    Number.parseInt(tr.querySelector('td')?.textContent?.trim() ?? '', 10),
  );
  expect(counts).toEqual([7, 6, 5, 6, 7, 5, 4]);
  expect(shadow(el).querySelector('[part~="summary"]')?.textContent).toBe(
    '7 av 7 delmål har minst en aktivitet. Tabellen har inga luckor.',
  );
  expect(await axe(el)).toEqual([]);
});

test('several datasets become one column each, with every gap marked in words', async () => {
  const el = mount<DholCoverage>(
    html`<dhol-coverage .datasets=${[sormlandHandlingsplan2026, localPlan]}></dhol-coverage>`,
  );
  expect(await nextState(el)).toBe('content');
  expect(headers(el)).toEqual([
    'Delmål',
    sormlandTitle,
    'Lokal handlingsplan Eskilstuna',
    'Alla aktiviteter',
  ]);
  const rows = bodyRows(el).map((row) => row.slice(1));
  expect(rows[0]).toEqual(['7', '! Ingen (lucka)', '7']);
  expect(rows[1]).toEqual(['6', '1', '7']);
  expect(rows[5]).toEqual(['5', '1', '6']);
  expect(shadow(el).querySelectorAll('[part~="gap"]')).toHaveLength(5);
  expect(shadow(el).querySelector('[part~="summary"]')?.textContent).toContain('Tabellen har 5 luckor');
  const footer = [...shadow(el).querySelectorAll('tfoot td')].map((td) => td.textContent?.trim());
  expect(footer).toEqual(['32', '2', '34']);
  expect(await axe(el)).toEqual([]);
});

test('by organisation the columns are the responsible organisations, and unattributed activities are counted honestly', async () => {
  const el = mount<DholCoverage>(
    html`<dhol-coverage by="organisation" .data=${sormlandHandlingsplan2026}></dhol-coverage>`,
  );
  expect(await nextState(el)).toBe('content');
  await expect
    .element(
      within(el).getByRole('table', { name: 'Antal aktiviteter per delmål och ansvarig organisation' }),
    )
    .toBeVisible();
  const cols = headers(el);
  expect(cols[0]).toBe('Delmål');
  expect(cols.at(-1)).toBe('Alla aktiviteter');
  expect(cols).toHaveLength(1 + 10 + 1);
  expect(shadow(el).textContent).toContain('21 aktiviteter saknar angiven ansvarig organisation');
  expect(await axe(el)).toEqual([]);
});

test('by organisation a zero is shown plainly, not as a gap: only a delmål no organisation serves is marked', async () => {
  const el = mount<DholCoverage>(
    html`<dhol-coverage by="organisation" .data=${sormlandHandlingsplan2026}></dhol-coverage>`,
  );
  expect(await nextState(el)).toBe('content');
  const cells = bodyRows(el).flatMap((row) => row.slice(1));
  expect(cells.filter((cell) => cell === '0').length).toBeGreaterThan(40);
  // Every delmål has an activity in the Sörmland plan, so nothing is a gap (there were 53 warnings here).
  expect(shadow(el).querySelectorAll('[part~="gap"]')).toHaveLength(0);
  expect(shadow(el).textContent).not.toContain('Ingen (lucka)');
  expect(shadow(el).querySelector('[part~="summary"]')?.textContent).toBe(
    '7 av 7 delmål har minst en aktivitet. En nolla betyder bara att organisationen inte ansvarar för någon aktivitet under delmålet.',
  );
  const explanations = [...shadow(el).querySelectorAll('[part~="explanation"]')].map((p) => p.textContent);
  expect(explanations).toEqual([
    'En aktivitet som hör till flera delmål räknas under vart och ett av dem, så summan av en kolumn kan bli större än antalet aktiviteter på raden ”Aktiviteter totalt”.',
    'En aktivitet med flera ansvariga organisationer räknas i varje organisations kolumn, så summan av en rad kan bli större än talet under ”Alla aktiviteter”.',
  ]);
  expect(await axe(el)).toEqual([]);
});

test('by organisation a delmål no organisation serves is marked as a gap in its total, in both languages', async () => {
  for (const lang of ['sv', 'en'] as const) {
    const el = mount<DholCoverage>(
      html`<dhol-coverage by="organisation" lang=${lang} .data=${localPlan}></dhol-coverage>`,
    );
    expect(await nextState(el)).toBe('content');
    const rows = bodyRows(el).map((row) => row.slice(1));
    expect(rows[0]).toEqual(['0', lang === 'sv' ? '! Ingen (lucka)' : '! None (gap)']);
    expect(rows[1]).toEqual(['1', '1']);
    expect(shadow(el).querySelectorAll('[part~="gap"]')).toHaveLength(5);
    expect(shadow(el).querySelector('[part~="summary"]')?.textContent).toBe(
      lang === 'sv'
        ? '2 av 7 delmål har minst en aktivitet; de andra är markerade som luckor. En nolla betyder bara att organisationen inte ansvarar för någon aktivitet under delmålet.'
        : '2 of 7 sub-goals have at least one activity; the others are marked as gaps. A zero only means that the organisation is responsible for no activity under the sub-goal.',
    );
    expect(await axe(el)).toEqual([]);
  }
});

test('a keyboard user reaches a count and picks it with Enter, which tells the page the delmål and plan', async () => {
  const el = mount<DholCoverage>(html`<dhol-coverage .data=${sormlandHandlingsplan2026}></dhol-coverage>`);
  await nextState(el);
  const picked: DholSelectEvent[] = [];
  el.addEventListener('dhol-select', (event) => picked.push(event));
  // The table fits: its wrapper is no tab stop, so the first Tab reaches the first count.
  await until(() => shadow(el).querySelector('.scroll')?.getAttribute('data-scrolls') === 'false');
  await userEvent.tab();
  const count = within(el)
    .getByRole('button', { name: `7 aktiviteter: Delmål 1, ${sormlandTitle}` })
    .element();
  expect(el.shadowRoot?.activeElement).toBe(count);
  await userEvent.keyboard('{Enter}');
  expect(picked).toHaveLength(1);
  expect(picked[0]?.detail.id).toBe('delmal-1');
  const [event] = picked;
  expect(event?.detail.item).toMatchObject({ column: 'sormland-handlingsplan-2026', by: 'plan' });
  expect(event?.bubbles).toBe(true);
  expect(event?.composed).toBe(true);
});

test('in English the table speaks English and Swedish-only delmål titles are marked as Swedish', async () => {
  const el = mount<DholCoverage>(
    html`<dhol-coverage lang="en" .datasets=${[sormlandHandlingsplan2026, localPlan]}></dhol-coverage>`,
  );
  expect(await nextState(el)).toBe('content');
  expect(headers(el)).toEqual([
    'Sub-goal',
    expect.any(String),
    'Local action plan Eskilstuna',
    'All activities',
  ]);
  const first = within(el).getByRole('rowheader').elements()[0];
  expect(first?.textContent).toMatch(/^Sub-goal 1: /);
  expect(first?.querySelector('[lang="sv"]')?.textContent).toContain('Ökat fokus');
  expect(shadow(el).textContent).toContain('None (gap)');
  expect(await axe(el)).toEqual([]);
});

test('a delmål no plan reaches is listed under the table', async () => {
  const el = mount<DholCoverage>(html`<dhol-coverage .data=${localPlan}></dhol-coverage>`);
  expect(await nextState(el)).toBe('content');
  const uncovered = [...shadow(el).querySelectorAll('[part~="uncovered"] > li')].map((li) =>
    li.textContent?.slice(0, 9),
  );
  expect(uncovered).toEqual(['Delmål 1:', 'Delmål 3:', 'Delmål 4:', 'Delmål 5:', 'Delmål 7:']);
});

test('an invalid dataset among several is reported with its place in the list', async () => {
  const broken = { formatVersion: '1.0', plans: [{ id: 'x' }] };
  const el = mount<DholCoverage>(html`<dhol-coverage .datasets=${[localPlan, broken]}></dhol-coverage>`);
  expect(await nextState(el)).toBe('error');
  const errors = el.issues.filter((issue) => issue.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((issue) => issue.path[0] === 'datasets' && issue.path[1] === 1)).toBe(true);
  expect(within(el).getByRole('alert').element().textContent).toContain('datasets[1].plans[0]');
  expect(await axe(el)).toEqual([]);
});

test('on a 375 px phone a table too wide scrolls in a region a keyboard reaches, and says so', async () => {
  const el = mount<DholCoverage>(
    html`<dhol-coverage style="width: 343px" .datasets=${[sormlandHandlingsplan2026, localPlan]}></dhol-coverage>`,
  );
  await nextState(el);
  const scroller = shadow(el).querySelector('.scroll') as HTMLElement;
  await until(() => scroller.getAttribute('data-scrolls') === 'true');
  expect(el.scrollWidth).toBeLessThanOrEqual(343);
  const region = within(el).getByRole('region', { name: 'Tabell: Antal aktiviteter per delmål och plan' });
  await expect.element(region).toHaveAttribute('tabindex', '0');
  expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
  const table = within(el).getByRole('table', { name: /^Antal aktiviteter per delmål och plan/ });
  await expect.element(table).toHaveAccessibleName(/rulla i sidled/);
  await expect.element(within(el).getByText(/rulla i sidled/)).toBeVisible();
  await userEvent.tab();
  expect(shadow(el).activeElement).toBe(scroller);
  await userEvent.keyboard('{ArrowRight}');
  await until(() => scroller.scrollLeft > 0);
  // Widened, the same table fits: no tab stop, no landmark, no hint.
  el.style.width = '1200px';
  await until(() => scroller.getAttribute('data-scrolls') === 'false');
  expect(scroller.hasAttribute('tabindex')).toBe(false);
  expect(scroller.hasAttribute('role')).toBe(false);
  await expect.element(within(el).getByText(/rulla i sidled/)).not.toBeVisible();
  expect(await axe(el)).toEqual([]);
});

for (const lang of ['sv', 'en'] as const) {
  test(`while the file loads a status message is shown (${lang})`, async () => {
    const fetcher = () => new Promise<Response>(() => {});
    const el = mount<DholCoverage>(
      html`<dhol-coverage lang=${lang} src="/plan.json" .fetcher=${fetcher}></dhol-coverage>`,
    );
    await el.updateComplete;
    expect(el.state).toBe('loading');
    expect(within(el).getByRole('status').element().textContent).toContain(
      lang === 'sv' ? 'Läser in' : 'Loading',
    );
    expect(await axe(el)).toEqual([]);
  });

  test(`an invalid file shows each issue with its place in the file (${lang})`, async () => {
    const el = mount<DholCoverage>(
      html`<dhol-coverage lang=${lang} .data=${{ formatVersion: '1.0', plans: 'inga' }}></dhol-coverage>`,
    );
    expect(await nextState(el)).toBe('error');
    const alert = within(el).getByRole('alert').element().textContent ?? '';
    expect(alert).toContain(
      lang === 'sv' ? 'Uppgifterna kan inte visas just nu' : 'The information cannot be shown right now',
    );
    expect(alert).toContain('plans');
    expect(await axe(el)).toEqual([]);
  });

  test(`a file with no plan gives the empty state (${lang})`, async () => {
    const el = mount<DholCoverage>(
      html`<dhol-coverage lang=${lang} .data=${{ formatVersion: '1.0' }}></dhol-coverage>`,
    );
    expect(await nextState(el)).toBe('empty');
    expect(shadow(el).textContent).toContain(
      lang === 'sv'
        ? 'Filen innehåller ingen plan att visa täckningen för.'
        : 'The file holds no plan to show coverage for.',
    );
    expect(await axe(el)).toEqual([]);
  });
}

test('the dark theme passes the WCAG 2.1 AA checks, colour contrast included', async () => {
  const wrapper = mount<HTMLDivElement>(
    html`<div class="dhol-theme-dark"><dhol-coverage .datasets=${[sormlandHandlingsplan2026, localPlan]}></dhol-coverage></div>`,
  );
  const el = wrapper.querySelector('dhol-coverage') as DholCoverage;
  await nextState(el);
  expect(drawnScheme(el), 'the dark theme applied').toEqual(DARK_SCHEME);
  expect(await axe(el)).toEqual([]);
});

test('the framework attribute names the framework whose delmål form the rows, and an unknown one is reported', async () => {
  const el = mount<DholCoverage>(
    html`<dhol-coverage framework="finns-inte" .data=${localPlan}></dhol-coverage>`,
  );
  expect(await nextState(el)).toBe('content');
  expect(shadow(el).textContent).toContain(
    'Ramverket ”finns-inte” finns inte; det nationella ramverket används.',
  );
  expect(shadow(el).querySelectorAll('tbody tr')).toHaveLength(7);
});

test('registering dhol-coverage twice does not throw', () => {
  expect(() => define('dhol-coverage', DholCoverage)).not.toThrow();
  expect(customElements.get('dhol-coverage')).toBe(DholCoverage);
});
