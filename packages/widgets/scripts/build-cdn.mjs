// The script-tag builds: `dist/cdn/dhol.js` holds every element with Lit, @dhol/core and @dhol/data inside, minified;
// `dist/cdn/dhol-<name>.js` holds one element each; `dist/cdn/esm/` is the folder build (a small loader `dhol.js`, a
// module per element and the chunks they share). Prints the gzip size of each file. The esbuild settings live in
// size.mjs, so that the size test and `pnpm bench` measure exactly what this build writes.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildEsm, cdnBuildOptions, elementEntries, printSizes, WIDGETS_ROOT } from './size.mjs';

export { elementEntries };

const outdir = join(WIDGETS_ROOT, 'dist', 'cdn');
const esm = join(outdir, 'esm');
// Chunk names change with their content: leave no stale chunk behind.
rmSync(esm, { recursive: true, force: true });
await build({
  ...cdnBuildOptions,
  entryPoints: [join(WIDGETS_ROOT, 'src', 'index.ts')],
  outfile: join(outdir, 'dhol.js'),
});
const entries = elementEntries();
await Promise.all([
  ...entries.map((entry) =>
    build({ ...cdnBuildOptions, entryPoints: [entry.path], outfile: join(outdir, `${entry.name}.js`) }),
  ),
  buildEsm(esm),
]);
printSizes(outdir);
console.log('esm/');
printSizes(esm);
