/// <reference types="@vitest/browser-playwright" />
import { sormlandHandlingsplan2026, surahammarHandslag } from '@dhol/data';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import type { DholElement } from '../src/base/dhol-element.js';
import '../src/index.js';
import {
  backgroundOf,
  contrast,
  lowContrastText,
  mount,
  nextState,
  rgbOf,
  shadow,
  unmountAll,
} from './helpers.js';

// The host page decides the look: its colour scheme, its text size. These tests put the elements on pages as
// municipal sites write them, for a visitor whose system is in dark mode.

const root = document.documentElement;

async function visitorPrefers(scheme: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: scheme }],
  });
}

beforeEach(() => visitorPrefers('dark'));

afterEach(async () => {
  unmountAll();
  root.removeAttribute('style');
  await visitorPrefers('light');
});

async function show<T extends DholElement>(template: TemplateResult, tag = 'dhol-plan'): Promise<T> {
  const host = mount<HTMLElement>(template);
  const el = (host.matches(tag) ? host : host.querySelector(tag)) as T;
  await nextState(el);
  return el;
}

/** How light the element's background is: 0 black, 1 white (relative luminance). */
function backgroundLightness(el: Element): number {
  const [r, g, b] = rgbOf(backgroundOf(shadow(el).querySelector('.dhol') as Element));
  return (r + g + b) / (3 * 255);
}

test('a page that declares no colour scheme shows the elements light to a visitor in dark mode', async () => {
  const el = await show(html`<dhol-plan .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan>`);
  expect(window.matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
  expect(backgroundLightness(el)).toBeGreaterThan(0.9);
});

test('a page that declares "color-scheme: light" stays light for a visitor in dark mode', async () => {
  root.style.colorScheme = 'light';
  const el = await show(html`<dhol-plan .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan>`);
  expect(backgroundLightness(el)).toBeGreaterThan(0.9);
});

test('a page that opts in with "color-scheme: light dark" shows them dark to a visitor in dark mode', async () => {
  root.style.colorScheme = 'light dark';
  const el = await show(html`<dhol-plan .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan>`);
  expect(backgroundLightness(el)).toBeLessThan(0.15);
  await visitorPrefers('light');
  expect(backgroundLightness(el)).toBeGreaterThan(0.9);
});

test('data-dhol-theme locks a container to one scheme and keeps every brand token', async () => {
  const el = await show(
    html`<div data-dhol-theme="dark" style="--dhol-font-family: Georgia, serif; --dhol-radius: 0; --dhol-space-m: 2em">
      <dhol-plan .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan>
    </div>`,
  );
  expect(backgroundLightness(el)).toBeLessThan(0.15);
  const base = shadow(el).querySelector('.dhol') as Element;
  expect(getComputedStyle(base).fontFamily).toBe('Georgia, serif');
  const header = shadow(el).querySelector('[part~="header"]') as Element;
  expect(getComputedStyle(header).borderTopLeftRadius).toBe('0px');
  const em = Number.parseFloat(getComputedStyle(base).fontSize);
  expect(getComputedStyle(header).paddingTop).toBe(`${em * 2}px`);
});

test('--dhol-color-scheme locks the elements without touching the page', async () => {
  root.style.colorScheme = 'light dark';
  root.style.setProperty('--dhol-color-scheme', 'light');
  const el = await show(html`<dhol-plan .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan>`);
  expect(backgroundLightness(el)).toBeGreaterThan(0.9);
  expect(getComputedStyle(root).colorScheme).toBe('light dark');
});

test('a CMS theme’s "html { font-size: 62.5% }" does not shrink the text: it is as large as the page’s body text', async () => {
  root.style.fontSize = '62.5%';
  const el = await show(
    html`<div style="font-size: 1.6rem"><dhol-plan .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan></div>`,
  );
  const px = (selector: string) =>
    Number.parseFloat(getComputedStyle(shadow(el).querySelector(selector) as Element).fontSize);
  expect(px('.dhol')).toBe(16);
  expect(px('.activity p')).toBe(16);
  expect(px('select')).toBe(16);
  // Spacing follows the text, not the root: 1em of padding in the header is 16 px, not 10.
  expect(getComputedStyle(shadow(el).querySelector('[part~="header"]') as Element).paddingTop).toBe('16px');
});

/** Heading levels and sizes in reading order: `[level, font size in px, text]`. */
function outline(el: Element): [number, number, string][] {
  return [...shadow(el).querySelectorAll('h2, h3, h4, h5, h6, [role="heading"]')].map((h) => [
    Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)),
    Number.parseFloat(getComputedStyle(h).fontSize),
    (h.textContent ?? '').trim().replace(/\s+/g, ' '),
  ]);
}

test('at heading-level="3" the plan keeps a real outline: delmål, group and activity each a level deeper', async () => {
  const el = await show(
    html`<dhol-plan heading-level="3" .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan>`,
  );
  const headings = outline(el);
  const levelOf = (text: RegExp) => headings.find(([, , t]) => text.test(t))?.[0];
  expect(levelOf(/^Det handlar om livet/)).toBe(3);
  expect(levelOf(/^Aktiviteter per delmål/)).toBe(4);
  const goal = levelOf(/^Delmål 1:/);
  const group = levelOf(/^Listade som pågående aktiviteter/);
  const activity = headings.find(([level]) => level === 7);
  expect(goal).toBe(5);
  expect(group).toBe(6);
  expect(activity, 'an activity title one level below its group').toBeDefined();
  for (let i = 1; i < headings.length; i++) {
    const [level] = headings[i] as [number, number, string];
    const [previous] = headings[i - 1] as [number, number, string];
    expect(level - previous, `${headings[i]?.[2]} after ${headings[i - 1]?.[2]}`).toBeLessThanOrEqual(1);
  }
});

test('heading sizes come from the type scale, never from the level: a delmål reads larger than its activities', async () => {
  for (const level of [2, 5]) {
    const el = await show(
      html`<dhol-plan heading-level=${level} .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan>`,
    );
    const headings = outline(el);
    const size = (text: RegExp) => headings.find(([, , t]) => text.test(t))?.[1] ?? 0;
    const body = Number.parseFloat(getComputedStyle(shadow(el).querySelector('.dhol') as Element).fontSize);
    const activities = [...shadow(el).querySelectorAll('[part~="activity-heading"]')];
    const activity = Math.max(...activities.map((h) => Number.parseFloat(getComputedStyle(h).fontSize)));
    expect(size(/^Det handlar om livet/)).toBeGreaterThan(size(/^Aktiviteter per delmål/));
    expect(size(/^Aktiviteter per delmål/)).toBeGreaterThan(size(/^Delmål 1:/));
    expect(size(/^Delmål 1:/)).toBeGreaterThan(size(/^Listade som pågående aktiviteter/));
    expect(size(/^Listade som pågående aktiviteter/)).toBeGreaterThan(activity);
    expect(activity).toBeGreaterThanOrEqual(body);
    unmountAll();
  }
});

/** A municipality's theme as a designer writes it: brand colours, font and shape, no dark values. */
const partialTheme = `
  --dhol-color-accent: #00664d;
  --dhol-color-link: #004f8c;
  --dhol-color-focus: #c2410c;
  --dhol-color-surface: #eef6f2;
  --dhol-color-info-surface: #eef6f2;
  --dhol-color-highlight: #fde8a6;
  --dhol-color-text-muted: #4d5c55;
  --dhol-font-family: "Trebuchet MS", system-ui, sans-serif;
  --dhol-radius: 0.75em;
  --dhol-plan-accent: #8a3b12;
  --dhol-agreement-party-background: #eef6f2;
  --dhol-coverage-header-background: #eef6f2;
  --dhol-coverage-gap-background: #fff1c2;
  --dhol-indicator-series-1: #00664d;
`;

const everyElement = html`
  <dhol-plan .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan>
  <dhol-framework .data=${sormlandHandlingsplan2026}></dhol-framework>
  <dhol-agreement .data=${surahammarHandslag}></dhol-agreement>
  <dhol-coverage .data=${sormlandHandlingsplan2026}></dhol-coverage>
  <dhol-indicator .data=${surahammarHandslag}></dhol-indicator>
  <dhol-plan .data=${{ formatVersion: '1.0', plans: [{ id: 'x' }] }}></dhol-plan>
`;

for (const [page, scheme] of [
  ['declares no scheme', ''],
  ['opts in to dark', 'light dark'],
  ['locks dhol dark', 'lock'],
] as const) {
  test(`a dark-mode visitor on a page that ${page}, with a partial theme: all text has 4.5:1 against its background`, async () => {
    if (scheme === 'light dark') root.style.colorScheme = scheme;
    const host = mount<HTMLElement>(
      html`<div style=${partialTheme} data-dhol-theme=${ifDefined(scheme === 'lock' ? 'dark' : undefined)}>
        ${everyElement}
      </div>`,
    );
    const elements = [...host.querySelectorAll<DholElement>('*')].filter((e) =>
      e.localName.startsWith('dhol-'),
    );
    await Promise.all(elements.map((e) => (e.state === 'idle' ? nextState(e) : e.updateComplete)));
    for (const el of elements) {
      await el.updateComplete;
      expect(lowContrastText(el), el.localName).toEqual([]);
    }
    // The theme's surface stays a surface in the scheme: text on it is readable and it differs from the page.
    const plan = elements[0] as DholElement;
    const header = shadow(plan).querySelector('[part~="header"]') as Element;
    const text = getComputedStyle(header).color;
    expect(contrast(text, backgroundOf(header))).toBeGreaterThan(4.5);
  });
}

// A host page that lays its content out in a flex row, a grid of auto columns or a layout table: the element is a
// size container, so without a width of its own it would get none from its content.
const layouts = [
  ['a flex row', 'display: flex'],
  ['a flex row that wraps', 'display: flex; flex-wrap: wrap'],
  ['a grid of auto columns', 'display: grid; grid-template-columns: auto auto'],
  ['an old layout table', 'table'],
] as const;
for (const [layout, style] of layouts) {
  test(`in ${layout} beside a long paragraph the plan keeps a readable width and stays inside the row`, async () => {
    const long = 'Lång brödtext från värdsidan. '.repeat(60);
    const row = mount<HTMLElement>(
      style === 'table'
        ? html`<table style="width: 800px; border-spacing: 0"><tr><td style="padding: 0">${long}</td><td style="padding: 0"><dhol-plan
            .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan></td></tr></table>`
        : html`<div style="${style}; width: 800px"><p style="margin: 0">${long}</p><dhol-plan
            .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan></div>`,
    );
    const el = row.querySelector('dhol-plan') as DholElement;
    await nextState(el);
    const width = el.getBoundingClientRect().width;
    expect(width).toBeGreaterThanOrEqual(20 * 16);
    expect(el.getBoundingClientRect().right).toBeLessThanOrEqual(row.getBoundingClientRect().right + 0.5);
  });
}

test('alone in a flex row the plan fills the row; in a 280 px column it is exactly as wide as the column', async () => {
  const row = mount<HTMLElement>(
    html`<div style="display: flex; width: 800px"><dhol-plan .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan></div>`,
  );
  const el = row.querySelector('dhol-plan') as DholElement;
  await nextState(el);
  expect(el.getBoundingClientRect().width).toBe(800);
  unmountAll();
  const column = mount<HTMLElement>(
    html`<div style="display: flex; width: 280px"><dhol-plan .data=${sormlandHandlingsplan2026} url-state="none"></dhol-plan></div>`,
  );
  const narrow = column.querySelector('dhol-plan') as DholElement;
  await nextState(narrow);
  expect(narrow.getBoundingClientRect().width).toBe(280);
});
