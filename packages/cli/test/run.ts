import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeIo } from '../src/io.js';
import { main } from '../src/main.js';

/** The folder of the small files written for these tests. */
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dhol` in-process, as a user would type it, in a working directory (the fixtures by default). */
export async function dhol(
  argv: string[],
  options: { cwd?: string; now?: Date; stdin?: string; sleeps?: number[] } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  /** The time that recorded waits have let pass. */
  let waited = 0;
  const io = createNodeIo({
    cwd: options.cwd ?? fixtures,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => new Date((options.now ?? new Date('2026-06-01T12:00:00Z')).getTime() + waited),
    readStdin: async () => options.stdin ?? '',
    // Waits are recorded and move the clock, never waited: no test depends on time.
    sleep: async (ms) => {
      options.sleeps?.push(ms);
      waited += ms;
    },
  });
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed by the returned function. */
export function temporaryFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'dhol-cli-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
