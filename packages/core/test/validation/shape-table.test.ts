import { expect, test } from 'vitest';
import { buildShapeTable, compactShapeTable } from '../../src/validation/shape-builder.js';

// Validation reads a table generated from the zod model. After changing the model, write it again with
// `pnpm --filter @dhol/core shapes`; CI never writes it, so a stale table fails here.
test('the shape table equals a fresh generation from the zod schemas', async () => {
  const { nodes, roots } = compactShapeTable(buildShapeTable());
  const source = [
    '// Generated from the zod model by test/validation/shape-table.test.ts (`pnpm --filter @dhol/core shapes`).',
    '// Do not edit: change the model and generate it again. The form is described in shape-table.ts.',
    "import type { CompactShapes } from './shape-table.js';",
    '',
    'export const SHAPES: CompactShapes = {',
    '  nodes: [',
    ...nodes.map((node, index) => `    /* ${index} */ ${JSON.stringify(node)},`),
    '  ],',
    `  roots: ${JSON.stringify(roots)},`,
    '};',
    '',
  ].join('\n');
  await expect(source).toMatchFileSnapshot('../../src/validation/shapes.ts');
});
