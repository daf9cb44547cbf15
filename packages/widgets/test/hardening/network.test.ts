/**
 * Network faults on `src`, finely controlled through the `fetcher` property: retries after a timeout or a server
 * error, none after a missing file, a body that breaks off, and a retry overtaken by a new `src`. (The same faults
 * from a real HTTP server are in `network.node.test.ts`.)
 */
import { html } from 'lit';
import { afterAll, afterEach, expect, test } from 'vitest';
import type { DholPlan } from '../../src/components/plan/plan.js';
import '../../src/components/plan/dhol-plan.js';
import { holdTimeouts, mount, nextState, shadow, unmountAll } from '../helpers.js';

/** Timers a test holds back (see `holdTimeouts`), put back after each test, also one that timed out. */
let heldTimers: ReturnType<typeof holdTimeouts> | undefined;
afterEach(() => {
  heldTimers?.restore();
  heldTimers = undefined;
  unmountAll();
});

const tried: string[] = [];
const held: string[] = [];
afterAll(() => {
  console.log(`network (fetcher): ${tried.length} faults tried, ${held.length} held: ${held.join(', ')}`);
});

const empty = '{"formatVersion":"1.0"}';
const never = (_url: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

/** A fetcher that answers the n-th call with `answers[n]` (the last one for every call after). */
function scripted(...answers: ((url: RequestInfo | URL, init?: RequestInit) => Promise<Response>)[]) {
  const calls: string[] = [];
  const fetcher = (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(url));
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return answer(url, init);
  };
  return { fetcher, calls };
}

function record(name: string, ok: boolean) {
  tried.push(name);
  if (ok) held.push(name);
}

test('a file that does not answer in time is tried once more, and the second answer is shown', async () => {
  const { fetcher, calls } = scripted(never, async () => new Response(empty));
  // The first try times out when the test says, so the second, answered at once, cannot time out on a busy machine.
  const timeouts = holdTimeouts(60_000);
  heldTimers = timeouts;
  const el = mount<DholPlan>(
    html`<dhol-plan timeout="60000" .fetcher=${fetcher} src="/plan.json"></dhol-plan>`,
  );
  const shown = nextState(el);
  await timeouts.held();
  timeouts.fire();
  expect(await shown).toBe('empty');
  expect(calls).toEqual(['/plan.json', '/plan.json']);
  record('timeout then answer', true);
});

test('a file that never answers ends in a timeout message after the retry', async () => {
  const { fetcher, calls } = scripted(never);
  const el = mount<DholPlan>(
    html`<dhol-plan timeout="100" .fetcher=${fetcher} src="/plan.json"></dhol-plan>`,
  );
  expect(await nextState(el)).toBe('error');
  expect(calls).toHaveLength(2);
  expect(el.issues.map((i) => i.code)).toEqual(['load.timeout']);
  expect(shadow(el).textContent).toContain('Datafilen kom inte inom');
  record('never answers', true);
});

test('a server error (503) is tried once more, and the second answer is shown', async () => {
  const { fetcher, calls } = scripted(
    async () => new Response('busy', { status: 503 }),
    async () => new Response(empty),
  );
  const el = mount<DholPlan>(html`<dhol-plan .fetcher=${fetcher} src="/plan.json"></dhol-plan>`);
  expect(await nextState(el)).toBe('empty');
  expect(calls).toHaveLength(2);
  record('503 then answer', true);
});

test('a missing file (404) is not tried again and says its HTTP status in English', async () => {
  const { fetcher, calls } = scripted(async () => new Response('gone', { status: 404 }));
  const el = mount<DholPlan>(html`<dhol-plan lang="en" .fetcher=${fetcher} src="/plan.json"></dhol-plan>`);
  expect(await nextState(el)).toBe('error');
  expect(calls).toHaveLength(1);
  expect(shadow(el).textContent).toContain('The data file was not found (HTTP 404)');
  record('404', true);
});

test('retries="0" gives up after the first timeout', async () => {
  const { fetcher, calls } = scripted(never);
  const el = mount<DholPlan>(
    html`<dhol-plan timeout="50" retries="0" .fetcher=${fetcher} src="/plan.json"></dhol-plan>`,
  );
  expect(await nextState(el)).toBe('error');
  expect(calls).toHaveLength(1);
  record('no retries', true);
});

test('a body that breaks off midway ends in a network error, not a half-read file', async () => {
  const broken = async () =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"formatVersion":"1.0","title":{"sv":"Hal'));
          controller.error(new TypeError('connection reset'));
        },
      }),
    );
  const { fetcher } = scripted(broken, broken);
  const el = mount<DholPlan>(html`<dhol-plan .fetcher=${fetcher} src="/plan.json"></dhol-plan>`);
  expect(await nextState(el)).toBe('error');
  expect(el.issues.map((i) => i.code)).toEqual(['load.network']);
  record('body breaks off', true);
});

test('a new src while a retry waits replaces the old load: the old file is not fetched again', async () => {
  const { fetcher, calls } = scripted(async (url) =>
    String(url).includes('old') ? new Response('busy', { status: 503 }) : new Response(empty),
  );
  // The wait before a retry (half a second) ends when the test says, not when a busy machine gets to it.
  const retryWait = holdTimeouts(500);
  heldTimers = retryWait;
  const el = mount<DholPlan>(html`<dhol-plan .fetcher=${fetcher} src="/old.json"></dhol-plan>`);
  await retryWait.held();
  el.src = '/new.json';
  expect(await nextState(el)).toBe('empty');
  // The new src ended the old load's wait at once: no wait is left that could fetch the old file again.
  expect(retryWait.waiting).toBe(0);
  expect(calls).toEqual(['/old.json', '/new.json']);
  expect(el.state).toBe('empty');
  expect(el.state).toBe('empty');
  record('src changed during retry', true);
});
