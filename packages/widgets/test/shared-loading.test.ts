import { sormlandHandlingsplan2026 } from '@dhol/data';
import { html } from 'lit';
import { afterEach, expect, test } from 'vitest';
import type { DholElement } from '../src/base/dhol-element.js';
import '../src/index.js';
import { mount, nextState, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

const planJson = JSON.stringify(sormlandHandlingsplan2026);

/** A fetch that counts its requests by address and answers each with the Sörmland plan. */
function countingFetch() {
  const calls: string[] = [];
  const fetcher = async (url: RequestInfo | URL) => {
    calls.push(String(url));
    return new Response(planJson, { headers: { 'Content-Type': 'application/json' } });
  };
  return { calls, fetcher };
}

test('three elements that show one file make one request and share one validation', async () => {
  const { calls, fetcher } = countingFetch();
  const container = mount<HTMLDivElement>(html`<div>
    <dhol-plan src="/plan.json" .fetcher=${fetcher}></dhol-plan>
    <dhol-coverage src="./plan.json" .fetcher=${fetcher}></dhol-coverage>
    <dhol-framework src="/plan.json" plan="sormland-handlingsplan-2026" .fetcher=${fetcher}></dhol-framework>
  </div>`);
  const elements = [...container.children] as DholElement[];
  expect(await Promise.all(elements.map((el) => nextState(el)))).toEqual(['content', 'content', 'content']);
  expect(calls).toEqual(['/plan.json']);
  // One validation: every element shows the same validated dataset and the same warnings.
  const [plan, ...others] = elements;
  for (const el of others) {
    expect(el.loadedDataset).toBe(plan?.loadedDataset);
    expect(el.issues).toBe(plan?.issues);
  }
});

test('an element added after the others have shown the file reuses their reading', async () => {
  const { calls, fetcher } = countingFetch();
  const first = mount<DholElement>(html`<dhol-plan src="/plan.json" .fetcher=${fetcher}></dhol-plan>`);
  expect(await nextState(first)).toBe('content');
  const later = mount<DholElement>(
    html`<dhol-coverage src="/plan.json" .fetcher=${fetcher}></dhol-coverage>`,
  );
  expect(await nextState(later)).toBe('content');
  expect(calls).toHaveLength(1);
});

test('reload() reads the file again, and elements that come later share the new reading', async () => {
  const { calls, fetcher } = countingFetch();
  const first = mount<DholElement>(html`<dhol-plan src="/plan.json" .fetcher=${fetcher}></dhol-plan>`);
  expect(await nextState(first)).toBe('content');
  first.reload();
  expect(await nextState(first)).toBe('content');
  const later = mount<DholElement>(
    html`<dhol-coverage src="/plan.json" .fetcher=${fetcher}></dhol-coverage>`,
  );
  expect(await nextState(later)).toBe('content');
  expect(calls).toHaveLength(2);
});

test('once no element holds a reading, a new element reads the file again', async () => {
  const { calls, fetcher } = countingFetch();
  const first = mount<DholElement>(html`<dhol-plan src="/plan.json" .fetcher=${fetcher}></dhol-plan>`);
  expect(await nextState(first)).toBe('content');
  unmountAll();
  const next = mount<DholElement>(html`<dhol-plan src="/plan.json" .fetcher=${fetcher}></dhol-plan>`);
  expect(await nextState(next)).toBe('content');
  expect(calls).toHaveLength(2);
});

test('elements given one dataset object in one task validate it once', async () => {
  const data = structuredClone(sormlandHandlingsplan2026);
  const container = mount<HTMLDivElement>(html`<div>
    <dhol-plan .data=${data}></dhol-plan>
    <dhol-coverage .data=${data}></dhol-coverage>
  </div>`);
  const [plan, coverage] = [...container.children] as DholElement[];
  expect(await Promise.all([nextState(plan!), nextState(coverage!)])).toEqual(['content', 'content']);
  expect(coverage?.issues).toBe(plan?.issues);
});

test('each element draws its content in a task of its own, in page order', async () => {
  const data = structuredClone(sormlandHandlingsplan2026);
  // The coverage first: it draws whole in one update (the plan announces itself only after its last step).
  const container = mount<HTMLDivElement>(html`<div>
    <dhol-coverage .data=${data}></dhol-coverage>
    <dhol-plan .data=${data}></dhol-plan>
  </div>`);
  const [coverage, plan] = [...container.children] as DholElement[];
  await Promise.all([plan!.updateComplete, coverage!.updateComplete]);
  expect([coverage!.state, plan!.state]).toEqual(['loading', 'loading']);
  // When the coverage has drawn, the plan still waits for its own task.
  const planWhenCoverageDrew = new Promise((resolve) =>
    coverage!.addEventListener('dhol-load', () => resolve(plan!.state), { once: true }),
  );
  expect(await planWhenCoverageDrew).toBe('loading');
  expect(await nextState(plan!)).toBe('content');
});

test('an element far below the screen waits, and draws before the page is printed', async () => {
  const container = mount<HTMLDivElement>(html`<div>
    <div style="height: 400vh"></div>
    <dhol-plan .data=${structuredClone(sormlandHandlingsplan2026)}></dhol-plan>
  </div>`);
  const plan = container.querySelector('dhol-plan') as DholElement;
  await plan.updateComplete;
  expect(plan.state).toBe('loading');
  window.dispatchEvent(new Event('beforeprint'));
  await plan.updateComplete;
  expect(plan.state).toBe('content');
  expect(shadow(plan).textContent).toContain('Det handlar om livet');
});

test('an element far below the screen draws when the browser is idle, without being scrolled to', async () => {
  const container = mount<HTMLDivElement>(html`<div>
    <div style="height: 400vh"></div>
    <dhol-coverage .data=${structuredClone(sormlandHandlingsplan2026)}></dhol-coverage>
  </div>`);
  const coverage = container.querySelector('dhol-coverage') as DholElement;
  expect(await nextState(coverage)).toBe('content');
  expect(window.scrollY).toBe(0);
});
