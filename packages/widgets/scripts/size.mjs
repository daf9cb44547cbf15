// Sizes of the script-tag build, and the production esbuild settings that make it (one module, so that the build,
// the size test in tooling/bench and `pnpm bench` measure the same thing).
// `node scripts/size.mjs` (the package's `bench`) bundles everything in memory, prints gzip and brotli of core alone,
// each element alone and `dhol.js` against their budgets, and writes the rows to `bench-results/size.json` at the root.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export const WIDGETS_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const components = join(WIDGETS_ROOT, 'src', 'components');

/** The budget for `dhol.js` (every element, Lit, core and data), in bytes of gzip. */
export const BUDGET_GZIP = 40 * 1024;

/** Budgets in bytes of gzip, by bundle name; a bundle not listed has none. */
export const BUDGETS_GZIP = { 'dhol.js': BUDGET_GZIP, 'dhol-indicator.js': 20 * 1024 };

/** Every `src/components/<name>/dhol-<name>.ts`: the registering entry of one element. */
export function elementEntries() {
  return readdirSync(components, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(components, d.name))
        .filter((file) => /^dhol-[a-z-]+\.ts$/.test(file))
        .map((file) => ({ name: file.replace(/\.ts$/, ''), path: join(components, d.name, file) })),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** esbuild options of the script-tag build: Lit's production condition, minified, one copy of Lit per file. */
export const cdnBuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  // Lit's production build (no dev-mode warnings); one copy of Lit per file.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: join(WIDGETS_ROOT, 'tsconfig.json'),
  // The text of Lit's templates and styles, which esbuild keeps as written.
  plugins: [minifyTemplatesPlugin],
  logLevel: 'warning',
};

/** Core exports a browser page has no use for: the JSON Schema is for editors, the CLI and Ajv. */
export const NOT_FOR_BROWSERS = [
  'datasetJsonSchema',
  'DATASET_SCHEMA_ID',
  'manifestJsonSchema',
  'MANIFEST_SCHEMA_ID',
];

/**
 * An entry that imports everything of `@dhol/core` a browser user would (validation, analysis, formats, model,
 * formatting), as `export { … } from '@dhol/core'` so that esbuild keeps each name.
 */
export async function coreBrowserEntry() {
  const core = await import('@dhol/core');
  const names = Object.keys(core)
    .filter((name) => !NOT_FOR_BROWSERS.includes(name))
    .sort();
  return `export { ${names.join(', ')} } from '@dhol/core';\n`;
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Normalises an esbuild input path to a package path: `…/node_modules/zod/v4/core/api.js` → `zod/v4/core/api.js`. */
export function modulePath(input) {
  const i = input.lastIndexOf('node_modules/');
  if (i !== -1) return input.slice(i + 'node_modules/'.length);
  return input.replace(/^(\.\.\/)+/, '');
}

/**
 * Bundles core alone, each element alone and `dhol.js` in memory with the production settings.
 * @returns {Promise<{ name: string, raw: number, gzip: number, brotli: number, lineBreaks: number, budgetGzip?: number, inputs: string[], externals: string[] }[]>}
 *   `inputs` are the modules with bytes in the bundle (package paths for dependencies, repository paths for our own);
 *   `externals` are imports left for the page to resolve (there should be none).
 */
export async function measureBundles() {
  const jobs = [
    { name: 'core', stdin: { contents: await coreBrowserEntry(), resolveDir: WIDGETS_ROOT, loader: 'js' } },
    { name: 'dhol.js', entryPoints: [join(WIDGETS_ROOT, 'src', 'index.ts')] },
    ...elementEntries().map((entry) => ({ name: `${entry.name}.js`, entryPoints: [entry.path] })),
  ];
  return Promise.all(
    jobs.map(async ({ name, ...input }) => {
      const result = await build({
        ...cdnBuildOptions,
        ...input,
        write: false,
        metafile: true,
        outdir: 'out',
      });
      const bytes = result.outputFiles.find((file) => file.path.endsWith('.js')).contents;
      const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint || o.inputs);
      // Only modules that put bytes into the output: esbuild parses more than tree shaking keeps.
      const inputs = Object.entries(output.inputs)
        .filter(([, contribution]) => contribution.bytesInOutput > 0)
        .map(([path]) => modulePath(path));
      const externals = output.imports
        .filter((imported) => imported.external)
        .map((imported) => imported.path);
      return {
        name,
        raw: bytes.length,
        gzip: gzip(bytes),
        brotli: brotli(bytes),
        // Minified code has none; what is left comes from template text (see minify-templates.mjs).
        lineBreaks: bytes.filter((byte) => byte === 0x0a).length,
        budgetGzip: BUDGETS_GZIP[name],
        inputs,
        externals,
      };
    }),
  );
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Measures every `.js` file in `dir` (a build's output); returns rows of { file, raw, gzip }. */
export function measure(dir) {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort((a, b) => (a === 'dhol.js' ? -1 : b === 'dhol.js' ? 1 : a.localeCompare(b)))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, raw: bytes.length, gzip: gzip(bytes) };
    });
}

/**
 * Prints the table of a build's output and whether `dhol.js` is within budget. With `{ strict: true }` an
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

/** Bench rows `{ group, name, value, unit, budget?, ok? }` in KB (1 KB = 1024 bytes, one decimal). */
export function benchRows(bundles) {
  const toKb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
  return bundles.flatMap((b) => {
    const label = b.name === 'core' ? '@dhol/core alone (browser entry)' : b.name;
    const gz = { group: 'size', name: `${label}, gzip`, value: toKb(b.gzip), unit: 'KB' };
    if (b.budgetGzip) Object.assign(gz, { budget: toKb(b.budgetGzip), ok: b.gzip <= b.budgetGzip });
    return [gz, { group: 'size', name: `${label}, brotli`, value: toKb(b.brotli), unit: 'KB' }];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const bundles = await measureBundles();
  const rows = benchRows(bundles);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) {
    const budget = row.budget ? `  budget ${row.budget} KB: ${row.ok ? 'ok' : 'OVER'}` : '';
    console.log(`${row.name.padEnd(width)}  ${String(row.value).padStart(6)} KB${budget}`);
  }
  const out = join(WIDGETS_ROOT, '..', '..', 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'size.json'), `${JSON.stringify({ rows }, null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), join(out, 'size.json'))}`);
}
