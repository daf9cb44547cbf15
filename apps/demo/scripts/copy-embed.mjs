// Copies what a web team would host into `public/dhol/`: the one-file script-tag bundle of @dhol/widgets, its folder
// build `esm/`, the editor's folder build `editor/` (for /redigera/: `dhol-editor.js` and its chunks, the widgets read
// only when a preview shows) and the example datasets of @dhol/data. Vite
// serves `public/` as is and copies it into `dist/`, so the demo pages load exactly the files a municipality would
// put on its own server.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipFolder } from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const widgets = dirname(require.resolve('@dhol/widgets/package.json'));
const data = dirname(require.resolve('@dhol/data/package.json'));
const editor = dirname(require.resolve('@dhol/editor/package.json'));
const out = join(root, 'public', 'dhol');

const bundle = join(widgets, 'dist', 'cdn', 'dhol.js');
if (!existsSync(bundle)) {
  console.error(
    'demo: dist/cdn/dhol.js saknas; bygg först @dhol/widgets (pnpm --filter @dhol/widgets build).',
  );
  process.exit(1);
}
const editorFolder = join(editor, 'dist', 'cdn', 'editor');
if (!existsSync(join(editorFolder, 'dhol-editor.js'))) {
  console.error(
    'demo: dist/cdn/editor/dhol-editor.js saknas; bygg först @dhol/editor (pnpm --filter @dhol/editor build).',
  );
  process.exit(1);
}
mkdirSync(out, { recursive: true });
copyFileSync(bundle, join(out, 'dhol.js'));
rmSync(join(out, 'dhol-editor.js'), { force: true });
rmSync(join(out, 'editor'), { recursive: true, force: true });
cpSync(editorFolder, join(out, 'editor'), { recursive: true });
// The folder build as a whole: its loader imports the element modules and chunks beside it.
rmSync(join(out, 'esm'), { recursive: true, force: true });
cpSync(join(widgets, 'dist', 'cdn', 'esm'), join(out, 'esm'), { recursive: true });
// The same folder as one download, named with its version: the files inside must stay together.
const { version } = require('@dhol/widgets/package.json');
for (const old of readdirSync(out).filter((name) => /^dhol-esm-.*\.zip$/.test(name))) rmSync(join(out, old));
writeFileSync(join(out, `dhol-esm-${version}.zip`), zipFolder(join(out, 'esm'), 'esm/'));
const datasets = join(data, 'datasets');
const files = readdirSync(datasets).filter((name) => name.endsWith('.json'));
for (const file of files) copyFileSync(join(datasets, file), join(out, file));
// The demo's manifests (the county page's), beside the datasets they list.
const manifests = join(root, 'manifests');
for (const file of readdirSync(manifests).filter((name) => name.endsWith('.json'))) {
  copyFileSync(join(manifests, file), join(out, file));
}
console.log(
  `demo: copied dhol.js, the esm/ folder (and dhol-esm-${version}.zip), the editor/ folder and ${files.length} datasets into public/dhol/`,
);
