// Writes schema/dataset.schema.json from the built library, so the published JSON Schema always matches the
// zod model. Run by `pnpm build` after tsup; a test checks the committed file equals a fresh generation.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../dist/index.js';

const target = new URL('../schema/dataset.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log('wrote schema/dataset.schema.json');
