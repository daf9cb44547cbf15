// What the long tasks of a demo page are made of. Loads the built page as long-tasks.mjs does (4× CPU, 412 px, a
// fresh context), records a Chromium performance trace with its CPU profile, and prints for every main-thread task
// over 50 ms its wall time, its CPU time, the self time of its parts (script, style recalculation, layout, paint,
// garbage collection…) and of the functions the profile sampled in it, by function and by stack; then the same
// summed over all long tasks. On a busy machine wall times swell with the load; the CPU times and the shares of
// each part swell much less, so compare those between runs.
//
//   node src/long-task-profile.mjs [--readable] [--top N] [--cpu MS] [--trace file.json] [/sormland/ …]
//
// `--readable` serves the page a dhol.js of the same code built without mangled names, so functions show by name.
// `--trace` also writes the raw trace, for Chromium's performance panel. `--cpu 20` prints the tasks that took over
// 20 ms of CPU instead of those over 50 ms of wall time: under load, the tasks that the load swelled drop out and
// the steps of a drawing that stay under 50 ms show. Run after `pnpm --filter demo build`.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { serve } from '../../../apps/demo/scripts/serve.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT } from './common.mjs';
import { CPU_THROTTLING, observeLongTasks, settledPage } from './long-tasks.mjs';

const DIST = join(REPO_ROOT, 'apps', 'demo', 'dist');
/** A task longer than this blocks, as Lighthouse counts it (ms). */
const LONG_MS = 50;

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    readable: { type: 'boolean', default: false },
    top: { type: 'string', default: '15' },
    cpu: { type: 'string' },
    trace: { type: 'string' },
  },
});
const pages = positionals.length ? positionals : ['/sormland/', '/surahammar/'];
const top = Number(args.top);

/** dhol.js built with the demo's settings but its names kept. */
async function readableBundle() {
  const { build } = await import('esbuild');
  const { cdnBuildOptions, WIDGETS_ROOT } = await import('../../../packages/widgets/scripts/size.mjs');
  const result = await build({
    ...cdnBuildOptions,
    minify: false,
    minifyWhitespace: true,
    minifySyntax: true,
    entryPoints: [join(WIDGETS_ROOT, 'src', 'index.ts')],
    write: false,
  });
  return result.outputFiles[0].text;
}

const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.gc',
].join(',');

/** The trace events a task's time is split into (the rest of the task is the task's own self time). */
const TASK_PARTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'PrePaint',
  'Paint',
  'Layerize',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'IntersectionObserverController::computeIntersections',
  'HitTest',
  'CommitLoad',
]);

async function tracePage(browser, base, path, bundle) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  if (bundle) {
    await page.route('**/dhol/dhol.js', (route) =>
      route.fulfill({ body: bundle, contentType: 'text/javascript; charset=utf-8' }),
    );
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
  await page.addInitScript(observeLongTasks);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(new URL(path, base).href);
  const shown = await page.evaluate(settledPage);
  const observed = await page.evaluate(() => window.__dholLongTasks);
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return { events, shown, observed };
}

/**
 * The main thread of the page's renderer: the one that parsed the page. (The browser runs other renderers beside
 * it for its own interface, busy at the same time.)
 */
function mainThread(events, pageUrl) {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`no renderer parsed ${pageUrl}`);
  return { pid: parse.pid, tid: parse.tid };
}

/** The CPU profile of the thread: its nodes by id, each node's parent, and the samples in time order. */
function cpuProfile(events, { pid, tid }) {
  const nodes = new Map();
  const parent = new Map();
  const samples = [];
  // The profile starts on the main thread; its chunks come from the profiler's own thread, under the same id.
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  let time = start?.args.data.startTime ?? 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== start?.id) continue;
    const data = e.args.data.cpuProfile ?? {};
    for (const node of data.nodes ?? []) {
      nodes.set(node.id, node);
      if (node.parent) parent.set(node.id, node.parent);
    }
    const deltas = e.args.data.timeDeltas ?? [];
    (data.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      samples.push({ time, id });
    });
  }
  return { nodes, parent, samples };
}

/** Adds `value` to `map[key]`. */
const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);

/** The self time (µs) of each kind of trace event inside `task`: wall time, and CPU time (less swayed by load). */
function partTimes(task, events) {
  const inside = events
    .filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const cpu = new Map();
  const open = [];
  for (const e of inside) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    add(self, e.name, e.dur);
    add(cpu, e.name, e.tdur ?? 0);
    if (open.length) {
      add(self, open.at(-1).name, -e.dur);
      add(cpu, open.at(-1).name, -(e.tdur ?? 0));
    }
    open.push(e);
  }
  return { self, cpu };
}

function frameName(node) {
  const frame = node?.callFrame ?? {};
  const file = (frame.url ?? '').split('/').pop();
  const where = file ? ` ${file}:${(frame.lineNumber ?? 0) + 1}:${frame.columnNumber ?? 0}` : '';
  return `${frame.functionName || '(anonymous)'}${where}`;
}

/** The self time (µs) of each function and of each stack (its six innermost named frames) sampled in `task`. */
function functionTimes(task, { nodes, parent, samples }) {
  const functions = new Map();
  const stacks = new Map();
  const inTask = samples.filter((s) => s.time >= task.ts && s.time < task.ts + task.dur);
  inTask.forEach((sample, i) => {
    const dt = (inTask[i + 1]?.time ?? task.ts + task.dur) - sample.time;
    const node = nodes.get(sample.id);
    add(functions, frameName(node), dt);
    const names = [];
    for (let at = node; at && names.length < 6; at = nodes.get(parent.get(at.id))) {
      if (at.callFrame?.functionName) names.push(at.callFrame.functionName);
    }
    add(stacks, names.join(' < '), dt);
  });
  return { functions, stacks };
}

const ms = (us) => (us / 1000).toFixed(1);

function printTable(title, map, limit) {
  const rows = [...map.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  console.log(title);
  for (const [name, value] of rows.slice(0, limit)) console.log(`  ${ms(value).padStart(7)} ms  ${name}`);
}

async function main() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('No apps/demo/dist: run `pnpm --filter demo build`.');
  const bundle = args.readable ? await readableBundle() : undefined;
  const { server, url } = await serve({ dir: DIST, port: 4392, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    for (const path of pages) {
      const { events, shown, observed } = await tracePage(browser, url, path, bundle);
      if (args.trace) writeFileSync(args.trace, JSON.stringify({ traceEvents: events }));
      const thread = mainThread(events, new URL(path, url).href);
      const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
      const tasks = onMain.filter(
        (e) =>
          e.name === 'RunTask' &&
          (args.cpu === undefined ? e.dur > LONG_MS * 1000 : (e.tdur ?? 0) > Number(args.cpu) * 1000),
      );
      const parts = onMain.filter((e) => TASK_PARTS.has(e.name));
      const profile = cpuProfile(events, thread);
      console.log(`\n${path}: ${shown.join(', ')}`);
      console.log(`the observer's long tasks: ${observed.map((t) => t.duration.toFixed(0)).join(', ')} ms`);
      const allParts = new Map();
      const allCpu = new Map();
      const allFunctions = new Map();
      const allStacks = new Map();
      for (const task of tasks) {
        const { self, cpu } = partTimes(task, parts);
        const { functions, stacks } = functionTimes(task, profile);
        for (const [k, v] of self) add(allParts, k, v);
        for (const [k, v] of cpu) add(allCpu, k, v);
        for (const [k, v] of functions) add(allFunctions, k, v);
        for (const [k, v] of stacks) add(allStacks, k, v);
        const at = ms(task.ts - tasks[0].ts);
        console.log(`\n task at +${at} ms: ${ms(task.dur)} ms, ${ms(task.tdur ?? 0)} ms of CPU`);
        printTable('  by trace event (self time):', self, 10);
        printTable('  by trace event (CPU self time):', cpu, 10);
        printTable('  by function (self time):', functions, top);
        printTable('  by stack (six innermost named frames):', stacks, top);
      }
      const wall = tasks.reduce((sum, t) => sum + t.dur, 0);
      const cpu = tasks.reduce((sum, t) => sum + (t.tdur ?? 0), 0);
      console.log(
        `\n${path}: ${tasks.length} tasks over ${args.cpu === undefined ? `${LONG_MS} ms` : `${args.cpu} ms of CPU`}, ${ms(wall)} ms, ${ms(cpu)} ms of CPU`,
      );
      printTable(' all long tasks, by trace event:', allParts, 20);
      printTable(' all long tasks, by trace event (CPU):', allCpu, 20);
      printTable(' all long tasks, by function:', allFunctions, top * 2);
      printTable(' all long tasks, by stack:', allStacks, top * 2);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
