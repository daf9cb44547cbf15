// Runs the linter and every package's tests (through turbo), then adds up the JSON reports into one closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', 'apps', 'tooling'].filter((dir) => existsSync(dir));
const projects = roots.flatMap((root) => readdirSync(root).map((name) => join(root, name)));
for (const project of projects) rmSync(join(project, 'test-results'), { recursive: true, force: true });

// One linter and formatter for the whole tree, and the type checker over every package: a finding fails the run
// like a failing test, and each counts as one check in the closing line.
const lint = spawnSync('pnpm', ['exec', 'biome', 'ci', '.'], { stdio: 'inherit' });
const typecheck = spawnSync('pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only'], {
  stdio: 'inherit',
});
const checks = [
  ['biome ci (lint and format)', lint.status === 0],
  ['turbo run typecheck', typecheck.status === 0],
];

const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'test', '--continue', '--concurrency=2', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

let passed = checks.filter(([, ok]) => ok).length;
let failed = checks.length - passed;
let skipped = 0;
const rows = checks.map(([name, ok]) => `  ${name}: ${ok ? 'passed' : 'failed'}`);
for (const project of projects) {
  const dir = join(project, 'test-results');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    // Vitest and Playwright JSON reports both count what ran; a test file that failed with none of its tests
    // failed (a syntax or import error, or a beforeAll that timed out and skipped every test) counts as one failure.
    const unloaded = (report.testResults ?? []).filter(
      (file) =>
        file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    ).length;
    const p = report.numPassedTests ?? report.stats?.expected ?? 0;
    const f = (report.numFailedTests ?? report.stats?.unexpected ?? 0) + unloaded;
    const s = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) + (report.stats?.skipped ?? 0);
    passed += p;
    failed += f;
    skipped += s;
    rows.push(`  ${project}/${file}: ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
  }
}
console.log(`\nTest reports:\n${rows.join('\n') || '  (none)'}`);
if (turbo.status !== 0 && failed === 0) failed = 1; // a task failed before it could report
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(turbo.status === 0 && failed === 0 ? 0 : 1);
