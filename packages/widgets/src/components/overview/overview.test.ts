import { type Dataset, type Manifest, rollUp } from '@dhol/core';
import { surahammarHandslag } from '@dhol/data';
import { html, type PropertyValues } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  axe,
  DARK_SCHEME,
  drawnScheme,
  holdTimeouts,
  mount,
  nextState,
  shadow,
  unmountAll,
  until,
} from '../../../test/helpers.js';
import { define } from '../../define.js';
import type { DholSourceEvent } from '../../events.js';
import './dhol-overview.js';
import { DholOverview, MAX_CONCURRENT_SOURCES, ROWS_PER_STEP, ROWS_SHOWN_WHILE_FILLING } from './overview.js';

/** Timers a test holds back (see `holdTimeouts`); put back after each test, also one that timed out. */
let timeouts: ReturnType<typeof holdTimeouts> | undefined;
afterEach(() => {
  timeouts?.restore();
  timeouts = undefined;
  unmountAll();
});

const within = (el: Element) => page.elementLocator(el);

/** A small local plan written for these tests (invented): activities on delmål 2 and 6, one on both. */
function localPlan(code: string, name: string): Dataset {
  return {
    formatVersion: '1.0',
    organisations: [{ id: 'kommunen', name: { sv: `${name} kommun` }, kind: 'kommun', area: code }],
    plans: [
      {
        id: 'handlingsplan',
        kind: 'local',
        title: { sv: `Handlingsplan för ${name} (påhittad)` },
        scope: [code],
        framework: 'det-handlar-om-livet-2025',
        owner: 'kommunen',
        decision: { decidedBy: 'kommunen', date: '2025-05-20' },
        validity: { start: '2025', end: '2027' },
        revisionSchedule: { revisions: [{ date: '2025-12' }, { date: '2026-12' }] },
        activities: [
          {
            id: 'a1',
            title: { sv: 'Utbildning i suicidprevention' },
            goals: [{ goal: 'delmal-2' }, { goal: 'delmal-6' }],
            kind: 'ongoing',
            status: 'ongoing',
            responsible: [{ organisation: 'kommunen', role: 'lead' }],
          },
          {
            id: 'a2',
            title: { sv: 'Fler skolkuratorer' },
            goals: [{ goal: 'delmal-2' }],
            kind: 'new',
            status: 'planned',
            responsible: [{ organisation: 'kommunen', role: 'lead' }],
          },
        ],
      },
    ],
  };
}

const NOW = '2026-06-01';

/** Västmanland's manifest for these tests: Surahammar's real handslag and two invented local plans. */
const manifest: Manifest = {
  formatVersion: '1.0',
  title: { sv: 'Västmanlands län (test)', en: 'Västmanland County (test)' },
  area: '19',
  sources: [
    { url: 'surahammar.json', area: '1907', kinds: ['handslag', 'indicators'] },
    { url: 'vasteras.json', area: '1980', kinds: ['plan'] },
    { url: 'sala.json', area: '1981', kinds: ['plan'] },
  ],
};

const files: Record<string, unknown> = {
  '/data/lan-19.json': manifest,
  '/data/surahammar.json': surahammarHandslag,
  '/data/vasteras.json': localPlan('1980', 'Västerås'),
  '/data/sala.json': localPlan('1981', 'Sala'),
};

/** A fetcher that answers from `files` (relative addresses resolve against /data/lan-19.json). */
function serve(overrides: Record<string, (init?: RequestInit) => Promise<Response>> = {}) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input), location.href).pathname;
    calls.push(path);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const override = overrides[path];
      if (override) return await override(init);
      await Promise.resolve();
      const body = files[path];
      return body === undefined
        ? new Response('not found', { status: 404 })
        : new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    } finally {
      inFlight--;
    }
  };
  return { fetcher, calls, maxInFlight: () => maxInFlight };
}

const never = (init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

const cellTexts = (row: Element) =>
  [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
const bodyRows = (el: Element) => [...shadow(el).querySelectorAll('tbody tr')];
const rowTexts = (el: Element) => bodyRows(el).map(cellTexts);
/** The body rows on screen: rows in a group not shown yet are drawn but hidden. */
const shownRows = (el: Element) => bodyRows(el).filter((row) => row.checkVisibility());
const totalRow = (el: Element) => cellTexts(shadow(el).querySelector('tfoot tr') as Element);
const CAPTION = 'Vad varje kommun och organisation har publicerat, och antal aktiviteter per delmål';
/** A source without a plan says so once, across the seven delmål and the activities column. */
const NO_PLAN = ['Ingen handlingsplan'];

function mountOverview(options: { lang?: string; fetcher?: typeof fetch; src?: string; kind?: string } = {}) {
  const { fetcher } = options.fetcher ? { fetcher: options.fetcher } : serve();
  return mount<DholOverview>(
    html`<dhol-overview lang=${options.lang ?? 'sv'} src=${options.src ?? '/data/lan-19.json'} .fetcher=${fetcher}
      .now=${NOW} kind=${options.kind ?? 'all'}></dhol-overview>`,
  );
}

describe('dhol-overview', () => {
  test('a county overview lists every source and every kommun that has published nothing', async () => {
    const el = mountOverview();
    expect(await nextState(el)).toBe('content');
    await expect
      .element(within(el).getByRole('heading', { level: 2, name: 'Västmanlands län (test)' }))
      .toBeVisible();
    await expect.element(within(el).getByRole('table', { name: CAPTION })).toBeVisible();
    const rows = rowTexts(el);
    // Västmanlands län (its region) and the ten kommuner of län 19, in code order.
    expect(rows.map((row) => row[0])).toEqual([
      'Västmanlands län',
      'Skinnskatteberg',
      'Surahammar',
      'Kungsör',
      'Hallstahammar',
      'Norberg',
      'Västerås',
      'Sala',
      'Fagersta',
      'Köping',
      'Arboga',
    ]);
    // The handslag gives no decision date and a length rather than an end, and has no revision schedule.
    expect(rows[2]).toEqual([
      'Surahammar',
      'Handslag, 2 indikatorer',
      'Anges inte',
      '2 år (inget slutdatum)',
      '–Ingen',
      '0',
      ...NO_PLAN,
    ]);
    expect(rows[6]).toEqual([
      'Västerås',
      'Handlingsplan',
      '20 maj 2025',
      '2027',
      'december 2026',
      '! 1',
      ...['0', '2', '0', '0', '0', '1', '0', '2'],
    ]);
    // A kommun with nothing published says so once, across every data column.
    expect(rows[1]).toEqual(['Skinnskatteberg', 'Inget publicerat']);
    expect(shadow(el).querySelectorAll('tbody tr')[1]?.children[1]?.getAttribute('colspan')).toBe('13');
    expect(await axe(el)).toEqual([]);
  });

  test('the county row adds up; a zero is shown plainly and only a delmål no plan reaches is marked', async () => {
    const el = mountOverview();
    await nextState(el);
    expect(totalRow(el)).toEqual([
      'Summa, Västmanlands län',
      '3 av 11 har publicerat något: 2 handlingsplaner, 1 handslag, 1 med indikatorer',
      '! 2',
      '! Ingen (lucka)',
      '4',
      '! Ingen (lucka)',
      '! Ingen (lucka)',
      '! Ingen (lucka)',
      '2',
      '! Ingen (lucka)',
      '4',
    ]);
    const explanations = [...shadow(el).querySelectorAll('[part~="explanation"]')].map((p) =>
      p.textContent?.trim(),
    );
    expect(explanations).toEqual([
      '5 delmål har ingen aktivitet i någon av planerna: Delmål 1, Delmål 3, Delmål 4, Delmål 5, Delmål 7. De är markerade som luckor i summaraden.',
      'En nolla för en enskild kommun eller organisation är ingen lucka i sig: bara ett delmål som ingen plan når är markerat.',
      '2 av 4 aktiviteter hör till flera delmål och räknas under vart och ett av dem. Därför blir summan av delmålskolumnerna (6) större än antalet aktiviteter.',
    ]);
    expect(await axe(el)).toEqual([]);
  });

  test('with no plan among the sources, no delmål is called a gap: there is nothing to count yet', async () => {
    const onlyHandslag: Manifest = {
      ...manifest,
      sources: [manifest.sources[0] as Manifest['sources'][number]],
    };
    const server = serve({ '/data/lan-19.json': async () => new Response(JSON.stringify(onlyHandslag)) });
    const el = mountOverview({ fetcher: server.fetcher });
    await nextState(el);
    expect(shadow(el).querySelectorAll('[part~="gap"]')).toHaveLength(0);
    expect(shadow(el).querySelector('[part~="explanation"]')?.textContent).toBe(
      'Ingen av källorna har publicerat en handlingsplan ännu, så det finns inga aktiviteter att räkna per delmål.',
    );
  });

  test('in a narrow room, where the columns are at their least width, every header fits inside its column', async () => {
    for (const lang of ['sv', 'en']) {
      const room = mount<HTMLDivElement>(html`<div style="inline-size: 20rem"></div>`);
      const el = document.createElement('dhol-overview') as DholOverview;
      el.lang = lang;
      el.fetcher = serve().fetcher;
      el.now = NOW;
      el.src = '/data/lan-19.json';
      room.append(el);
      expect(await nextState(el)).toBe('content');
      // A header's words run past its cell (and the last one past the table's edge) when its column is too narrow.
      const overflowing = [...shadow(el).querySelectorAll('thead th')]
        .filter((th) => th.scrollWidth > th.clientWidth)
        .map((th) => th.textContent?.replace(/\s+/g, ' ').trim());
      expect(overflowing, lang).toEqual([]);
      room.remove();
    }
  });

  test('every column sorts with a button, and the sorted column says so with aria-sort', async () => {
    const el = mountOverview();
    await nextState(el);
    const header = (name: string) =>
      [...shadow(el).querySelectorAll('th[scope="col"]')].find((th) =>
        th.textContent?.trim().startsWith(name),
      );
    const sortBy = (name: string) => within(el).getByRole('button', { name, exact: true });
    await sortBy('Kommun eller organisation').click();
    expect(header('Kommun eller organisation')?.getAttribute('aria-sort')).toBe('ascending');
    expect(
      rowTexts(el)
        .map((row) => row[0])
        .slice(0, 3),
    ).toEqual(['Arboga', 'Fagersta', 'Hallstahammar']);
    await sortBy('Kommun eller organisation').click();
    expect(header('Kommun eller organisation')?.getAttribute('aria-sort')).toBe('descending');
    expect(rowTexts(el)[0]?.[0]).toBe('Västmanlands län');
    // Another column: the sort moves there, and rows without a value stay last.
    await sortBy('Försenade revideringar').click();
    expect(header('Kommun eller organisation')?.hasAttribute('aria-sort')).toBe(false);
    expect(header('Försenade revideringar')?.getAttribute('aria-sort')).toBe('ascending');
    expect(rowTexts(el).map((row) => [row[0], row[5]])).toEqual([
      ['Surahammar', '0'],
      ['Västerås', '! 1'],
      ['Sala', '! 1'],
      ...[
        'Västmanlands län',
        'Skinnskatteberg',
        'Kungsör',
        'Hallstahammar',
        'Norberg',
        'Fagersta',
        'Köping',
        'Arboga',
      ].map((name) => [name, undefined]),
    ]);
    // A delmål column, from the keyboard.
    (sortBy('Delmål 6').element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    expect(header('Delmål 6')?.getAttribute('aria-sort')).toBe('descending');
    const byDelmal6 = rowTexts(el).map((row) => [row[0], row[11]]);
    expect(byDelmal6.slice(0, 2)).toEqual([
      ['Västerås', '1'],
      ['Sala', '1'],
    ]);
    // Rows without a plan have no count there and stay last.
    expect(byDelmal6.slice(2).every(([, count]) => count === undefined)).toBe(true);
    expect(await axe(el)).toEqual([]);
  });

  test('filtering by kind of document keeps only the sources that hold it', async () => {
    const el = mountOverview();
    await nextState(el);
    await within(el).getByRole('radio', { name: 'Handslag' }).click();
    expect(el.kind).toBe('handslag');
    expect(el.getAttribute('kind')).toBe('handslag');
    expect(rowTexts(el).map((row) => row[0])).toEqual(['Surahammar']);
    await within(el).getByRole('radio', { name: 'Handlingsplaner' }).click();
    expect(rowTexts(el).map((row) => row[0])).toEqual(['Västerås', 'Sala']);
    await within(el).getByRole('radio', { name: 'Alla' }).click();
    expect(rowTexts(el)).toHaveLength(11);
  });

  test('the CSV download holds every row with both tables’ columns, written in the browser', async () => {
    const el = mountOverview();
    await nextState(el);
    const lines = el
      .csv()
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Kommun eller organisation;Områdeskod;Status;Publicerat;Beslutat;Gäller till;Nästa revidering;Försenade revideringar;Delmål 1;Delmål 2;Delmål 3;Delmål 4;Delmål 5;Delmål 6;Delmål 7;Aktiviteter;Orsak',
    );
    expect(lines).toHaveLength(12);
    expect(lines).toContain('Västerås;1980;;Handlingsplan;20 maj 2025;2027;december 2026;1;0;2;0;0;0;1;0;2;');
    expect(lines).toContain('Skinnskatteberg;1904;Inget publicerat;;;;;;;;;;;;;;');
    const link = within(el).getByRole('link', { name: 'Ladda ned tabellen som CSV' });
    await link.hover();
    expect((link.element() as HTMLAnchorElement).href).toMatch(/^blob:/);
    // Alone on its line, the link is a target as tall as the other controls (axe's target-size on a host page).
    expect(link.element().getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  test('two sources may both have a plan `handlingsplan` with an activity `a1`: both are kept, and roll up apart', async () => {
    const el = mountOverview();
    const loaded = new Promise<Dataset>((resolve) =>
      el.addEventListener('dhol-load', (event) => resolve(event.detail.dataset), { once: true }),
    );
    const dataset = await loaded;
    // The event's dataset names the overview and lists the sources that could be read.
    expect(dataset.title?.sv).toBe('Västmanlands län (test)');
    expect(dataset.related?.map((related) => related.url)).toEqual([
      `${location.origin}/data/surahammar.json`,
      `${location.origin}/data/vasteras.json`,
      `${location.origin}/data/sala.json`,
    ]);
    expect(el.loadedDataset).toBe(dataset);
    const sources = el.sourceDatasets;
    expect(sources.map((source) => [source.index, source.area, source.dataset.plans?.[0]?.id])).toEqual([
      [0, '1907', undefined],
      [1, '1980', 'handlingsplan'],
      [2, '1981', 'handlingsplan'],
    ]);
    const merged = rollUp(sources).dataset;
    expect(merged.plans?.map((plan) => plan.id)).toEqual(['1980.handlingsplan', '1981.handlingsplan']);
    expect(merged.plans?.map((plan) => plan.activities.map((a) => a.id))).toEqual([
      ['a1', 'a2'],
      ['a1', 'a2'],
    ]);
  });

  test('sources are read at most six at a time, and one that never answers does not hold up the others', async () => {
    const many: Manifest = {
      ...manifest,
      sources: Array.from({ length: 20 }, (_, i) => ({ url: `k${i}.json`, area: '1980' })),
    };
    const answers: Record<string, (init?: RequestInit) => Promise<Response>> = {
      '/data/many.json': async () => new Response(JSON.stringify(many)),
      '/data/k0.json': never,
    };
    for (let i = 1; i < 20; i++) {
      answers[`/data/k${i}.json`] = async () => new Response(JSON.stringify(localPlan('1980', `K${i}`)));
    }
    const server = serve(answers);
    const outcomes: string[] = [];
    const el = mount<DholOverview>(
      html`<dhol-overview src="/data/many.json" timeout="60000" retries="0" .fetcher=${server.fetcher}
        .now=${NOW}></dhol-overview>`,
    );
    el.addEventListener('dhol-source', (event: DholSourceEvent) => outcomes.push(event.detail.state));
    // Nineteen rows fill in while the first source still has not answered.
    await until(() => outcomes.length >= 19);
    expect(outcomes).toHaveLength(19);
    expect(el.state).toBe('loading');
    expect(server.maxInFlight()).toBe(MAX_CONCURRENT_SOURCES);
    // Rows are drawn at most once per interval while sources arrive.
    await until(() => rowTexts(el).filter((row) => row[1] === 'Handlingsplan').length === 19);
    expect(within(el).getByRole('status').element().textContent).toContain('Läser in 20 källor');
    expect(await axe(el)).toEqual([]);
  });

  test('a file that arrives frees its place at once: the next source is requested before the file is validated', async () => {
    const eight: Manifest = {
      ...manifest,
      sources: Array.from({ length: 8 }, (_, i) => ({ url: `k${i}.json`, area: '1980' })),
    };
    const answers: Record<string, (init?: RequestInit) => Promise<Response>> = {
      '/data/eight.json': async () => new Response(JSON.stringify(eight)),
    };
    for (let i = 0; i < 8; i++) {
      answers[`/data/k${i}.json`] = async () => new Response(JSON.stringify(localPlan('1980', `K${i}`)));
    }
    const server = serve(answers);
    const el = mountOverview({ fetcher: server.fetcher, src: '/data/eight.json' });
    const requested = new Promise<string[]>((resolve) =>
      el.addEventListener('dhol-source', () => resolve([...server.calls]), { once: true }),
    );
    // When the first file has been validated and announced, the seventh source is already on its way.
    expect(await requested).toContain('/data/k6.json');
    expect(await nextState(el)).toBe('content');
    expect(server.maxInFlight()).toBeLessThanOrEqual(MAX_CONCURRENT_SOURCES);
  });

  /**
   * A manifest of `count` sources, each an invented local plan: those for which `never(i)` is true never answer, those
   * for which `waits(i)` is true answer when `open` is called, the others at once. A body is read without a task of
   * its own, so the sources let through together arrive in the same task. The manifest's area is the län's (with its
   * ten other kommuner as rows of their own) unless `area` says otherwise.
   */
  function gatedSources(
    count: number,
    options: { waits: (i: number) => boolean; never?: (i: number) => boolean; area?: string },
  ) {
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const many: Manifest = {
      ...manifest,
      ...(options.area ? { area: options.area } : {}),
      sources: Array.from({ length: count }, (_, i) => ({ url: `k${i}.json`, area: '1980' })),
    };
    const answers: Record<string, (init?: RequestInit) => Promise<Response>> = {
      '/data/many.json': async () => new Response(JSON.stringify(many)),
    };
    for (let i = 0; i < count; i++) {
      const body = JSON.stringify(localPlan('1980', `K${i}`));
      answers[`/data/k${i}.json`] = options.never?.(i)
        ? never
        : async () => {
            if (options.waits(i)) await gate;
            return { ok: true, status: 200, headers: new Headers(), text: async () => body } as Response;
          };
    }
    return { fetcher: serve(answers).fetcher, open: () => open() };
  }

  /** Twenty sources that answer together when `open` is called, but the first never answers. */
  const heldBack = () => gatedSources(20, { waits: () => true, never: (i) => i === 0 });

  /** The overview, counting its updates (Lit's `updated`), with the rows and the state attribute after each. */
  class CountedOverview extends DholOverview {
    updates = 0;
    drawn: { rows: number; shown: number; state: string | null; getter: string }[] = [];
    /** Called after each update, once it is counted. */
    afterUpdate?: () => void;
    protected override updated(changed: PropertyValues<this>): void {
      super.updated(changed);
      this.updates++;
      this.drawn.push({
        rows: rowTexts(this).length,
        shown: shownRows(this).length,
        state: this.getAttribute('state'),
        getter: this.state,
      });
      this.afterUpdate?.();
    }
  }
  define('dhol-overview-counted', CountedOverview);

  /** A counted overview of `count` sources that answer together when `open` is called, once its manifest is read. */
  async function mountCounted(count: number) {
    const { fetcher, open } = gatedSources(count, { waits: () => true });
    const el = mount<CountedOverview>(
      html`<dhol-overview-counted src="/data/many.json" .fetcher=${fetcher} .now=${NOW}></dhol-overview-counted>`,
    );
    await until(
      () =>
        shadow(el).querySelector('[role="status"]')?.textContent?.includes(`Läser in ${count} källor`) ??
        false,
    );
    return { el, open };
  }

  test('sources that arrive together are drawn in one update, and the table waits for the first of them', async () => {
    // The pause after which the rows still waiting would be drawn (FIRST_DRAW_GAP_MS) ends when the test says.
    timeouts = holdTimeouts(100);
    const { fetcher, open } = heldBack();
    const outcomes: string[] = [];
    const el = mount<CountedOverview>(
      html`<dhol-overview-counted src="/data/many.json" timeout="60000" .fetcher=${fetcher}
        .now=${NOW}></dhol-overview-counted>`,
    );
    el.addEventListener('dhol-source', (event: DholSourceEvent) => outcomes.push(event.detail.state));
    await until(
      () => shadow(el).querySelector('[role="status"]')?.textContent?.includes('Läser in 20 källor') ?? false,
    );
    // The manifest is read and no source has arrived: the heading and the status, no table of waiting rows yet.
    expect(shadow(el).querySelector('table')).toBeNull();
    const before = el.updates;
    open();
    // Twenty sources and the län's ten other rows: the table is drawn in steps of ROWS_PER_STEP rows.
    await until(() => rowTexts(el).length === 30);
    expect(rowTexts(el).filter((row) => row[1] === 'Handlingsplan')).toHaveLength(19);
    expect(outcomes).toHaveLength(19);
    // Nineteen sources, one update per step of the table: not one per source.
    expect(el.updates - before).toBe(Math.ceil(30 / ROWS_PER_STEP));
    expect(rowTexts(el).filter((row) => row[1] === 'Hämtas …')).toHaveLength(1);
    expect(el.state).toBe('loading');
  });

  test('while no source has arrived, the rows waiting for their files are drawn after a pause', async () => {
    timeouts = holdTimeouts(100);
    const { fetcher } = heldBack();
    const el = mountOverview({ fetcher, src: '/data/many.json' });
    await until(
      () => shadow(el).querySelector('[role="status"]')?.textContent?.includes('Läser in 20 källor') ?? false,
    );
    expect(shadow(el).querySelector('table')).toBeNull();
    await timeouts.held();
    timeouts.fire();
    await until(() => rowTexts(el).length === 30);
    // The twenty sources wait for their files; the other kommuner of the län have published nothing.
    expect(rowTexts(el).filter((row) => row[1] === 'Hämtas …')).toHaveLength(20);
    expect(rowTexts(el).filter((row) => row[1] === 'Inget publicerat')).toHaveLength(10);
    expect(await axe(el)).toEqual([]);
  });

  test('the table is drawn in steps, and says content and fires dhol-load only once its last row is drawn', async () => {
    // Forty-five sources that arrive in one task, so every source has been tried before the table is first drawn.
    const { el, open } = await mountCounted(45);
    const rowsAtLoad = new Promise<number>((resolve) =>
      el.addEventListener('dhol-load', () => resolve(rowTexts(el).length), { once: true }),
    );
    open();
    // The forty-five sources and the län's ten other rows.
    expect(await rowsAtLoad).toBe(55);
    expect(el.getAttribute('state')).toBe('content');
    const drawings = el.drawn.filter((drawing) => drawing.rows > 0);
    // More than one step, and no step adds more than its share of rows.
    expect(drawings.length).toBeGreaterThanOrEqual(Math.ceil(55 / ROWS_PER_STEP));
    expect(drawings[0]?.rows).toBe(ROWS_PER_STEP);
    drawings.forEach((drawing, i) => {
      expect(drawing.rows - (drawings[i - 1]?.rows ?? 0)).toBeLessThanOrEqual(ROWS_PER_STEP);
    });
    // Every source was in before the first drawing, yet the state said loading until the last row was drawn and shown
    // (the rows below the first ROWS_SHOWN_WHILE_FILLING show a step after the last is drawn).
    drawings.forEach((drawing, i) => {
      expect(drawing.state).toBe(i === drawings.length - 1 ? 'content' : 'loading');
      expect(drawing.getter).toBe(drawing.state);
    });
    expect(drawings.at(-1)?.rows).toBe(55);
    expect(shownRows(el)).toHaveLength(55);
  });

  /** A kommun's overview (no other areas under it) of `count` sources; those for which `waits(i)` wait for `open`. */
  const kommunSources = (count: number, waits: (i: number) => boolean) =>
    gatedSources(count, { waits, area: '1980' });

  test('while sources arrive, the table reaches down to the last row read: the rows below come with their files', async () => {
    // Forty-five sources: the first five answer together, the rest when the gate opens.
    const { fetcher, open: openRest } = kommunSources(45, (i) => i >= 5);
    const el = mountOverview({ fetcher, src: '/data/many.json' });
    await until(() => rowTexts(el).filter((row) => row[1] === 'Handlingsplan').length === 5);
    // Once the browser has nothing left to do, the table still holds a step's worth of rows: the five read and
    // fifteen waiting; the other twenty-five are not drawn waiting only to be drawn again when their files come.
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect(rowTexts(el)).toHaveLength(ROWS_PER_STEP);
    expect(el.state).toBe('loading');
    openRest();
    expect(await nextState(el)).toBe('content');
    expect(rowTexts(el).filter((row) => row[1] === 'Handlingsplan')).toHaveLength(45);
  });

  const readRows = (el: Element) => rowTexts(el).filter((row) => row[1] === 'Handlingsplan').length;
  const FOLDED_NOTE =
    'Medan källorna läses visas de första 40 raderna. Resten visas när du når hit eller när alla källor är lästa.';

  test('while the table fills, only its first rows show; all show once the last row is drawn', async () => {
    const { fetcher, open } = kommunSources(45, (i) => i === 44);
    const el = mountOverview({ fetcher, src: '/data/many.json' });
    await until(() => readRows(el) === 44);
    await el.updateComplete;
    // Forty-four rows drawn, the first forty shown, and a note below them says why.
    expect(el.state).toBe('loading');
    expect(bodyRows(el)).toHaveLength(44);
    expect(shownRows(el)).toEqual(bodyRows(el).slice(0, ROWS_SHOWN_WHILE_FILLING));
    expect(shadow(el).querySelector('.folded-note')?.textContent?.trim()).toBe(FOLDED_NOTE);
    await axe(el);
    open();
    expect(await nextState(el)).toBe('content');
    expect(shownRows(el)).toHaveLength(45);
    expect(shadow(el).querySelector('.folded-note')).toBeNull();
  });

  test('once every row is drawn, the rows below the first show a group a step, not all in one task', async () => {
    // Ninety-five sources and the län's ten other rows, all in before the table is first drawn.
    const { el, open } = await mountCounted(95);
    open();
    expect(await nextState(el)).toBe('content');
    // The rows on screen after each drawing that changed them: the first group in two steps of drawing, then a group
    // a step.
    const shown = el.drawn
      .map((drawing) => drawing.shown)
      .filter((count, i, all) => count > 0 && count !== all[i - 1]);
    expect(shown).toEqual([ROWS_PER_STEP, ROWS_SHOWN_WHILE_FILLING, 2 * ROWS_SHOWN_WHILE_FILLING, 105]);
    // The state says content only once every row shows.
    for (const drawing of el.drawn) expect(drawing.state === 'content').toBe(drawing.shown === 105);
  });

  test('moved in the page while its rows still open, the overview shows them all and says content', async () => {
    const { el, open } = await mountCounted(95);
    let moved = false;
    // Once every row is drawn but some are not shown yet: out of the page and back, which cancels the next step.
    el.afterUpdate = () => {
      const last = el.drawn.at(-1);
      if (moved || last?.rows !== 105 || last.shown === 105) return;
      moved = true;
      const parent = el.parentElement as HTMLElement;
      el.remove();
      parent.append(el);
    };
    open();
    expect(await nextState(el)).toBe('content');
    expect(moved).toBe(true);
    expect(shownRows(el)).toHaveLength(105);
  });

  test('a reader who reaches the note below the first rows sees every row drawn, also those that come later', async () => {
    const { fetcher, open } = kommunSources(45, (i) => i === 44);
    const el = mountOverview({ fetcher, src: '/data/many.json' });
    await until(() => readRows(el) === 44 && shadow(el).querySelector('.folded-note') !== null);
    expect(shownRows(el)).toHaveLength(ROWS_SHOWN_WHILE_FILLING);
    shadow(el).querySelector('.folded-note')?.scrollIntoView();
    await until(() => shownRows(el).length === 44);
    expect(shadow(el).querySelector('.folded-note')).toBeNull();
    expect(el.state).toBe('loading');
    open();
    expect(await nextState(el)).toBe('content');
    expect(shownRows(el)).toHaveLength(45);
  });

  test('before printing, the rows below the first show too', async () => {
    const { fetcher, open } = kommunSources(45, (i) => i === 44);
    const el = mountOverview({ fetcher, src: '/data/many.json' });
    await until(() => readRows(el) === 44 && shadow(el).querySelector('.folded-note') !== null);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await el.updateComplete;
      // Every row, the one still waiting for its file too.
      expect(shownRows(el)).toHaveLength(45);
      expect(shadow(el).querySelector('.folded-note')).toBeNull();
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
    await el.updateComplete;
    expect(shownRows(el)).toHaveLength(ROWS_SHOWN_WHILE_FILLING);
    open();
    expect(await nextState(el)).toBe('content');
  });

  test('far below the screen, the table waits for its turn to draw, and dhol-load waits with it', async () => {
    // The browser's idle moments are held, so the turn comes only when the test lets it (render-queue.ts).
    const idle = window.requestIdleCallback;
    const held: IdleRequestCallback[] = [];
    window.requestIdleCallback = ((callback: IdleRequestCallback) => held.push(callback)) as typeof idle;
    try {
      const outcomes: string[] = [];
      const container = mount<HTMLDivElement>(html`<div>
        <div style="height: 400vh"></div>
        <dhol-overview src="/data/lan-19.json" .fetcher=${serve().fetcher} .now=${NOW}></dhol-overview>
      </div>`);
      const el = container.querySelector('dhol-overview') as DholOverview;
      let loaded = false;
      el.addEventListener('dhol-load', () => {
        loaded = true;
      });
      el.addEventListener('dhol-source', (event: DholSourceEvent) => outcomes.push(event.detail.state));
      await until(() => outcomes.length === 3);
      await el.updateComplete;
      // Every source has been tried, but the table has not had its turn.
      expect(shadow(el).querySelector('table')).toBeNull();
      expect(el.state).toBe('loading');
      expect(loaded).toBe(false);
      window.requestIdleCallback = idle;
      for (const callback of held.splice(0)) callback({ didTimeout: true, timeRemaining: () => 0 });
      expect(await nextState(el)).toBe('content');
      expect(rowTexts(el)).toHaveLength(11);
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  test('before printing, every row is drawn at once', async () => {
    const { el, open } = await mountCounted(45);
    window.dispatchEvent(new Event('beforeprint'));
    try {
      open();
      expect(await nextState(el)).toBe('content');
      expect(el.drawn.find((drawing) => drawing.rows > 0)?.rows).toBe(55);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  test('each failure shows in its own row with the reason, and never hides the others', async () => {
    const broken: Manifest = {
      ...manifest,
      sources: [
        { url: 'surahammar.json', area: '1907' },
        { url: 'missing.json', area: '1904', kinds: ['plan'] },
        { url: 'server-error.json', area: '1960' },
        { url: 'slow.json', area: '1961' },
        { url: 'not-json.json', area: '1962' },
        { url: 'invalid.json', area: '1980' },
        { url: 'javascript:alert(1)', area: '1981' },
      ],
    };
    const server = serve({
      '/data/broken.json': async () => new Response(JSON.stringify(broken)),
      '/data/server-error.json': async () => new Response('busy', { status: 500 }),
      '/data/slow.json': never,
      '/data/not-json.json': async () => new Response('<!doctype html><p>Sidan finns inte</p>'),
      '/data/invalid.json': async () =>
        new Response(JSON.stringify({ formatVersion: '1.0', plans: [{ id: 'x' }] })),
    });
    // The element's timeout runs out when the test says: only once every other source has said how it went.
    timeouts = holdTimeouts(60_000);
    try {
      for (const lang of ['sv', 'en'] as const) {
        const el = mount<DholOverview>(
          html`<dhol-overview lang=${lang} src="/data/broken.json" timeout="60000" retries="1" .fetcher=${server.fetcher}
            .now=${NOW}></dhol-overview>`,
        );
        const shown = nextState(el);
        if (lang === 'sv') {
          const tried: string[] = [];
          el.addEventListener('dhol-source', (event: DholSourceEvent) => tried.push(event.detail.url));
          // The five others that are fetched: the javascript: address never is.
          await until(() => tried.length === 5);
          expect(tried.some((url) => url.endsWith('slow.json'))).toBe(false);
          // Only the file that never answers is left: it times out, is tried again and times out again.
          expect(timeouts.waiting).toBe(1);
          timeouts.fire();
          await timeouts.held();
          timeouts.fire();
        }
        expect(await shown).toBe('content');
        const byName = Object.fromEntries(rowTexts(el).map((row) => [row[0], row[1]]));
        if (lang === 'sv') {
          expect(byName.Surahammar).toBe('Handslag, 2 indikatorer');
          // Each failure in its own words, naming the address the manifest gave.
          const at = (file: string) => `${location.origin}/data/${file}`;
          expect(byName.Skinnskatteberg).toBe(
            `! Kunde inte läsas: Datafilen hittades inte (HTTP 404): ${at('missing.json')}. Kontrollera adressen, och om filen har flyttats eller fått en ny adress.`,
          );
          expect(byName.Kungsör).toBe(
            `! Kunde inte läsas: Servern kunde inte lämna ut datafilen (HTTP 500): ${at('server-error.json')}. Felet ligger hos servern och kan gå över.`,
          );
          expect(byName.Hallstahammar).toBe(
            `! Kunde inte läsas: Datafilen kom inte inom 60 sekunder: ${at('slow.json')}. Servern kan vara långsam eller nere.`,
          );
          expect(byName.Norberg).toMatch(
            /^! Kunde inte läsas: Adressen gav en webbsida \(HTML\) i stället för en datafil: /,
          );
          expect(byName.Västerås).toMatch(/^! Kunde inte läsas: Filen har \d+ fel, till exempel: /);
          expect(byName.Sala).toMatch(
            /^! Kunde inte läsas: Posten i manifestet är felaktig: Källa 7 har adressen "javascript:alert\(1\)"/,
          );
          expect(shadow(el).textContent).toContain(
            'Alla 7 källor är lästa; 6 kunde inte läsas och visas med orsaken.',
          );
        } else {
          expect(byName.Skinnskatteberg).toMatch(
            /^! Could not be read: The data file was not found \(HTTP 404\): http.*\/data\/missing\.json\./,
          );
          expect(byName.Sala).toMatch(
            /^! Could not be read: The manifest’s entry is wrong: Source 7 has the address/,
          );
        }
        // The page is told which sources failed, with paths into the manifest.
        expect(
          el.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path.slice(0, 2)),
        ).toEqual(
          expect.arrayContaining([
            ['sources', 1],
            ['sources', 2],
            ['sources', 3],
            ['sources', 4],
            ['sources', 5],
            ['sources', 6],
          ]),
        );
        expect(await axe(el)).toEqual([]);
      }
    } finally {
      timeouts.restore();
    }
    // The javascript: address was never fetched; the 500 was tried twice, and the English overview shared the
    // Swedish one's readings instead of fetching again.
    expect(server.calls.filter((path) => path.includes('alert'))).toEqual([]);
    expect(server.calls.filter((path) => path === '/data/server-error.json')).toHaveLength(2);
  });

  for (const lang of ['sv', 'en'] as const) {
    test(`while the manifest loads, a status message is shown (${lang})`, async () => {
      const el = mountOverview({ lang, fetcher: serve({ '/data/lan-19.json': never }).fetcher });
      await el.updateComplete;
      expect(el.state).toBe('loading');
      expect(el.getAttribute('state')).toBe('loading');
      expect(within(el).getByRole('status').element().textContent).toContain(
        lang === 'sv' ? 'Läser in' : 'Loading',
      );
      expect(await axe(el)).toEqual([]);
    });

    test(`a manifest that cannot be read is an error with the reason (${lang})`, async () => {
      const el = mountOverview({ lang, src: '/data/finns-inte.json' });
      expect(await nextState(el)).toBe('error');
      expect(el.getAttribute('state')).toBe('error');
      expect(within(el).getByRole('alert').element().textContent).toContain(
        `${lang === 'sv' ? 'hittades inte (HTTP 404)' : 'was not found (HTTP 404)'}: ${location.origin}/data/finns-inte.json`,
      );
      expect(await axe(el)).toEqual([]);
    });

    test(`an invalid manifest lists its issues with their places (${lang})`, async () => {
      const el = mount<DholOverview>(
        html`<dhol-overview lang=${lang} .data=${{ formatVersion: '1.0', area: '19', sources: 'inga' }}></dhol-overview>`,
      );
      expect(await nextState(el)).toBe('error');
      const alert = within(el).getByRole('alert').element().textContent ?? '';
      expect(alert).toContain('title');
      expect(alert).toContain('sources');
      expect(await axe(el)).toEqual([]);
    });

    test(`a manifest of an area with no sources and nothing under it is empty (${lang})`, async () => {
      const el = mount<DholOverview>(
        html`<dhol-overview lang=${lang} .data=${{ formatVersion: '1.0', title: { sv: 'Surahammar' }, area: '1907', sources: [] }}></dhol-overview>`,
      );
      expect(await nextState(el)).toBe('empty');
      expect(shadow(el).textContent).toContain(
        lang === 'sv' ? 'Manifestet listar inga källor' : 'The manifest lists no sources',
      );
      expect(await axe(el)).toEqual([]);
    });

    test(`the overview in ${lang} passes axe, in the dark theme too`, async () => {
      const wrapper = mount<HTMLDivElement>(
        html`<div class="dhol-theme-dark"><dhol-overview lang=${lang} src="/data/lan-19.json"
          .fetcher=${serve().fetcher} .now=${NOW}></dhol-overview></div>`,
      );
      const el = wrapper.querySelector('dhol-overview') as DholOverview;
      expect(await nextState(el)).toBe('content');
      if (lang === 'en') {
        expect(rowTexts(el)[1]?.[1]).toBe('Nothing published');
        await expect
          .element(within(el).getByRole('heading', { name: 'Västmanland County (test)' }))
          .toBeVisible();
      }
      expect(drawnScheme(el), 'the dark theme applied').toEqual(DARK_SCHEME);
      expect(await axe(el)).toEqual([]);
    });
  }

  test('nothing given is the idle state', async () => {
    const el = mount<DholOverview>(html`<dhol-overview></dhol-overview>`);
    await el.updateComplete;
    expect(el.state).toBe('idle');
    expect(await axe(el)).toEqual([]);
  });

  test('heading-level sets the level of its headings', async () => {
    const el = mount<DholOverview>(
      html`<dhol-overview heading-level="3" src="/data/lan-19.json" .fetcher=${serve().fetcher} .now=${NOW}></dhol-overview>`,
    );
    await nextState(el);
    await expect
      .element(within(el).getByRole('heading', { level: 3, name: 'Västmanlands län (test)' }))
      .toBeVisible();
    expect(shadow(el).querySelectorAll('h2, h4, h5, h6')).toHaveLength(0);
  });

  test('registering dhol-overview twice does not throw', () => {
    expect(() => define('dhol-overview', DholOverview)).not.toThrow();
    expect(customElements.get('dhol-overview')).toBe(DholOverview);
  });
});
