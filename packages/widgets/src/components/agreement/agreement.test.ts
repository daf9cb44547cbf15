import type { Dataset } from '@dhol/core';
import { surahammarHandslag } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  axe,
  DARK_SCHEME,
  drawnScheme,
  firstDrawn,
  mount,
  nextState,
  shadow,
  unmountAll,
  until,
} from '../../../test/helpers.js';
import { define } from '../../define.js';
import { DholAgreement } from './agreement.js';
import './dhol-agreement.js';

afterEach(unmountAll);

const within = (el: Element) => page.elementLocator(el);
const handslag = surahammarHandslag.agreements?.[0];
if (!handslag) throw new Error('the Surahammar dataset has no agreement');

async function showSurahammar(lang: 'sv' | 'en' = 'sv'): Promise<DholAgreement> {
  const el = mount<DholAgreement>(
    html`<dhol-agreement lang=${lang} .data=${surahammarHandslag}></dhol-agreement>`,
  );
  expect(await nextState(el)).toBe('content');
  return el;
}

const clone = (): Dataset => structuredClone(surahammarHandslag);

test('every party of the Surahammar handslag is shown with its role and every duty', async () => {
  const el = await showSurahammar();
  const parties = shadow(el).querySelectorAll('[part~="party"]');
  expect(parties).toHaveLength(handslag.parties.length);
  const [kommun, valfard] = parties;
  expect(kommun?.querySelector('[part~="role"]')?.textContent).toContain('Huvudman');
  expect(valfard?.querySelector('[part~="role"]')?.textContent).toContain('Kunskaps- och processtöd');
  expect(valfard?.textContent).toContain('Del av Regional utvecklingsförvaltning, Region Västmanland');
  handslag.parties.forEach((party, index) => {
    const duties = [...(parties[index]?.querySelectorAll('[part~="duties"] > li') ?? [])].map((li) =>
      li.textContent?.trim(),
    );
    expect(duties).toEqual(party.duties.map((duty) => duty.sv));
  });
  expect(await axe(el)).toEqual([]);
});

for (const lang of ['sv', 'en'] as const) {
  test(`no two headings of the Surahammar handslag read the same (${lang})`, async () => {
    // The document's own "Beslutsprocess" text and the element's list of decision steps once had one heading each.
    const el = await showSurahammar(lang);
    // Each party card has its own "Åtaganden"; outside the cards every heading names something of its own.
    const headings = within(el)
      .getByRole('heading')
      .elements()
      .filter((h) => !h.closest('[part~="party"]'))
      .map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
    expect(headings.filter((h) => h === 'Beslutsprocess')).toHaveLength(1);
  });
}

test('each decision step names the deciding body and who signs', async () => {
  const el = await showSurahammar();
  const steps = [...shadow(el).querySelectorAll('[part~="decisions"] > li')].map((li) => ({
    heading: li.querySelector('h4')?.textContent?.trim(),
    decision: li.querySelector('p')?.textContent?.trim(),
    signedBy: [...li.querySelectorAll('dt, dd')].map((d) => d.textContent?.trim()),
  }));
  expect(steps).toEqual([
    {
      heading: 'Steg 1: Kommunstyrelsen i Surahammars kommun',
      decision: 'Handslaget beslutas av kommunens kommunstyrelse.',
      signedBy: ['Undertecknas av', 'kommunstyrelsens ordförande'],
    },
    {
      heading: 'Steg 2: Regionala utvecklingsnämnden',
      decision: 'Handslaget beslutas av regionala utvecklingsnämnden.',
      signedBy: ['Undertecknas av', 'ordförande i regionala utvecklingsnämnden'],
    },
  ]);
});

test('the baseline is a table of the 2023 figures by sex, with the missing total said in words', async () => {
  const el = await showSurahammar();
  const table = within(el).getByRole('table', { name: 'Utgångsläge för Surahammar 2023' });
  const headers = table
    .getByRole('columnheader')
    .elements()
    .map((th) => th.textContent?.trim());
  expect(headers).toEqual(['Indikator', 'Totalt', 'Flickor', 'Pojkar']);
  const rows = table
    .getByRole('row')
    .elements()
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
  expect(rows).toEqual([
    ['Fullgod psykisk hälsa bland ungdomar', '48\u00a0%', '44\u00a0%', '52\u00a0%'],
    ['Psykisk påfrestning bland unga', 'Ingen uppgift', '74\u00a0%', '48\u00a0%'],
  ]);
  expect(shadow(el).textContent).toContain(
    'Underlaget anger ingen siffra för totalt för ”Psykisk påfrestning bland unga”. Den har inte räknats fram här.',
  );
});

test('the duration shows the two years of work and the 2030 horizon on a timeline', async () => {
  const el = await showSurahammar();
  const points = [...shadow(el).querySelectorAll('[part~="timeline"] > li')].map((li) =>
    li.textContent?.trim(),
  );
  expect(points).toEqual(['Genomförandetid: 2 år', 'Horisont: 2030']);
});

test('governance names the coordinator, the steering group and the working groups', async () => {
  const el = await showSurahammar();
  const terms = [...shadow(el).querySelectorAll('[part~="governance"] dt')].map((dt) =>
    dt.textContent?.trim(),
  );
  expect(terms).toEqual(['Samordnare', 'Styrgrupp', 'Arbetsgrupper']);
  expect(shadow(el).querySelector('[part~="governance"]')?.textContent).toContain(
    'Tillsätts av Surahammars kommun',
  );
});

test('purpose, aim, background and the strategies it serves are all shown', async () => {
  const el = await showSurahammar();
  for (const name of [
    'Syfte',
    'Mål',
    'Bakgrund',
    'Genomförande och roller',
    'Strategier som handslaget bidrar till',
  ]) {
    await expect.element(within(el).getByRole('heading', { level: 3, name })).toBeVisible();
  }
  const serves = shadow(el).querySelector('[part~="serves"]')?.textContent?.replace(/\s+/g, ' ');
  expect(serves).toContain('Det handlar om livet');
  expect(serves).toContain('Regional utvecklingsstrategi (RUS)');
  expect(serves).toContain('ägs av Region Västmanland');
});

test('the support notice is shown by default and can be turned off', async () => {
  const el = await showSurahammar();
  expect(within(el).getByRole('note', { name: 'Stöd och hjälp' }).element().textContent).toContain('112');
  const quiet = mount<DholAgreement>(
    html`<dhol-agreement no-support-notice .data=${surahammarHandslag}></dhol-agreement>`,
  );
  await nextState(quiet);
  expect(shadow(quiet).querySelector('[part~="support-notice"]')).toBeNull();
});

test('in English the structure is English and the Swedish texts are marked as Swedish', async () => {
  const el = await showSurahammar('en');
  await expect.element(within(el).getByRole('heading', { name: 'Parties and commitments' })).toBeVisible();
  const table = within(el).getByRole('table', { name: 'Baseline for Surahammar 2023' });
  const headers = table
    .getByRole('columnheader')
    .elements()
    .map((th) => th.textContent?.trim());
  expect(headers).toEqual(['Indicator', 'Total', 'Girls', 'Boys']);
  expect(table.element().textContent).toContain('48%');
  expect(table.element().textContent).toContain('Not given');
  const duty = shadow(el).querySelector('[part~="duties"] > li > span');
  expect(duty?.getAttribute('lang')).toBe('sv');
  expect(await axe(el)).toEqual([]);
});

test('the agreement attribute picks one agreement by id, and an unknown id says it is missing', async () => {
  const data = clone();
  const second = { ...structuredClone(handslag), id: 'andra', title: { sv: 'Ett andra handslag' } };
  data.agreements?.push(second);
  const el = mount<DholAgreement>(html`<dhol-agreement agreement="andra" .data=${data}></dhol-agreement>`);
  await nextState(el);
  expect(shadow(el).querySelector('h2')?.textContent).toBe('Ett andra handslag');
  const missing = mount<DholAgreement>(
    html`<dhol-agreement agreement="finns-inte" .data=${data}></dhol-agreement>`,
  );
  expect(await nextState(missing)).toBe('empty');
  expect(shadow(missing).textContent).toContain('Handslaget ”finns-inte” finns inte i filen.');
});

test('on a 320 px wide page the parties stack, on a wide page they sit side by side', async () => {
  const el = await showSurahammar();
  const tops = () =>
    [...shadow(el).querySelectorAll<HTMLElement>('[part~="party"]')].map(
      (p) => p.getBoundingClientRect().top,
    );
  el.style.width = '1000px';
  const [a, b] = tops();
  expect(a).toBe(b);
  el.style.width = '320px';
  const [c, d] = tops();
  expect(d).toBeGreaterThan(c ?? 0);
  expect(el.scrollWidth).toBeLessThanOrEqual(320);
});

test('text from the file is shown as text, never as markup', async () => {
  const data = clone();
  const party = data.agreements?.[0]?.parties[0];
  if (party) party.duties = [{ sv: '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>' }];
  const el = mount<DholAgreement>(html`<dhol-agreement .data=${data}></dhol-agreement>`);
  await nextState(el);
  expect(shadow(el).querySelector('img, script')).toBeNull();
  expect(shadow(el).textContent).toContain('<script>window.hacked=1</script>');
  expect((window as { hacked?: number }).hacked).toBeUndefined();
});

/** Words of the table's cells that the browser broke across two lines (`Flic|kor`), and values split (`44 | %`). */
function brokenWords(table: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    // A value such as "44 %" holds a no-break space: it counts as one word here.
    for (const match of text.matchAll(/[^ \t\n]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

test('on a 375 px phone the baseline table breaks no word ("Flickor") and splits no value ("44 %")', async () => {
  const el = mount<DholAgreement>(
    html`<div style="width: 343px"><dhol-agreement .data=${surahammarHandslag}></dhol-agreement></div>`,
  ).querySelector('dhol-agreement') as DholAgreement;
  await nextState(el);
  const table = within(el)
    .getByRole('table', { name: /^Utgångsläge för Surahammar 2023/ })
    .element();
  expect(table.textContent).toContain('Flickor');
  expect(table.textContent).toContain('44\u00a0%');
  expect(brokenWords(table)).toEqual([]);
  expect(el.scrollWidth).toBeLessThanOrEqual(343);
});

test('the baseline table is a tab stop only when it is too wide to show whole', async () => {
  const el = mount<DholAgreement>(
    html`<div style="width: 260px"><dhol-agreement .data=${surahammarHandslag}></dhol-agreement></div>`,
  ).querySelector('dhol-agreement') as DholAgreement;
  await nextState(el);
  const scroller = shadow(el).querySelector('.scroll') as HTMLElement;
  await until(() => scroller.getAttribute('data-scrolls') === 'true');
  await userEvent.tab();
  expect(shadow(el).activeElement).toBe(scroller);
  el.parentElement?.style.setProperty('width', '900px');
  await until(() => scroller.getAttribute('data-scrolls') === 'false');
  expect(scroller.hasAttribute('tabindex')).toBe(false);
});

test('an agreement without dates says so, and a suppressed figure is neither a zero nor a gap', async () => {
  const data = clone();
  const agreement = data.agreements?.[0];
  if (agreement) agreement.duration = {};
  data.observations = (data.observations ?? [])
    .filter((o) => !(o.indicator === 'fullgod-psykisk-halsa-unga' && o.sex === 'K'))
    .map((o) =>
      o.indicator === 'psykisk-pafrestning-unga' && o.sex === 'M'
        ? { ...o, value: null, status: 'suppressed' }
        : o,
    );
  const el = mount<DholAgreement>(html`<dhol-agreement .data=${data}></dhol-agreement>`);
  expect(await nextState(el)).toBe('content');
  expect(shadow(el).textContent).toContain('Handslaget anger inga datum.');
  const cells = [...shadow(el).querySelectorAll('[part~="baseline"] td')].map((td) => td.textContent?.trim());
  expect(cells).toEqual([
    '48\u00a0%',
    'Ingen uppgift',
    '52\u00a0%',
    'Ingen uppgift',
    '74\u00a0%',
    'Dold av källan',
  ]);
});

for (const lang of ['sv', 'en'] as const) {
  test(`while the file loads a status message is shown (${lang})`, async () => {
    const fetcher = () => new Promise<Response>(() => {});
    const el = mount<DholAgreement>(
      html`<dhol-agreement lang=${lang} src="/handslag.json" .fetcher=${fetcher}></dhol-agreement>`,
    );
    await el.updateComplete;
    expect(el.state).toBe('loading');
    expect(within(el).getByRole('status').element().textContent).toContain(
      lang === 'sv' ? 'Läser in' : 'Loading',
    );
    expect(await axe(el)).toEqual([]);
  });

  test(`an invalid handslag shows each issue with its place in the file (${lang})`, async () => {
    const data = clone() as unknown as { agreements: { parties: unknown[] }[] };
    data.agreements[0]?.parties.splice(1);
    const el = mount<DholAgreement>(html`<dhol-agreement lang=${lang} .data=${data}></dhol-agreement>`);
    expect(await nextState(el)).toBe('error');
    const alert = within(el).getByRole('alert').element().textContent ?? '';
    expect(alert).toContain(
      lang === 'sv' ? 'Uppgifterna kan inte visas just nu' : 'The information cannot be shown right now',
    );
    expect(alert).toContain('agreements[0].parties');
    expect(await axe(el)).toEqual([]);
  });

  test(`a file with no agreement gives the empty state (${lang})`, async () => {
    const el = mount<DholAgreement>(
      html`<dhol-agreement lang=${lang} .data=${{ formatVersion: '1.0' }}></dhol-agreement>`,
    );
    expect(await nextState(el)).toBe('empty');
    expect(shadow(el).textContent).toContain(
      lang === 'sv' ? 'Filen innehåller inget handslag.' : 'The file holds no agreement.',
    );
    expect(await axe(el)).toEqual([]);
  });
}

test('dhol-load tells the page the handslag was read, with its warnings', async () => {
  const el = mount<DholAgreement>(html`<dhol-agreement .data=${surahammarHandslag}></dhol-agreement>`);
  const event = await new Promise<CustomEvent | Event>((resolve) =>
    el.addEventListener('dhol-load', resolve, { once: true }),
  );
  expect(event.bubbles).toBe(true);
  expect(event.composed).toBe(true);
  expect((event as unknown as { detail: { dataset: Dataset } }).detail.dataset.agreements?.[0]?.id).toBe(
    'surahammar-handslag',
  );
});

test('the dark theme passes the WCAG 2.1 AA checks, colour contrast included', async () => {
  const wrapper = mount<HTMLDivElement>(
    html`<div class="dhol-theme-dark"><dhol-agreement .data=${surahammarHandslag}></dhol-agreement></div>`,
  );
  const el = wrapper.querySelector('dhol-agreement') as DholAgreement;
  await nextState(el);
  expect(drawnScheme(el), 'the dark theme applied').toEqual(DARK_SCHEME);
  expect(await axe(el)).toEqual([]);
});

test('registering dhol-agreement twice does not throw', () => {
  expect(() => define('dhol-agreement', DholAgreement)).not.toThrow();
  expect(customElements.get('dhol-agreement')).toBe(DholAgreement);
});

test('a handslag under way shows its status, each step decided and signed, and its check-ins newest first', async () => {
  // The follow-up example is invented, and the element says so.
  const { followUpExample } = await import('@dhol/data');
  const el = mount<DholAgreement>(html`<dhol-agreement .data=${followUpExample}></dhol-agreement>`);
  expect(await nextState(el)).toBe('content');
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  expect(text(within(el).getByRole('note').elements()[0])).toContain('Påhittat exempel');
  expect(text(shadow(el).querySelector('[part~="meta"]'))).toContain('Status: Pågår');
  const steps = [...shadow(el).querySelectorAll('[part~="decisions"] > li')];
  expect(steps.map((li) => text(li.querySelector('.signed')))).toEqual([
    'Undertecknat av Kim Exempelsson den 5 september 2025',
    'Undertecknat av Alex Exempeldotter den 22 september 2025',
  ]);
  expect(steps.map((li) => text(li.querySelector('[part~="decision-done"]')))).toEqual([
    'Beslutat',
    'Beslutat',
  ]);
  const checkIns = within(el).getByRole('region', { name: 'Avstämningar' }).element();
  expect([...checkIns.querySelectorAll('h4')].map(text)).toEqual([
    'Avstämning 15 september 2026',
    'Avstämning 4 mars 2026',
    'Avstämning 12 november 2025',
  ]);
  expect(text(checkIns.querySelector('li'))).toContain('Deltog Exempelkommunen, Exempelregionen');
  expect(text(checkIns.querySelector('li'))).toContain('Nästa avstämning i februari 2027.');
  expect(await axe(el)).toEqual([]);
});

test('a step the file marks as not done is shown as not decided yet', async () => {
  const data = clone();
  data.agreements![0]!.decisionSteps![1]!.done = false;
  const el = mount<DholAgreement>(html`<dhol-agreement .data=${data}></dhol-agreement>`);
  await nextState(el);
  const badges = [...shadow(el).querySelectorAll('[part~="decisions"] > li [part~="badge"]')].map((b) =>
    b.textContent?.trim(),
  );
  expect(badges).toEqual(['Inte beslutat ännu']);
});

const sections = (el: Element) => shadow(el).querySelectorAll('section').length;
const busy = (el: Element) =>
  shadow(el).querySelector('[part~="agreement"]')?.getAttribute('aria-busy') ?? null;
const firstStep = <T>(el: Element, then: () => T) => firstDrawn(el, '[part~="title"]', then);

test('the handslag draws its head first and its sections in later tasks, and says it is loaded once whole', async () => {
  const whole = await showSurahammar();
  const all = sections(whole);
  expect(all).toBeGreaterThan(5);
  const el = mount<DholAgreement>(html`<dhol-agreement .data=${surahammarHandslag}></dhol-agreement>`);
  const loads: { sections: number; state: string | null; busy: string | null }[] = [];
  el.addEventListener('dhol-load', () =>
    loads.push({ sections: sections(el), state: el.getAttribute('state'), busy: busy(el) }),
  );
  const first = await firstStep(el, () => ({
    sections: sections(el),
    state: el.getAttribute('state'),
    busy: busy(el),
  }));
  expect(first).toEqual({ sections: 0, state: 'loading', busy: 'true' });
  expect(await nextState(el)).toBe('content');
  expect(loads).toEqual([{ sections: all, state: 'content', busy: null }]);
});

test('a handslag still drawing in steps draws every section before the page is printed', async () => {
  const whole = await showSurahammar();
  const el = mount<DholAgreement>(html`<dhol-agreement .data=${surahammarHandslag}></dhol-agreement>`);
  const loaded = nextState(el);
  // The browser fires beforeprint and lays out the printout after the listeners' microtasks: no task comes between.
  const drawn = await firstStep(el, () => {
    window.dispatchEvent(new Event('beforeprint'));
    return sections(el);
  });
  expect(drawn).toBe(0);
  await el.updateComplete;
  try {
    expect(sections(el)).toBe(sections(whole));
    expect(await loaded).toBe('content');
  } finally {
    window.dispatchEvent(new Event('afterprint'));
  }
});
