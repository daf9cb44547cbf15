// Render benchmark: the script-tag bundle (`packages/widgets/dist/cdn/dhol.js`) in headless system Chromium.
// dhol-plan with 1,000 activities (first render, re-filter), dhol-coverage for the 21 regions' plans, and
// dhol-indicator's line chart of 21 areas × 30 periods × 3 sexes. Median of BENCH_RUNS (default 21) runs after
// 3 warm-up runs. Writes bench-results/render.json. Run after `pnpm --filter @dhol/widgets build`.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT, round1, writeResults } from './common.mjs';
import { coverageDataset, indicatorDataset, planDataset } from './datasets.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARMUP = 3;
const BUNDLE = join(REPO_ROOT, 'packages', 'widgets', 'dist', 'cdn', 'dhol.js');
const PAGE = new URL('./page/', import.meta.url);

/** Serves the benchmark page and the bundle on 127.0.0.1 (a free port). */
async function serve() {
  const files = {
    '/': { path: new URL('index.html', PAGE), type: 'text/html; charset=utf-8' },
    '/measure.js': { path: new URL('measure.js', PAGE), type: 'text/javascript; charset=utf-8' },
    '/dhol.js': { path: BUNDLE, type: 'text/javascript; charset=utf-8' },
  };
  const server = createServer((req, res) => {
    const file = files[(req.url ?? '/').split('?')[0]];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.type }).end(readFileSync(file.path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** Throws when what the element showed is not what the benchmark meant to measure. */
function expectShown(label, shown, count) {
  if (shown.state !== 'content' || shown.count !== count) {
    throw new Error(`${label}: expected content with ${count} items, got ${JSON.stringify(shown)}`);
  }
}

export async function runRenderBenchmarks() {
  if (!existsSync(BUNDLE))
    throw new Error('No dist/cdn/dhol.js: run `pnpm --filter @dhol/widgets build` first.');
  const { server, url } = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => window.dholBenchReady && customElements.get('dhol-plan'));
    const options = { runs: RUNS, warmup: WARMUP };

    const plan = planDataset(1000);
    const planAttributes = { plan: plan.planId, 'url-state': 'none' };
    const planFirst = await page.evaluate((args) => window.dholBench.firstRender(args), {
      tag: 'dhol-plan',
      attributes: planAttributes,
      data: plan.dataset,
      probe: 'article',
      distinctBy: 'data-activity',
      ...options,
    });
    expectShown('dhol-plan', planFirst.shown, 1000);
    const planFilter = await page.evaluate((args) => window.dholBench.refilter(args), {
      attributes: planAttributes,
      data: plan.dataset,
      ...options,
    });
    if (planFilter.total !== 1000 || planFilter.shownPerGoal.some((n) => !(n > 0 && n < 1000))) {
      throw new Error(`dhol-plan filter did not narrow the list: ${JSON.stringify(planFilter)}`);
    }

    const coverage = coverageDataset();
    const coverageFirst = await page.evaluate((args) => window.dholBench.firstRender(args), {
      tag: 'dhol-coverage',
      data: coverage.dataset,
      probe: 'tbody tr',
      ...options,
    });
    // One row per delmål of the framework (7).
    expectShown('dhol-coverage', coverageFirst.shown, 7);
    const columns = await page.evaluate(async (data) => {
      const el = document.createElement('dhol-coverage');
      el.data = data;
      await window.dholBench.attachAndShow(el);
      const n = el.shadowRoot.querySelectorAll('thead th').length;
      el.remove();
      return n;
    }, coverage.dataset);
    // A column per region's plan, besides the delmål column.
    if (columns < 22) throw new Error(`dhol-coverage shows ${columns} header cells, not one per region`);

    const indicator = indicatorDataset();
    const indicatorFirst = await page.evaluate((args) => window.dholBench.firstRender(args), {
      tag: 'dhol-indicator',
      attributes: { view: 'line', periods: indicator.periods.join(' ') },
      data: indicator.dataset,
      // Every value's mark, counted in the chart's mark paths (the keyboard stop is one element, moved by the keys).
      probe: 'svg .marks > path',
      distinctBy: 'd',
      ...options,
    });
    expectShown('dhol-indicator', indicatorFirst.shown, 21 * 30 * 3);
    // The same chart drawn again from validated data, coming from the bar view (as when a user switches views).
    const allPeriods = indicator.periods.join(' ');
    const indicatorRedraw = await page.evaluate((args) => window.dholBench.redraw(args), {
      tag: 'dhol-indicator',
      attributes: { view: 'bar' },
      data: indicator.dataset,
      from: { view: 'bar' },
      to: { view: 'line' },
      toggle: { name: 'periods', values: [allPeriods, `${allPeriods} `] },
      // Every value's mark, counted in the chart's mark paths (the keyboard stop is one element, moved by the keys).
      probe: 'svg .marks > path',
      distinctBy: 'd',
      ...options,
    });
    expectShown('dhol-indicator redraw', indicatorRedraw.shown, 21 * 30 * 3);
    // Back to a chart it has drawn before: the element keeps its model per selection.
    const indicatorAgain = await page.evaluate((args) => window.dholBench.redraw(args), {
      tag: 'dhol-indicator',
      attributes: { view: 'bar', periods: allPeriods },
      data: indicator.dataset,
      from: { view: 'bar' },
      to: { view: 'line' },
      // Every value's mark, counted in the chart's mark paths (the keyboard stop is one element, moved by the keys).
      probe: 'svg .marks > path',
      distinctBy: 'd',
      ...options,
    });
    expectShown('dhol-indicator redraw, model kept', indicatorAgain.shown, 21 * 30 * 3);
    if (errors.length) throw new Error(`errors on the benchmark page: ${errors.join('; ')}`);

    const row = (name, figures, budget) => {
      const value = round1(figures.median);
      return budget === undefined
        ? { group: 'render', name, value, unit: 'ms' }
        : { group: 'render', name, value, unit: 'ms', budget, ok: figures.median <= budget };
    };
    // A listing is an activity under one delmål it belongs to; many activities belong to more than one.
    const listings = plan.dataset.plans[0].activities.reduce(
      (sum, activity) => sum + activity.goals.length,
      0,
    );
    const listingsText = listings.toLocaleString('en-GB');
    const rows = [
      // The plan keeps what its list already shows and adds at most 150 listings per frame: the budgets apply to
      // the first update, which is what a reader first sees; the time until every listing is drawn is beside them.
      row('dhol-plan, 1,000 activities: first render (first update)', planFirst, 50),
      row(`dhol-plan, 1,000 activities: first render, all ${listingsText} listings drawn`, planFirst.whole),
      row('dhol-plan, 1,000 activities: re-filter to one delmål (first update)', planFilter.toGoal, 16),
      // Narrowing hides the other delmål at once and removes their listings in later steps (see REMOVALS_PER_STEP).
      row(
        'dhol-plan, 1,000 activities: re-filter to one delmål, the other delmål removed',
        planFilter.toGoalWhole,
      ),
      row(
        'dhol-plan, 1,000 activities: re-filter to one delmål, longest later step',
        planFilter.toGoalStep,
        16,
      ),
      row('dhol-plan, 1,000 activities: clear the filter (first update)', planFilter.toAll),
      row(
        `dhol-plan, 1,000 activities: clear the filter, all ${listingsText} listings drawn`,
        planFilter.toAllWhole,
      ),
      row(`dhol-coverage, 21 regions' plans: first render`, coverageFirst, 16),
      row('dhol-indicator, line chart 21 areas × 30 periods × 3 sexes: first render', indicatorFirst, 16),
      row('dhol-indicator, the same chart from validated data (switch from bar view)', indicatorRedraw, 16),
      row('dhol-indicator, the same chart again, its model kept (switch from bar view)', indicatorAgain),
    ];
    // A busy machine slows every figure: say how busy it was.
    const load = loadavg()[0];
    const busy =
      load > availableParallelism()
        ? ` — the machine was busy (load ${load.toFixed(1)} on ${availableParallelism()} cores), so these figures are high`
        : '';
    const method = `median of ${RUNS} runs after ${WARMUP} warm-up runs; a first render is the work of the updates from setting .data (a fresh copy, so core validates it) until the content shows, each with its layout (offsetHeight), without the wait for its turn in the render queue; a change is timed from the change to the end of the update and a layout; headless ${browser.version()}; script-tag bundle dist/cdn/dhol.js${busy}`;
    const details = {
      method,
      figures: {
        planFirst,
        planFilter,
        coverageFirst,
        coverageColumns: columns,
        indicatorFirst,
        indicatorRedraw,
      },
    };
    return { rows, details };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, details } = await runRenderBenchmarks().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\nRender benchmark (${details.method})`);
  for (const r of rows) {
    const budget = r.budget === undefined ? '' : `  budget ${r.budget} ms: ${r.ok ? 'ok' : 'MISSED'}`;
    console.log(`${r.name.padEnd(width)}  ${r.value.toFixed(1).padStart(7)} ms${budget}`);
  }
  console.log(`wrote ${writeResults('render', rows, details)}`);
}
