import { defineConfig } from 'tsup';

// The npm build: one ES module per source file (unbundled), with declarations. Lit and the @dhol packages stay
// imports, so an app bundles one copy of each. The script-tag build is scripts/build-cdn.mjs.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.fixtures.ts'],
  format: ['esm'],
  bundle: false,
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: false,
  external: ['lit', /^lit\//, '@dhol/core', '@dhol/data', '@dhol/widgets', /^@dhol\/widgets\//],
});
