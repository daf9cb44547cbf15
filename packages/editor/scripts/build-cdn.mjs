// Writes the script-tag build, `dist/cdn/dhol-editor.js` (see bundle.mjs), and prints its size.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CEILING_GZIP, measureEditorBundle, OUTFILE } from './bundle.mjs';

const bundle = await measureEditorBundle();
mkdirSync(dirname(OUTFILE), { recursive: true });
writeFileSync(OUTFILE, bundle.bytes);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dhol-editor.js  ${kb(bundle.raw)} raw  ${kb(bundle.gzip)} gzip (ceiling ${kb(CEILING_GZIP)})`);
