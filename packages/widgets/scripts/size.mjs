// Prints the size of each script-tag file (raw and gzip) against the budget: everything together ≤ 40 KB gzip.
// `pnpm --filter @dhol/widgets bench` runs it after a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget for `dhol.js` (every element, Lit, core and data), in bytes of gzip. */
export const BUDGET_GZIP = 40 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Measures every `.js` file in `dir`; returns rows of { file, raw, gzip }. */
export function measure(dir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort((a, b) => (a === 'dhol.js' ? -1 : b === 'dhol.js' ? 1 : a.localeCompare(b)))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

/**
 * Prints the table and whether `dhol.js` is within budget. With `{ strict: true }` (`size.mjs --check`) an
 * over-budget bundle sets a failing exit code; the build itself only reports, so it never blocks the tests.
 */
export function printSizes(dir, { strict = false } = {}) {
  const rows = measure(dir);
  const width = Math.max(...rows.map((r) => r.file.length), 4);
  console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
  for (const row of rows) {
    console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}`);
  }
  const all = rows.find((r) => r.file === 'dhol.js');
  if (all) {
    const ok = all.gzip <= BUDGET_GZIP;
    console.log(
      `dhol.js: ${kb(all.gzip)} gzip of a ${kb(BUDGET_GZIP)} budget — ${ok ? 'within' : 'OVER'} budget`,
    );
    if (!ok && strict) process.exitCode = 1;
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cdn');
  if (!existsSync(dir)) {
    console.error('No dist/cdn yet: run `pnpm --filter @dhol/widgets build` first.');
    process.exitCode = 1;
  } else {
    printSizes(dir, { strict: process.argv.includes('--check') });
  }
}
