// The script-tag builds: `dist/cdn/dhol.js` holds every element with Lit, @dhol/core and @dhol/data inside, minified;
// `dist/cdn/dhol-<name>.js` holds one element each; `dist/cdn/esm/` is the folder build (a small loader `dhol.js`, a
// module per element and the chunks they share). Prints the gzip size of each file. The esbuild settings live in
// size.mjs, so that the size test and `pnpm bench` measure exactly what this build writes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildEsm, cdnBuildOptions, elementEntries, mangleNames, printSizes, WIDGETS_ROOT } from './size.mjs';

export { elementEntries };

const outdir = join(WIDGETS_ROOT, 'dist', 'cdn');
const esm = join(outdir, 'esm');
// Chunk names change with their content: leave no stale chunk behind.
rmSync(esm, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

/** Bundles one entry with the script-tag settings and writes it, its names mangled as in every measurement. */
async function buildOne(entry, outfile) {
  const result = await build({ ...cdnBuildOptions, entryPoints: [entry], outfile, write: false });
  writeFileSync(outfile, await mangleNames(result.outputFiles[0].contents));
}

await Promise.all([
  buildOne(join(WIDGETS_ROOT, 'src', 'index.ts'), join(outdir, 'dhol.js')),
  ...elementEntries().map((entry) => buildOne(entry.path, join(outdir, `${entry.name}.js`))),
  buildEsm(esm),
]);
printSizes(outdir);
console.log('esm/');
printSizes(esm);
