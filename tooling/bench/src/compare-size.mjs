// Sizes of two chart libraries a web team might weigh against dhol-indicator, taken from their npm packages (dev
// dependencies of this package, pinned) and bundled with exactly the settings of dhol's script-tag build (esbuild,
// then terser's name mangling):
// Chart.js 4.6.1 with every chart type registered (`chart.js/auto`, what a page without a build step loads), and
// the LineChart web component of @gouvfr/dsfr-chart 2.0.4 (the French state design system's charts, Vue and
// Chart.js inside). Writes bench-results/compare-size.json; `pnpm bench` prints them beside dhol's own sizes.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cdnBuildOptions, mangleNames } from '../../../packages/widgets/scripts/size.mjs';
import { round1, writeResults } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** What is compared: a label, the package version that must be installed, and the module a page would load. */
export const COMPARED = [
  {
    label: 'Chart.js 4.6.1 (chart.js/auto)',
    pkg: 'chart.js',
    version: '4.6.1',
    source: "import 'chart.js/auto';",
  },
  {
    label: '@gouvfr/dsfr-chart 2.0.4 LineChart',
    pkg: '@gouvfr/dsfr-chart',
    version: '2.0.4',
    source: "import '@gouvfr/dsfr-chart/LineChart';",
  },
];

function installedVersion(pkg) {
  // Read the package.json beside the package's entry: some packages do not export their package.json.
  let dir = dirname(require.resolve(pkg === 'chart.js' ? 'chart.js' : `${pkg}/LineChart`));
  for (;;) {
    try {
      const meta = require(join(dir, 'package.json'));
      if (meta.name === pkg) return meta.version;
    } catch {
      // not here: one folder up
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json for ${pkg}`);
    dir = up;
  }
}

export async function measureCompared() {
  const rows = [];
  for (const { label, pkg, version, source } of COMPARED) {
    const found = installedVersion(pkg);
    if (found !== version) throw new Error(`${pkg} ${found} is installed; the comparison is of ${version}`);
    const result = await build({
      ...cdnBuildOptions,
      // Our own tsconfig and template minifier touch only dhol's sources; the rest is the same.
      stdin: { contents: source, resolveDir: here, loader: 'js' },
      write: false,
      outdir: 'out',
    });
    const bytes = await mangleNames(result.outputFiles.find((file) => file.path.endsWith('.js')).contents);
    rows.push({
      group: 'size (for comparison)',
      name: `${label}, minified as dhol.js is, gzip`,
      value: round1(gzipSync(bytes, { level: 9 }).length / 1024),
      unit: 'KB',
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureCompared().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
  for (const row of rows) console.log(`${row.name}  ${row.value} KB`);
  console.log(
    `wrote ${writeResults('compare-size', rows, { method: 'esbuild with cdnBuildOptions, names mangled by terser (mangleNames), gzip -9' })}`,
  );
}
