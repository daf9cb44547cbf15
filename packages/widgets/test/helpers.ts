import axeCore from 'axe-core';
import { render, type TemplateResult } from 'lit';
import type { DholElement, DholState } from '../src/base/dhol-element.js';

const containers: HTMLElement[] = [];

/**
 * Renders a template into a fresh container in the document and returns its first element. The element's first
 * update has been requested but not awaited, so `nextState(el)` can still catch its first event.
 */
export function mount<T extends Element = HTMLElement>(template: TemplateResult): T {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const el = container.firstElementChild;
  if (!el) throw new Error('mount: the template rendered no element');
  return el as T;
}

/** Removes everything `mount` added; call it in `afterEach`. */
export function unmountAll(): void {
  for (const container of containers.splice(0)) container.remove();
}

/**
 * Waits until the element announces its next state with `dhol-load` or `dhol-error`, then until it has rendered.
 * It sets no time limit of its own: however slowly a busy machine reads and validates, the test's timeout is the
 * only guard against a hang.
 */
export function nextState(el: DholElement): Promise<DholState> {
  return new Promise((resolve, reject) => {
    const done = () => {
      el.removeEventListener('dhol-load', done);
      el.removeEventListener('dhol-error', done);
      el.updateComplete.then(() => resolve(el.state), reject);
    };
    el.addEventListener('dhol-load', done);
    el.addEventListener('dhol-error', done);
  });
}

/**
 * Resolves once `condition()` holds, checking it again after every animation frame: for what an element draws in
 * a later task or frame. No time limit of its own; the test's timeout guards against a hang.
 */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Resolves, inside the batch of changes that first puts a match of `selector` in the element's shadow root, with what
 * `then` returns; `then` runs there, before any later task (the next step of a drawing in steps, say).
 */
export function firstDrawn<T>(el: Element, selector: string, then: () => T): Promise<T> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!shadow(el).querySelector(selector)) return;
      observer.disconnect();
      resolve(then());
    });
    observer.observe(shadow(el), { childList: true, subtree: true });
  });
}

/**
 * Holds back every `setTimeout` of exactly `ms` milliseconds (an element's `timeout`) until the test fires it,
 * so a timeout happens when the test says, not when a busy machine happens to be slow. Other timers run as usual.
 */
export function holdTimeouts(ms: number) {
  const original = { set: window.setTimeout, clear: window.clearTimeout };
  const browser = { set: original.set.bind(window), clear: original.clear.bind(window) };
  const held = new Map<number, () => void>();
  let onHold: (() => void) | undefined;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (delay !== ms || typeof handler !== 'function') return browser.set(handler, delay, ...args);
    // A real timer that never fires gives the handle, so clearing it works as usual.
    const id = browser.set(() => {}, 2 ** 31 - 1);
    held.set(id, () => handler(...args));
    onHold?.();
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) held.delete(id);
    browser.clear(id);
  }) as typeof clearTimeout;
  return {
    /** How many held timers wait. */
    get waiting(): number {
      return held.size;
    },
    /** Resolves once at least `count` timers are held. */
    held(count = 1): Promise<void> {
      return new Promise((resolve) => {
        const check = () => {
          if (held.size < count) return;
          onHold = undefined;
          resolve();
        };
        onHold = check;
        check();
      });
    },
    /** Runs every held timer now. */
    fire(): void {
      const handlers = [...held.entries()];
      held.clear();
      for (const [id, run] of handlers) {
        browser.clear(id);
        run();
      }
    },
    /** Puts the browser's own timers back; call it in a `finally` or `afterEach`. */
    restore(): void {
      window.setTimeout = original.set;
      window.clearTimeout = original.clear;
    },
  };
}

/** The WCAG 2.1 A and AA rules axe runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core in the page on an element (its shadow tree included) with the WCAG 2.1 A/AA rules and returns
 * the violations, each summarised as `rule: target` so a failing test says what to fix.
 */
export async function axe(el: Element): Promise<string[]> {
  const results = await axeCore.run(el, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()),
  );
}

/** The element's shadow root, for Testing-Library-style queries by role. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('shadow: the element has no open shadow root');
  return el.shadowRoot;
}

let canvas: CanvasRenderingContext2D | undefined;

/**
 * A colour as the browser paints it, in sRGB channels 0–255 with alpha 0–1, whatever form the computed value
 * takes (`rgb()`, `oklch()` from relative colours, `color(srgb …)`): the canvas converts it.
 */
export function rgba(colour: string): [number, number, number, number] {
  canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true }) ?? undefined;
  if (!canvas) throw new Error('rgba: no 2d canvas');
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = colour;
  canvas.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `rgba` without alpha. */
export function rgbOf(colour: string): [number, number, number] {
  const [r, g, b] = rgba(colour);
  return [r, g, b];
}

function luminance([r, g, b]: readonly number[]): number {
  const lin = (c = 0) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * WCAG 2 contrast of two colours as computed styles give them. Worked out here, not with the elements' own
 * `contrastRatio`, so that a fault in the code under test cannot hide a contrast failure.
 */
export function contrast(a: string, b: string): number {
  const la = luminance(rgbOf(a));
  const lb = luminance(rgbOf(b));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The parent across shadow boundaries. */
function flatParent(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/** The colour an element's text is drawn on: its own and its ancestors' backgrounds, blended down to an opaque one. */
export function backgroundOf(el: Element): string {
  const layers: [number, number, number, number][] = [];
  for (let at: Element | null = el; at; at = flatParent(at)) {
    const layer = rgba(getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  let [r, g, b] = [255, 255, 255];
  for (const [lr, lg, lb, la] of layers.reverse()) {
    r = lr * la + r * (1 - la);
    g = lg * la + g * (1 - la);
    b = lb * la + b * (1 - la);
  }
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/**
 * The dark scheme's background and text colours as the design tokens define them (`#17171c` and `#ececf1`),
 * written out here so that a theme that silently fails to apply cannot pass as dark.
 */
export const DARK_SCHEME = { background: 'rgb(23, 23, 28)', text: 'rgb(236, 236, 241)' } as const;

/**
 * The background and text colour an element draws its content in (its `.dhol` wrapper), as sRGB: the positive
 * control of a theme test, checked before contrast or axe, which would also pass for the light scheme.
 */
export function drawnScheme(el: Element): { background: string; text: string } {
  const base = el.shadowRoot?.querySelector('.dhol');
  if (!base) throw new Error(`drawnScheme: ${el.localName} has no .dhol wrapper`);
  const [r, g, b] = rgbOf(getComputedStyle(base).color);
  return { background: backgroundOf(base), text: `rgb(${r}, ${g}, ${b})` };
}

/**
 * Every piece of visible text in an element's shadow tree whose contrast against what it is drawn on is below
 * `minimum`, as `"text" colour on background = ratio`. SVG text is measured by its fill.
 */
export function lowContrastText(el: Element, minimum = 4.5): string[] {
  const root = el.shadowRoot;
  if (!root) throw new Error('lowContrastText: the element has no open shadow root');
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const box = parent.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(parent);
    const colour = parent instanceof SVGElement ? style.fill : style.color;
    const background = backgroundOf(parent);
    const ratio = contrast(colour, background);
    if (ratio < minimum)
      found.push(`"${text.slice(0, 40)}" ${colour} on ${background} = ${ratio.toFixed(2)}`);
  }
  return found;
}
