// Writes schema/dataset.schema.json and schema/manifest.schema.json from the built library, so the published JSON
// Schemas always match the zod model. Run by `pnpm build` after tsup; tests check the committed files equal a fresh
// generation.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema, manifestJsonSchema } from '../dist/index.js';

for (const [name, schema] of [
  ['dataset', datasetJsonSchema()],
  ['manifest', manifestJsonSchema()],
]) {
  writeFileSync(
    new URL(`../schema/${name}.schema.json`, import.meta.url),
    `${JSON.stringify(schema, null, 2)}\n`,
  );
  console.log(`wrote schema/${name}.schema.json`);
}
