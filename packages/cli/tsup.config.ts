import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts', render: 'src/render/browser.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', render: 'src/render/browser.ts' } },
  clean: true,
  target: 'node22',
  platform: 'node',
  banner: { js: '' },
});
