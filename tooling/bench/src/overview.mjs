// Overview benchmark: dhol-overview from the script-tag bundle in headless system Chromium, reading a manifest of
// the national generated set (21 regions and 290 kommuner, 100 activities per kommun plan, with their figures; core's
// bench/generate-sources.mjs with the real area codes) from a local server. Two runs of the page:
//   - every source answers: the time from setting `src` until the first source's row is drawn, until every source is
//     read, validated and drawn (the element's `dhol-load` and its update), and until the read datasets are also
//     merged with core's rollUp; the element's heap after drawing (garbage collected first);
//   - one source never answers: the time until the first rows are drawn and until the other 310 are.
// Beside the times: the page's main-thread work (TaskDuration), and the CPU time of the page's renderer process (Linux),
// which a busy machine stretches much less than the times. Median of BENCH_RUNS_OVERVIEW (default 5) fresh pages. Writes bench-results/overview.json. Run after
// `pnpm --filter @dhol/widgets build`. BENCH_PROFILE_OVERVIEW=1 adds one page traced with its CPU profile, with dhol.js
// built again from the sources with its names kept, and prints where that page's time went (overview-breakdown.mjs):
// the main thread by what it did, its tasks and the gaps between them, and the sources' requests; with
// BENCH_TRACE_OVERVIEW=<file> it also writes the trace, for Chromium's performance panel; BENCH_OVERVIEW_READABLE=<file>
// traces that build instead (one made from another tree, to compare a change under the same load). A busy machine blurs the
// times much less than the shares and the CPU times: compare a change by those.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { areas, nationalFramework } from '@dhol/data';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { generateNationalSources } from '../../../packages/core/bench/generate-sources.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT, round1, writeResults } from './common.mjs';
import { breakdown, printBreakdown, TRACE_CATEGORIES } from './overview-breakdown.mjs';

const RUNS = Number(process.env.BENCH_RUNS_OVERVIEW ?? 5);
/** With BENCH_PROFILE_OVERVIEW set: one more page, every source answering, under the CPU profiler; prints self times. */
const PROFILE = Boolean(process.env.BENCH_PROFILE_OVERVIEW);
/** BENCH_OVERVIEW_BUNDLE: another build of dhol.js to measure (say, main's, to compare a change under the same load). */
const BUNDLE =
  process.env.BENCH_OVERVIEW_BUNDLE ?? join(REPO_ROOT, 'packages', 'widgets', 'dist', 'cdn', 'dhol.js');
const BUDGETS = { firstRows: 300, all: 2000 };

/** The national set as files: the manifests (one of them with a source that never answers) and the datasets. */
function nationalFiles() {
  const kommuner = areas
    .filter((area) => area.kind === 'kommun')
    .map((area) => ({ code: area.code, lan: area.parent }));
  const { sources } = generateNationalSources({ kommuner, framework: nationalFramework });
  const entries = sources.map((source) => ({ id: source.key, url: `${source.key}.json`, area: source.area }));
  const manifest = (list) =>
    JSON.stringify({
      formatVersion: '1.0',
      title: { sv: 'Riket (genererade testdata)' },
      area: '00',
      sources: list,
    });
  const files = new Map(
    sources.map((source) => [`/riket/${source.key}.json`, JSON.stringify(source.dataset)]),
  );
  files.set('/riket/riket.json', manifest(entries));
  // The first source in the reading order never answers: it holds one of the six places for the whole run.
  files.set(
    '/riket/en-svarar-aldrig.json',
    manifest([{ ...entries[0], url: 'svarar-aldrig.json' }, ...entries.slice(1)]),
  );
  const bytes = sources.reduce(
    (sum, source) => sum + (files.get(`/riket/${source.key}.json`)?.length ?? 0),
    0,
  );
  const activities = sources.reduce((sum, source) => sum + source.dataset.plans[0].activities.length, 0);
  return { files, count: sources.length, bytes, activities };
}

/** core's rollUp as a browser module, so the page can merge what the element read. */
async function rollUpModule() {
  const result = await build({
    stdin: {
      contents: "export { rollUp } from '@dhol/core';",
      resolveDir: join(REPO_ROOT, 'tooling', 'bench'),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Översikt</title>
<script type="module" src="/dhol.js"></script><script type="module" src="/measure.js"></script></head>
<body><main></main></body></html>`;

// Runs in the page: mounts the element and counts its drawn rows in the frame after each change of its shadow tree
// (counting in every frame would add the benchmark's own work, a query of hundreds of rows, to the figures). With
// `untilLoad` it resolves at dhol-load (then merges what was read), else once `expected` rows are drawn.
const MEASURE = `
import { rollUp } from '/rollup.js';
window.measureOverview = (src, expected, untilLoad) => new Promise((resolve) => {
  const el = document.createElement('dhol-overview');
  const drawn = () => [...(el.shadowRoot?.querySelectorAll('tbody tr') ?? [])]
    .filter((tr) => tr.children[1]?.textContent?.trim().startsWith('Handlingsplan')).length;
  const t0 = performance.now();
  let first;
  let loaded;
  let framed = false;
  const frame = () => {
    framed = false;
    const count = drawn();
    if (first === undefined && count > 0) {
      first = performance.now() - t0;
      performance.mark('overview-first');
    }
    if (count < expected) return;
    loaded = performance.now() - t0;
    changes.disconnect();
    if (!untilLoad) resolve({ first, loaded, state: el.state, rows: count });
  };
  const changes = new MutationObserver(() => {
    if (framed) return;
    framed = true;
    requestAnimationFrame(frame);
  });
  if (untilLoad) {
    el.addEventListener('dhol-load', async () => {
      await el.updateComplete;
      el.offsetHeight;
      const all = performance.now() - t0;
      performance.mark('overview-load');
      const merged = rollUp(el.sourceDatasets);
      const withMerge = performance.now() - t0;
      resolve({ first, all, withMerge, state: el.state, rows: drawn(), plans: merged.dataset.plans.length });
    }, { once: true });
  }
  el.setAttribute('timeout', '60000');
  performance.mark('overview-start');
  el.setAttribute('src', src);
  document.querySelector('main').append(el);
  changes.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
});
`;

async function serve(files, rollUpJs, readable) {
  const bundle = readFileSync(BUNDLE);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (type, body) =>
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
    if (path === '/') {
      const page = req.url?.endsWith('?readable') ? PAGE.replace('/dhol.js', '/dhol-readable.js') : PAGE;
      return send('text/html; charset=utf-8', page);
    }
    if (path === '/dhol-readable.js' && readable) return send('text/javascript; charset=utf-8', readable);
    if (path === '/dhol.js') return send('text/javascript; charset=utf-8', bundle);
    if (path === '/measure.js') return send('text/javascript; charset=utf-8', MEASURE);
    if (path === '/rollup.js') return send('text/javascript; charset=utf-8', rollUpJs);
    if (path === '/riket/svarar-aldrig.json') return; // never answers
    const file = files.get(path);
    if (file) return send('application/json', file);
    res.writeHead(404).end();
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/**
 * The CPU time (ms) that each renderer process of the browsers this process launched has used so far, by process id,
 * from Linux's /proc (undefined elsewhere). A busy machine stretches wall-clock times, and the page's TaskDuration
 * with them, but hardly the CPU time a page uses: this is what the work would take on a quiet machine (10 ms steps).
 */
function rendererCpu() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const parents = new Map();
  const times = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      times.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {}
  }
  const under = (pid) => {
    for (let p = parents.get(pid); p; p = parents.get(p)) if (p === process.pid) return true;
    return false;
  };
  const renderers = new Map();
  for (const [pid, time] of times) {
    if (!under(pid)) continue;
    try {
      // USER_HZ is 100 on Linux: a tick is 10 ms.
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer'))
        renderers.set(pid, time * 10);
    } catch {}
  }
  return renderers;
}

/** The renderer CPU time used between two readings of `rendererCpu` (a renderer that has exited since is left out). */
function cpuBetween(before, after) {
  if (!before || !after) return undefined;
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

/** The milliseconds the page's main thread has spent working (tasks: script, style, layout, paint) so far. */
async function mainThreadBusy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** dhol.js as the script-tag build makes it, but with its names kept, so that a profile names the functions. */
async function readableBundle() {
  const { cdnBuildOptions } = await import('../../../packages/widgets/scripts/size.mjs');
  const result = await build({
    ...cdnBuildOptions,
    entryPoints: [join(REPO_ROOT, 'packages', 'widgets', 'src', 'index.ts')],
    minify: false,
    write: false,
  });
  return result.outputFiles[0].text;
}

/** One page with every source answering, traced with its CPU profile (readable names): where its time went. */
async function profileOnce(browser, server, set) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}?readable`);
  await page.waitForFunction(() => customElements.get('dhol-overview') && window.measureOverview);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await page.evaluate(([s, n]) => window.measureOverview(s, n, true), ['/riket/riket.json', set.count]);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  if (process.env.BENCH_TRACE_OVERVIEW)
    writeFileSync(process.env.BENCH_TRACE_OVERVIEW, JSON.stringify({ traceEvents: events }));
  return breakdown(events);
}

export async function runOverviewBenchmark() {
  if (!existsSync(BUNDLE))
    throw new Error('No dist/cdn/dhol.js: run `pnpm --filter @dhol/widgets build` first.');
  const set = nationalFiles();
  const readable = process.env.BENCH_OVERVIEW_READABLE
    ? readFileSync(process.env.BENCH_OVERVIEW_READABLE, 'utf8')
    : PROFILE && (await readableBundle());
  const server = await serve(set.files, await rollUpModule(), readable || undefined);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const all = [];
  const hanging = [];
  const heaps = [];
  let profile;
  try {
    if (PROFILE) profile = await profileOnce(browser, server, set);
    for (let run = 0; run < RUNS; run++) {
      for (const scenario of ['all', 'hanging']) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(server.url);
        await page.waitForFunction(() => customElements.get('dhol-overview') && window.measureOverview);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        await cdp.send('HeapProfiler.collectGarbage');
        const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
        const busyBefore = await mainThreadBusy(cdp);
        const cpuBefore = rendererCpu();
        const expected = scenario === 'all' ? set.count : set.count - 1;
        const src = scenario === 'all' ? '/riket/riket.json' : '/riket/en-svarar-aldrig.json';
        const result = await page.evaluate(
          ([s, n, untilLoad]) => window.measureOverview(s, n, untilLoad),
          [src, expected, scenario === 'all'],
        );
        result.busy = (await mainThreadBusy(cdp)) - busyBefore;
        result.cpu = cpuBetween(cpuBefore, rendererCpu());
        if (errors.length) throw new Error(`errors on the benchmark page: ${errors.join('; ')}`);
        if (result.rows < expected)
          throw new Error(`${scenario}: ${result.rows} rows drawn, expected ${expected}`);
        if (scenario === 'all') {
          if (result.state !== 'content' || result.plans !== set.count) {
            throw new Error(
              `all: expected content and ${set.count} merged plans, got ${JSON.stringify(result)}`,
            );
          }
          await cdp.send('HeapProfiler.collectGarbage');
          heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize - before);
          all.push(result);
        } else {
          if (result.state !== 'loading')
            throw new Error(`hanging: the element should still wait, got ${result.state}`);
          hanging.push(result);
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const pick = (list, key) => median(list.map((r) => r[key]));
  const figures = {
    first: pick(all, 'first'),
    all: pick(all, 'all'),
    withMerge: pick(all, 'withMerge'),
    busy: pick(all, 'busy'),
    cpu: pick(all, 'cpu'),
    heapMb: median(heaps) / 1024 / 1024,
    hangingFirst: pick(hanging, 'first'),
    hangingOthers: pick(hanging, 'loaded'),
  };
  const label = `${set.count} sources, ${set.activities.toLocaleString('en-GB')} activities, ${(set.bytes / 1e6).toFixed(1)} MB`;
  const ms = (name, value, budget) => ({
    group: 'render',
    name,
    value: round1(value),
    unit: 'ms',
    ...(budget === undefined ? {} : { budget, ok: value <= budget }),
  });
  const rows = [
    ms(`dhol-overview, ${label}: first rows drawn`, figures.first, BUDGETS.firstRows),
    ms(`dhol-overview, ${label}: every source read, validated and drawn`, figures.all),
    ms(
      `dhol-overview, ${label}: read, validated, drawn and merged with rollUp`,
      figures.withMerge,
      BUDGETS.all,
    ),
    ms(`dhol-overview, ${label}: the page's main-thread work until then`, figures.busy),
    ...(figures.cpu === undefined
      ? []
      : [ms(`dhol-overview, ${label}: CPU time of the page's renderer until then`, figures.cpu)]),
    {
      group: 'render',
      name: `dhol-overview, ${label}: the element's heap after drawing`,
      value: round1(figures.heapMb),
      unit: 'MB',
    },
    ms(
      'dhol-overview, one of the sources never answers: first rows drawn',
      figures.hangingFirst,
      BUDGETS.firstRows,
    ),
    ms('dhol-overview, one of the sources never answers: the other 310 drawn', figures.hangingOthers),
  ];
  const load = loadavg()[0];
  const busy =
    load > availableParallelism()
      ? ` — the machine was busy (load ${load.toFixed(1)} on ${availableParallelism()} cores), so these figures are high`
      : '';
  const method = `median of ${RUNS} fresh pages; from setting src to the frame that shows the rows (requestAnimationFrame), to dhol-load and the element's update, and after rollUp(el.sourceDatasets); heap: Runtime.getHeapUsage after garbage collection, less the page's before; local server, script-tag bundle dist/cdn/dhol.js${busy}`;
  return {
    rows,
    details: { method, figures, runs: { all, hanging, heaps }, ...(profile ? { profile } : {}) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, details } = await runOverviewBenchmark().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\nOverview benchmark (${details.method})`);
  for (const r of rows) {
    const budget = r.budget === undefined ? '' : `  budget ${r.budget} ${r.unit}: ${r.ok ? 'ok' : 'MISSED'}`;
    console.log(`${r.name.padEnd(width)}  ${r.value.toFixed(1).padStart(7)} ${r.unit}${budget}`);
  }
  if (details.profile) console.log(`\nOne traced page:\n${printBreakdown(details.profile)}`);
  console.log(`wrote ${writeResults('overview', rows, details)}`);
  // Run alone, a missed budget fails the command; in the package's `bench` script the other benchmarks still run, and
  // `pnpm bench` fails on any missed budget once all have printed.
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length > 0 && process.env.npm_lifecycle_event !== 'bench') {
    console.error(`${missed.length} budget(s) missed`);
    process.exitCode = 1;
  }
}
