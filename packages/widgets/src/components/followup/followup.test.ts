import type { Dataset } from '@dhol/core';
import { followUpExample, sormlandHandlingsplan2026 } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import {
  axe,
  DARK_SCHEME,
  drawnScheme,
  firstDrawn,
  mount,
  nextState,
  shadow,
  unmountAll,
} from '../../../test/helpers.js';
import { define } from '../../define.js';
import { DholFollowUp } from './followup.js';
import './dhol-followup.js';

afterEach(unmountAll);

// The example is invented (its `fictional` flag); the clock is fixed so its flags and default period hold.
const now = '2026-12-05';
const within = (el: Element) => page.elementLocator(el);
const clone = (): Dataset => structuredClone(followUpExample);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The document facts as "term: value". */
const facts = (el: Element) =>
  [...shadow(el).querySelectorAll('[part~="document-info"] .fact')].map(
    (fact) => `${text(fact.querySelector('dt'))}: ${text(fact.querySelector('dd'))}`,
  );

async function show(
  data: unknown = followUpExample,
  attrs: { lang?: string; from?: string; to?: string; level?: number } = {},
) {
  const el = mount<DholFollowUp>(
    html`<dhol-followup lang=${attrs.lang ?? 'sv'} heading-level=${attrs.level ?? 2} from=${attrs.from ?? ''}
      to=${attrs.to ?? ''} .now=${now} .data=${data}></dhol-followup>`,
  );
  expect(await nextState(el)).toBe('content');
  return el;
}

test('the report names the plan, its diarienummer, version and the period since the last done revision', async () => {
  const el = await show();
  await expect
    .element(within(el).getByRole('heading', { level: 2 }))
    .toHaveTextContent('Uppföljning: Exempelplan för psykisk hälsa och suicidprevention 2026');
  expect(facts(el)).toEqual([
    'Diarienummer: EX 2026/8',
    'Version: 2026 (ersätter version 2025)',
    'Period: 16 mars 2026 – 5 december 2026 (sedan revideringen mars 2026)',
  ]);
  expect(await axe(el)).toEqual([]);
});

test('an invented dataset says so in a notice before anything else', async () => {
  const el = await show();
  const note = within(el).getByRole('note').elements()[0];
  expect(note?.getAttribute('part')).toBe('fictional-notice');
  expect(text(note)).toContain('Påhittat exempel');
  const real = await show(sormlandHandlingsplan2026);
  expect(shadow(real).querySelector('[part~="fictional-notice"]')).toBeNull();
});

test('the status table counts each delmål and the whole plan, with what changed in the period in words', async () => {
  const el = await show();
  const table = within(el).getByRole('table', { name: 'Aktiviteternas status 5 december 2026, per delmål' });
  const rows = table
    .getByRole('row')
    .elements()
    .map((row) => [...row.children].map(text));
  expect(rows[0]).toEqual(['Delmål', 'Aktiviteter', 'Genomförd', 'Pågår', 'Planerad', 'Pausad', 'Avbruten']);
  expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
    ['delmål 1', '1'],
    ['delmål 2', '2'],
    ['delmål 3', '1'],
    ['delmål 4', '1'],
    ['delmål 5', '1'],
    ['delmål 6', '4'],
    ['delmål 7', '1'],
    ['Hela planen', '9'],
  ]);
  expect(rows[4]).toEqual(['delmål 4', '1', '0', '0', '0', '1 (1 under perioden)', '0']);
  expect(rows.at(-1)).toEqual([
    'Hela planen',
    '9',
    '2 (1 under perioden)',
    '4',
    '1',
    '1 (1 under perioden)',
    '1 (1 under perioden)',
  ]);
});

test('the summary text is the analysis’ own words, figures from the data only', async () => {
  const el = await show();
  expect(text(shadow(el).querySelector('.summary-text'))).toBe(
    'Av 9 aktiviteter har 1 genomförts sedan revideringen mars 2026. Under samma tid har 1 pausats och 1 avbrutits. 2 fick sin första lägesrapport under perioden, så deras status före den är okänd. Den 5 december 2026: 4 pågår, 1 planerad, 1 pausad, 2 genomförda och 1 avbruten. 4 av 9 saknar lägesrapport för perioden.',
  );
});

test('stale activities are flagged with an icon and in words, never by colour alone', async () => {
  const el = await show();
  const flags = [...shadow(el).querySelectorAll('[part~="flags"] [part~="flag"]')].map(text);
  expect(flags).toEqual([
    '⚠ Stöd så att fler unga män söker hjälp: ingen lägesrapport sedan planen började gälla 16 mars 2026',
    '⚠ Samordnad individuell plan (SIP) i hela länet: senaste lägesrapport 3 februari 2026',
    '⚠ Stöd för återgång i arbete efter sjukskrivning: senaste lägesrapport 20 januari 2026',
  ]);
  const activity = within(el).getByRole('article', {
    name: 'Stöd för återgång i arbete efter sjukskrivning',
  });
  expect(text(activity.element().querySelector('[part~="stale"]'))).toBe('⚠ Ingen aktuell lägesrapport');
});

test('an overdue revision is flagged', async () => {
  const data = clone();
  data.plans![0]!.revisionSchedule!.revisions[1] = { date: '2026-06' };
  const el = await show(data);
  expect(text(shadow(el).querySelector('[part~="flags"]'))).toContain(
    'Revideringen juni 2026 är försenad (inte markerad som gjord).',
  );
});

test('the changes since the replaced version list what was added, removed and changed', async () => {
  const el = await show();
  const changes = shadow(el).querySelector('[part~="changes"]')!;
  expect(text(changes.querySelector('h3'))).toBe('Ändringar sedan version 2025');
  const items = [...changes.querySelectorAll('.change-list li')].map(text);
  expect(items).toContain('Stöd så att fler unga män söker hjälp');
  expect(items).toContain('Enkät om ungas hälsa');
  expect(items).toContain(
    'Utbildning i suicidprevention för chefer: nu under delmål 6 i stället för delmål 3; status ändrad från planerad till pågår',
  );
  expect(items).toContain(
    'Föräldraskapsstöd i alla kommuner och stadsdelar: ny titel (tidigare ”Föräldraskapsstöd i alla kommuner”)',
  );
  expect(items).toContain('Samordnad individuell plan (SIP) i hela länet: ny ansvarig: Exempelkommunen');
  expect(text(changes)).toContain('Revideringens sammanfattning');
});

test('a replaced version that is not in the file is named, and no changes are made up', async () => {
  const data = clone();
  data.plans = [data.plans![0]!];
  const el = await show(data);
  expect(text(shadow(el).querySelector('[part~="changes"]'))).toContain(
    'Planen ersätter exempelplan-2025 version 2025, som inte finns i filen, så ändringarna kan inte visas här.',
  );
});

test('each activity shows its notes in the period as a timeline, with who reported them', async () => {
  const el = await show();
  const activity = within(el).getByRole('article', { name: 'Gemensam rutin för efterlevandestöd' }).element();
  const notes = [...activity.querySelectorAll('[part~="timeline"] > li')].map(text);
  expect(notes).toEqual([
    '4 maj 2026 Pågår Arbetsgruppen har börjat skriva rutinen. Rapporterad av Exempelregionen',
    '19 oktober 2026 Genomförd Rutinen är beslutad och införd i alla kommuner. Rapporterad av Exempelregionen',
  ]);
  expect(text(activity)).toContain('Under perioden: från pågår till genomförd.');
  // Listed under delmål 1 and 7: the same activity in each.
  const quiet = within(el)
    .getByRole('article', { name: 'Kartlägga pågående arbete i länets kommuner' })
    .elements()[1]!;
  expect(text(quiet)).toContain('Senaste lägesrapport före perioden, 15 december 2025: genomförd.');
});

test('each delmål is a section of its own, headed by its number and title', async () => {
  const el = await show();
  const headings = [...shadow(el).querySelectorAll('[part~="goal"] > h3')].map(text);
  expect(headings).toHaveLength(7);
  expect(headings[5]).toBe('Delmål 6: Stärkt suicidpreventivt arbete');
});

test('from and to choose the period; a year means the whole year', async () => {
  const el = await show(followUpExample, { from: '2025', to: '2025' });
  expect(facts(el)[2]).toBe('Period: 1 januari 2025 – 31 december 2025');
  expect(text(shadow(el).querySelector('.summary-text'))).toContain(
    'mellan 1 januari 2025 och 31 december 2025',
  );
});

test('a period that ends before it begins is said plainly and counts nothing', async () => {
  const el = await show(followUpExample, { from: '2026-06-01', to: '2026-05-01' });
  expect(text(within(el).getByRole('alert').element())).toBe(
    'Perioden slutar före sin början. Välj ett slutdatum efter startdatumet.',
  );
  expect(await axe(el)).toEqual([]);
});

test('the CSV download holds the status table, made in the browser', async () => {
  const el = await show();
  const link = within(el)
    .getByRole('link', { name: 'Ladda ned statustabellen (CSV)' })
    .element() as HTMLAnchorElement;
  link.dispatchEvent(new FocusEvent('focus'));
  expect(link.href).toMatch(/^blob:/);
  expect(link.getAttribute('download')).toBe('uppfoljning-2026-03-16-2026-12-05.csv');
  const csv = await (await fetch(link.href)).text();
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'goal;goal_number;activities;planned;ongoing;completed;paused;cancelled;unknown;reached_planned;reached_ongoing;reached_completed;reached_paused;reached_cancelled;reported;from;to',
  );
  expect(lines.at(-1)).toBe(';;9;1;4;2;1;1;0;0;0;1;1;1;5;2026-03-16;2026-12-05');
});

test('a plan with no progress notes says the data cannot tell what happened', async () => {
  const el = await show(sormlandHandlingsplan2026);
  expect(text(shadow(el).querySelector('.summary-text'))).toMatch(
    /^Planen har 32 aktiviteter, men ingen lägesrapport, så uppgifterna säger inte vad som har hänt sedan beslutet 17 april 2026\./,
  );
  expect(await axe(el)).toEqual([]);
});

test('heading-level moves the whole outline', async () => {
  const el = await show(followUpExample, { level: 3 });
  expect(shadow(el).querySelector('[part~="title"]')?.tagName).toBe('H3');
  expect(shadow(el).querySelector('[part~="summary"] > h4')).not.toBeNull();
  expect(shadow(el).querySelector('[part~="activity"] > h5')).not.toBeNull();
});

test('in English the report speaks English, and the Swedish-only texts are marked as Swedish', async () => {
  const data = clone();
  delete data.plans![0]!.activities[6]!.progress![1]!.text.en;
  const el = await show(data, { lang: 'en' });
  await expect
    .element(within(el).getByRole('heading', { level: 2 }))
    .toHaveTextContent('Follow-up: Example plan for mental health and suicide prevention 2026');
  expect(text(shadow(el).querySelector('.summary-text'))).toMatch(
    /^Of 9 activities, 1 has been completed since the revision of March 2026\./,
  );
  expect(facts(el)[2]).toBe('Period: 16 March 2026 – 5 December 2026 (since the revision of March 2026)');
  const swedish = shadow(el).querySelector('[part~="timeline"] span[lang="sv"]');
  expect(text(swedish)).toBe('Rutinen är beslutad och införd i alla kommuner.');
  expect(await axe(el)).toEqual([]);
});

test('text from the file is shown as text, never as markup', async () => {
  const data = clone();
  data.plans![0]!.activities[0]!.progress![0]!.text = { sv: '<img src=x onerror="window.hacked=1">' };
  const el = await show(data);
  expect(shadow(el).querySelector('img')).toBeNull();
  expect((window as { hacked?: number }).hacked).toBeUndefined();
});

test('the plan attribute picks a plan, and an unknown id says it is missing', async () => {
  const older = mount<DholFollowUp>(
    html`<dhol-followup plan="exempelplan-2025" .now=${now} .data=${followUpExample}></dhol-followup>`,
  );
  await nextState(older);
  expect(text(shadow(older).querySelector('h2'))).toBe(
    'Uppföljning: Exempelplan för psykisk hälsa och suicidprevention 2025',
  );
  const missing = mount<DholFollowUp>(
    html`<dhol-followup plan="finns-inte" .data=${followUpExample}></dhol-followup>`,
  );
  expect(await nextState(missing)).toBe('empty');
  expect(shadow(missing).textContent).toContain('Planen ”finns-inte” finns inte i filen.');
});

for (const lang of ['sv', 'en'] as const) {
  test(`while the file loads a status message is shown (${lang})`, async () => {
    const fetcher = () => new Promise<Response>(() => {});
    const el = mount<DholFollowUp>(
      html`<dhol-followup lang=${lang} src="/uppfoljning.json" .fetcher=${fetcher}></dhol-followup>`,
    );
    await el.updateComplete;
    expect(el.state).toBe('loading');
    expect(within(el).getByRole('status').element().textContent).toContain(
      lang === 'sv' ? 'Läser in' : 'Loading',
    );
    expect(await axe(el)).toEqual([]);
  });

  test(`an invalid file shows each issue with its place in the file (${lang})`, async () => {
    const data = clone();
    (data.plans![0]!.activities[0]!.progress![0] as { reportedBy: string }).reportedBy = 'okand';
    const el = mount<DholFollowUp>(html`<dhol-followup lang=${lang} .data=${data}></dhol-followup>`);
    expect(await nextState(el)).toBe('error');
    expect(within(el).getByRole('alert').element().textContent).toContain('progress[0].reportedBy');
    expect(await axe(el)).toEqual([]);
  });

  test(`a file with no plan gives the empty state (${lang})`, async () => {
    const el = mount<DholFollowUp>(
      html`<dhol-followup lang=${lang} .data=${{ formatVersion: '1.0' }}></dhol-followup>`,
    );
    expect(await nextState(el)).toBe('empty');
    expect(shadow(el).textContent).toContain(
      lang === 'sv' ? 'Filen innehåller ingen plan att följa upp.' : 'The file holds no plan to follow up.',
    );
    expect(await axe(el)).toEqual([]);
  });

  test(`the report passes axe in the dark theme (${lang})`, async () => {
    const wrapper = mount<HTMLDivElement>(
      html`<div class="dhol-theme-dark"><dhol-followup lang=${lang} .now=${now} .data=${followUpExample}></dhol-followup></div>`,
    );
    const el = wrapper.querySelector('dhol-followup') as DholFollowUp;
    await nextState(el);
    expect(drawnScheme(el), 'the dark theme applied').toEqual(DARK_SCHEME);
    expect(await axe(el)).toEqual([]);
  });
}

test('dhol-load tells the page the data was read, with its warnings', async () => {
  const el = mount<DholFollowUp>(html`<dhol-followup .now=${now} .data=${followUpExample}></dhol-followup>`);
  const event = await new Promise<Event>((resolve) =>
    el.addEventListener('dhol-load', resolve, { once: true }),
  );
  expect([event.bubbles, event.composed]).toEqual([true, true]);
});

test('registering dhol-followup twice does not throw', () => {
  expect(() => define('dhol-followup', DholFollowUp)).not.toThrow();
  expect(customElements.get('dhol-followup')).toBe(DholFollowUp);
});

const activities = (el: Element) => shadow(el).querySelectorAll('[part~="activity"]').length;
/** The example's activities as the report lists them: under each delmål the activity serves. */
const allActivities = followUpExample
  .plans!.find((p) => p.id === 'exempelplan-2026')!
  .activities.reduce((sum, a) => sum + a.goals.length, 0);

const firstStep = <T>(el: Element, then: () => T) => firstDrawn(el, '[part~="title"]', then);

test('the report draws its head first and its table, flags and activities in later tasks, and says it is loaded once whole', async () => {
  const el = mount<DholFollowUp>(html`<dhol-followup .now=${now} .data=${followUpExample}></dhol-followup>`);
  const loads: { activities: number; state: string | null; busy: string | null }[] = [];
  el.addEventListener('dhol-load', () =>
    loads.push({
      activities: activities(el),
      state: el.getAttribute('state'),
      busy: shadow(el).querySelector('article.report')!.getAttribute('aria-busy'),
    }),
  );
  const first = await firstStep(el, () => ({
    activities: activities(el),
    flags: shadow(el).querySelector('[part~="flags"]') !== null,
    summary: shadow(el).querySelector('.summary-text') !== null,
    table: shadow(el).querySelector('[part~="status-table"]') !== null,
    state: el.getAttribute('state'),
    busy: shadow(el).querySelector('article.report')?.getAttribute('aria-busy'),
  }));
  expect(first).toEqual({
    activities: 0,
    summary: true,
    flags: false,
    table: false,
    state: 'loading',
    busy: 'true',
  });
  expect(await nextState(el)).toBe('content');
  expect(loads).toEqual([{ activities: allActivities, state: 'content', busy: null }]);
});

test('a report still drawing in steps draws every activity before the page is printed', async () => {
  const el = mount<DholFollowUp>(html`<dhol-followup .now=${now} .data=${followUpExample}></dhol-followup>`);
  const loaded = nextState(el);
  // The browser fires beforeprint and lays out the printout after the listeners' microtasks: no task comes between.
  const drawn = await firstStep(el, () => {
    window.dispatchEvent(new Event('beforeprint'));
    return activities(el);
  });
  expect(drawn).toBe(0);
  await el.updateComplete;
  try {
    expect(activities(el)).toBe(allActivities);
    expect(shadow(el).querySelector('[part~="flags"]')).not.toBeNull();
    expect(await loaded).toBe('content');
  } finally {
    window.dispatchEvent(new Event('afterprint'));
  }
});

test('a report the server rendered is replaced in one drawing, never by less than all of it', async () => {
  const container = document.createElement('div');
  container.setHTMLUnsafe(
    '<dhol-followup><template shadowrootmode="open"><p>Rapporten som servern skrev</p></template></dhol-followup>',
  );
  document.body.append(container);
  try {
    const el = container.firstElementChild as DholFollowUp;
    el.now = now;
    el.data = followUpExample;
    const loaded = nextState(el);
    // What the page shows once the server's text is gone: the whole report, in the same batch of changes.
    const replaced = await new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (shadow(el).textContent?.includes('Rapporten som servern skrev')) return;
        observer.disconnect();
        resolve(activities(el));
      });
      observer.observe(shadow(el), { childList: true, subtree: true });
    });
    expect(replaced).toBe(allActivities);
    expect(await loaded).toBe('content');
  } finally {
    container.remove();
  }
});
