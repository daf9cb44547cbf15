// What every benchmark of tooling/bench shares: where results go, and how Chromium is started.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../../scripts/system-chromium.mjs';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const RESULTS_DIR = join(REPO_ROOT, 'bench-results');

/** The system Chromium: never a downloaded browser. */
export const CHROMIUM_PATH = chromiumPath;
export const CHROMIUM_ARGS = chromiumArgs;

/**
 * Writes `bench-results/<name>.json` with rows `{ group, name, value, unit, budget?, ok? }`.
 * @param {string} name
 * @param {{ group: string, name: string, value: number, unit: string, budget?: number, ok?: boolean }[]} rows
 * @param {Record<string, unknown>} [details] anything else worth keeping (method, raw timings)
 */
export function writeResults(name, rows, details = {}) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ rows, ...details }, null, 2)}\n`);
  return file;
}

/** Rounds to one decimal, the precision the table shows. */
export const round1 = (value) => Math.round(value * 10) / 10;
