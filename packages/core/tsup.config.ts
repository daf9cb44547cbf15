import { defineConfig } from 'tsup';

export default defineConfig({
  // Each source module is compiled to its own output module, not bundled: with `sideEffects: false` a bundler
  // then leaves out every module a page never calls, so a page that only validates carries no zod (the zod
  // schemas live in `model/`, validation reads the generated shape table).
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/test-fixtures.ts', '!src/validation/shape-builder.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  target: 'es2022',
  sourcemap: false,
});
