// The script-tag build of the editor: `dist/cdn/dhol-editor.js`, one self-contained file with the editor, the
// widgets it previews with, Lit, @dhol/core and the reference data of @dhol/data inside, minified. The same esbuild
// settings as the widgets' `dhol.js` (Lit's production build, template text minified), kept in one place here so
// that the build, the size test and `pnpm bench` measure the same thing.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from '../../widgets/scripts/minify-templates.mjs';
import { mangleNames } from '../../widgets/scripts/size.mjs';

export const EDITOR_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = join(EDITOR_ROOT, 'src', 'index.ts');
export const OUTFILE = join(EDITOR_ROOT, 'dist', 'cdn', 'dhol-editor.js');
/** The folder build: `dhol-editor.js` and the chunks it imports, the widgets in one read when a preview shows. */
export const OUTDIR_FOLDER = join(EDITOR_ROOT, 'dist', 'cdn', 'editor');

/**
 * The editor's script must stay a reasonable download: raise this in the same commit as a reasoned growth. It carries
 * every widget (the preview, and a page that shows elements needs no other script): 116 KB gzip with dhol-followup,
 * 123 KB with the plan, activity, export and change forms. The handslag, indicator and grid forms add 20.4 KB and
 * opening files (core's JSON-stat, Kolada and CSV importers, without zod) 15.2 KB: 158.6 KB in all. dhol-overview
 * joined the widgets (and so this script, with core's manifest validation): 168.0 KB. The widgets' words for each
 * failure to read a file (with core's JSON parser for line and column), the importers' retries and merge, the
 * shared blocks and the note links: 176.4 KB (measured by this test on a clean clone). Its names mangled once more by
 * terser, as the widgets' script-tag files are: 176.0 -> 172.1 KB. The preview's words for widgets that could not
 * be loaded (the folder build reads them apart) and the load itself: 172.7 KB; core's words of a structure issue,
 * moved into a module of their own: 173.1 KB. The plan drawn in steps and the Intl warm-ups of the widgets' base:
 * 173.7 KB (measured by this test on a clean clone). An organisation's new id renamed wherever it is named, with
 * its words in both languages: 174.1 KB. Core's shape table in its compact form: 173.7 KB. The follow-up report and
 * the agreement drawn in steps too (the widgets' base/draw-steps.ts), with the overview's steps (4ef6e17): 174.8 KB.
 * The widgets' elements in an order that gzip compresses better, and one CSV download helper: 174.1 KB. The
 * overview's rows added as their files arrive and its first drawing through the render queue: 174.4 KB (178 560 bytes).
 * The overview's first rows shown alone while its table fills, with the note below them in both languages: 174.9 KB
 * (179 059 bytes); the rows below shown a group a step once all are drawn: 175.0 KB.
 */
export const CEILING_GZIP = 175.2 * 1024;

export const editorBuildOptions = {
  entryPoints: [ENTRY],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: join(EDITOR_ROOT, 'tsconfig.json'),
  // The widgets from their source, as their own dhol.js is built: their templates are minified too. A subpath
  // (`@dhol/widgets/define.js`) is its source module, so the bundle holds one copy of each.
  alias: { '@dhol/widgets': join(EDITOR_ROOT, '..', 'widgets', 'src') },
  plugins: [minifyTemplatesPlugin],
  logLevel: 'warning',
};

/**
 * The one file holds the widgets: the editor's `widgets.js` (a dynamic import of them) becomes `widgets.eager.ts`,
 * which imports them with the file, so esbuild need not wrap every module for lazy evaluation.
 */
const eagerWidgetsPlugin = {
  name: 'dhol-editor-eager-widgets',
  setup(build) {
    build.onResolve({ filter: /^\.\/widgets\.js$/ }, (args) =>
      args.importer.endsWith(join('components', 'editor', 'editor.ts'))
        ? { path: join(args.resolveDir, 'widgets.eager.ts') }
        : undefined,
    );
  },
};

/** Normalises an esbuild input path to a package path (`lit-html/lit-html.js`) or a repository path. */
export function modulePath(input) {
  const i = input.lastIndexOf('node_modules/');
  if (i !== -1) return input.slice(i + 'node_modules/'.length);
  return input.replace(/^(\.\.\/)+/, '');
}

/**
 * Bundles the editor in memory, its names mangled once more by terser as the widgets' script-tag files are
 * (`mangleNames`). Returns its bytes, gzip size, the modules that put bytes in it and the imports it leaves to the
 * page (there must be none).
 */
export async function measureEditorBundle() {
  const result = await build({
    ...editorBuildOptions,
    plugins: [eagerWidgetsPlugin, ...editorBuildOptions.plugins],
    write: false,
    metafile: true,
    outdir: 'out',
  });
  const bytes = await mangleNames(result.outputFiles.find((f) => f.path.endsWith('.js')).contents);
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint);
  const inputs = Object.entries(output.inputs)
    .filter(([, contribution]) => contribution.bytesInOutput > 0)
    .map(([path]) => modulePath(path));
  const externals = output.imports.filter((imported) => imported.external).map((imported) => imported.path);
  return {
    bytes,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    inputs,
    externals,
  };
}

/**
 * The folder build, for a host that serves a folder (its own server): `dhol-editor.js` with what the start view and
 * the forms need, a shared chunk, and the widgets in a chunk read when a preview first shows. Returns each file's
 * path (relative to the folder), bytes and gzip size, the entry first.
 */
export async function buildEditorFolder() {
  const result = await build({
    ...editorBuildOptions,
    splitting: true,
    entryNames: 'dhol-editor',
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
    metafile: true,
    outdir: OUTDIR_FOLDER,
  });
  const files = [];
  for (const file of result.outputFiles) {
    const bytes = await mangleNames(file.contents);
    const path = file.path.slice(OUTDIR_FOLDER.length + 1);
    files.push({ path, bytes, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return files.sort((a, b) => Number(b.path === 'dhol-editor.js') - Number(a.path === 'dhol-editor.js'));
}
