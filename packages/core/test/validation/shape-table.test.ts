import { expect, test } from 'vitest';
import { buildShapeTable } from '../../src/validation/shape-builder.js';

// Validation reads a table generated from the zod model. After changing the model, write it again with
// `pnpm --filter @dhol/core shapes`; CI never writes it, so a stale table fails here.
test('the shape table equals a fresh generation from the zod schemas', async () => {
  const source = [
    '// Generated from the zod model by test/validation/shape-table.test.ts (`pnpm --filter @dhol/core shapes`).',
    '// Do not edit: change the model and generate it again.',
    "import type { ShapeTable } from './shape-table.js';",
    '',
    `export const SHAPES: ShapeTable = ${JSON.stringify(buildShapeTable(), null, 2)};`,
    '',
  ].join('\n');
  await expect(source).toMatchFileSnapshot('../../src/validation/shapes.ts');
});
