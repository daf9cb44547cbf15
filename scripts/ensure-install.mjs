// Installs the workspace when it has not been installed yet, so `pnpm start` and `pnpm test` work on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.modules.yaml')) {
  console.log('Installing dependencies (pnpm install)…');
  execSync('pnpm install --frozen-lockfile', { stdio: 'inherit' });
}
