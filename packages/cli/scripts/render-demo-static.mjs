#!/usr/bin/env node
/**
 * Writes the static pages for the demo's "works without JavaScript" page with `dhol render`: the Sörmland plan
 * and the Surahammar handslag, each as a whole page and as a fragment to paste into a page of the site.
 *
 *   node packages/cli/scripts/render-demo-static.mjs <folder> --base <url> [--script <url>] [--data-base <url>]
 *        [--lang sv|en]
 *
 *   <folder>            where to write (created if missing; files there with the same names are replaced)
 *   --base <url>        the address the folder is served from, e.g. /statisk/: the shadow roots link their
 *                       stylesheet from there, so a fragment pasted into any page still finds it
 *   --script <url>      also load the elements' script, so the pages upgrade to the live elements
 *   --data-base <url>   the folder URL the datasets are served from, e.g. /dhol/; the live elements read the
 *                       same dataset from there (without it they keep the static content)
 *
 * Writes sormland-plan.html, sormland-plan.fragment.html, sormland-plan.css and the same three for
 * surahammar-agreement. The shadow roots link their styles from the .css file by its address under --base, so
 * the pages need neither inline scripts nor inline styles. Needs the built CLI: pnpm --filter @dhol/cli build.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);

const PAGES = [
  { name: 'sormland-plan', element: 'plan', dataset: 'sormland-handlingsplan-2026.json' },
  { name: 'surahammar-agreement', element: 'agreement', dataset: 'surahammar-handslag.json' },
];

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      script: { type: 'string' },
      'data-base': { type: 'string' },
      lang: { type: 'string' },
    },
  });
} catch (error) {
  process.stderr.write(`render-demo-static: ${error.message}\n`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (positionals.length !== 1 || values.base === undefined) {
  process.stderr.write(
    'Användning / usage: node render-demo-static.mjs <mapp|folder> --base <url> [--script <url>] [--data-base <url>] [--lang sv|en]\n',
  );
  process.exit(2);
}
let cli;
try {
  cli = await import('../dist/index.js');
} catch {
  process.stderr.write(
    'render-demo-static: bygg CLI:t först (build the CLI first): pnpm --filter @dhol/cli build\n',
  );
  process.exit(2);
}

const folder = resolve(positionals[0]);
mkdirSync(folder, { recursive: true });
const io = cli.createNodeIo({ cwd: folder });

let code = 0;
for (const page of PAGES) {
  const dataset = require.resolve(`@dhol/data/datasets/${page.dataset}`);
  const common = ['render', page.element, dataset, '--force', '--lang', values.lang ?? 'sv'];
  if (values.script !== undefined) common.push('--script', values.script);
  if (values['data-base'] !== undefined) {
    const base = values['data-base'].endsWith('/') ? values['data-base'] : `${values['data-base']}/`;
    common.push('--src', `${base}${page.dataset}`);
  }
  // The styles go to a file beside the pages, linked from the shadow root by its address from the root: the demo's
  // CSP has style-src 'self', and a fragment is read from whatever page it is pasted into.
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
  common.push('--css', `${page.name}.css`, '--css-href', `${base}${page.name}.css`);
  for (const [file, extra] of [
    [`${page.name}.html`, []],
    [`${page.name}.fragment.html`, ['--fragment']],
  ]) {
    const result = await cli.main([...common, ...extra, '--out', file], io);
    if (result !== 0) code = result;
    else process.stdout.write(`${resolve(folder, file)}\n`);
  }
}
process.exit(code);
