// Builds the frame the builder writes its static HTML in (public/statisk-export/): `dhol render`'s browser-safe
// code from @dhol/cli/render, bundled with Lit's server build (the `node` export condition), as the command runs it
// in Node. The frame keeps that copy of Lit and of the elements apart from the live ones on the builder's page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** A package's folder, found the way Node finds it from `from`'s folder. */
const folderOf = (name, from) =>
  dirname(createRequire(join(from, 'package.json')).resolve(`${name}/package.json`));
const cli = folderOf('@dhol/cli', root);
// Lit SSR's template digest has a Node build that needs Node's Buffer and a browser build that does the same with
// btoa; the digest only names part markers, which `dhol render` leaves out. The browser build needs no Node.
const ssrClientNode = createRequire(join(folderOf('@lit-labs/ssr', cli), 'package.json')).resolve(
  '@lit-labs/ssr-client',
);
const ssrClient = join(dirname(dirname(ssrClientNode)), 'index.js');
const out = join(root, 'public', 'statisk-export');
mkdirSync(out, { recursive: true });
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  resolve: {
    conditions: ['node', 'module', 'import', 'production', 'default'],
    alias: [{ find: /^@lit-labs\/ssr-client$/, replacement: ssrClient }],
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: out,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    lib: {
      entry: join(root, 'src', 'builder', 'render-frame.ts'),
      formats: ['es'],
      fileName: () => 'render.js',
    },
  },
});
writeFileSync(
  join(out, 'render.html'),
  `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <title>Statisk HTML för kodbyggaren</title>
    <meta name="robots" content="noindex" />
    <script type="module" src="/statisk-export/render.js"></script>
  </head>
  <body></body>
</html>
`,
);
console.log('demo: built the static export frame into public/statisk-export/');
