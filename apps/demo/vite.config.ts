import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error: a plain ESM module without types, shared with the static server.
import { SECURITY_HEADERS } from './scripts/csp.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The site's pages: path (as served), HTML entry and the label in the navigation. */
export const pages = [
  { path: '/', entry: 'index.html', label: 'Start' },
  { path: '/surahammar/', entry: 'surahammar/index.html', label: 'Exempel: kommun' },
  { path: '/sormland/', entry: 'sormland/index.html', label: 'Exempel: region' },
  { path: '/uppfoljning/', entry: 'uppfoljning/index.html', label: 'Exempel: uppföljning (påhittat)' },
  { path: '/vastmanland/', entry: 'vastmanland/index.html', label: 'Exempel: län' },
  { path: '/riket/', entry: 'riket/index.html', label: 'Exempel: hela landet (testdata)' },
  { path: '/builder/', entry: 'builder/index.html', label: 'Bygg din kodsnutt' },
  { path: '/redigera/', entry: 'redigera/index.html', label: 'Skriv eller redigera' },
  { path: '/utan-javascript/', entry: 'utan-javascript/index.html', label: 'Utan JavaScript' },
  { path: '/webbteam/', entry: 'webbteam/index.html', label: 'För webbteam' },
] as const;

/**
 * The version and size of the dhol.js the site offers for download, and of the folder build's zip file (both put in
 * public/dhol/ by copy-embed), for the pages' `%DHOL_VERSION%`, `%DHOL_SIZE%`, `%DHOL_GZIP%` and
 * `%DHOL_ESM_ZIP_SIZE%`.
 */
function dholScript(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const { version } = require('@dhol/widgets/package.json') as { version: string };
  const file = resolve(root, 'public', 'dhol', 'dhol.js');
  const kilobytes = (bytes: number) =>
    `${new Intl.NumberFormat('sv-SE').format(Math.round(bytes / 1000))}\u00a0kB`;
  const zip = resolve(root, 'public', 'dhol', `dhol-esm-${version}.zip`);
  // The chunk the editor's entry imports at once, for the editor page's modulepreload hint: fetched beside the
  // entry instead of after it.
  const editorEntry = readFileSync(resolve(root, 'public', 'dhol', 'editor', 'dhol-editor.js'), 'utf8');
  const editorChunk = /from\s*["']\.\/(chunks\/[\w-]+\.js)["']/.exec(editorEntry)?.[1];
  if (!editorChunk)
    throw new Error('demo: the editor entry imports no chunk (public/dhol/editor/dhol-editor.js)');
  return {
    '%DHOL_EDITOR_CHUNK%': `/dhol/editor/${editorChunk}`,
    '%DHOL_ESM_ZIP_SIZE%': kilobytes(statSync(zip).size),
    '%DHOL_VERSION%': version,
    '%DHOL_SIZE%': kilobytes(statSync(file).size),
    '%DHOL_GZIP%': kilobytes(gzipSync(readFileSync(file), { level: 9 }).length),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Writes the same header (skip link, site name, navigation with the current page marked) and footer into every
 * page, in place of `<!-- dhol:header -->` and `<!-- dhol:footer -->`. Plain HTML, no script.
 */
function siteShell(): Plugin {
  return {
    name: 'dhol-demo-shell',
    transformIndexHtml(html, ctx) {
      const current = `/${ctx.path.replace(/^\//, '').replace(/index\.html$/, '')}`;
      const links = pages
        .map(
          (page) =>
            `<li><a href="${page.path}"${page.path === current ? ' aria-current="page"' : ''}>${escapeHtml(page.label)}</a></li>`,
        )
        .join('');
      const header = `<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
<header class="site-header">
  <div class="wrap">
    <p class="site-name"><a href="/">dhol <span>demo för webbteam</span></a></p>
    <nav aria-label="Webbplatsen"><ul>${links}</ul></nav>
  </div>
</header>`;
      const footer = `<footer class="site-footer">
  <div class="wrap">
    <p>dhol är öppen källkod (MIT-licens) för att publicera arbetet med <i>Det handlar om livet</i>, den nationella
    strategin inom området psykisk hälsa och suicidprevention 2025–2034.</p>
    <p>Exempeldata: Sörmlands länsgemensamma handlingsplan och handslaget mellan Surahammars kommun och Region
    Västmanland, återgivna som data. Demosidorna är exempel, inte kommunens eller regionens egna webbsidor.</p>
  </div>
</footer>`;
      let out = html.replace('<!-- dhol:header -->', header).replace('<!-- dhol:footer -->', footer);
      for (const [token, value] of Object.entries(dholScript()))
        out = out.replaceAll(token, escapeHtml(value));
      return out;
    },
  };
}

export default defineConfig({
  root,
  appType: 'mpa',
  plugins: [siteShell()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the elements support preloads modules; the polyfill would only add a script to each page.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: Object.fromEntries(
        pages.map((page) => [
          page.entry.replace(/\/?index\.html$/, '') || 'index',
          resolve(root, page.entry),
        ]),
      ),
    },
  },
  preview: { headers: SECURITY_HEADERS },
});
