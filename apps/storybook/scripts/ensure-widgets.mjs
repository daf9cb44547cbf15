// Stories import the built widgets and their custom-elements.json. Turbo builds them first (`^build`); when this
// app's scripts run on their own in a fresh checkout, build @dhol/widgets (and what it needs) once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const widgets = fileURLToPath(new URL('../../../packages/widgets/', import.meta.url));
const needed = [
  'custom-elements.json',
  ...['plan', 'framework', 'agreement', 'coverage', 'indicator'].map(
    (name) => `dist/components/${name}/dhol-${name}.js`,
  ),
];
const missing = needed.filter((file) => !existsSync(widgets + file));
if (missing.length > 0) {
  console.log(`@dhol/widgets is not built (${missing.join(', ')} missing); building it first.`);
  const run = spawnSync(
    'pnpm',
    ['exec', 'turbo', 'run', 'build', '--filter=@dhol/widgets', '--output-logs=errors-only'],
    {
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
