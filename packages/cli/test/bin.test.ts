import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtures } from './run.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** Runs the built `dhol` binary as a separate process, the way a shell does. */
function spawnDhol(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: fixtures,
    encoding: 'utf8',
    timeout: 20_000,
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built dhol binary', () => {
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error('Build the CLI first: pnpm --filter @dhol/cli... build');
  });

  test('starts with a node shebang so it runs as a command', async () => {
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

  test('exits with 0 for a valid dataset', () => {
    const run = spawnDhol(['validate', 'valid-small.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 fil: 1 giltig, 0 ogiltiga; 0 fel, 1 varning');
  });

  test('exits with 1 for a dataset with a broken reference', () => {
    const run = spawnDhol(['validate', 'broken-reference.json', '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 file: 0 valid, 1 invalid; 1 error, 2 warnings');
  });

  test('exits with 2 and one line naming the file for a missing file', () => {
    const run = spawnDhol(['validate', 'nope.json']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dhol: nope.json: filen finns inte\n' });
  });

  test('exits with 2 and one line with line and column for a file that is not JSON', () => {
    const run = spawnDhol(['validate', 'not-json.txt']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'dhol: not-json.txt:4:18: ingen giltig JSON: ett kommatecken före ]; ta bort det sista kommatecknet\n',
    });
  });

  test('reads a dataset from standard input when the file is -', () => {
    const text = readFileSync(join(fixtures, 'broken-reference.json'), 'utf8');
    const run = spawnDhol(['validate', '-', '--lang', 'en'], text);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<stdin>:86:23: error: plans[0].activities[0].goals[0].goal: ');
  });

  test('prints a whole imported dataset through a pipe', () => {
    const run = spawnDhol(['import', 'kolada', 'kolada-page.json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).observations).toHaveLength(6);
  });

  test('never prints a stack trace, whatever the arguments', () => {
    for (const args of [
      ['validate', '--json', '--no-such-flag'],
      ['import', 'csv'],
      ['export', 'csv', '/'],
    ]) {
      const run = spawnDhol(args);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });
});
