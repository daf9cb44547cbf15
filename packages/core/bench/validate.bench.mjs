// Validation benchmark: a national-scale dataset validated in full (structure, references, policy), and the
// structural check alone (the shape table validation uses, and zod's own ways) against Ajv with the exported JSON
// Schema, in the same run. Run with `pnpm --filter @dhol/core bench` after a build. Goals: full ≤ 250 ms,
// shape check/Ajv ≤ 1.0.
// Also writes the figures to `bench-results/validation.json` at the repository root, for `pnpm bench`'s table.
// Each candidate runs in its own child process on a fresh heap: the interpreted parse leaves so much garbage that
// whatever runs after it in the same process pays for its collection.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as z from 'zod/mini';
import { Dataset, isDatasetShape, validateDataset } from '../dist/index.js';
import { generateNationalDataset } from './generate-dataset.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const NOW = '2026-06-01';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Builds one candidate: a function to time, and how long preparing it took (compiling, where there is any). */
function prepare(name, dataset, areas) {
  const start = performance.now();
  let run;
  switch (name) {
    case 'full':
      run = () => validateDataset(dataset, { areas, now: NOW });
      break;
    case 'noPolicy':
      run = () => validateDataset(dataset, { areas, now: NOW, policy: false });
      break;
    case 'zodRuntime':
      run = () => Dataset.safeParse(dataset);
      break;
    case 'zodCompiled': {
      const compiled = z.compile(Dataset);
      compiled.safeParse({});
      run = () => compiled.safeParse(dataset);
      break;
    }
    case 'zodValidate': {
      const compiled = z.compile(Dataset);
      z.validate(compiled, {});
      run = () => z.validate(compiled, dataset);
      break;
    }
    case 'fastCheck':
      run = () => isDatasetShape(dataset);
      break;
    case 'ajv': {
      const schema = JSON.parse(
        readFileSync(new URL('../schema/dataset.schema.json', import.meta.url), 'utf8'),
      );
      const ajv = new Ajv2020({ strict: false });
      (addFormats.default ?? addFormats)(ajv);
      const validate = ajv.compile(schema);
      run = () => validate(dataset);
      break;
    }
    default:
      throw new Error(`unknown candidate ${name}`);
  }
  return { run, prepareMs: performance.now() - start };
}

const SUCCESS = {
  full: (r) => r.ok,
  noPolicy: (r) => r.ok,
  zodRuntime: (r) => r.success,
  zodCompiled: (r) => r.success,
  zodValidate: (r) => r === true,
  fastCheck: (r) => r === true,
  ajv: (r) => r === true,
};

const candidateIndex = process.argv.indexOf('--candidate');
if (candidateIndex !== -1) {
  // Child: time one candidate and print its figures as JSON.
  const name = process.argv[candidateIndex + 1];
  const { dataset, areas } = generateNationalDataset();
  const { run, prepareMs } = prepare(name, dataset, areas);
  const first = performance.now();
  const accepted = SUCCESS[name](run());
  const firstMs = performance.now() - first;
  for (let i = 1; i < WARMUP; i++) run();
  // The main thread's CPU time where Node has it (≥ 23.9), else the process's.
  const cpuUsage = process.threadCpuUsage?.bind(process) ?? process.cpuUsage.bind(process);
  const times = [];
  const cpuTimes = [];
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const cpu = cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  console.log(
    JSON.stringify({ name, accepted, prepareMs, firstMs, median: median(times), cpu: median(cpuTimes) }),
  );
} else {
  const { dataset } = generateNationalDataset();
  const activities = dataset.plans.reduce((sum, plan) => sum + plan.activities.length, 0);
  const bytes = JSON.stringify(dataset).length;
  const script = fileURLToPath(import.meta.url);
  const t = {};
  for (const name of Object.keys(SUCCESS)) {
    const out = execFileSync(process.execPath, [script, '--candidate', name], { encoding: 'utf8' });
    t[name] = JSON.parse(out.trim().split('\n').pop());
    if (!t[name].accepted) {
      console.error(`${name} rejected the generated dataset`);
      process.exit(1);
    }
  }
  // Wall-clock time, and in brackets the main thread's CPU time, which a busy machine disturbs much less.
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  const both = (name) => `${fmt(t[name].median)} (cpu ${fmt(t[name].cpu)})`;
  const goal = (ok) => (ok ? 'met' : 'MISSED');
  const ratio = (name) => {
    const value = t[name].median / t.ajv.median;
    const cpu = t[name].cpu / t.ajv.cpu;
    return `${value.toFixed(2)} (cpu ${cpu.toFixed(2)})   goal ≤ 1.0: ${goal(value <= 1)}`;
  };
  const rows = [
    [
      'dataset',
      `${dataset.plans.length} plans, ${activities} activities, ${dataset.organisations.length} organisations, ${dataset.observations.length} observations, ${(bytes / 1e6).toFixed(1)} MB JSON`,
    ],
    [
      'method',
      `median of ${RUNS} runs after ${WARMUP} warm-up runs, each candidate in its own process, Node ${process.versions.node}`,
    ],
    [
      'validateDataset, full (structure, references, policy)',
      `${both('full')}   goal ≤ 250 ms: ${goal(t.full.median <= 250)}   (first call: ${fmt(t.full.firstMs)})`,
    ],
    ['validateDataset, policy off', both('noPolicy')],
    ['structure: Dataset.safeParse (zod/mini, interpreted)', both('zodRuntime')],
    [
      'structure: z.compile(Dataset).safeParse (builds a copy)',
      `${both('zodCompiled')}   (compile: ${fmt(t.zodCompiled.prepareMs)})`,
    ],
    [
      'structure: z.validate on z.compile(Dataset)',
      `${both('zodValidate')}   (compile: ${fmt(t.zodValidate.prepareMs)})`,
    ],
    ['structure: isDatasetShape (the shape table; validateDataset uses this)', both('fastCheck')],
    ['structure: Ajv, JSON Schema 2020-12', `${both('ajv')}   (compile: ${fmt(t.ajv.prepareMs)})`],
    ['ratio zod/Ajv, interpreted Dataset.safeParse', ratio('zodRuntime')],
    ['ratio zod/Ajv, compiled safeParse', ratio('zodCompiled')],
    ['ratio zod/Ajv, compiled validate', ratio('zodValidate')],
    ['ratio shape check/Ajv', ratio('fastCheck')],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const line = '─'.repeat(width + 64);
  console.log(`\nValidation benchmark\n${line}`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  console.log(line);

  // The same figures as rows { group, name, value, unit, budget?, ok? } for the root `pnpm bench` table.
  const round = (value, digits) => Math.round(value * 10 ** digits) / 10 ** digits;
  const ms = (name, label, budget) => {
    const row = { group: 'validation', name: label, value: round(t[name].median, 1), unit: 'ms' };
    return budget === undefined ? row : { ...row, budget, ok: t[name].median <= budget };
  };
  const ratioRow = (name, label, budget) => {
    const value = t[name].median / t.ajv.median;
    const row = { group: 'validation', name: label, value: round(value, 2), unit: '×' };
    return budget === undefined ? row : { ...row, budget, ok: value <= budget };
  };
  const jsonRows = [
    ms('full', `validateDataset, national scale (${activities} activities), full`, 250),
    ms('noPolicy', 'validateDataset, national scale, policy off'),
    ms('fastCheck', 'structure: isDatasetShape (used by validateDataset)'),
    ms('zodRuntime', 'structure: Dataset.safeParse (zod/mini)'),
    ms('ajv', 'structure: Ajv, JSON Schema 2020-12'),
    ratioRow('fastCheck', 'ratio isDatasetShape / Ajv', 1),
    ratioRow('zodRuntime', 'ratio Dataset.safeParse / Ajv'),
  ];
  const out = new URL('../../../bench-results/', import.meta.url);
  mkdirSync(out, { recursive: true });
  const file = new URL('validation.json', out);
  const method = `median of ${RUNS} runs after ${WARMUP} warm-up runs, each candidate in its own process, Node ${process.versions.node}`;
  writeFileSync(file, `${JSON.stringify({ rows: jsonRows, method, figures: t }, null, 2)}\n`);
  console.log(`wrote ${fileURLToPath(file)}`);
}
