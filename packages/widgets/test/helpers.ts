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
 * Rejects after `timeoutMs` (a guard against a test hanging, not a sleep).
 */
export function nextState(el: DholElement, timeoutMs = 5_000): Promise<DholState> {
  return new Promise((resolve, reject) => {
    const done = () => {
      el.removeEventListener('dhol-load', done);
      el.removeEventListener('dhol-error', done);
      clearTimeout(timer);
      el.updateComplete.then(() => resolve(el.state), reject);
    };
    const timer = setTimeout(() => {
      el.removeEventListener('dhol-load', done);
      el.removeEventListener('dhol-error', done);
      reject(new Error(`nextState: no dhol-load or dhol-error within ${timeoutMs} ms (state ${el.state})`));
    }, timeoutMs);
    el.addEventListener('dhol-load', done);
    el.addEventListener('dhol-error', done);
  });
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
