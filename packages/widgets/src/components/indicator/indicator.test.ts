import type { Dataset } from '@dhol/core';
import { surahammarHandslag } from '@dhol/data';
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
import './dhol-indicator.js';
import { indicatorFixture } from './indicator.fixtures.js';
import { DholIndicator } from './indicator.js';

afterEach(unmountAll);

const within = (el: Element) => page.elementLocator(el);
/** The accessible names of the values in the chart, in reading order. */
const pointNames = (el: Element) =>
  [...shadow(el).querySelectorAll('svg [role="img"]')].map((p) =>
    (p.getAttribute('aria-label') ?? '').replace(/\s/g, ' '),
  );
const text = (el: Element) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');

async function show(template: ReturnType<typeof html>): Promise<DholIndicator> {
  const el = mount<DholIndicator>(template);
  await nextState(el);
  return el;
}

test('Surahammar’s baseline shows 48 % in total, 44 % for girls and 52 % for boys in 2023', async () => {
  const el = await show(html`<dhol-indicator .data=${surahammarHandslag}></dhol-indicator>`);
  expect(pointNames(el)).toEqual(['Totalt, 2023: 48 %', 'Flickor, 2023: 44 %', 'Pojkar, 2023: 52 %']);
  await expect
    .element(within(el).getByRole('heading', { level: 2, name: 'Fullgod psykisk hälsa bland ungdomar' }))
    .toBeVisible();
  expect(text(el)).toContain('48 % totalt, 44 % bland flickor och 52 % bland pojkar');
  expect(await axe(el)).toEqual([]);
});

test('Surahammar’s påfrestning shows girls 74 % and boys 48 % and no total, since there is none', async () => {
  const el = await show(
    html`<dhol-indicator indicator="psykisk-pafrestning-unga" .data=${surahammarHandslag}></dhol-indicator>`,
  );
  expect(pointNames(el)).toEqual(['Flickor, 2023: 74 %', 'Pojkar, 2023: 48 %']);
  expect(text(el)).not.toContain('Totalt');
});

test('several periods are drawn as lines, one per area and sex, with the area in each value’s name', async () => {
  const el = await show(html`<dhol-indicator .data=${indicatorFixture}></dhol-indicator>`);
  expect(el.getAttribute('view')).toBeNull();
  expect(shadow(el).querySelector('svg.line')).not.toBeNull();
  expect(shadow(el).querySelectorAll('[part="chart"] path.line')).toHaveLength(9);
  expect(pointNames(el)).toContain('Surahammar, flickor, 2023: 44 %, 95 % konfidensintervall 37 %–51 %');
  expect(pointNames(el)).toContain('Riket, totalt, 2019: 51 %');
  expect(await axe(el)).toEqual([]);
});

test('a suppressed value breaks the line, is not a point, and is explained in a footnote', async () => {
  const el = await show(
    html`<dhol-indicator .data=${indicatorFixture} areas="1907" sex="K"></dhol-indicator>`,
  );
  const line = shadow(el).querySelector('path.line')?.getAttribute('d') ?? '';
  expect(line.match(/M/g)).toHaveLength(2);
  expect(line).not.toContain('L');
  expect(pointNames(el)).toEqual([
    'Flickor, 2019: 46 %, 95 % konfidensintervall 39 %–53 %',
    'Flickor, 2023: 44 %, 95 % konfidensintervall 37 %–51 %',
  ]);
  const notes = shadow(el).querySelector('[part="footnotes"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
  expect(notes).toContain('Sekretessmarkerat: källan redovisar inte värdet');
  expect(notes).toContain('Det betyder inte noll.');
  expect(notes).toContain('Inga värden att visa för: Flickor, 2021: sekretessmarkerat.');
});

test('in bars a suppressed value gets a star and a missing one a dash, never a bar of zero', async () => {
  const bySuppressed = await show(
    html`<dhol-indicator view="bar" periods="2021" areas="1907" .data=${indicatorFixture}></dhol-indicator>`,
  );
  const gap = shadow(bySuppressed).querySelector('.point.gap');
  expect(gap?.getAttribute('aria-label')).toBe('Flickor, 2021: sekretessmarkerat');
  expect(gap?.querySelector('.mark')).toBeNull();
  expect(gap?.textContent?.trim()).toBe('*');

  const byMissing = await show(
    html`<dhol-indicator view="bar" periods="2023" areas="00" .data=${indicatorFixture}></dhol-indicator>`,
  );
  expect(pointNames(byMissing)).toEqual([
    'Totalt, 2023: 47 %',
    'Flickor, 2023: 42 %',
    'Pojkar, 2023: värde saknas',
  ]);
  expect(shadow(byMissing).querySelector('.point.gap')?.textContent?.trim()).toBe('–');
  expect(text(byMissing)).toContain('Värde saknas: inget värde är publicerat.');
});

test('confidence intervals are drawn as whiskers on each value that has one', async () => {
  const el = await show(
    html`<dhol-indicator view="bar" areas="1907" periods="2023" .data=${indicatorFixture}></dhol-indicator>`,
  );
  expect(shadow(el).querySelectorAll('.point .ci')).toHaveLength(3);
  expect(text(el)).toContain('Strecken genom värdena visar konfidensintervallet.');
});

test('the target is drawn as a labelled line, and not at all when the indicator has none', async () => {
  const el = await show(html`<dhol-indicator .data=${indicatorFixture}></dhol-indicator>`);
  const target = shadow(el).querySelector('[part="target"]');
  expect(target?.textContent?.replace(/\s/g, ' ')).toContain('Mål 2030: 60 %');
  const none = await show(html`<dhol-indicator .data=${surahammarHandslag}></dhol-indicator>`);
  expect(shadow(none).querySelector('[part="target"]')).toBeNull();
});

test('the table view shows the same numbers with row and column headers', async () => {
  const el = await show(html`<dhol-indicator view="table" .data=${indicatorFixture}></dhol-indicator>`);
  const table = within(el).getByRole('table', { name: /^Unga med god hälsa \(testdata\)/ });
  await expect.element(table).toBeVisible();
  await expect.element(table.getByRole('columnheader', { name: '2021' })).toBeVisible();
  const rows = table.getByRole('row').elements();
  expect(rows).toHaveLength(1 + 9);
  const girls = rows[2]?.textContent?.replace(/\s+/g, ' ') ?? '';
  expect(girls).toContain('Flickor');
  expect(girls).toContain('46 %');
  expect(girls).toContain('sekretessmarkerat');
  expect(girls).toContain('(37 %–51 %)');
  expect(await axe(el)).toEqual([]);
});

test('a reader switches between bars, lines and table with the view buttons', async () => {
  const el = await show(html`<dhol-indicator .data=${indicatorFixture}></dhol-indicator>`);
  const tableButton = within(el).getByRole('button', { name: 'Tabell' });
  await expect
    .element(within(el).getByRole('button', { name: 'Linjer' }))
    .toHaveAttribute('aria-pressed', 'true');
  await tableButton.click();
  await expect.element(tableButton).toHaveAttribute('aria-pressed', 'true');
  expect(el.view).toBe('table');
  await expect.element(within(el).getByRole('table')).toBeVisible();
  await within(el).getByRole('button', { name: 'Staplar' }).click();
  expect(shadow(el).querySelector('svg.bar')).not.toBeNull();
});

test('a keyboard user tabs into the chart once and moves through the values with the arrow keys', async () => {
  const el = await show(html`<dhol-indicator .data=${indicatorFixture} areas="1907 19"></dhol-indicator>`);
  const stops = () => shadow(el).querySelectorAll('svg [tabindex="0"]');
  expect(stops()).toHaveLength(1);
  const focused = () => (shadow(el).activeElement?.getAttribute('aria-label') ?? '').replace(/\s/g, ' ');
  (shadow(el).querySelector('[part="views"] button:last-child') as HTMLElement).focus();
  await userEvent.tab();
  expect(focused()).toBe('Surahammar, totalt, 2019: 50 %, 95 % konfidensintervall 45 %–55 %');
  await userEvent.keyboard('{ArrowRight}');
  expect(focused()).toMatch(/^Surahammar, totalt, 2021: 47 %/);
  await userEvent.keyboard('{End}');
  expect(focused()).toMatch(/^Surahammar, totalt, 2023: 48 %/);
  await userEvent.keyboard('{ArrowDown}');
  expect(focused()).toMatch(/^Surahammar, flickor, 2023: 44 %/);
  await userEvent.keyboard('{ArrowLeft}');
  expect(focused()).toMatch(/^Surahammar, flickor, 2019: 46 %/);
  await userEvent.keyboard('{ArrowDown}{ArrowDown}');
  expect(focused()).toBe('Västmanlands län, totalt, 2019: 49 %');
  expect(stops()).toHaveLength(1);
});

/** 21 län × 15 years of invented totals: more values than a line chart draws a keyboard stop for. */
function nationalFixture(): Dataset {
  const counties = '01 03 04 05 06 07 08 09 10 12 13 14 17 18 19 20 21 22 23 24 25'.split(' ');
  const years = Array.from({ length: 15 }, (_, i) => String(2010 + i));
  return {
    ...indicatorFixture,
    observations: counties.flatMap((area, a) =>
      years.map((period, p) => ({
        indicator: 'fixture-halsa',
        area,
        period,
        sex: 'T' as const,
        value: 30 + a + ((p * 3) % 7),
        status: 'ok' as const,
      })),
    ),
  };
}

test('a national line chart of 315 values keeps one keyboard stop and moves it with the arrow keys', async () => {
  const el = await show(html`<dhol-indicator .data=${nationalFixture()}></dhol-indicator>`);
  const marks = [...shadow(el).querySelectorAll('svg .marks > path')];
  expect(marks.reduce((sum, path) => sum + (path.getAttribute('d') ?? '').split('M').length - 1, 0)).toBe(
    315,
  );
  expect(pointNames(el)).toEqual(['Stockholms län, totalt, 2010: 30 %']);
  const focused = () => (shadow(el).activeElement?.getAttribute('aria-label') ?? '').replace(/\s/g, ' ');
  (shadow(el).querySelector('[part="views"] button:last-child') as HTMLElement).focus();
  await userEvent.tab();
  expect(focused()).toBe('Stockholms län, totalt, 2010: 30 %');
  await userEvent.keyboard('{ArrowRight}');
  expect(focused()).toBe('Stockholms län, totalt, 2011: 33 %');
  await userEvent.keyboard('{ArrowDown}{End}');
  expect(focused()).toBe('Uppsala län, totalt, 2024: 31 %');
  expect(pointNames(el)).toEqual(['Uppsala län, totalt, 2024: 31 %']);
  expect(await axe(el)).toEqual([]);
});

test('a click on a line chart’s mark chooses the value drawn there', async () => {
  const el = await show(html`<dhol-indicator .data=${nationalFixture()}></dhol-indicator>`);
  const stop = shadow(el).querySelector('svg .points [data-index]') as SVGGraphicsElement;
  const box = stop.getBoundingClientRect();
  const events: DholSelectEvent[] = [];
  document.addEventListener('dhol-select', (e) => events.push(e), { once: true });
  // A click that lands on the marks (not on the keyboard stop) finds the nearest value.
  const mark = shadow(el).querySelector('svg .marks > path') as SVGPathElement;
  mark.dispatchEvent(
    new MouseEvent('click', {
      bubbles: true,
      composed: true,
      clientX: box.x + box.width / 2 + 2,
      clientY: box.y + box.height / 2,
    }),
  );
  expect(events[0]?.detail.id).toBe('fixture-halsa/01/2010/T');
});

test('choosing a value with Enter tells the page which observation it is', async () => {
  const el = await show(html`<dhol-indicator .data=${surahammarHandslag}></dhol-indicator>`);
  const events: DholSelectEvent[] = [];
  document.addEventListener('dhol-select', (e) => events.push(e), { once: true });
  (shadow(el).querySelector('svg [tabindex="0"]') as SVGElement).focus();
  await userEvent.keyboard('{ArrowRight}{Enter}');
  expect(events).toHaveLength(1);
  expect(events[0]?.detail.kind).toBe('observation');
  expect(events[0]?.detail.id).toBe('fullgod-psykisk-halsa-unga/1907/2023/K');
  expect(events[0]?.composed).toBe(true);
});

test('the CSV download holds exactly the values shown, made in the page without a request', async () => {
  const el = await show(
    html`<dhol-indicator .data=${indicatorFixture} areas="1907" periods="2021"></dhol-indicator>`,
  );
  const link = within(el)
    .getByRole('link', { name: 'Ladda ner värdena som CSV' })
    .element() as HTMLAnchorElement;
  // Written when a user reaches for the link, not with every drawing of the chart.
  expect(link.getAttribute('href')).toBe('#');
  link.focus();
  expect(link.href).toMatch(/^blob:/);
  expect(link.getAttribute('download')).toBe('fixture-halsa.csv');
  const csv = await (await fetch(link.href)).text();
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toMatch(/^indicator;area;period;sex;value;status;ci_lower;ci_upper/);
  expect(lines.slice(1)).toEqual([
    'fixture-halsa;1907;2021;T;47;ok;42;52;95;;;;;;',
    'fixture-halsa;1907;2021;K;;suppressed;;;;;;;;;',
    'fixture-halsa;1907;2021;M;51;ok;44;58;95;;;;;;',
  ]);

  // Other values shown: the old file is no longer offered, and the next reach for the link writes the new one.
  el.setAttribute('periods', '2019');
  await el.updateComplete;
  expect(link.getAttribute('href')).toBe('#');
  link.blur();
  link.focus();
  const again = await (await fetch(link.href)).text();
  expect(again).toContain('fixture-halsa;1907;2019;T;');
  expect(again).not.toContain(';2021;');
});

test('the indicator, areas, periods and sex attributes choose what is shown', async () => {
  const el = await show(
    html`<dhol-indicator view="bar" indicator="fixture-halsa" areas="00,1907" periods="2019" sex="k"
      .data=${indicatorFixture}></dhol-indicator>`,
  );
  expect(pointNames(el)).toEqual([
    'Riket, flickor, 2019: 46 %',
    'Surahammar, flickor, 2019: 46 %, 95 % konfidensintervall 39 %–53 %',
  ]);
  el.setAttribute('indicator', 'fixture-antal');
  el.removeAttribute('areas');
  el.removeAttribute('periods');
  el.removeAttribute('sex');
  el.removeAttribute('view');
  await el.updateComplete;
  expect(pointNames(el)).toEqual(['Totalt, 2022: 1 200', 'Totalt, 2023: 1 350, preliminärt']);
});

test('source, licence and last update are shown under the chart', async () => {
  const el = await show(html`<dhol-indicator .data=${indicatorFixture}></dhol-indicator>`);
  const source = shadow(el).querySelector('[part="source"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
  expect(source).toContain('Källa: Testkälla (dhol)');
  expect(source).toContain('Licens: CC0 1.0.');
  expect(source).toContain('Senast uppdaterad: 2 maj 2024.');
  await expect
    .element(within(el).getByRole('link', { name: /Testkälla \(dhol\).*extern länk/ }))
    .toBeVisible();
});

test('in English every label, value and note is English', async () => {
  const el = await show(
    html`<dhol-indicator lang="en" view="bar" periods="2021" areas="1907" .data=${indicatorFixture}></dhol-indicator>`,
  );
  expect(pointNames(el)).toEqual([
    'Total, 2021: 47%, 95% confidence interval 42%–52%',
    'Girls, 2021: suppressed',
    'Boys, 2021: 51%, 95% confidence interval 44%–58%',
  ]);
  await expect
    .element(within(el).getByRole('heading', { name: 'Young people in good health (test data)' }))
    .toBeVisible();
  await expect.element(within(el).getByRole('button', { name: 'Table' })).toBeVisible();
  expect(text(el)).toContain('It does not mean zero.');
  expect(text(el)).toContain('Download the values as CSV');
  expect(await axe(el)).toEqual([]);
});

test('headings follow heading-level so they fit the host page', async () => {
  const el = await show(
    html`<dhol-indicator heading-level="4" .data=${surahammarHandslag}></dhol-indicator>`,
  );
  await expect
    .element(within(el).getByRole('heading', { level: 4, name: 'Fullgod psykisk hälsa bland ungdomar' }))
    .toBeVisible();
});

test('an invalid file shows its issues with their place in the file, in the element’s language', async () => {
  const broken = { formatVersion: '1.0', indicators: [{ id: 'x', title: { sv: 'X' } }] };
  for (const lang of ['sv', 'en']) {
    const el = mount<DholIndicator>(html`<dhol-indicator lang=${lang} .data=${broken}></dhol-indicator>`);
    expect(await nextState(el)).toBe('error');
    const alert = shadow(el).querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain(
      lang === 'sv' ? 'Uppgifterna kan inte visas just nu' : 'The information cannot be shown right now',
    );
    expect(alert).toContain('indicators[0]');
    expect(await axe(el)).toEqual([]);
  }
});

test('a file with no indicators, or without the one asked for, says so instead of a blank box', async () => {
  const none: Dataset = { formatVersion: '1.0', title: { sv: 'Tom' } };
  const empty = await show(html`<dhol-indicator .data=${none}></dhol-indicator>`);
  expect(empty.state).toBe('empty');
  expect(text(empty)).toContain('Filen innehåller inga indikatorer.');
  expect(await axe(empty)).toEqual([]);
  const unknown = await show(
    html`<dhol-indicator lang="en" indicator="nope" .data=${indicatorFixture}></dhol-indicator>`,
  );
  expect(text(unknown)).toContain('The indicator “nope” is not in the file.');
  const nothingChosen = await show(
    html`<dhol-indicator areas="0180" .data=${indicatorFixture}></dhol-indicator>`,
  );
  expect(text(nothingChosen)).toContain('Det finns inga värden för det urval som visas.');
  expect(await axe(nothingChosen)).toEqual([]);
});

test('with neither data nor src the element says that no data was given', async () => {
  for (const [lang, words] of [
    ['sv', 'Ingen data har angetts.'],
    ['en', 'No data has been given.'],
  ] as const) {
    const el = mount<DholIndicator>(html`<dhol-indicator lang=${lang}></dhol-indicator>`);
    await el.updateComplete;
    expect(el.state).toBe('idle');
    expect(text(el)).toContain(words);
    expect(await axe(el)).toEqual([]);
  }
});

test('the table view states the target under the table', async () => {
  const el = await show(html`<dhol-indicator view="table" .data=${indicatorFixture}></dhol-indicator>`);
  expect(shadow(el).querySelector('[part="footnotes"]')?.textContent).toContain('Mål 2030: 60');
});

test('while the file loads the element says so, and then shows it', async () => {
  let release: (response: Response) => void = () => {};
  const fetcher = () =>
    new Promise<Response>((resolve) => {
      release = resolve;
    });
  for (const [lang, words] of [
    ['sv', 'Läser in'],
    ['en', 'Loading'],
  ] as const) {
    const el = mount<DholIndicator>(
      html`<dhol-indicator lang=${lang} src="/data/indicator.json" .fetcher=${fetcher}></dhol-indicator>`,
    );
    await el.updateComplete;
    expect(el.state).toBe('loading');
    expect(text(el)).toContain(words);
    expect(await axe(el)).toEqual([]);
    const done = nextState(el);
    release(new Response(JSON.stringify(surahammarHandslag)));
    expect(await done).toBe('content');
  }
});

test('every view passes the WCAG 2.1 A and AA rules in Swedish and English', async () => {
  for (const lang of ['sv', 'en']) {
    for (const view of ['bar', 'line', 'table']) {
      const el = await show(
        html`<dhol-indicator lang=${lang} view=${view} .data=${indicatorFixture}></dhol-indicator>`,
      );
      expect(await axe(el), `${lang} ${view}`).toEqual([]);
    }
  }
});

test('registering dhol-indicator a second time does not throw', () => {
  expect(() => define('dhol-indicator', DholIndicator)).not.toThrow();
  expect(customElements.get('dhol-indicator')).toBe(DholIndicator);
});

test('a keyboard user keeps focus on the same value when the chart is redrawn for a new width', async () => {
  const el = await show(html`<dhol-indicator .data=${indicatorFixture} areas="1907"></dhol-indicator>`);
  el.style.width = '700px';
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  (shadow(el).querySelector('svg [tabindex="0"]') as SVGElement).focus();
  await userEvent.keyboard('{ArrowRight}');
  const before = shadow(el).activeElement?.getAttribute('aria-label');
  el.style.width = '340px';
  await until(() => shadow(el).querySelector('svg')?.getAttribute('width') === '336');
  expect(shadow(el).activeElement?.getAttribute('aria-label')).toBe(before);
});

test('a page in the dark theme gets light series colours that stand out on the dark background', async () => {
  document.documentElement.classList.add('dhol-theme-dark');
  try {
    const el = await show(html`<dhol-indicator .data=${surahammarHandslag}></dhol-indicator>`);
    const bar = shadow(el).querySelector('.bar.sex-t .mark') as SVGElement;
    expect(getComputedStyle(bar).fill).toBe('rgb(124, 200, 234)');
    expect(drawnScheme(el), 'the dark theme applied').toEqual(DARK_SCHEME);
    expect(await axe(el)).toEqual([]);
  } finally {
    document.documentElement.classList.remove('dhol-theme-dark');
  }
});

test('text from the file is shown as text, never run as markup', async () => {
  const hostile = structuredClone(indicatorFixture);
  const first = hostile.indicators?.[0];
  if (!first) throw new Error('fixture has no indicator');
  first.title = { sv: '<img src=x onerror="window.__pwned=1">Hälsa' };
  first.source = { name: { sv: '<script>1</script>' } };
  const el = await show(html`<dhol-indicator .data=${hostile}></dhol-indicator>`);
  expect(shadow(el).querySelector('img, script')).toBeNull();
  expect(text(el)).toContain('<img src=x onerror="window.__pwned=1">Hälsa');
  expect(text(el)).toContain('Källa: <script>1</script>');
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
});

test('a file that cannot be fetched gives an error in the element’s language, not a blank box', async () => {
  const fetcher = async () => new Response('', { status: 404 });
  const el = mount<DholIndicator>(
    html`<dhol-indicator .fetcher=${fetcher} src="/data/saknas.json"></dhol-indicator>`,
  );
  expect(await nextState(el)).toBe('error');
  expect(text(el)).toContain('Datafilen hittades inte (HTTP 404)');
  expect(await axe(el)).toEqual([]);
});

/** The colour a legend entry draws its series in (a bar's outline, a line's stroke). */
function legendColour(el: Element, name: string): string {
  const item = [...shadow(el).querySelectorAll('[part="legend"] li')].find(
    (li) => li.textContent?.trim() === name,
  );
  const mark = item?.querySelector('.mark, .line');
  if (!mark) throw new Error(`no legend entry "${name}"`);
  return getComputedStyle(mark).stroke;
}

test('a series keeps its colour in every chart on the page, also where another series is missing', async () => {
  const all = await show(html`<dhol-indicator view="bar" .data=${indicatorFixture}></dhol-indicator>`);
  const noTotal = await show(
    html`<dhol-indicator view="bar" sex="K M" .data=${indicatorFixture}></dhol-indicator>`,
  );
  for (const name of ['Flickor', 'Pojkar']) expect(legendColour(noTotal, name)).toBe(legendColour(all, name));
  // Outline, stripes and legend of one series share its colour.
  const girls = shadow(noTotal).querySelector('.chart .bar.sex-k .mark') as SVGElement;
  const stripes = shadow(noTotal).querySelector('.pattern.sex-k .pattern-ink') as SVGElement;
  expect(getComputedStyle(girls).stroke).toBe(legendColour(all, 'Flickor'));
  expect(getComputedStyle(stripes).fill).toBe(legendColour(all, 'Flickor'));
  expect(legendColour(all, 'Flickor')).not.toBe(legendColour(all, 'Pojkar'));

  // Areas keep the colour of their place in `areas`, with or without figures for the first one.
  const withoutSurahammar = structuredClone(indicatorFixture);
  withoutSurahammar.observations = withoutSurahammar.observations?.filter((o) => o.area !== '1907');
  const lines = await show(
    html`<dhol-indicator view="line" sex="T" areas="1907 19 00" .data=${indicatorFixture}></dhol-indicator>`,
  );
  const fewer = await show(
    html`<dhol-indicator view="line" sex="T" areas="1907 19 00" .data=${withoutSurahammar}></dhol-indicator>`,
  );
  for (const name of ['Västmanlands län', 'Riket'])
    expect(legendColour(fewer, name)).toBe(legendColour(lines, name));
});

test('a series colour too faint against the background is reported once in the console, and labels stay text-coloured', async () => {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: unknown) => {
    if (String(message).startsWith('dhol-indicator:')) warnings.push(String(message));
  };
  try {
    const el = await show(
      html`<dhol-indicator view="line" style="--dhol-indicator-series-2: #f4f4f4" .data=${indicatorFixture}></dhol-indicator>`,
    );
    await until(() => warnings.length >= 1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('--dhol-indicator-series-2');
    for (const label of shadow(el).querySelectorAll('.direct'))
      expect(getComputedStyle(label).fill).toBe(
        getComputedStyle(shadow(el).querySelector('.dhol') as Element).color,
      );
  } finally {
    console.warn = warn;
  }
});

test('lines are not offered for a single period', async () => {
  const el = await show(html`<dhol-indicator periods="2023" .data=${indicatorFixture}></dhol-indicator>`);
  const views = shadow(el).querySelectorAll('[part~="view"]');
  expect([...views].map((b) => b.textContent?.trim())).toEqual(['Staplar', 'Tabell']);
});
