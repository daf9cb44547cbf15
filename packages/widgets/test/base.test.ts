import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import { DholPlan } from '../src/components/plan/plan.js';
import '../src/components/plan/dhol-plan.js';
import { define } from '../src/define.js';
import { axe, mount, nextState, rgbOf, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

const minimal = { formatVersion: '1.0' };

test('an element with neither data nor src says that no data was given', async () => {
  const el = mount<DholPlan>(html`<dhol-plan></dhol-plan>`);
  await el.updateComplete;
  expect(el.state).toBe('idle');
  expect(shadow(el).textContent).toContain('Ingen data har angetts.');
});

test('each element updates first in a task of its own, showing its own children until then', async () => {
  const fallback = (n: number) => html`<p>Planen ${n} utan JavaScript</p>`;
  const container = mount<HTMLDivElement>(
    html`<div><dhol-plan .data=${minimal}>${fallback(1)}</dhol-plan><dhol-plan .data=${minimal}>${fallback(2)}</dhol-plan></div>`,
  );
  const [first, second] = [...container.querySelectorAll('dhol-plan')] as DholPlan[];
  // Upgraded, but nothing of the element's own drawn yet: a slot shows the text the page put inside it.
  for (const el of [first!, second!]) {
    expect(el.hasUpdated).toBe(false);
    expect(shadow(el).querySelector('slot')).not.toBeNull();
    expect(el.querySelector('p')!.checkVisibility()).toBe(true);
  }
  // The first element's first update ends its task's microtasks without the second's having run.
  await first!.updateComplete;
  expect(first!.hasUpdated).toBe(true);
  expect(second!.hasUpdated).toBe(false);
  expect(shadow(first!).querySelector('slot')).toBeNull();
  expect(first!.querySelector('p')!.checkVisibility()).toBe(false);
  expect(shadow(first!).adoptedStyleSheets.length).toBeGreaterThan(0);
  await second!.updateComplete;
  expect(second!.hasUpdated).toBe(true);
  expect(second!.querySelector('p')!.checkVisibility()).toBe(false);
});

test('registering the same tag a second time does not throw', () => {
  expect(() => define('dhol-plan', DholPlan)).not.toThrow();
  expect(() => define('dhol-plan', class extends DholPlan {})).not.toThrow();
  expect(customElements.get('dhol-plan')).toBe(DholPlan);
});

test('a dataset with nothing to show gives the empty state and a dhol-load event', async () => {
  const el = mount<DholPlan>(html`<dhol-plan .data=${minimal}></dhol-plan>`);
  expect(await nextState(el)).toBe('empty');
  expect(await axe(el)).toEqual([]);
});

test('a file that is not JSON gives an error naming the problem', async () => {
  const fetcher = async () => new Response('<html>not json</html>', { status: 200 });
  const el = mount<DholPlan>(html`<dhol-plan lang="en" .fetcher=${fetcher} src="/plan.json"></dhol-plan>`);
  expect(await nextState(el)).toBe('error');
  expect(el.issues[0]?.code).toBe('load.notJson');
  expect(shadow(el).textContent).toContain('The address gave a web page (HTML) instead of a data file');
});

test('a response that never comes ends in a timeout error', async () => {
  const fetcher = (_url: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  const el = mount<DholPlan>(html`<dhol-plan timeout="50" .fetcher=${fetcher} src="/slow.json"></dhol-plan>`);
  expect(await nextState(el)).toBe('error');
  expect(el.issues[0]?.code).toBe('load.timeout');
});

test('when src changes mid-flight only the newer file is shown', async () => {
  let releaseFirst: (r: Response) => void = () => {};
  const fetcher = (url: RequestInfo | URL) =>
    String(url).includes('old')
      ? new Promise<Response>((resolve) => {
          releaseFirst = resolve;
        })
      : Promise.resolve(new Response('{"formatVersion":"1.0"}'));
  const el = mount<DholPlan>(html`<dhol-plan .fetcher=${fetcher} src="/old.json"></dhol-plan>`);
  await el.updateComplete;
  el.src = '/new.json';
  expect(await nextState(el)).toBe('empty');
  releaseFirst(new Response('not json'));
  await new Promise((r) => queueMicrotask(() => r(undefined)));
  await el.updateComplete;
  expect(el.state).toBe('empty');
});

test('the scheme lock is adopted into the document once, and the page itself gets no token or scheme', async () => {
  const before = getComputedStyle(document.documentElement).colorScheme;
  const first = mount<DholPlan>(html`<dhol-plan .data=${minimal}></dhol-plan>`);
  const second = mount<DholPlan>(html`<dhol-plan .data=${minimal}></dhol-plan>`);
  await Promise.all([first.updateComplete, second.updateComplete]);
  const locks = document.adoptedStyleSheets.filter((sheet) =>
    [...sheet.cssRules].some((rule) => rule.cssText.includes('--dhol-color-scheme')),
  );
  expect(locks).toHaveLength(1);
  const root = getComputedStyle(document.documentElement);
  expect(root.getPropertyValue('--dhol-color-accent')).toBe('');
  expect(root.colorScheme).toBe(before);
});

test('a page’s own token value wins over the default', async () => {
  document.documentElement.style.setProperty('--dhol-color-text', 'rgb(1, 2, 3)');
  try {
    const el = mount<DholPlan>(html`<dhol-plan .data=${minimal}></dhol-plan>`);
    await el.updateComplete;
    expect(rgbOf(getComputedStyle(el).color)).toEqual([1, 2, 3]);
  } finally {
    document.documentElement.style.removeProperty('--dhol-color-text');
  }
});

test('the state is on the host as an attribute, so a page can keep room for the element while it loads', async () => {
  let release: (r: Response) => void = () => {};
  const fetcher = () =>
    new Promise<Response>((resolve) => {
      release = resolve;
    });
  const el = mount<DholPlan>(html`<dhol-plan .fetcher=${fetcher} src="/plan.json"></dhol-plan>`);
  await el.updateComplete;
  expect(el.getAttribute('state')).toBe('loading');
  const style = document.createElement('style');
  style.textContent = 'dhol-plan[state="loading"] { min-height: 600px; }';
  document.head.append(style);
  try {
    expect(el.getBoundingClientRect().height).toBeGreaterThanOrEqual(600);
    release(new Response('{"formatVersion":"1.0"}'));
    expect(await nextState(el)).toBe('empty');
    expect(el.getAttribute('state')).toBe('empty');
    expect(el.getBoundingClientRect().height).toBeLessThan(600);
  } finally {
    style.remove();
  }
});
