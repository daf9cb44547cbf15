// Writes the script-tag builds (see bundle.mjs) and prints their sizes: `dist/cdn/dhol-editor.js`, one file with
// everything, and `dist/cdn/editor/`, the same split so that the widgets are read only when a preview shows.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildEditorFolder, CEILING_GZIP, measureEditorBundle, OUTDIR_FOLDER, OUTFILE } from './bundle.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const bundle = await measureEditorBundle();
mkdirSync(dirname(OUTFILE), { recursive: true });
writeFileSync(OUTFILE, bundle.bytes);
console.log(`dhol-editor.js  ${kb(bundle.raw)} raw  ${kb(bundle.gzip)} gzip (ceiling ${kb(CEILING_GZIP)})`);

rmSync(OUTDIR_FOLDER, { recursive: true, force: true });
for (const file of await buildEditorFolder()) {
  const out = join(OUTDIR_FOLDER, file.path);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, file.bytes);
  console.log(`editor/${file.path}  ${kb(file.bytes.length)} raw  ${kb(file.gzip)} gzip`);
}
