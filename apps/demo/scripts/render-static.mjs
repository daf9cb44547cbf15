// Writes the demo's static pages with `dhol render` (Lit SSR, declarative shadow DOM) into `public/statisk/`:
// the Sörmland plan and the Surahammar handslag as whole pages that show their content with JavaScript turned off
// and upgrade to the live elements when `/dhol/dhol.js` loads. Vite copies `public/` into the site as it is.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const cli = dirname(require.resolve('@dhol/cli/package.json'));
const result = spawnSync(
  process.execPath,
  [
    join(cli, 'scripts', 'render-demo-static.mjs'),
    join(root, 'public', 'statisk'),
    '--base',
    '/statisk/',
    '--script',
    '/dhol/dhol.js',
    '--data-base',
    '/dhol/',
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
