// The editor's rows of `pnpm bench`, in headless system Chromium against the script-tag build
// (`dist/cdn/dhol-editor.js`), with the largest plan of core's national-scale bench data (1,000 activities):
// - opening it: from setting `.data` until the form is drawn, the draft validated and the main thread free again
//   (budget 1 s); and until the preview's plan element has drawn the activities it shows (a long plan's preview
//   shows its first PREVIEW_ACTIVITIES, and says so);
// - a keystroke in a field of that plan (a plan's title, an activity's name): the input event's handlers, the edit,
//   the draft's journal write and the editor's update with layout (budget 16 ms, the work of one frame);
// - the pause after typing: validation, the issues placed and the preview updated (no budget: off the typing path);
// - the editor script's size (gzip, brotli), and `dhol.js`, which must carry nothing of the editor.
// Median of BENCH_RUNS (default 11) runs after 2 warm-up runs. Writes bench-results/editor.json.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright';
// The bench's own helpers and data (owned by tooling/bench), so the editor's rows read like the rest of the table.
import { CHROMIUM_ARGS, CHROMIUM_PATH, round1, writeResults } from '../../../tooling/bench/src/common.mjs';
import { planDataset } from '../../../tooling/bench/src/datasets.mjs';
import { cdnBuildOptions, WIDGETS_ROOT } from '../../widgets/scripts/size.mjs';
import { EDITOR_ROOT, measureEditorBundle, modulePath } from './bundle.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WARMUP = 2;
const KEYSTROKES = 40;
/** How many activities a long plan's preview shows: `PREVIEW_ACTIVITIES` in src/sections/plan/plan.ts. */
const PREVIEW_ACTIVITIES = 50;
const SCRIPT = join(EDITOR_ROOT, 'dist', 'cdn', 'dhol-editor.js');

const PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>dhol-editor: prestandatest</title>
<script type="module" src="/dhol-editor.js"></script></head><body><main id="stage" style="width: 1280px"></main></body></html>`;

async function serve() {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/dhol-editor.js') {
      return res
        .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' })
        .end(readFileSync(SCRIPT));
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Runs in the page: opens the plan in a new editor `runs` times and times each step. */
async function openPlan({ data, runs, warmup }) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const idle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const drawn = async (el) => {
    while (!(await el.updateComplete));
  };
  const form = [];
  const interactive = [];
  const preview = [];
  let shown;
  for (let i = 0; i < warmup + runs; i++) {
    localStorage.clear();
    const el = document.createElement('dhol-editor');
    el.storageKey = `bench-${i}`;
    document.getElementById('stage').append(el);
    await drawn(el);
    const copy = structuredClone(data);
    const start = performance.now();
    el.data = copy;
    await drawn(el);
    el.offsetHeight;
    const formDrawn = performance.now() - start;
    // Validation has caught up and the main thread is free for the next event: the editor is interactive.
    while (el.getAttribute('data-validation') !== 'current') await new Promise((r) => setTimeout(r, 0));
    await drawn(el);
    await idle();
    const ready = performance.now() - start;
    const plan = el.shadowRoot.querySelector('dhol-plan');
    while (plan.shadowRoot?.querySelector('[aria-busy="true"]') || plan.state !== 'content') {
      await new Promise((r) => requestAnimationFrame(r));
      await drawn(plan);
    }
    const whole = performance.now() - start;
    shown = {
      title: el.shadowRoot.getElementById('view-heading')?.textContent?.trim(),
      // An activity under several delmål is listed under each: count activities, not listings.
      activities: new Set(
        [...plan.shadowRoot.querySelectorAll('article')].map((a) => a.getAttribute('data-activity')),
      ).size,
      state: plan.state,
    };
    if (i >= warmup) {
      form.push(formDrawn);
      interactive.push(ready);
      preview.push(whole);
    }
    el.remove();
  }
  return { form: median(form), interactive: median(interactive), preview: median(preview), shown };
}

/** Runs in the page: types `count` keys into a field of the plan and times each one's synchronous work. */
async function typeInto({ data, count, route }) {
  localStorage.clear();
  const el = document.createElement('dhol-editor');
  el.storageKey = 'bench-typing';
  document.getElementById('stage').append(el);
  el.data = structuredClone(data);
  while (!(await el.updateComplete));
  while (el.getAttribute('data-validation') !== 'current') await new Promise((r) => setTimeout(r, 0));
  el.navigate(route);
  while (!(await el.updateComplete));
  // The preview finishes drawing first: its steps are its own work, measured by the widgets' rows.
  const preview = el.shadowRoot.querySelector('dhol-plan');
  while (
    preview &&
    (preview.shadowRoot?.querySelector('[aria-busy="true"], .leaving') || preview.state !== 'content')
  ) {
    await new Promise((r) => requestAnimationFrame(r));
    while (!(await preview.updateComplete));
  }
  const input = el.shadowRoot.getElementById(route.field);
  if (!input) throw new Error(`no field ${route.field}`);
  input.focus();
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    input.value += 'abcdefghij'[i % 10];
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    while (!(await el.updateComplete));
    el.offsetHeight;
    times.push(performance.now() - start);
  }
  // The pause after typing: validation, issues placed, the preview given the new draft.
  const pauseStart = performance.now();
  el.validateNow();
  while (!(await el.updateComplete));
  const plan = el.shadowRoot.querySelector('dhol-plan');
  if (plan) while (!(await plan.updateComplete));
  el.offsetHeight;
  const pause = performance.now() - pauseStart;
  const value = el.data.plans[0];
  const typed = route.field.includes('activities') ? value.activities[route.index].title.sv : value.title.sv;
  el.remove();
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    p95: sorted[Math.floor(sorted.length * 0.95)],
    max: sorted.at(-1),
    pause,
    typed,
  };
}

async function dholJsCarriesNoEditor() {
  const result = await build({
    ...cdnBuildOptions,
    entryPoints: [join(WIDGETS_ROOT, 'src', 'index.ts')],
    write: false,
    metafile: true,
    outdir: 'out',
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const inputs = Object.keys(output.inputs).map(modulePath);
  const bytes = result.outputFiles.find((f) => f.path.endsWith('.js')).contents;
  return {
    clean: !inputs.some((input) => /(^|\/)editor\/(src|dist)\//.test(input)),
    gzip: gzipSync(bytes, { level: 9 }).length,
  };
}

export async function runEditorBenchmarks() {
  const { dataset, planId } = planDataset(1000);
  const activities = dataset.plans[0].activities.length;
  const { server, url } = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const errors = [];
    // Each measurement in a page of its own (a new context: a fresh renderer), so that one measurement's garbage
    // (the opened copies of the plan) is not collected during the next one's keystrokes.
    const freshPage = async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      await page.waitForFunction(() => customElements.get('dhol-editor'));
      return page;
    };
    const open = await (await freshPage()).evaluate(openPlan, { data: dataset, runs: RUNS, warmup: WARMUP });
    const expected = Math.min(activities, PREVIEW_ACTIVITIES);
    if (open.shown.activities !== expected || open.shown.state !== 'content') {
      throw new Error(
        `the preview did not show the plan's first ${expected} activities: ${JSON.stringify(open.shown)}`,
      );
    }
    const index = 500;
    const titleField = 'f/plans/0/title';
    const planTyping = await (await freshPage()).evaluate(typeInto, {
      data: dataset,
      count: KEYSTROKES,
      route: { section: 'plan', path: ['plans', 0], field: titleField },
    });
    const activityTyping = await (await freshPage()).evaluate(typeInto, {
      data: dataset,
      count: KEYSTROKES,
      route: {
        section: 'activity',
        path: ['plans', 0, 'activities', index],
        field: `f/plans/0/activities/${index}/title`,
        index,
      },
    });
    for (const typing of [planTyping, activityTyping]) {
      if (!typing.typed.endsWith('abcdefghij'.repeat(4).slice(0, KEYSTROKES))) {
        throw new Error(`the keystrokes did not reach the dataset: ${typing.typed}`);
      }
    }
    if (errors.length) throw new Error(`errors on the benchmark page: ${errors.join('; ')}`);

    const bundle = await measureEditorBundle();
    const brotli = brotliCompressSync(bundle.bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    const dhol = await dholJsCarriesNoEditor();
    const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
    const ms = (name, value, budget) =>
      budget === undefined
        ? { group: 'render', name, value: round1(value), unit: 'ms' }
        : { group: 'render', name, value: round1(value), unit: 'ms', budget, ok: value <= budget };
    const plan = `dhol-editor, a plan of ${activities.toLocaleString('en-GB')} activities`;
    const rows = [
      { group: 'size', name: 'dhol-editor.js, gzip', value: kb(bundle.gzip), unit: 'KB' },
      { group: 'size', name: 'dhol-editor.js, brotli', value: kb(brotli), unit: 'KB' },
      {
        group: 'size',
        name: 'dhol.js, gzip, with nothing of the editor inside',
        value: kb(dhol.gzip),
        unit: 'KB',
        ok: dhol.clean,
      },
      ms(`${plan}: open, the form drawn`, open.form),
      ms(`${plan}: open, interactive (validated, main thread free)`, open.interactive, 1000),
      ms(`${plan}: open, the preview's ${expected} activities drawn`, open.preview),
      ms(`${plan}: keystroke in the plan's title (median)`, planTyping.median, 16),
      ms(`${plan}: keystroke in the plan's title (95th percentile)`, planTyping.p95),
      ms(`${plan}: keystroke in activity ${index}'s name (median)`, activityTyping.median, 16),
      ms(`${plan}: keystroke in activity ${index}'s name (95th percentile)`, activityTyping.p95),
      ms(`${plan}: after typing pauses, validated and the preview updated`, activityTyping.pause),
    ];
    const load = loadavg()[0];
    const busy =
      load > availableParallelism()
        ? ` — the machine was busy (load ${load.toFixed(1)} on ${availableParallelism()} cores), so these figures are high`
        : '';
    const method = `median of ${RUNS} runs after ${WARMUP} warm-up runs (keystrokes: ${KEYSTROKES} in one field); headless ${browser.version()}; script-tag build dist/cdn/dhol-editor.js; plan ${planId}${busy}`;
    return { rows, details: { method, figures: { open, planTyping, activityTyping } } };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, details } = await runEditorBenchmarks().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\nEditor benchmark (${details.method})`);
  for (const r of rows) {
    const budget = r.budget === undefined ? '' : `  budget ${r.budget} ${r.unit}: ${r.ok ? 'ok' : 'MISSED'}`;
    console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(7)} ${r.unit}${budget}`);
  }
  console.log(`wrote ${writeResults('editor', rows, details)}`);
}
