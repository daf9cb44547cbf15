import { execFile } from 'node:child_process';
import { mkdtemp, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throwaway project outside the workspace that installed the packed tarballs as a user would. */
export interface ScratchProject {
  /** Absolute, symlink-free folder of the project. */
  dir: string;
  /** How the install went: `offline` (pnpm's store only) or `prefer-offline` (the registry for what was missing). */
  install: 'offline' | 'prefer-offline';
}

/**
 * Creates a project in a new temporary folder whose dependencies are the given tarballs (`file:` specs) and
 * installs it with pnpm. The tarballs' own dependencies on each other (`@dhol/core: 0.1.0`) are pointed at the
 * same tarballs with `overrides`, so nothing from the workspace or a registry stands in for them. Third-party
 * dependencies come from pnpm's store; only when the store lacks one does pnpm ask the registry.
 */
export async function createScratchProject(tarballs: Record<string, string>): Promise<ScratchProject> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'dhol-consumer-')));
  const specs = Object.fromEntries(Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`]));
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'dhol-consumer', private: true, type: 'module', dependencies: specs }, null, 2)}\n`,
  );
  const overrides = Object.entries(specs)
    .map(([name, spec]) => `  '${name}': '${spec}'\n`)
    .join('');
  await writeFile(join(dir, 'pnpm-workspace.yaml'), `overrides:\n${overrides}`);

  const base = ['install', '--no-frozen-lockfile'];
  try {
    await run('pnpm', [...base, '--offline'], { cwd: dir, env: installEnv() });
    return { dir, install: 'offline' };
  } catch {
    await run('pnpm', [...base, '--prefer-offline'], { cwd: dir, env: installEnv() });
    return { dir, install: 'prefer-offline' };
  }
}

/** The environment without the settings a parent `pnpm run` passes down, which would tie the install to the workspace. */
function installEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      /^(npm_(config_(dir|prefix|global|workspace.*|filter|recursive)|package_.*|lifecycle_.*)|PNPM_SCRIPT_SRC_DIR|INIT_CWD)$/i.test(
        key,
      )
    ) {
      continue;
    }
    env[key] = value;
  }
  return env;
}
