// `pnpm bench`: runs every package's `bench` task through turbo, one at a time (they time things), then prints ONE
// table of all the figures they wrote to `bench-results/<name>.json` (rows `{ group, name, value, unit, budget?,
// ok? }`). Exits non-zero when a budget is missed or a benchmark crashed, after printing every figure. The bench is
// not part of `pnpm test` (timings belong to a quiet machine); the size ceilings are enforced there by a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = 'bench-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

// Only the packages with a `bench` script, so that turbo builds what they need and nothing else (not Storybook).
const benched = ['packages', 'apps', 'tooling']
  .filter((root) => existsSync(root))
  .flatMap((root) => readdirSync(root).map((name) => join(root, name, 'package.json')))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')))
  .filter((pkg) => pkg.scripts?.bench)
  .map((pkg) => `--filter=${pkg.name}`);

const turbo = spawnSync(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'bench',
    '--concurrency=1',
    '--output-logs=full',
    '--continue',
    ...benched,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

const GROUP_ORDER = ['size', 'validation', 'render', 'lighthouse (mobile)', 'lighthouse (desktop)'];
const groupRank = (group) => {
  const rank = GROUP_ORDER.findIndex((name) => group.startsWith(name));
  return rank === -1 ? GROUP_ORDER.length : rank;
};

const rows = [];
const unreadable = [];
for (const file of existsSync(RESULTS) ? readdirSync(RESULTS).filter((f) => f.endsWith('.json')) : []) {
  try {
    const report = JSON.parse(readFileSync(join(RESULTS, file), 'utf8'));
    for (const row of report.rows ?? []) rows.push(row);
  } catch (error) {
    unreadable.push(`${file}: ${error.message}`);
  }
}
rows.sort((a, b) => groupRank(a.group) - groupRank(b.group));

const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const show = (value, unit) =>
  unit === 'score' ? String(value) : `${number.format(value)}${unit === '×' ? '×' : ` ${unit}`}`;
const table = rows.map((row) => [
  row.group,
  row.name,
  show(row.value, row.unit),
  row.budget === undefined ? '' : `${row.unit === 'score' ? '≥ ' : '≤ '}${show(row.budget, row.unit)}`,
  row.ok === undefined ? '' : row.ok ? 'ok' : 'MISSED',
]);
const header = ['group', 'benchmark', 'value', 'budget', ''];
const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i].length)));
const line = (cells) =>
  cells
    .map((cell, i) => (i === 2 || i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
    .join('  ')
    .trimEnd();

console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
for (const cells of table) console.log(line(cells));
const missed = rows.filter((row) => row.ok === false).length;
const budgeted = rows.filter((row) => row.ok !== undefined).length;
console.log(
  `\n${rows.length} figures, ${budgeted - missed} of ${budgeted} budgets met${missed ? `, ${missed} missed` : ''}.`,
);
for (const problem of unreadable) console.error(`could not read ${problem}`);
for (const row of rows.filter((r) => r.ok === false)) {
  console.error(`missed: ${row.group}, ${row.name}: ${show(row.value, row.unit)}`);
}
if (turbo.status !== 0) console.error('a benchmark stopped with an error (see above)');

process.exit(turbo.status === 0 && unreadable.length === 0 && missed === 0 ? 0 : 1);
