// Sizes of the script-tag builds, and the production esbuild settings that make them (one module, so that the build,
// the size test in tooling/bench and `pnpm bench` measure the same thing): `dist/cdn/dhol.js` (one self-contained
// file), `dist/cdn/dhol-<name>.js` (one element each) and the folder build `dist/cdn/esm/` (a loader, a module per
// element and shared chunks). `node scripts/size.mjs` (the package's `bench`) bundles everything in memory, prints
// gzip and brotli against the budgets, and writes the rows to `bench-results/size.json` at the root.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minify } from 'terser';
import { directCoreImportsPlugin } from './direct-core-imports.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export const WIDGETS_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const components = join(WIDGETS_ROOT, 'src', 'components');

const KB = 1024;

/**
 * The five elements `dhol.js` held when its budget was set (issue 15): `dhol.js` with these alone is held to 55 KB
 * gzip. Every other element is measured by what it adds to `dhol.js` (`BUDGETS_GZIP.addedElement`).
 */
export const FIRST_ELEMENTS = [
  'dhol-agreement',
  'dhol-coverage',
  'dhol-framework',
  'dhol-indicator',
  'dhol-plan',
];

/** Budgets in bytes of gzip. */
export const BUDGETS_GZIP = {
  /** `dhol.js` with the first five elements. */
  'dhol.js': 55 * KB,
  /** What one more element adds to `dhol.js`, on top of what it shares with the others. */
  addedElement: 8 * KB,
  /** The folder build's loader, `esm/dhol.js`. */
  'esm/dhol.js': 2 * KB,
  /** What a page with one element loads from the folder build before that element shows its content. */
  'esm page dhol-plan': 32 * KB,
  'esm page dhol-indicator': 28 * KB,
};

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

/**
 * A script-tag file as esbuild minified it, with its names mangled once more by terser: terser gives the names used
 * most the shortest letters, about 2 % less gzip than esbuild's own mangling (dhol.js 92.0 -> 90.1 KB). Names only:
 * terser's compressor saves another 0.5 KB for four times the time. Exported names and property names stay, so
 * chunks still import each other by the names esbuild gave them. Every script-tag file goes through this, in the
 * build and in every measurement.
 * @param {Uint8Array} bytes
 * @returns {Promise<Uint8Array>}
 */
export async function mangleNames(bytes) {
  const { code } = await minify(Buffer.from(bytes).toString('utf8'), {
    module: true,
    ecma: 2022,
    compress: false,
    mangle: true,
    format: { comments: false },
  });
  if (code === undefined) throw new Error('terser returned no code');
  return Buffer.from(code);
}

/**
 * Core exports a browser page has no use for: the JSON Schema is for editors, the CLI and Ajv (its id and public
 * address live in the schema's modules).
 */
export const NOT_FOR_BROWSERS = [
  'datasetJsonSchema',
  'DATASET_SCHEMA_ID',
  'DATASET_SCHEMA_URL',
  'manifestJsonSchema',
  'MANIFEST_SCHEMA_ID',
  'MANIFEST_SCHEMA_URL',
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

const INDEX = join(WIDGETS_ROOT, 'src', 'index.ts');

/**
 * `src/index.ts` without the lines that name the given elements' folders (`components/<name>/`), for measuring
 * `dhol.js` as it would be without them. An esbuild plugin, so the real file is never touched.
 */
export function withoutElements(names) {
  const folders = names.map((name) => `/components/${name.replace(/^dhol-/, '')}/`);
  return {
    name: 'dhol-without-elements',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]index\.ts$/ }, async ({ path }) => {
        if (path !== INDEX) return undefined;
        const text = await readFile(path, 'utf8');
        const kept = text.split('\n').filter((line) => !folders.some((folder) => line.includes(folder)));
        return { contents: kept.join('\n'), loader: 'ts', resolveDir: dirname(path) };
      });
    },
  };
}

/** Bundles one entry in memory with the script-tag settings and measures it. */
async function measureOne(name, input, plugins = []) {
  const result = await build({
    ...cdnBuildOptions,
    ...input,
    // Ours first: esbuild takes the first plugin that loads a file.
    plugins: [...plugins, ...cdnBuildOptions.plugins],
    write: false,
    metafile: true,
    outdir: 'out',
  });
  const bytes = await mangleNames(result.outputFiles.find((file) => file.path.endsWith('.js')).contents);
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint || o.inputs);
  // Only modules that put bytes into the output: esbuild parses more than tree shaking keeps.
  const inputs = Object.entries(output.inputs)
    .filter(([, contribution]) => contribution.bytesInOutput > 0)
    .map(([path]) => modulePath(path));
  const externals = output.imports.filter((imported) => imported.external).map((imported) => imported.path);
  return {
    name,
    raw: bytes.length,
    gzip: gzip(bytes),
    brotli: brotli(bytes),
    // Minified code has none; what is left comes from template text (see minify-templates.mjs).
    lineBreaks: bytes.filter((byte) => byte === 0x0a).length,
    inputs,
    externals,
  };
}

/**
 * Bundles core alone, each element alone and `dhol.js` in memory with the production settings; with elements
 * beyond the first five, also `dhol.js` with the first five alone and, per added element, what it adds.
 * @returns {Promise<{ name: string, raw: number, gzip: number, brotli: number, lineBreaks: number, budgetGzip?: number, inputs: string[], externals: string[], added?: boolean }[]>}
 *   `inputs` are the modules with bytes in the bundle (package paths for dependencies, repository paths for our own);
 *   `externals` are imports left for the page to resolve (there should be none). Rows with `added` measure what
 *   an element adds to `dhol.js` (gzip only, as a difference).
 */
export async function measureBundles() {
  const elements = elementEntries();
  const added = elements.map((e) => e.name).filter((name) => !FIRST_ELEMENTS.includes(name));
  const jobs = [
    measureOne('core', {
      stdin: { contents: await coreBrowserEntry(), resolveDir: WIDGETS_ROOT, loader: 'js' },
    }),
    measureOne('dhol.js', { entryPoints: [INDEX] }),
    ...elements.map((entry) => measureOne(`${entry.name}.js`, { entryPoints: [entry.path] })),
  ];
  if (added.length > 0) {
    jobs.push(measureOne('dhol.js, first five elements', { entryPoints: [INDEX] }, [withoutElements(added)]));
    for (const name of added) {
      jobs.push(measureOne(`without ${name}`, { entryPoints: [INDEX] }, [withoutElements([name])]));
    }
  }
  const measured = await Promise.all(jobs);
  const byName = new Map(measured.map((m) => [m.name, m]));
  const all = byName.get('dhol.js');
  const bundles = measured.filter((m) => !m.name.startsWith('without '));
  const five = byName.get(added.length > 0 ? 'dhol.js, first five elements' : 'dhol.js');
  five.budgetGzip = BUDGETS_GZIP['dhol.js'];
  for (const name of added) {
    const without = byName.get(`without ${name}`);
    if (!without.inputs.every((input) => all.inputs.includes(input))) {
      throw new Error(`measuring ${name}: dhol.js without it holds modules dhol.js does not`);
    }
    if (without.gzip === all.gzip) {
      throw new Error(`${name} is not in dhol.js: import its dhol-${name.slice(5)}.ts from src/index.ts`);
    }
    bundles.push({
      name: `${name}, added to dhol.js`,
      raw: all.raw - without.raw,
      gzip: all.gzip - without.gzip,
      brotli: all.brotli - without.brotli,
      budgetGzip: BUDGETS_GZIP.addedElement,
      added: true,
      inputs: all.inputs.filter((input) => !without.inputs.includes(input)),
      externals: [],
      lineBreaks: 0,
    });
  }
  return bundles;
}

const CORE_MESSAGES = /[\\/]core[\\/]dist[\\/]validation[\\/]messages\.js$/;
const BASE_TEXTS = /[\\/]src[\\/]base[\\/]texts\.ts$/;
const BASE_FIND_JSON_SYNTAX = /[\\/]src[\\/]base[\\/]find-json-syntax\.ts$/;
const ISSUE_TEXTS = /[\\/]src[\\/]cdn[\\/]issue-texts\.ts$/;
const BASE_LOAD = /[\\/]src[\\/]base[\\/]load\.ts$/;
const I18N_ENGLISH = join(WIDGETS_ROOT, 'src', 'i18n', 'english.ts');
const WIDGETS_SRC = join(WIDGETS_ROOT, 'src');
const CDN = join(WIDGETS_ROOT, 'src', 'cdn');

/** Every English catalogue of the widgets: each `*.en.ts` under `src/`. */
function englishCatalogues() {
  return readdirSync(WIDGETS_SRC, { recursive: true })
    .filter((file) => file.endsWith('.en.ts'))
    .map((file) => join(WIDGETS_SRC, file))
    .sort();
}

/** A name for an English catalogue in the one English chunk: `plan_messages` for `plan.messages.en.ts`. */
const englishName = (path) => basename(path, '.en.ts').replace(/\W/g, '_');

/**
 * The folder build loads what only a dataset with issues or a failed load needs when it is needed, in chunks of
 * its own, by putting modules of `src/cdn/` in the place of others (`dhol.js` keeps everything inside, one
 * self-contained file):
 * - validation raises its issues without their texts: core's `validation/messages.js` becomes
 *   `src/cdn/bare-validation-issue.ts`, and `src/base/texts.ts` becomes `src/cdn/deferred-texts.ts`, which imports
 *   `src/cdn/issue-texts.ts` when issues lack their texts; that module's `@dhol/core` is core's own catalogue;
 * - the issues of reading a file likewise: for `src/base/load.ts`, `src/base/load-messages.ts` becomes
 *   `src/cdn/bare-load-messages.ts`, and `issue-texts.ts` holds their texts;
 * - core's JSON error finder: `src/base/find-json-syntax.ts` becomes `src/cdn/lazy-json-syntax.ts`, which imports
 *   `src/base/json-syntax.ts` when a text is not JSON;
 * - English: a static import of an English catalogue (`x.en.ts`, beside the Swedish `x.ts`) gets an empty object,
 *   which `src/cdn/lazy-english.ts` (in `src/i18n/english.ts`'s place) fills from the one chunk that holds every
 *   English catalogue, imported the first time an element speaks English (see `DholElement.scheduleUpdate`). One
 *   chunk, not one per catalogue: each more entry of the split cuts the shared chunks into more, smaller files. Swedish
 *   is the default: a page whose elements all speak Swedish never requests English.
 */
export const folderBuildSwaps = {
  name: 'dhol-folder-build-swaps',
  setup(build) {
    build.onResolve({ filter: /^@dhol\/core$/ }, ({ importer }) => {
      if (!ISSUE_TEXTS.test(importer)) return undefined;
      const core = realpathSync(fileURLToPath(import.meta.resolve('@dhol/core')));
      return { path: join(dirname(core), 'validation', 'messages.js'), suffix: '?texts' };
    });
    const swap = (file) => async () => {
      const path = join(CDN, file);
      return { contents: await readFile(path, 'utf8'), loader: 'ts', resolveDir: CDN };
    };
    build.onResolve({ filter: /^\.\/load-messages\.js$/ }, ({ importer }) =>
      BASE_LOAD.test(importer) ? { path: join(CDN, 'bare-load-messages.ts') } : undefined,
    );
    build.onResolve({ filter: /\.en\.js$/ }, ({ path, importer, kind, resolveDir }) => {
      if (kind !== 'import-statement' || !importer.startsWith(WIDGETS_SRC)) return undefined;
      return { path: join(resolveDir, path.replace(/\.js$/, '.ts')), namespace: 'dhol-english-later' };
    });
    build.onLoad({ filter: /.*/, namespace: 'dhol-english-later' }, ({ path }) => ({
      contents: [
        `import { englishLater } from ${JSON.stringify(I18N_ENGLISH)};`,
        'export const en = {};',
        `englishLater(() => import('dhol-english').then((m) => { Object.assign(en, m[${JSON.stringify(englishName(path))}]); }));`,
      ].join('\n'),
      loader: 'js',
      resolveDir: dirname(path),
    }));
    build.onResolve({ filter: /^dhol-english$/ }, () => ({
      path: 'dhol-english',
      namespace: 'dhol-english',
    }));
    build.onLoad({ filter: /.*/, namespace: 'dhol-english' }, () => ({
      contents: englishCatalogues()
        .map((path) => `export { en as ${englishName(path)} } from ${JSON.stringify(path)};`)
        .join('\n'),
      loader: 'js',
      resolveDir: WIDGETS_SRC,
    }));
    build.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]english\.ts$/ }, swap('lazy-english.ts'));
    build.onLoad({ filter: BASE_TEXTS }, swap('deferred-texts.ts'));
    build.onLoad({ filter: BASE_FIND_JSON_SYNTAX }, swap('lazy-json-syntax.ts'));
    build.onLoad({ filter: CORE_MESSAGES }, async (args) =>
      args.suffix === '?texts' ? undefined : swap('bare-validation-issue.ts')(),
    );
  },
};

/** esbuild options of the folder build: the same settings, split into an entry per element and shared chunks. */
export const esmBuildOptions = {
  ...cdnBuildOptions,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  entryNames: '[name]',
  plugins: [folderBuildSwaps, directCoreImportsPlugin, ...cdnBuildOptions.plugins],
};

/** Options of the folder build's loader: one small file that knows each element's tag. */
export function loaderBuildOptions() {
  return {
    ...cdnBuildOptions,
    entryPoints: [join(WIDGETS_ROOT, 'src', 'cdn', 'loader.ts')],
    define: {
      ...cdnBuildOptions.define,
      DHOL_ELEMENTS: JSON.stringify(elementEntries().map((entry) => entry.name)),
    },
  };
}

/**
 * Modules whose evaluation does nothing but define things (`sideEffects: false` in their package): @dhol/core,
 * @dhol/data, and every widgets module except the registering `dhol-<name>.ts` files and the index.
 */
function withoutSideEffects(input) {
  // The stand-ins of English catalogues register their loading.
  if (input.startsWith('dhol-english-later:')) return false;
  const path = modulePath(input);
  if (/(^|\/)(core|data)\/(dist|src)\//.test(path)) return true;
  return (
    /(^|\/)widgets\/src\//.test(path) && !/\/components\/[^/]+\/dhol-[^/]+\.ts$|\/src\/index\.ts$/.test(path)
  );
}

/**
 * esbuild's code splitting keeps a bare `import"./chunk-X.js";` in an element's module for every chunk its import
 * graph passes through, including chunks of which it uses nothing: `export *` in core's index reaches every
 * analysis module. A page with only <dhol-indicator> thus loaded the follow-up analysis and the plan diff. An
 * import that takes no binding only runs the chunk, so where every module in that chunk is free of side effects
 * it does nothing and goes; a chunk the element needs is still imported, with its bindings, by whichever file
 * uses it.
 */
function dropIdleChunkImports(files, inputsOf) {
  const idle = new Set(
    [...files.keys()].filter(
      (name) => name.startsWith('chunk-') && inputsOf.get(name).every(withoutSideEffects),
    ),
  );
  for (const [name, file] of files) {
    const text = Buffer.from(file.bytes).toString('utf8');
    const kept = text.replace(/import"\.\/(chunk-[A-Z0-9]+\.js)";/g, (statement, chunk) =>
      idle.has(chunk) ? '' : statement,
    );
    if (kept === text) continue;
    const bare = new Set(
      [...text.matchAll(/import"\.\/(chunk-[A-Z0-9]+\.js)";/g)].map((m) => m[1]).filter((c) => idle.has(c)),
    );
    files.set(name, {
      ...file,
      bytes: Buffer.from(kept),
      imports: file.imports.filter((imported) => !bare.has(basename(imported.path))),
    });
  }
}

/**
 * Builds the folder build (`dist/cdn/esm/`) into `outdir`, or in memory without `outdir`. Returns its files
 * (name → bytes) and, per element, the files a page with only that element loads before the element can show its
 * content: the loader, the element's module and the chunks it imports statically (dynamic imports, such as the
 * error view and the validation messages, load only when needed). With `sourcemap` (in memory only, for
 * scripts/attribute.mjs), each file also keeps esbuild's text and source map as `esbuild` ({ text, map, dir }).
 */
export async function buildEsm(outdir, { sourcemap = false } = {}) {
  const out = outdir ?? join(WIDGETS_ROOT, 'dist', 'cdn', 'esm');
  const maps = sourcemap ? { sourcemap: 'external', sourcesContent: false } : {};
  const [elements, loader] = await Promise.all([
    build({
      ...esmBuildOptions,
      ...maps,
      entryPoints: Object.fromEntries(elementEntries().map((entry) => [entry.name, entry.path])),
      outdir: out,
      write: false,
      metafile: true,
    }),
    build({ ...loaderBuildOptions(), ...maps, outfile: join(out, 'dhol.js'), write: false, metafile: true }),
  ]);
  const files = new Map();
  const inputsOf = new Map();
  for (const result of [elements, loader]) {
    for (const [path, output] of Object.entries(result.metafile.outputs)) {
      if (!path.endsWith('.js')) continue;
      const name = basename(path);
      const file = result.outputFiles.find((f) => basename(f.path) === name);
      const bytes = file.contents;
      files.set(name, { bytes, imports: output.imports, exports: output.exports });
      if (sourcemap) {
        const map = result.outputFiles.find((f) => basename(f.path) === `${name}.map`);
        files.get(name).esbuild = { text: file.text, map: JSON.parse(map.text), dir: dirname(file.path) };
      }
      inputsOf.set(
        name,
        Object.entries(output.inputs)
          .filter(([, contribution]) => contribution.bytesInOutput > 0)
          .map(([input]) => input),
      );
    }
  }
  dropIdleChunkImports(files, inputsOf);
  await mergeChunksOfSamePages(files, inputsOf, out, sourcemap);
  for (const file of files.values()) file.bytes = await mangleNames(file.bytes);
  if (outdir !== undefined) {
    mkdirSync(out, { recursive: true });
    for (const [name, file] of files) writeFileSync(join(out, name), file.bytes);
  }
  return { files, pages: pagesOf(files), inputsOf };
}

/**
 * Per element, the files a page with only that element loads before it shows its content: the loader, the element's
 * module and the chunks it imports statically, and theirs.
 */
function pagesOf(files) {
  const staticClosure = (name, seen = new Set()) => {
    if (seen.has(name)) return seen;
    seen.add(name);
    for (const imported of files.get(name)?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external)
        staticClosure(basename(imported.path), seen);
    }
    return seen;
  };
  return Object.fromEntries(
    elementEntries().map((entry) => [entry.name, ['dhol.js', ...staticClosure(`${entry.name}.js`)]]),
  );
}

/** A chunk's name from its content, in esbuild's form (`chunk-` and eight capitals or digits). */
function chunkName(bytes) {
  const hash = createHash('sha256').update(bytes).digest();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return `chunk-${[...hash.subarray(0, 8)].map((byte) => letters[byte % 32]).join('')}.js`;
}

/** Short export names for a merged chunk: a, b, …, z, A, …, Z, aa, ab, … */
function exportName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  for (let i = index; ; i = Math.floor(i / letters.length) - 1) {
    name = letters[i % letters.length] + name;
    if (i < letters.length) break;
  }
  return name;
}

const STATIC_IMPORT = /import\{([^}]*)\}from"\.\/(chunk-[A-Z0-9]+\.js)";|import"\.\/(chunk-[A-Z0-9]+\.js)";/g;

/**
 * esbuild splits the element modules' shared code by the set of entries that reach it, and the chunks loaded on need
 * (English, the issues' texts, the JSON error finder) are entries too: code that every element uses but only some of
 * those reach lands in chunks of its own, which every page loads as separate small files (the plan page loaded 14,
 * 9 under 500 bytes of gzip, each with gzip's overhead and none sharing the others' dictionary). Chunks that exactly
 * the same pages load (before their content shows) are therefore bundled once more into one chunk each, with esbuild
 * (which renames what would clash and keeps the order of evaluation), and every file that imported one of them
 * imports the merged chunk instead. A page loads the same code in fewer files; a chunk that a dynamic import loads is
 * left as it is.
 */
async function mergeChunksOfSamePages(files, inputsOf, dir, sourcemap) {
  const text = (name) => Buffer.from(files.get(name).bytes).toString('utf8');
  const imported = (name) => /** @type {{ path: string, kind: string }[]} */ (files.get(name).imports);
  const loadedOnNeed = new Set(
    [...files.keys()].flatMap((name) =>
      imported(name)
        .filter((i) => i.kind === 'dynamic-import')
        .map((i) => basename(i.path)),
    ),
  );
  const pagesOfChunk = new Map();
  for (const [element, names] of Object.entries(pagesOf(files))) {
    for (const name of names) {
      if (!name.startsWith('chunk-') || loadedOnNeed.has(name)) continue;
      pagesOfChunk.set(name, [...(pagesOfChunk.get(name) ?? []), element]);
    }
  }
  const groups = new Map();
  for (const [name, pages] of pagesOfChunk) {
    const key = pages.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const members = new Set(group);
    /** member → its export name → the merged chunk's name for it */
    const renamed = new Map(group.map((name) => [name, new Map()]));
    let count = 0;
    const entry = group
      .map((name) => {
        const names = files.get(name).exports ?? [];
        const list = names.map((exported) => {
          const as = exportName(count++);
          renamed.get(name).set(exported, as);
          return `${exported} as ${as}`;
        });
        return `export { ${list.join(', ')} } from './${name}';`;
      })
      .join('\n');
    const result = await build({
      stdin: { contents: entry, resolveDir: dir, loader: 'js', sourcefile: 'merged-chunk.js' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: cdnBuildOptions.target,
      platform: 'browser',
      legalComments: 'none',
      write: false,
      outdir: dir,
      ...(sourcemap ? { sourcemap: 'external', sourcesContent: false } : {}),
      logLevel: 'warning',
      plugins: [
        {
          name: 'dhol-merge-chunks',
          setup(b) {
            b.onResolve({ filter: /^\.\/chunk-[A-Z0-9]+\.js$/ }, ({ path }) => {
              const name = basename(path);
              return members.has(name)
                ? { path: join(dir, name), namespace: 'dhol-chunk' }
                : { path, external: true };
            });
            b.onLoad({ filter: /.*/, namespace: 'dhol-chunk' }, ({ path }) => {
              const name = basename(path);
              const own = files.get(name).esbuild;
              // With source maps, each member's own map, inline, so that esbuild maps the merged chunk to the sources.
              const map = own
                ? `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(own.map)).toString('base64')}`
                : '';
              return { contents: text(name) + map, loader: 'js', resolveDir: dir };
            });
          },
        },
      ],
    });
    const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
    const merged = chunkName(js.contents);
    const mergedImports = [
      ...new Map(
        group
          .flatMap((name) => imported(name))
          .filter((i) => !members.has(basename(i.path)))
          .map((i) => [`${i.kind} ${basename(i.path)}`, i]),
      ).values(),
    ];
    const mergedFile = {
      bytes: js.contents,
      imports: mergedImports,
      exports: [...renamed.values()].flatMap((m) => [...m.values()]),
    };
    if (sourcemap) {
      const map = result.outputFiles.find((file) => file.path.endsWith('.map'));
      mergedFile.esbuild = { text: js.text, map: JSON.parse(map.text), dir };
    }
    inputsOf.set(
      merged,
      group.flatMap((name) => inputsOf.get(name)),
    );
    for (const name of group) {
      files.delete(name);
      inputsOf.delete(name);
    }
    files.set(merged, mergedFile);
    // Every other file imports the merged chunk in the members' place.
    for (const [name, file] of files) {
      if (name === merged || !file.imports.some((i) => members.has(basename(i.path)))) continue;
      const before = Buffer.from(file.bytes).toString('utf8');
      let bare = false;
      const after = before.replace(STATIC_IMPORT, (statement, bindings, from, bareFrom) => {
        const member = from ?? bareFrom;
        if (!members.has(member)) return statement;
        if (bindings === undefined) {
          if (bare) return '';
          bare = true;
          return `import"./${merged}";`;
        }
        const list = bindings.split(',').map((binding) => {
          const [exported, local = exported] = binding.split(' as ');
          const as = renamed.get(member).get(exported);
          if (as === undefined) throw new Error(`merging chunks: ${member} has no export ${exported}`);
          return as === local ? as : `${as} as ${local}`;
        });
        return `import{${list.join(',')}}from"./${merged}";`;
      });
      if (/\.\/chunk-[A-Z0-9]+\.js/.test(after) && group.some((member) => after.includes(`./${member}`))) {
        throw new Error(`merging chunks: ${name} still names a merged chunk`);
      }
      const imports = [
        ...new Map(
          file.imports
            .map((i) => (members.has(basename(i.path)) ? { ...i, path: join(dirname(i.path), merged) } : i))
            .map((i) => [`${i.kind} ${basename(i.path)}`, i]),
        ).values(),
      ];
      // `esbuild` (with source maps) keeps the text esbuild wrote, which its map fits: scripts/attribute.mjs --esm
      // measures that, a few bytes of import statements from what is written.
      files.set(name, { ...file, bytes: Buffer.from(after), imports });
    }
  }
}

/** Rows of the folder build: the loader, and per element what a page with only that element loads first. */
export async function measureEsm() {
  const { files, pages, inputsOf } = await buildEsm();
  const sizeOf = (names) => names.reduce((sum, name) => sum + gzip(files.get(name).bytes), 0);
  const loader = files.get('dhol.js');
  /** @type {{ name: string, raw: number, gzip: number, brotli?: number, budgetGzip?: number, files?: string[], inputs?: string[] }[]} */
  const rows = [
    {
      name: 'esm/dhol.js (the loader)',
      raw: loader.bytes.length,
      gzip: gzip(loader.bytes),
      brotli: brotli(loader.bytes),
      budgetGzip: BUDGETS_GZIP['esm/dhol.js'],
    },
  ];
  for (const [element, names] of Object.entries(pages)) {
    rows.push({
      name: `esm: a page with only <${element}>, script before its content`,
      raw: names.reduce((sum, name) => sum + files.get(name).bytes.length, 0),
      gzip: sizeOf(names),
      budgetGzip: BUDGETS_GZIP[`esm page ${element}`],
      files: names,
      // The modules with bytes in those files (package paths, as in `measureBundles`).
      inputs: [...new Set(names.flatMap((name) => inputsOf.get(name)).map(modulePath))],
    });
  }
  return rows;
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

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

/** Prints the table of a build's output and whether `dhol.js` is within its budget; the build only reports. */
export function printSizes(dir) {
  const rows = measure(dir);
  const width = Math.max(...rows.map((r) => r.file.length), 4);
  console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
  for (const row of rows) {
    console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}`);
  }
  return rows;
}

/** Bench rows `{ group, name, value, unit, budget?, ok? }` in KB (1 KB = 1024 bytes, one decimal). */
export function benchRows(bundles) {
  const toKb = (bytes) => Math.round((bytes / KB) * 10) / 10;
  return bundles.flatMap((b) => {
    const label = b.name === 'core' ? '@dhol/core alone (browser entry)' : b.name;
    const gz = { group: 'size', name: `${label}, gzip`, value: toKb(b.gzip), unit: 'KB' };
    if (b.budgetGzip) Object.assign(gz, { budget: toKb(b.budgetGzip), ok: b.gzip <= b.budgetGzip });
    if (b.brotli === undefined) return [gz];
    return [gz, { group: 'size', name: `${label}, brotli`, value: toKb(b.brotli), unit: 'KB' }];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [bundles, esm] = await Promise.all([measureBundles(), measureEsm()]);
  const rows = benchRows([...bundles, ...esm]);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const row of rows) {
    const budget = row.budget ? `  budget ${row.budget} KB: ${row.ok ? 'ok' : 'OVER'}` : '';
    console.log(`${row.name.padEnd(width)}  ${String(row.value).padStart(6)} KB${budget}`);
  }
  for (const page of esm.filter((row) => row.files)) console.log(`${page.name}: ${page.files.join(' ')}`);
  const out = join(WIDGETS_ROOT, '..', '..', 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'size.json'), `${JSON.stringify({ rows }, null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), join(out, 'size.json'))}`);
}
