/**
 * An element the server rendered (`dhol render`: declarative shadow DOM) upgrades to the live one without a
 * visible change: the server's content stays until the element has its own to show.
 */
import { sormlandHandlingsplan2026 as sormland } from '@dhol/data';
import { afterEach, expect, test } from 'vitest';
import { nextState, shadow } from '../../test/helpers.js';
import '../components/plan/dhol-plan.js';
import type { DholPlan } from '../components/plan/plan.js';

const SERVER_TEXT = 'Planen som servern skrev';
const planTitle = sormland.plans![0]!.title.sv;
const containers: HTMLElement[] = [];

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/** Parses markup as a page's HTML would be (declarative shadow roots attached), not yet in the document. */
function serverRendered(attributes = ''): { container: HTMLElement; el: DholPlan } {
  const container = document.createElement('div');
  container.setHTMLUnsafe(
    `<dhol-plan ${attributes} url-state="none"><template shadowrootmode="open"><p>${SERVER_TEXT}</p></template></dhol-plan>`,
  );
  containers.push(container);
  return { container, el: container.firstElementChild as DholPlan };
}

test('while it reads src, the element keeps showing the server’s content and no loading message', async () => {
  let respond: (response: Response) => void = () => {};
  const { container, el } = serverRendered('src="/plan.json"');
  el.fetcher = () => new Promise<Response>((resolve) => (respond = resolve));
  document.body.append(container);
  await el.updateComplete;
  expect(el.state).toBe('loading');
  expect(shadow(el).textContent).toBe(SERVER_TEXT);

  respond(new Response(JSON.stringify(sormland)));
  expect(await nextState(el)).toBe('content');
  const text = shadow(el).textContent ?? '';
  expect(text).not.toContain(SERVER_TEXT);
  expect(text).toContain(planTitle);
});

test('with data given before it connects, the element keeps the server’s content until it draws its own, with no loading message between', async () => {
  const { container, el } = serverRendered();
  el.data = sormland;
  document.body.append(container);
  const drawn = nextState(el);
  await el.updateComplete;
  // Its first drawing waits for a task of its own (render-queue.ts); until then the server's content stays.
  expect(shadow(el).textContent).toBe(SERVER_TEXT);
  expect(await drawn).toBe('content');
  const text = shadow(el).textContent ?? '';
  expect(text).not.toContain(SERVER_TEXT);
  expect(text).toContain(planTitle);
});

test('with neither data nor src, the element keeps the server’s content rather than saying there is no data', async () => {
  const { container, el } = serverRendered();
  document.body.append(container);
  await el.updateComplete;
  expect(el.state).toBe('idle');
  expect(shadow(el).textContent).toBe(SERVER_TEXT);
});

test('an invalid dataset read from src replaces the server’s content with the error', async () => {
  const { container, el } = serverRendered('src="/plan.json"');
  el.fetcher = async () => new Response('{"formatVersion": "9"}');
  document.body.append(container);
  expect(await nextState(el)).toBe('error');
  expect(shadow(el).textContent).not.toContain(SERVER_TEXT);
  expect(shadow(el).querySelector('[part="error"]')).not.toBeNull();
});
