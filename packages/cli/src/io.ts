import { constants } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';

/**
 * Everything the CLI touches outside itself. `main` takes one, so tests call it directly with captured output
 * and a chosen working directory and clock, and the real binary passes {@link createNodeIo}.
 */
export interface Io {
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** Writes text to standard output as is (callers add line breaks). */
  stdout(text: string): void;
  /** Writes text to standard error as is. */
  stderr(text: string): void;
  /** Reads a UTF-8 file at an absolute path; rejects with a Node error (`code` ENOENT, EISDIR, EACCES …). */
  readFile(path: string): Promise<string>;
  /** Reads all of standard input as UTF-8 text (for the file name `-`). */
  readStdin(): Promise<string>;
  /**
   * Writes a UTF-8 file at an absolute path. Without `overwrite` it fails with `code` EEXIST when the file exists;
   * the check and the creation are one step, so a file cannot slip in between.
   */
  writeFile(path: string, text: string, options: { overwrite: boolean }): Promise<void>;
  /** An identity of an existing file (device and inode), so two paths to one file are recognised; else undefined. */
  fileIdentity(path: string): Promise<string | undefined>;
  /** The clock, for rules such as an overdue revision. */
  now(): Date;
  /** Waits the given milliseconds (`dhol fetch` between tries); tests record the wait instead. */
  sleep(ms: number): Promise<void>;
}

/** The real thing: process streams, the file system and the system clock. */
export function createNodeIo(overrides: Partial<Io> = {}): Io {
  return {
    cwd: process.cwd(),
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks).toString('utf8');
    },
    writeFile: async (path, text, { overwrite }) => {
      const handle = await open(
        path,
        overwrite ? 'w' : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
        0o644,
      );
      try {
        await handle.writeFile(text, 'utf8');
      } finally {
        await handle.close();
      }
    },
    fileIdentity: async (path) => {
      try {
        const info = await stat(path);
        return `${info.dev}:${info.ino}`;
      } catch {
        return undefined;
      }
    },
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    ...overrides,
  };
}
