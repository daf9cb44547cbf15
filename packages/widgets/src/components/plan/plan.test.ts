import type { Dataset } from '@dhol/core';
import { sormlandHandlingsplan2026 as sormland } from '@dhol/data';
import { html, render } from 'lit';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axe, firstDrawn, mount, nextState, shadow, unmountAll } from '../../../test/helpers.js';
import { define } from '../../define.js';
import type { DholSelectEvent } from '../../events.js';
import { externalLink } from '../../shared/link.js';
import './dhol-plan.js';
import { DholPlan } from './plan.js';

const NOW = '2026-11-24';
const within = (el: Element) => page.elementLocator(el);
const plan = sormland.plans![0]!;
const startUrl = `${location.pathname}${location.search}`;

beforeEach(() => history.replaceState(null, '', startUrl));
afterEach(() => {
  unmountAll();
  history.replaceState(null, '', startUrl);
});

async function showSormland(lang = 'sv', attrs: Partial<DholPlan> = {}): Promise<DholPlan> {
  const el = mount<DholPlan>(html`<dhol-plan lang=${lang} .now=${NOW} .data=${sormland}></dhol-plan>`);
  Object.assign(el, attrs);
  expect(await nextState(el)).toBe('content');
  return el;
}

/** The titles of the activities shown in the delmål section whose heading starts with `Delmål <n>:`. */
function activityTitles(el: DholPlan, number: number, lang: 'sv' | 'en' = 'sv'): string[] {
  const word = lang === 'sv' ? 'Delmål' : 'Sub-goal';
  return within(el)
    .getByRole('region', { name: new RegExp(`^${word} ${number}:`) })
    .getByRole('article')
    .elements()
    .map((article) => article.querySelector('a[part~="activity-title"]')?.textContent?.trim() ?? '');
}

function resultCount(el: DholPlan): string {
  return shadow(el).querySelector('[role="status"][part~="result-count"]')?.textContent?.trim() ?? '';
}

function popstate(): Promise<void> {
  return new Promise((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
}

test('the Sörmland plan shows every activity under each delmål it is listed under, in the words used there', async () => {
  const el = await showSormland();
  for (let number = 1; number <= 7; number++) {
    const expected = plan.activities.flatMap((activity) =>
      activity.goals
        .filter((link) => link.goal === `delmal-${number}`)
        .map((link) => (link.listedAs ?? activity.title).sv),
    );
    expect(activityTitles(el, number).sort()).toEqual(expected.sort());
  }
  expect(activityTitles(el, 4)).toContain('Besökskort');
  expect(activityTitles(el, 5)).toContain('Besökskort');
  expect(activityTitles(el, 6)).toContain('Webutbildning – ”Lär dig rädda liv”');
  expect(resultCount(el)).toBe(`${plan.activities.length} aktiviteter visas.`);
});

test('the document information gives the diarienummer, the decision, the owner and the validity', async () => {
  const el = await showSormland();
  const info = within(el)
    .getByRole('definition')
    .elements()
    .map((dd) => dd.textContent?.replace(/\s+/g, ' ').trim());
  expect(info).toContain('NSV26-0035-1');
  expect(info).toContain('Länsstyrgruppen i Sörmland');
  expect(info).toContain('Handlingsplan');
  expect(info).toContain('Nämnden för samverkan kring socialtjänst och vård den 17 april 2026');
  expect(info.some((text) => text?.startsWith('Från 17 april 2026 tills planen revideras'))).toBe(true);
  await expect
    .element(within(el).getByRole('heading', { level: 2, name: /^Det handlar om livet – En länsgemensam/ }))
    .toBeVisible();
});

test('the next revision is highlighted and a revision whose year has passed is marked overdue', async () => {
  const el = await showSormland();
  const next = shadow(el).querySelector('[part~="revisions"] .next');
  expect(next?.textContent).toContain('2027');
  expect(next?.textContent).toContain('Nästa revidering');
  el.now = '2028-02-01';
  await el.updateComplete;
  const items = [...shadow(el).querySelectorAll('[part~="revisions"] li')].map((li) => li.textContent ?? '');
  expect(items.find((text) => text.includes('2027'))).toContain('Försenad');
  expect(shadow(el).querySelector('[part~="revisions"] .next')?.textContent).toContain('2029');
});

test('each delmål keeps the plan’s own text and tells ongoing activities from development areas', async () => {
  const el = await showSormland();
  const delmal2 = within(el).getByRole('region', { name: /^Delmål 2:/ });
  await expect
    .element(delmal2.getByRole('heading', { name: 'Listade som pågående aktiviteter' }))
    .toBeVisible();
  await expect
    .element(delmal2.getByRole('heading', { name: 'Listade som identifierade utvecklingsområden' }))
    .toBeVisible();
  expect(delmal2.element().textContent).toContain('Grunden för god psykisk hälsa läggs under barndomen');
});

test('an activity shows its responsible organisation, its role and its status', async () => {
  const el = await showSormland();
  const article = within(el).getByRole('article', { name: 'SIKTA mot arbetslivet' });
  const text = article.element().textContent?.replace(/\s+/g, ' ') ?? '';
  expect(text).toContain('Leds av: Samordningsförbundet');
  expect(text).toContain('Pågår');
});

test('the Medverkande list names every organisation, with the part the document gives it after the name', async () => {
  const el = await showSormland();
  const items = within(el)
    .getByRole('region', { name: 'Medverkande' })
    .getByRole('listitem')
    .elements()
    .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
  const names = (id: string) => sormland.organisations!.find((o) => o.id === id)!.name.sv;
  expect(items).toEqual(
    plan.participants!.map((p) =>
      p.label ? `${names(p.organisation)} – ${p.label.sv}` : names(p.organisation),
    ),
  );
  expect(items).toContain(
    'Länsstyrelsen i Södermanlands län – Har medverkat i framtagandet av handlingsplanen',
  );
});

test('a responsible party’s wording is shown when it says more than the role and name, never when it repeats them', async () => {
  const el = await showSormland();
  const lines = (activity: string) =>
    within(el)
      .getByRole('list', { name: 'Ansvar' })
      .elements()
      .filter((list) => list.closest('article')?.getAttribute('data-activity') === activity)
      .slice(0, 1)
      .flatMap((list) => [...list.children].map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));
  expect(lines('natverk-forebyggande-arbete')).toEqual([
    'Ansvarig: DrogSAM',
    'Samordnas av: Länsstyrelsen i Södermanlands län',
  ]);
  expect(lines('halsosamtal-50-aringar')).toEqual(['Utförs av: Vårdcentralerna']);
  expect(lines('behovsanalys')).toEqual([
    'Utförs av: Forskning och Utveckling i Sörmland (Kartläggningen sammanställs av FoU i Sörmland)',
  ]);
});

test('an activity listed as ongoing but completed is shown as listed, with its own status beside its title', async () => {
  const data = structuredClone(sormland) as Dataset;
  const activity = data.plans![0]!.activities.find((a) => a.id === 'friskt-kompetenslyft')!;
  activity.status = 'completed';
  const el = mount<DholPlan>(html`<dhol-plan .now=${NOW} .data=${data}></dhol-plan>`);
  expect(await nextState(el)).toBe('content');
  const article = shadow(el).querySelector('[data-activity="friskt-kompetenslyft"]')!;
  const group = article.closest('.kind')!.querySelector('h1, h2, h3, h4, h5, h6');
  expect(group?.textContent?.trim()).toBe('Listade som pågående aktiviteter');
  const title = article.querySelector('[part~="activity-title"]')!.getBoundingClientRect();
  const status = article.querySelector('[part~="status-completed"]')!;
  expect(status.textContent?.trim()).toBe('Genomförd');
  expect(status.parentElement?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Status: Genomförd');
  // Beside the title, on its line: not a line of its own under it, where it read as the group's word.
  const badge = status.getBoundingClientRect();
  expect(badge.top).toBeLessThan(title.bottom);
  expect(badge.left).toBeGreaterThan(title.left);
});

test('the plan reads in English with English headings and Swedish plan text marked as Swedish', async () => {
  const el = await showSormland('en');
  await expect.element(within(el).getByRole('heading', { name: 'Activities by sub-goal' })).toBeVisible();
  expect(activityTitles(el, 6, 'en')).toContain('Webutbildning – ”Lär dig rädda liv”');
  const title = within(el).getByRole('heading', { level: 2 }).elements()[0];
  expect(title?.getAttribute('lang')).toBe('sv');
  expect(resultCount(el)).toBe(`${plan.activities.length} activities shown.`);
  expect(await axe(el)).toEqual([]);
});

test('the content state has no WCAG 2.1 A or AA violations in Swedish', async () => {
  const el = await showSormland();
  expect(await axe(el)).toEqual([]);
});

test('heading-level moves the whole outline down', async () => {
  const el = mount<DholPlan>(html`<dhol-plan heading-level="3" .now=${NOW} .data=${sormland}></dhol-plan>`);
  await nextState(el);
  await expect
    .element(within(el).getByRole('heading', { level: 3, name: /^Det handlar om livet/ }))
    .toBeVisible();
  await expect.element(within(el).getByRole('heading', { level: 5, name: /^Delmål 1:/ })).toBeVisible();
  expect(shadow(el).querySelector('h2')).toBeNull();
});

test('a citizen can filter by delmål, and the address of the filtered view can be shared', async () => {
  const el = await showSormland();
  await userEvent.selectOptions(within(el).getByRole('combobox', { name: 'Delmål' }), '6');
  await el.updateComplete;
  expect(new URLSearchParams(location.search).get('dhol-delmal')).toBe('6');
  expect(
    within(el)
      .getByRole('region', { name: /^Delmål 1:/ })
      .elements(),
  ).toHaveLength(0);
  const expected = plan.activities.filter((a) => a.goals.some((g) => g.goal === 'delmal-6')).length;
  expect(activityTitles(el, 6)).toHaveLength(expected);
  expect(resultCount(el)).toBe(`${expected} av ${plan.activities.length} aktiviteter visas.`);

  const shared = `${location.pathname}${location.search}`;
  unmountAll();
  history.replaceState(null, '', shared);
  const opened = await showSormland();
  expect(activityTitles(opened, 6)).toHaveLength(expected);
  expect(
    within(opened)
      .getByRole('region', { name: /^Delmål 5:/ })
      .elements(),
  ).toHaveLength(0);
});

test('Back undoes a filter and Forward brings it back', async () => {
  const el = await showSormland();
  await userEvent.selectOptions(
    within(el).getByRole('combobox', { name: 'Typ av aktivitet' }),
    'development',
  );
  await el.updateComplete;
  const developmentCount = resultCount(el);
  expect(developmentCount).not.toBe(`${plan.activities.length} aktiviteter visas.`);
  const back = popstate();
  history.back();
  await back;
  await el.updateComplete;
  expect(resultCount(el)).toBe(`${plan.activities.length} aktiviteter visas.`);
  expect(within(el).getByRole('combobox', { name: 'Typ av aktivitet' }).element()).toHaveValue('');
  const forward = popstate();
  history.forward();
  await forward;
  await el.updateComplete;
  expect(resultCount(el)).toBe(developmentCount);
});

test('filtering by responsible organisation keeps only that organisation’s activities', async () => {
  const el = await showSormland();
  await userEvent.selectOptions(
    within(el).getByRole('combobox', { name: 'Ansvarig organisation' }),
    'samordningsforbundet',
  );
  await el.updateComplete;
  expect(
    within(el)
      .getByRole('article')
      .elements()
      .map((a) => a.getAttribute('data-activity')),
  ).toEqual(['sikta-mot-arbetslivet']);
  expect(resultCount(el)).toBe(`1 av ${plan.activities.length} aktiviteter visas.`);
});

test('filtering by status keeps only activities with that status', async () => {
  const el = await showSormland();
  await userEvent.selectOptions(within(el).getByRole('combobox', { name: 'Status' }), 'planned');
  await el.updateComplete;
  const ids = new Set(
    within(el)
      .getByRole('article')
      .elements()
      .map((a) => a.getAttribute('data-activity')),
  );
  expect([...ids].sort()).toEqual(
    plan.activities
      .filter((a) => a.status === 'planned')
      .map((a) => a.id)
      .sort(),
  );
});

test('a search with no match says so and the reset button shows everything again', async () => {
  const el = await showSormland();
  await userEvent.fill(
    within(el).getByRole('searchbox', { name: 'Sök bland aktiviteterna' }),
    'zzzz-ingen-träff',
  );
  await el.updateComplete;
  expect(resultCount(el)).toBe(`0 av ${plan.activities.length} aktiviteter visas.`);
  expect(shadow(el).textContent).toContain('Inga aktiviteter matchar filtret.');
  await userEvent.click(within(el).getByRole('button', { name: 'Visa alla aktiviteter' }));
  await el.updateComplete;
  expect(resultCount(el)).toBe(`${plan.activities.length} aktiviteter visas.`);
  expect(location.search).not.toContain('dhol-q');
});

test('with the keyboard alone a user can search, reach an activity and pick it', async () => {
  const el = await showSormland();
  const picked: DholSelectEvent[] = [];
  el.addEventListener('dhol-select', (event) => picked.push(event));
  const search = within(el)
    .getByRole('searchbox', { name: 'Sök bland aktiviteterna' })
    .element() as HTMLElement;
  const order: (Element | null)[] = [];
  // Tab from the page into the form, as a keyboard user does, until the search box has focus.
  (document.activeElement as HTMLElement | null)?.blur();
  for (let i = 0; i < 8 && el.shadowRoot?.activeElement !== search; i++) {
    await userEvent.keyboard('{Tab}');
    order.push(el.shadowRoot?.activeElement ?? null);
  }
  expect(el.shadowRoot?.activeElement).toBe(search);
  await userEvent.keyboard('Besökskort');
  await el.updateComplete;
  expect(resultCount(el)).toBe(`1 av ${plan.activities.length} aktiviteter visas.`);
  // Tab past the reset button to the first activity link, then press Enter.
  for (let i = 0; i < 4 && !el.shadowRoot?.activeElement?.matches('a[part~="activity-title"]'); i++) {
    await userEvent.keyboard('{Tab}');
  }
  expect(el.shadowRoot?.activeElement?.textContent).toContain('Besökskort');
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;
  expect(picked.map((e) => e.detail.id)).toEqual(['besokskort']);
  expect(new URLSearchParams(location.search).get('dhol-activity')).toBe('besokskort');
  expect(shadow(el).querySelector('article[aria-current="true"]')?.getAttribute('data-activity')).toBe(
    'besokskort',
  );
});

test('picking an activity fires dhol-select with the activity, bubbling out of the shadow root', async () => {
  const el = await showSormland();
  let detail: DholSelectEvent['detail'] | undefined;
  document.body.addEventListener('dhol-select', (event) => (detail = event.detail), { once: true });
  await within(el).getByRole('link', { name: 'SIKTA mot arbetslivet' }).click();
  expect(detail?.kind).toBe('activity');
  expect(detail?.id).toBe('sikta-mot-arbetslivet');
  expect((detail?.item as { id: string } | undefined)?.id).toBe('sikta-mot-arbetslivet');
});

test('dhol-load carries the validated dataset and its warnings', async () => {
  const el = mount<DholPlan>(html`<dhol-plan .now=${NOW} .data=${sormland}></dhol-plan>`);
  const event = await new Promise<Event & { detail: { dataset: Dataset; issues: unknown[] } }>((resolve) =>
    el.addEventListener('dhol-load', resolve, { once: true }),
  );
  expect(event.detail.dataset.plans?.[0]?.decision?.diarienummer).toBe('NSV26-0035-1');
  expect(event.detail.issues.length).toBeGreaterThan(0);
});

test('the loading state says so and passes axe', async () => {
  const fetcher = () => new Promise<Response>(() => {});
  const el = mount<DholPlan>(html`<dhol-plan .fetcher=${fetcher} src="/plan.json"></dhol-plan>`);
  await el.updateComplete;
  expect(el.state).toBe('loading');
  const status = within(el).getByRole('status').elements();
  expect(status.map((s) => s.textContent)).toEqual(['Läser in …']);
  expect(await axe(el)).toEqual([]);
});

test('a plan read from src is shown like one given as data', async () => {
  const fetcher = async () => new Response(JSON.stringify(sormland), { status: 200 });
  const el = mount<DholPlan>(html`<dhol-plan .now=${NOW} .fetcher=${fetcher} src="/plan.json"></dhol-plan>`);
  expect(await nextState(el)).toBe('content');
  expect(activityTitles(el, 5)).toContain('Besökskort');
});

for (const lang of ['sv', 'en'] as const) {
  test(`a dataset without plans shows the empty state in ${lang} with no axe violations`, async () => {
    const el = mount<DholPlan>(html`<dhol-plan lang=${lang} .data=${{ formatVersion: '1.0' }}></dhol-plan>`);
    expect(await nextState(el)).toBe('empty');
    expect(shadow(el).textContent).toContain(
      lang === 'sv' ? 'Filen innehåller ingen handlingsplan.' : 'The file contains no action plan.',
    );
    expect(await axe(el)).toEqual([]);
  });

  test(`an invalid dataset lists its validation issues with path and message in ${lang}`, async () => {
    const broken = structuredClone(sormland) as { plans: { activities: { goals: { goal: string }[] }[] }[] };
    broken.plans[0]!.activities[2]!.goals[0]!.goal = 'delmal-99';
    const el = mount<DholPlan>(html`<dhol-plan lang=${lang} .data=${broken}></dhol-plan>`);
    expect(await nextState(el)).toBe('error');
    const alert = within(el).getByRole('alert');
    await expect.element(alert).toBeVisible();
    expect(alert.element().textContent).toContain('plans[0].activities[2].goals[0]');
    const issue = el.issues.find((i) => i.severity === 'error');
    expect(alert.element().textContent).toContain(issue?.message[lang]);
    expect(alert.element().textContent).toContain(lang === 'sv' ? 'Fel' : 'Error');
    expect(await axe(el)).toEqual([]);
  });

  test(`a src that answers 404 gives an error state in ${lang} with no axe violations`, async () => {
    const el = mount<DholPlan>(html`<dhol-plan lang=${lang} src="/__dhol-missing__/plan.json"></dhol-plan>`);
    expect(await nextState(el)).toBe('error');
    expect(el.issues.map((i) => i.code)).toEqual(['load.notFound']);
    expect(el.issues[0]?.params?.status).toBe(404);
    expect(await axe(el)).toEqual([]);
  });
}

test('the support notice names 112, 1177 Vårdguiden and Mind Självmordslinjen unless turned off', async () => {
  const el = await showSormland();
  const notice = within(el).getByRole('note', { name: 'Stöd och hjälp' });
  expect(notice.element().textContent).toContain('112');
  expect(notice.element().textContent).toContain('1177 Vårdguiden');
  expect(notice.element().textContent).toContain('Mind Självmordslinjen på 90101');
  el.noSupportNotice = true;
  await el.updateComplete;
  expect(within(el).getByRole('note').elements()).toHaveLength(0);
});

test('text from the plan renders as text, never as markup', async () => {
  const hostile = structuredClone(sormland) as Dataset;
  const activity = hostile.plans![0]!.activities[0]!;
  activity.title = { sv: '<img src=x onerror="window.__dholHacked=1">Elak titel' };
  activity.description = [{ type: 'paragraph', text: { sv: '<script>window.__dholHacked=1</script>' } }];
  const el = mount<DholPlan>(html`<dhol-plan .now=${NOW} .data=${hostile}></dhol-plan>`);
  expect(await nextState(el)).toBe('content');
  expect(shadow(el).querySelector('img, script')).toBeNull();
  expect(shadow(el).textContent).toContain('<img src=x onerror="window.__dholHacked=1">Elak titel');
  expect((window as { __dholHacked?: number }).__dholHacked).toBeUndefined();
});

test('an unsafe link in a plan is never put in an href', async () => {
  const hostile = structuredClone(sormland) as Dataset;
  hostile.plans![0]!.activities[0]!.links = [{ url: 'javascript:alert(1)', label: { sv: 'Klicka' } }];
  const el = mount<DholPlan>(html`<dhol-plan .now=${NOW} .data=${hostile}></dhol-plan>`);
  await nextState(el);
  const hrefs = [...shadow(el).querySelectorAll('[href]')].map((a) => a.getAttribute('href') ?? '');
  expect(hrefs.some((href) => /javascript:/i.test(href))).toBe(false);
});

test('the link partial turns an unsafe address into plain text and marks a safe one as external', () => {
  const container = document.createElement('div');
  document.body.append(container);
  render(
    html`${externalLink('javascript:alert(1)', 'A', 'sv')}${externalLink('https://example.org/', 'B', 'en')}`,
    container,
  );
  const links = [...container.querySelectorAll('a')];
  expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/']);
  expect(links[0]?.textContent).toContain('(external link)');
  expect(container.textContent).toContain('A');
  container.remove();
});

test('the attribute plan picks one plan when the dataset holds several', async () => {
  const two = structuredClone(sormland) as Dataset;
  const second = structuredClone(two.plans![0]!);
  second.id = 'andra-planen';
  second.title = { sv: 'En andra plan' };
  two.plans!.push(second);
  const el = mount<DholPlan>(html`<dhol-plan plan="andra-planen" .now=${NOW} .data=${two}></dhol-plan>`);
  await nextState(el);
  await expect.element(within(el).getByRole('heading', { level: 2, name: 'En andra plan' })).toBeVisible();
  el.plan = 'finns-inte';
  await el.updateComplete;
  expect(shadow(el).textContent).toContain('Filen innehåller ingen plan med id ”finns-inte”.');
});

test('registering dhol-plan again does not throw', () => {
  expect(() => define('dhol-plan', DholPlan)).not.toThrow();
  expect(customElements.get('dhol-plan')).toBe(DholPlan);
});

test('at 320 px wide the plan fits without sideways scrolling', async () => {
  const narrow = mount<HTMLDivElement>(
    html`<div style="width: 320px"><dhol-plan .now=${NOW} .data=${sormland}></dhol-plan></div>`,
  );
  const el = narrow.querySelector('dhol-plan') as DholPlan;
  await nextState(el);
  expect(el.scrollWidth).toBeLessThanOrEqual(320);
  expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
});

/** Sörmland's plan with its activities copied until the plan lists `listings` of them. */
function longPlan(copies: number): Dataset {
  const activities = Array.from({ length: copies }, (_, i) =>
    plan.activities.map((activity) => ({ ...activity, id: `${activity.id}-${i}` })),
  ).flat();
  return { ...sormland, plans: [{ ...plan, activities }] };
}

/** Listings the plan removes in one step (`REMOVALS_PER_STEP` in plan.ts). */
const REMOVALS_PER_STEP_IN_TEST = 300;
const articles = (el: DholPlan) => shadow(el).querySelectorAll('article').length;
const busy = (el: DholPlan) =>
  shadow(el).querySelector('[part~="activities"]')?.getAttribute('aria-busy') === 'true';

/**
 * Animation frames that the test runs itself, one at a time, instead of the browser's: the plan draws one step per
 * frame, so the test sees every step, however slowly a busy machine paints.
 */
function manualFrames() {
  const waiting = new Map<number, FrameRequestCallback>();
  let last = 0;
  const browser = { request: window.requestAnimationFrame, cancel: window.cancelAnimationFrame };
  window.requestAnimationFrame = (callback) => {
    waiting.set(++last, callback);
    return last;
  };
  window.cancelAnimationFrame = (handle) => void waiting.delete(handle);
  return {
    /** Runs the frame the plan asked for and waits for the update it requested; false if it asked for none. */
    async next(el: DholPlan): Promise<boolean> {
      if (waiting.size === 0) return false;
      const callbacks = [...waiting.values()];
      waiting.clear();
      for (const callback of callbacks) callback(performance.now());
      await el.updateComplete;
      return true;
    },
    /** Runs frames until the plan asks for no more; returns how many it took. */
    async all(el: DholPlan): Promise<number> {
      let frames = 0;
      while (await this.next(el)) {
        frames++;
        if (frames > 5_000) throw new Error('the plan still asks for frames after 5,000 steps');
      }
      return frames;
    },
    restore() {
      window.requestAnimationFrame = browser.request;
      window.cancelAnimationFrame = browser.cancel;
    },
  };
}

/** What the plan shows when its first step, its header, is drawn. */
function firstStep(el: DholPlan) {
  return firstDrawn(el, '[part~="title"]', () => ({
    title: shadow(el).querySelector('[part~="title"]')?.textContent?.trim(),
    activities: shadow(el).querySelector('[part~="activities"]') !== null,
    state: el.getAttribute('state'),
    getter: el.state,
  }));
}

/** The number of activities after each batch of changes to the element's shadow root, until `done` resolves. */
function countSteps(el: DholPlan, done: Promise<unknown>): Promise<number[]> {
  const counts: number[] = [];
  const observer = new MutationObserver(() => {
    if (counts.at(-1) !== articles(el)) counts.push(articles(el));
  });
  observer.observe(shadow(el), { childList: true, subtree: true });
  return done.then(() => {
    observer.disconnect();
    return counts;
  });
}

/** Waits until the plan has drawn every step: frames for delmål that leave, tasks for listings that arrive. */
async function finished(el: DholPlan, frames: ReturnType<typeof manualFrames>): Promise<void> {
  while (busy(el) || shadow(el).querySelector('.leaving')) {
    if (await frames.next(el)) continue;
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(shadow(el), { childList: true, subtree: true, attributes: true });
    });
    await el.updateComplete;
  }
}

test('a long plan shows its head at once, draws its activities in later tasks and says so at the end', async () => {
  const frames = manualFrames();
  try {
    // 24 copies: delmål 1 alone lists 168, more than one step draws.
    const data = longPlan(24);
    const listings = data.plans![0]!.activities.reduce((sum, a) => sum + a.goals.length, 0);
    const el = mount<DholPlan>(html`<dhol-plan url-state="none" .now=${NOW} .data=${data}></dhol-plan>`);
    const seen: { articles: number; state: string | null; busy: boolean }[] = [];
    const getterSeen: string[] = [];
    const loaded = new Promise<void>((resolve) =>
      el.addEventListener('dhol-load', () => {
        seen.push({ articles: articles(el), state: el.getAttribute('state'), busy: busy(el) });
        getterSeen.push(el.state);
        resolve();
      }),
    );
    // The first step shows the plan's header, no activities yet, while the element says, by its attribute and its
    // getter, that it is still loading: the content is announced once, at the end.
    expect(await firstStep(el)).toEqual({
      title: plan.title.sv,
      activities: false,
      state: 'loading',
      getter: 'loading',
    });
    // While listings wait, the list says it is busy.
    await firstDrawn(el, '[part~="activities"]', () => expect(busy(el)).toBe(true));
    // Each later step, in a task of its own, adds listings; dhol-load comes once, with the whole list drawn.
    const steps = await countSteps(el, loaded);
    expect(steps.length).toBeGreaterThan(1);
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
    expect(seen).toEqual([{ articles: listings, state: 'content', busy: false }]);
    expect(getterSeen).toEqual(['content']);
    await el.updateComplete;
    expect(el.getAttribute('state')).toBe('content');
    expect(await frames.next(el)).toBe(false);
    const statusDigits = () =>
      (within(el).getByRole('status').element().textContent ?? '').replace(/\s/g, '');
    expect(statusDigits()).toContain(`${data.plans![0]!.activities.length}aktiviteter`);

    // Narrowing the list to one delmål: the others are hidden at once, out of sight and of the layout, and taken
    // out of the page a step per frame.
    const select = shadow(el).querySelector('select[name="goal"]') as HTMLSelectElement;
    select.value = select.options[1]!.value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    const visibleArticles = () =>
      [...shadow(el).querySelectorAll('article')].filter((article) => article.checkVisibility()).length;
    const leaving = [...shadow(el).querySelectorAll('.leaving')];
    expect(leaving.length).toBe(select.options.length - 2);
    expect(leaving.every((slot) => slot.getBoundingClientRect().height === 0)).toBe(true);
    const shown = Number(/(\d+)/.exec(statusDigits())?.[1]);
    expect(shown).toBeGreaterThan(1);
    expect(visibleArticles()).toBe(shown);
    // More than one step's worth leaves, so it takes more than one frame.
    expect(listings - shown).toBeGreaterThan(REMOVALS_PER_STEP_IN_TEST);
    expect(await frames.all(el)).toBeGreaterThan(1);
    expect(shadow(el).querySelector('.leaving')).toBeNull();
    expect(busy(el)).toBe(false);
    expect(articles(el)).toBe(shown);

    // Clearing the filter while delmål are still leaving shows them again, whole.
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    await finished(el, frames);
    expect(busy(el)).toBe(false);
    expect(articles(el)).toBe(listings);
    select.value = select.options[2]!.value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.leaving').length).toBeGreaterThan(0);
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('.leaving')).toBeNull();
    await finished(el, frames);
    expect(busy(el)).toBe(false);
    expect(articles(el)).toBe(listings);
    expect(visibleArticles()).toBe(listings);
  } finally {
    frames.restore();
  }
});

test('a plan still drawing in steps draws every listing before the page is printed', async () => {
  const frames = manualFrames();
  try {
    const data = longPlan(24);
    const listings = data.plans![0]!.activities.reduce((sum, a) => sum + a.goals.length, 0);
    const el = mount<DholPlan>(html`<dhol-plan url-state="none" .now=${NOW} .data=${data}></dhol-plan>`);
    const loaded = nextState(el);
    expect(await firstStep(el)).toMatchObject({ activities: false, state: 'loading' });
    // The browser fires beforeprint and lays out the printout after the listeners' microtasks: no frame comes.
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(articles(el)).toBe(listings);
    expect(busy(el)).toBe(false);
    // The parts after the activities too.
    expect(shadow(el).querySelector('[part~="footnotes"]')).not.toBeNull();
    expect(await loaded).toBe('content');
    expect(el.getAttribute('state')).toBe('content');
    window.dispatchEvent(new Event('afterprint'));
  } finally {
    frames.restore();
  }
});

test('an activity with progress notes shows its latest note and its date; one without shows none', async () => {
  // The follow-up example is invented and says so; its notes are made up.
  const { followUpExample } = await import('@dhol/data');
  const el = mount<DholPlan>(html`<dhol-plan .now=${'2026-12-05'} .data=${followUpExample}></dhol-plan>`);
  expect(await nextState(el)).toBe('content');
  const article = within(el).getByRole('article', { name: 'Gemensam rutin för efterlevandestöd' }).element();
  expect(article.querySelector('[part~="latest-note"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
    'Senaste lägesrapport, 19 oktober 2026: Rutinen är beslutad och införd i alla kommuner.',
  );
  const sormlandPlan = await showSormland();
  expect(shadow(sormlandPlan).querySelector('[part~="latest-note"]')).toBeNull();
  expect(await axe(el)).toEqual([]);
});
