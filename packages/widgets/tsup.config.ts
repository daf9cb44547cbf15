import { defineConfig } from 'tsup';

// The npm build: one ES module per source file (unbundled), with declarations. Lit, @dhol/core and @dhol/data
// stay imports, so an app bundles one copy of each. The script-tag builds (`src/cdn/` is theirs) are
// scripts/build-cdn.mjs.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.stories.ts', '!src/**/*.fixtures.ts', '!src/cdn/**'],
  format: ['esm'],
  bundle: false,
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: false,
  external: ['lit', /^lit\//, '@dhol/core', '@dhol/data'],
});
