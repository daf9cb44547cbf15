import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtures } from './run.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** Runs the built `dhol` binary as a separate process, the way a shell does. */
function spawnDhol(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: fixtures,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built dhol binary', () => {
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error('Build the CLI first: pnpm --filter @dhol/cli... build');
  });

  test('starts with a node shebang so it runs as a command', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  test('prints its version and exits with 0', () => {
    const run = spawnDhol(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test('exits with 2 and one line, no stack trace, for an unknown command', () => {
    const run = spawnDhol(['publish']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dhol: okänt kommando "publish"; se dhol --help\n');
  });
});
