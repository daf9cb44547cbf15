/**
 * Static HTML (`dhol render`) read before the element is defined, or with JavaScript off: controls that need the
 * script are hidden, and content the script would open on request shows open. Tested on copies of the live
 * elements' shadow roots, with their own styles, under a tag that is never defined, as static HTML is.
 */
import { followUpExample, sormlandHandlingsplan2026 as sormland, surahammarHandslag } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { mount, nextState, unmountAll } from '../../test/helpers.js';
import '../components/followup/dhol-followup.js';
import '../components/framework/dhol-framework.js';
import '../components/indicator/dhol-indicator.js';
import '../components/plan/dhol-plan.js';
import type { DholElement } from '../base/dhol-element.js';

const copies: HTMLElement[] = [];
afterEach(() => {
  unmountAll();
  for (const copy of copies.splice(0)) copy.remove();
});

/** The live element's shadow root, styles included, as static HTML in an element that is never defined. */
function staticCopy(el: DholElement): ShadowRoot {
  const root = el.shadowRoot!;
  const css = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('\n');
  const copy = document.createElement('div');
  copy.setHTMLUnsafe(
    `<dhol-never-defined><template shadowrootmode="open"><style>${css}</style>${root.innerHTML}</template></dhol-never-defined>`,
  );
  document.body.append(copy);
  copies.push(copy);
  return copy.firstElementChild!.shadowRoot!;
}

/** Whether a reader sees the node: it and every ancestor drawn (checkVisibility looks through shadow roots). */
const shown = (node: Element | null | undefined) => node?.checkVisibility() ?? false;

test('the plan’s filters show on the live element and are hidden in its static copy', async () => {
  const el = mount<DholElement>(html`<dhol-plan url-state="none" .data=${sormland}></dhol-plan>`);
  expect(await nextState(el)).toBe('content');
  expect(shown(el.shadowRoot!.querySelector('[part~="filters"]'))).toBe(true);
  expect(shown(staticCopy(el).querySelector('[part~="filters"]'))).toBe(false);
});

test('the indicator’s view buttons are hidden in its static copy; its CSV link stays (dhol render gives it the values)', async () => {
  const el = mount<DholElement>(html`<dhol-indicator .data=${surahammarHandslag}></dhol-indicator>`);
  expect(await nextState(el)).toBe('content');
  expect(shown(el.shadowRoot!.querySelector('[part~="views"]'))).toBe(true);
  const copy = staticCopy(el);
  expect(shown(copy.querySelector('[part~="views"]'))).toBe(false);
  expect(shown(copy.querySelector('[part~="download"]'))).toBe(true);
});

test('the follow-up’s CSV link, written on demand by the script, is hidden in its static copy', async () => {
  const el = mount<DholElement>(
    html`<dhol-followup .data=${followUpExample} .now=${new Date('2026-12-05T12:00:00Z')}></dhol-followup>`,
  );
  expect(await nextState(el)).toBe('content');
  expect(shown(el.shadowRoot!.querySelector('[part~="download"]'))).toBe(true);
  expect(shown(staticCopy(el).querySelector('[part~="download"]'))).toBe(false);
});

test('the framework’s delmål show open in its static copy, without the button that opens them all', async () => {
  const el = mount<DholElement>(html`<dhol-framework .data=${sormland}></dhol-framework>`);
  expect(await nextState(el)).toBe('content');
  const live = el.shadowRoot!;
  expect([...live.querySelectorAll('[part~="panel"]')].every(shown)).toBe(false);
  const copy = staticCopy(el);
  const panels = [...copy.querySelectorAll('[part~="panel"]')];
  expect(panels.length).toBeGreaterThan(0);
  expect(panels.every(shown)).toBe(true);
  expect(shown(copy.querySelector('[part~="expand-all"]'))).toBe(false);
});
