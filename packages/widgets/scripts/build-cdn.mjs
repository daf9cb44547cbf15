// The script-tag build: `dist/cdn/dhol.js` holds every element with Lit, @dhol/core and @dhol/data inside, minified;
// `dist/cdn/dhol-<name>.js` holds one element each. Prints the gzip size of each file.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { printSizes } from './size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const components = join(root, 'src', 'components');

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

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  // Lit's production build (no dev-mode warnings); one copy of Lit per file.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
};

const outdir = join(root, 'dist', 'cdn');
await build({ ...common, entryPoints: [join(root, 'src', 'index.ts')], outfile: join(outdir, 'dhol.js') });
const entries = elementEntries();
await Promise.all(
  entries.map((entry) =>
    build({ ...common, entryPoints: [entry.path], outfile: join(outdir, `${entry.name}.js`) }),
  ),
);
printSizes(outdir);
