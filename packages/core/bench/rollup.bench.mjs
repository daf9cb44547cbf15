// Roll-up benchmark: rollUp of the national generated set as it would be published, one dataset per kommun and per
// region (311 sources, generate-sources.mjs). Goal: ≤ 100 ms. Median of BENCH_RUNS (default 15) runs after 3 warm-up
// runs, on a fresh copy of the sources each time (as read from their files), in this process; the garbage of reading
// them is collected before each run when Node runs with --expose-gc (the package's `bench` script does). Prints the
// main thread's CPU time beside the wall-clock time, which a busy machine disturbs much less. Run with
// `pnpm --filter @dhol/core bench` after a build; writes bench-results/rollup.json for `pnpm bench`'s table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollUp, validateDataset } from '../dist/index.js';
import { generateNationalSources } from './generate-sources.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const BUDGET_MS = 100;

const { sources } = generateNationalSources();
const text = sources.map((source) => JSON.stringify(source.dataset));
const read = () =>
  sources.map((source, i) => ({ key: source.key, area: source.area, dataset: JSON.parse(text[i]) }));

// The benchmark measures what it means to: every source valid, and every plan and activity in the result.
const check = rollUp(read());
const activities = sources.reduce((sum, s) => sum + s.dataset.plans[0].activities.length, 0);
const merged = check.dataset.plans.reduce((sum, plan) => sum + plan.activities.length, 0);
if (check.dataset.plans.length !== sources.length || merged !== activities) {
  throw new Error(
    `rollUp lost plans or activities: ${check.dataset.plans.length} plans, ${merged} activities`,
  );
}
const invalid = read().filter((source) => !validateDataset(source.dataset, { policy: false }).ok);
if (invalid.length > 0) throw new Error(`${invalid.length} generated sources are invalid`);

const cpuUsage = process.threadCpuUsage?.bind(process) ?? process.cpuUsage.bind(process);
const times = [];
const cpuTimes = [];
for (let i = 0; i < WARMUP + RUNS; i++) {
  const input = read();
  globalThis.gc?.();
  const cpuStart = cpuUsage();
  const start = performance.now();
  rollUp(input);
  const wall = performance.now() - start;
  const cpu = cpuUsage(cpuStart);
  if (i >= WARMUP) {
    times.push(wall);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
}
const middle = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
times.sort((a, b) => a - b);
const median = middle(times);
const cpuMedian = middle(cpuTimes);
const bytes = text.reduce((sum, t) => sum + t.length, 0);
console.log(
  `rollUp of ${sources.length} sources (${activities} activities, ${(bytes / 1e6).toFixed(1)} MB JSON): ` +
    `${median.toFixed(1)} ms (cpu ${cpuMedian.toFixed(1)} ms; median of ${RUNS}; min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}) — ` +
    `goal ≤ ${BUDGET_MS} ms: ${median <= BUDGET_MS ? 'met' : 'MISSED'}`,
);
const rows = [
  {
    group: 'validation',
    name: `rollUp, national set (${sources.length} sources, ${activities} activities)`,
    value: Math.round(median * 10) / 10,
    unit: 'ms',
    budget: BUDGET_MS,
    ok: median <= BUDGET_MS,
  },
  {
    group: 'validation',
    name: 'rollUp, national set, main-thread CPU',
    value: Math.round(cpuMedian * 10) / 10,
    unit: 'ms',
  },
];
const out = new URL('../../../bench-results/', import.meta.url);
mkdirSync(out, { recursive: true });
const file = new URL('rollup.json', out);
writeFileSync(
  file,
  `${JSON.stringify({ rows, method: `median of ${RUNS} runs after ${WARMUP} warm-up runs, Node ${process.versions.node}` }, null, 2)}\n`,
);
console.log(`wrote ${fileURLToPath(file)}`);
