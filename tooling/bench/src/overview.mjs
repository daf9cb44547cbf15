// Overview benchmark: dhol-overview from the script-tag bundle in headless system Chromium, reading a manifest of
// the national generated set (21 regions and 290 kommuner, 100 activities per kommun plan, with their figures; core's
// bench/generate-sources.mjs with the real area codes) from a local server. Two runs of the page:
//   - every source answers: the time from setting `src` until the first source's row is drawn, until every source is
//     read, validated and drawn (the element's `dhol-load` and its update), and until the read datasets are also
//     merged with core's rollUp; the element's heap after drawing (garbage collected first);
//   - one source never answers: the time until the first rows are drawn and until the other 310 are.
// Beside them, the floor: the same manifest and files fetched six at a time and parsed by a page without dhol, and
// the CPU time of the page's renderer process (Linux), which a busy machine stretches much less than the times.
// Median of BENCH_RUNS_OVERVIEW (default 5) fresh pages. Writes bench-results/overview.json. Run after
// `pnpm --filter @dhol/widgets build`.
//
// The timed pages run in a Chromium that no tool is connected to: it is started with the first page's address, and
// each page runs its measurement by itself, posts its figures to the server and opens the next. A DevTools connection
// (Playwright's) watches every request, and on a two-core machine that alone made fetching the 311 files take
// 2.0-2.4 s instead of 1.0-1.3 s; no reader's browser does that work.
//
// BENCH_PROFILE_OVERVIEW=1 adds one page traced with its CPU profile (through the browser's DevTools port, tracing
// only), with dhol.js built again from the sources with its names kept, and prints where that page's time
// went (overview-breakdown.mjs): the main thread by what it did, its tasks and the gaps between them, and the
// sources' requests; with BENCH_TRACE_OVERVIEW=<file> it also writes the trace, for Chromium's performance panel;
// BENCH_OVERVIEW_READABLE=<file> traces that build instead (one made from another tree, to compare a change under the
// same load). A busy machine blurs the times much less than the shares and the CPU times: compare a change by those.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { areas, nationalFramework } from '@dhol/data';
import { build } from 'esbuild';
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
  // As bytes, the way a web server sends a file from its disk: a string would be encoded again for every request.
  const files = new Map(
    sources.map((source) => [`/riket/${source.key}.json`, Buffer.from(JSON.stringify(source.dataset))]),
  );
  files.set('/riket/riket.json', Buffer.from(manifest(entries)));
  // The first source in the reading order never answers: it holds one of the six places for the whole run.
  files.set(
    '/riket/en-svarar-aldrig.json',
    Buffer.from(manifest([{ ...entries[0], url: 'svarar-aldrig.json' }, ...entries.slice(1)])),
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
    // Waiting for dhol-load, the rows are counted once more then: counting them in every frame until all are drawn
    // would add a query of hundreds of rows to each of the element's drawing steps.
    if (untilLoad && first !== undefined) return changes.disconnect();
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

// The floor: the manifest and every file it lists, fetched six at a time and parsed, by the page without dhol.
window.fetchAlone = async (src) => {
  const t0 = performance.now();
  const manifest = await (await fetch(src)).json();
  const urls = manifest.sources.map((source) => new URL(source.url, new URL(src, location.href)).href);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const response = await fetch(urls[next++], { headers: { Accept: 'application/json' } });
      JSON.parse(await response.text());
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return { all: performance.now() - t0 };
};

// A page opened with ?run=… measures by itself and posts its figures (a browser no tool is connected to).
const params = new URLSearchParams(location.search);
const run = params.get('run');
if (run) {
  const errors = [];
  addEventListener('error', (event) => errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  // The answer names the next page of the session, if any.
  const post = async (body) => {
    const next = await (await fetch('/result', { method: 'POST', body: JSON.stringify(body) })).text();
    if (next) location.replace(next);
  };
  try {
    await customElements.whenDefined('dhol-overview');
    const src = params.get('src');
    gc();
    const before = performance.memory.usedJSHeapSize;
    await fetch('/start');
    const result =
      run === 'floor'
        ? await window.fetchAlone(src)
        : await window.measureOverview(src, Number(params.get('expected')), run === 'all');
    await fetch('/stop');
    gc();
    result.heap = performance.memory.usedJSHeapSize - before;
    result.viewport = [innerWidth, innerHeight];
    await post({ ...result, errors });
  } catch (error) {
    await post({ errors: [...errors, String(error?.stack ?? error)] });
  }
}
`;

/**
 * The local server: the page, the bundles and the national set. A page measuring by itself announces its start
 * (`/start`) and end (`/stop`), between which the renderer's CPU time is read, and posts its figures (`/result`); the
 * answer names the next page of the session (`session`), or none once the last has posted.
 */
async function serve(files, rollUpJs, readable) {
  const bundle = readFileSync(BUNDLE);
  let session;
  let cpuBefore;
  let cpu;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (type, body) =>
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
    if (path === '/') {
      const page = req.url?.includes('readable') ? PAGE.replace('/dhol.js', '/dhol-readable.js') : PAGE;
      return send('text/html; charset=utf-8', page);
    }
    if (path === '/start') {
      cpuBefore = rendererCpu();
      return send('text/plain', '');
    }
    if (path === '/stop') {
      cpu = cpuBetween(cpuBefore, rendererCpu());
      return send('text/plain', '');
    }
    if (path === '/result') {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        session?.results.push({ ...JSON.parse(body), cpu });
        cpuBefore = undefined;
        cpu = undefined;
        const next = session?.queue.shift();
        send('text/plain', next ? `/?${next}` : '');
        if (!next) session?.done(session.results);
      });
      return;
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
    /** The figures each page of `queries` posts, in order, once the last has posted (the caller opens the first). */
    session: (queries) =>
      new Promise((done) => {
        session = { queue: queries.slice(1), results: [], done };
      }),
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/**
 * Opens the server's page with each of `queries` in turn, in one headless Chromium that no tool is connected to
 * (its own profile, a window whose page is 1280 × 900, garbage collection and exact heap sizes open to the page),
 * and resolves to the figures each posted. Each page opens the next in place of itself, a fresh document. Fails
 * when the browser ends first, or after 90 s per page. With `trace`, the browser is traced the whole time through
 * its DevTools port (tracing only: no request is watched), and the trace's events come back too.
 */
async function plainSession(server, queries, trace = false) {
  const profile = mkdtempSync(join(tmpdir(), 'dhol-overview-'));
  const results = server.session(queries);
  const first = `${server.url}?${queries[0]}`;
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      // The window's frame takes 143 px of its height even headless: this leaves the page 1280 × 900.
      '--window-size=1280,1043',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
      `--user-data-dir=${profile}`,
      ...(trace ? ['--remote-debugging-port=0', 'about:blank'] : [first]),
    ],
    { stdio: ['ignore', 'ignore', trace ? 'pipe' : 'ignore'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let timer;
  // Rejects when the browser ends without figures or they do not come in time; settles nothing otherwise.
  const failure = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no figures from ${queries.length} pages within ${queries.length * 90} s`)),
      queries.length * 90_000,
    );
    exited.then((code) =>
      reject(new Error(`Chromium exited (${code}) before every page posted its figures`)),
    );
  });
  failure.catch(() => {});
  try {
    if (!trace) return { results: await Promise.race([results, failure]) };
    const devtools = await Promise.race([connectDevTools(child), failure]);
    const events = [];
    let complete;
    devtools.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    devtools.on('Tracing.tracingComplete', () => complete());
    await devtools.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
    await devtools.send('Target.createTarget', { url: first });
    const posted = await Promise.race([results, failure]);
    const ended = new Promise((resolve) => {
      complete = resolve;
    });
    await devtools.send('Tracing.end');
    await Promise.race([ended, failure]);
    devtools.close();
    return { results: posted, events };
  } finally {
    clearTimeout(timer);
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The browser's DevTools connection, from the address Chromium prints: `send` a command, `on` an event. */
async function connectDevTools(child) {
  const address = await new Promise((resolve) => {
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /DevTools listening on (ws:\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
  });
  const socket = new WebSocket(address);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error(`no DevTools connection at ${address}`));
  });
  let id = 0;
  const replies = new Map();
  const listeners = new Map();
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data);
    if (message.id !== undefined) replies.get(message.id)?.(message);
    else listeners.get(message.method)?.(message.params);
  };
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const n = ++id;
        replies.set(n, (message) =>
          message.error ? reject(new Error(`${method}: ${message.error.message}`)) : resolve(message.result),
        );
        socket.send(JSON.stringify({ id: n, method, params }));
      }),
    on: (method, listener) => listeners.set(method, listener),
    close: () => socket.close(),
  };
}

/**
 * The CPU time (ms) that each renderer process of the browsers this process launched has used so far, by process id,
 * from Linux's /proc (undefined elsewhere). A busy machine stretches wall-clock times but hardly the CPU time a page
 * uses: this is what the work would take on a quiet machine (10 ms steps). It counts every thread of the renderer:
 * the page's main thread, and V8's garbage collection and compiling beside it.
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

/** The number of rows a scenario's page waits for: every source's, or all but the one that never answers. */
const expectedRows = (scenario, set) => (scenario === 'all' ? set.count : set.count - 1);

/** The query that opens a scenario's page (`all`, `hanging` or `floor`), with the readable build if asked. */
function pageQuery(scenario, set, readable = false) {
  return new URLSearchParams({
    ...(readable ? { readable: '1' } : {}),
    run: scenario,
    src: scenario === 'hanging' ? '/riket/en-svarar-aldrig.json' : '/riket/riket.json',
    expected: String(expectedRows(scenario, set)),
  }).toString();
}

/**
 * One page with every source answering, traced with its CPU profile (readable names), after a page that only fetches
 * the files: where its time went.
 */
async function profileOnce(server, set) {
  const { events } = await plainSession(server, [pageQuery('floor', set), pageQuery('all', set, true)], true);
  if (process.env.BENCH_TRACE_OVERVIEW)
    writeFileSync(process.env.BENCH_TRACE_OVERVIEW, JSON.stringify({ traceEvents: events }));
  return breakdown(events);
}

export async function runOverviewBenchmark() {
  if (!existsSync(BUNDLE))
    throw new Error('No dist/cdn/dhol.js: run `pnpm --filter @dhol/widgets build` first.');
  // Read before the browser starts: the benchmark's own browser keeps both cores of a small machine busy.
  const loadBefore = loadavg()[0];
  const set = nationalFiles();
  const readable = process.env.BENCH_OVERVIEW_READABLE
    ? readFileSync(process.env.BENCH_OVERVIEW_READABLE, 'utf8')
    : PROFILE && (await readableBundle());
  const server = await serve(set.files, await rollUpModule(), readable || undefined);
  const all = [];
  const hanging = [];
  const floor = [];
  let profile;
  try {
    if (PROFILE) profile = await profileOnce(server, set);
    // The first page fetches the files and is not counted: it lets the browser's own start-up work end first.
    const scenarios = ['floor', ...Array.from({ length: RUNS }, () => ['all', 'hanging', 'floor']).flat()];
    const { results } = await plainSession(
      server,
      scenarios.map((scenario) => pageQuery(scenario, set)),
    );
    scenarios.forEach((scenario, index) => {
      const result = results[index];
      if (index === 0) return;
      const expected = expectedRows(scenario, set);
      if (result.errors.length)
        throw new Error(`errors on the benchmark page (${scenario}): ${result.errors.join('; ')}`);
      if (result.viewport.join('x') !== '1280x900')
        throw new Error(`the page's viewport is ${result.viewport.join('x')}, not 1280x900`);
      if (scenario === 'floor') {
        floor.push(result);
        return;
      }
      if (result.rows < expected)
        throw new Error(`${scenario}: ${result.rows} rows drawn, expected ${expected}`);
      if (scenario === 'all') {
        if (result.state !== 'content' || result.plans !== set.count) {
          throw new Error(
            `all: expected content and ${set.count} merged plans, got ${JSON.stringify(result)}`,
          );
        }
        all.push(result);
      } else {
        if (result.state !== 'loading')
          throw new Error(`hanging: the element should still wait, got ${result.state}`);
        hanging.push(result);
      }
    });
  } finally {
    server.close();
  }
  const pick = (list, key) => median(list.map((r) => r[key]));
  const figures = {
    first: pick(all, 'first'),
    all: pick(all, 'all'),
    withMerge: pick(all, 'withMerge'),
    cpu: pick(all, 'cpu'),
    heapMb: pick(all, 'heap') / 1024 / 1024,
    floor: pick(floor, 'all'),
    floorCpu: pick(floor, 'cpu'),
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
    ...(figures.cpu === undefined
      ? []
      : [ms(`dhol-overview, ${label}: CPU time of the page's renderer until then`, figures.cpu)]),
    ms(
      `the floor: the manifest and its ${set.count} files fetched six at a time and parsed, without dhol`,
      figures.floor,
    ),
    ...(figures.floorCpu === undefined
      ? []
      : [ms("the floor: CPU time of the page's renderer", figures.floorCpu)]),
    // The element's own share, which a faster or slower machine changes much less than the times: on two cores the
    // floor alone keeps both busy and takes half the budget.
    ms(
      `dhol-overview, ${label}: read, validated, drawn and merged, less the floor`,
      figures.withMerge - figures.floor,
    ),
    {
      group: 'render',
      name: `dhol-overview, ${label}: read, validated, drawn and merged, as a multiple of the floor`,
      value: Math.round((figures.withMerge / figures.floor) * 100) / 100,
      unit: '×',
    },
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
  const busy =
    loadBefore > availableParallelism()
      ? ` — the machine was busy (load ${loadBefore.toFixed(1)} on ${availableParallelism()} cores before the benchmark began), so these figures are high`
      : '';
  const method = `median of ${RUNS} fresh pages in a browser with no tool connected; from setting src to the frame that shows the rows (requestAnimationFrame), to dhol-load and the element's update, and after rollUp(el.sourceDatasets); heap: performance.memory after garbage collection, less the page's before; local server, script-tag bundle dist/cdn/dhol.js${busy}`;
  return {
    rows,
    details: { method, figures, runs: { all, hanging, floor }, ...(profile ? { profile } : {}) },
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
    const value = r.value.toFixed(r.unit === '×' ? 2 : 1).padStart(7);
    console.log(`${r.name.padEnd(width)}  ${value} ${r.unit}${budget}`);
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
