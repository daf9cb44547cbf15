import axeCore from 'axe-core';
import { render, type TemplateResult } from 'lit';
import { type Locator, userEvent } from 'vitest/browser';
import type { DholEditor } from '../src/components/editor/editor.js';

const containers: HTMLElement[] = [];

/** Renders a template into a fresh container in the document and returns its first element. */
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

/** The WCAG 2.1 A and AA rules axe runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's WCAG 2.1 A/AA violations in an element (its shadow tree included), as `rule: target` lines. The
 * preview's widgets are left out unless `withPreview` (they have their own axe tests, and a long plan's preview
 * takes axe seconds); the tests that open the example plans check them once.
 */
export async function axe(el: Element, { withPreview = false } = {}): Promise<string[]> {
  const context: axeCore.ElementContext = withPreview
    ? el
    : {
        include: [el],
        exclude: [[el.localName, '.preview-frame']] as unknown as axeCore.CrossTreeSelector[],
      };
  const results = await axeCore.run(context, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()),
  );
}

/**
 * Waits until the editor has validated what it holds now (`data-validation="current"`) and drawn it. Rejects
 * after `timeoutMs`: a guard against a hanging test, not a sleep.
 */
export async function validated(el: DholEditor, timeoutMs = 10_000): Promise<void> {
  await el.updateComplete;
  if (el.getAttribute('data-validation') !== 'current') {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`validated: still ${el.getAttribute('data-validation')} after ${timeoutMs} ms`));
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (el.getAttribute('data-validation') === 'current') {
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        }
      });
      observer.observe(el, { attributes: true, attributeFilter: ['data-validation'] });
    });
  }
  while (!(await el.updateComplete)) {
    // another update was requested while this one ran
  }
}

/** The next event of `type` on `target`. */
export function nextEvent<E extends Event>(
  target: EventTarget,
  type: string,
  timeoutMs = 10_000,
): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as E);
      },
      { once: true },
    );
  });
}

/**
 * A `Storage` in memory, for drafts that survive a "reload" (a new editor on the same storage) without touching
 * the test page's own localStorage. With `quota` (characters), a write past it throws the browser's
 * QuotaExceededError, as a full localStorage does.
 */
export class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  quota: number;
  constructor(quota = Number.POSITIVE_INFINITY) {
    this.quota = quota;
  }
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    let used = 0;
    for (const [k, v] of this.#items) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.#items.set(key, String(value));
  }
  [name: string]: unknown;
}

/** Chooses the option whose visible text matches `label` in a select, as a user picking it from the list would. */
export async function choose(select: Locator, label: RegExp | string): Promise<void> {
  const element = select.element() as HTMLSelectElement;
  const option = [...element.options].find((o) =>
    typeof label === 'string' ? o.text.trim() === label : label.test(o.text.trim()),
  );
  if (!option)
    throw new Error(
      `choose: no option ${label} in ${[...element.options].map((o) => o.text.trim()).join(' | ')}`,
    );
  await userEvent.selectOptions(select, option.value);
}
