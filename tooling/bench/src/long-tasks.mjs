// Long tasks on the demo's example pages under 4× CPU throttling in headless system Chromium: a PerformanceObserver
// for `longtask` entries is installed before any script of the page runs; the page is loaded from the built demo
// (served with its Content Security Policy); the figure is the longest main-thread task from navigation until every
// dhol element on the page has shown its content and the page has been idle twice over. Writes
// bench-results/long-tasks.json. Run after `pnpm --filter demo build`. LONG_TASK_PAGES=/sormland/,/vastmanland/
// measures those pages instead (any built page, with the same 50 ms budget); BENCH_LONG_TASK_RUNS sets the loads.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { serve } from '../../../apps/demo/scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT, round1, writeResults } from './common.mjs';

const DIST = join(REPO_ROOT, 'apps', 'demo', 'dist');
const RUNS = Number(process.env.BENCH_LONG_TASK_RUNS ?? 5);

/** The example pages, and the longest task each may hold (ms); Lighthouse counts a task over 50 ms as blocking. */
export const LONG_TASK_PAGES = [
  { path: '/sormland/', budget: 50 },
  { path: '/surahammar/', budget: 50 },
];

/** CPU slow-down, as Lighthouse's mobile preset simulates it. */
export const CPU_THROTTLING = 4;

/** Runs before the page's own scripts: records every long task and every script the page loads. */
export function observeLongTasks() {
  window.__dholLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__dholLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Resolves once every dhol element on the page shows its final state and nothing is left to draw: no element is
 * loading or busy, then two idle periods pass (an element that renders when idle gets its turn in the first).
 */
export async function settledPage() {
  const idle = () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 }));
  const finalStates = new Set(['content', 'empty', 'error']);
  for (;;) {
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dhol-'));
    const done = elements.every(
      (el) =>
        finalStates.has(el.getAttribute('state') ?? '') &&
        !el.shadowRoot?.querySelector('[aria-busy="true"], .leaving'),
    );
    if (done) {
      await idle();
      await idle();
      const still = elements.every((el) => finalStates.has(el.getAttribute('state') ?? ''));
      if (still) return elements.map((el) => `${el.localName}:${el.getAttribute('state')}`);
    }
    await idle();
  }
}

export async function runLongTasks() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('No apps/demo/dist: run `pnpm --filter demo build` first.');
  }
  const { server, url } = await serve({ dir: DIST, port: 4391, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const rows = [];
  const figures = {};
  try {
    const wanted = process.env.LONG_TASK_PAGES?.split(',').filter(Boolean);
    const pages = wanted?.length
      ? wanted.map((path) => LONG_TASK_PAGES.find((p) => p.path === path) ?? { path, budget: 50 })
      : LONG_TASK_PAGES;
    for (const { path, budget } of pages) {
      const longest = [];
      /** Each load's blocking time: what its long tasks took beyond 50 ms, summed, as Lighthouse's TBT counts it. */
      const blocking = [];
      let shown;
      for (let run = 0; run < RUNS; run++) {
        // A fresh context per run: nothing cached, as on a first visit.
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
        await page.addInitScript(observeLongTasks);
        await page.goto(new URL(path, url).href);
        shown = await page.evaluate(settledPage);
        const tasks = await page.evaluate(() => window.__dholLongTasks);
        await context.close();
        if (errors.length) throw new Error(`errors on ${path}: ${errors.join('; ')}`);
        if (shown.length === 0) throw new Error(`${path} shows no dhol element`);
        longest.push(Math.max(0, ...tasks.map((task) => task.duration)));
        blocking.push(tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0));
      }
      const sorted = [...longest].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      figures[path] = { longest, blocking, elements: shown };
      rows.push({
        group: 'render (phone)',
        name: `${path}: longest main-thread task, ${CPU_THROTTLING}× CPU (median of ${RUNS} loads)`,
        value: round1(median),
        unit: 'ms',
        budget,
        ok: median <= budget,
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const method = `PerformanceObserver('longtask') from before the first script until every element has its final state and the page was idle twice; ${CPU_THROTTLING}× CPU throttling (CDP), 412×823 viewport, a fresh context per load; headless ${browser.version()}`;
  return { rows, details: { method, figures } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, details } = await runLongTasks().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  console.log(`\nLong tasks (${details.method})`);
  for (const r of rows) {
    console.log(`${r.name}  ${r.value.toFixed(1)} ms  budget ${r.budget} ms: ${r.ok ? 'ok' : 'MISSED'}`);
    const { longest, blocking } = details.figures[r.name.split(':')[0]];
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(`  each load: ${longest.map((v) => v.toFixed(0)).join(', ')} ms`);
    console.log(
      `  blocking time (sum of each long task beyond 50 ms): median ${median(blocking).toFixed(0)} ms; each load: ${blocking.map((v) => v.toFixed(0)).join(', ')} ms`,
    );
  }
  console.log(`wrote ${writeResults('long-tasks', rows, details)}`);
}
