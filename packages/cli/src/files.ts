import { resolve } from 'node:path';
import { type Issue, parseJson } from '@dhol/core';
import { CliError } from './args.js';
import type { Io } from './io.js';

/** The file name that stands for standard input, as in most command-line tools. */
export const STDIN = '-';

/** How messages name an input: its file name, or `<stdin>` for standard input. */
export function inputName(file: string): string {
  return file === STDIN ? '<stdin>' : file;
}

/**
 * Reads an input named on the command line: a file, or standard input for `-` (read once, however often it is
 * named). A missing file, a folder or a locked file is a one-line error.
 */
export async function readInput(io: Io, file: string): Promise<string> {
  if (file === STDIN) {
    let text = stdinOf.get(io);
    if (text === undefined) {
      text = io.readStdin();
      stdinOf.set(io, text);
    }
    return text;
  }
  try {
    return await io.readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new CliError(describeReadError(file, error));
  }
}

/** Standard input as read once per run. */
const stdinOf = new WeakMap<Io, Promise<string>>();

function describeReadError(file: string, error: unknown) {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return { sv: `${file}: filen finns inte`, en: `${file}: no such file` };
    case 'EISDIR':
      return { sv: `${file}: är en mapp, inte en fil`, en: `${file}: is a directory, not a file` };
    case 'EACCES':
    case 'EPERM':
      return { sv: `${file}: saknar behörighet att läsa filen`, en: `${file}: permission denied` };
    default:
      return {
        sv: `${file}: kunde inte läsas (${code ?? 'okänt fel'})`,
        en: `${file}: could not be read (${code ?? 'unknown error'})`,
      };
  }
}

/**
 * Writes a command's result to `--out`. Never overwrites one of the command's input files (whatever path leads to
 * it), and overwrites another existing file only with `--force`.
 */
export async function writeOutput(
  io: Io,
  out: string,
  text: string,
  options: { force: boolean; inputs: readonly string[] },
): Promise<void> {
  const target = resolve(io.cwd, out);
  const targetIdentity = await io.fileIdentity(target);
  for (const input of options.inputs) {
    if (input === STDIN) continue;
    const source = resolve(io.cwd, input);
    const isSame =
      source === target ||
      (targetIdentity !== undefined && targetIdentity === (await io.fileIdentity(source)));
    if (isSame) {
      throw new CliError({
        sv: `${out}: är en av indatafilerna och skrivs aldrig över; välj ett annat namn för --out`,
        en: `${out}: is one of the input files and is never overwritten; choose another name for --out`,
      });
    }
  }
  try {
    await io.writeFile(target, text, { overwrite: options.force });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EEXIST') {
      throw new CliError({
        sv: `${out}: filen finns redan; använd --force för att skriva över den`,
        en: `${out}: the file already exists; use --force to overwrite it`,
      });
    }
    if (code === 'ENOENT') {
      throw new CliError({ sv: `${out}: mappen finns inte`, en: `${out}: the directory does not exist` });
    }
    if (code === 'EISDIR') {
      throw new CliError({ sv: `${out}: är en mapp, inte en fil`, en: `${out}: is a directory, not a file` });
    }
    throw new CliError({
      sv: `${out}: kunde inte skrivas (${code ?? 'okänt fel'})`,
      en: `${out}: could not be written (${code ?? 'unknown error'})`,
    });
  }
}

/**
 * Reads and parses a JSON input. A syntax error is one line naming the file, line and column and the usual cause
 * there (`data.json:5:3: ingen giltig JSON: …`), with the exit code the command gives bad content.
 */
export async function readJsonInput(io: Io, file: string, exitCode: 1 | 2): Promise<unknown> {
  const parsed = parseJson(await readInput(io, file));
  if (parsed.ok) return parsed.value;
  throw new CliError(describeJsonError(file, parsed.issues[0]!), exitCode);
}

/** A `json.syntax` issue as one line: `data.json:5:3: ingen giltig JSON: oväntat tecken ']'`. */
export function describeJsonError(file: string, issue: Issue): Record<'sv' | 'en', string> {
  const where = `${inputName(file)}:${issue.line ?? 1}:${issue.column ?? 1}`;
  const params = issue.params ?? {};
  return {
    sv: `${where}: ingen giltig JSON: ${params.detailSv ?? issue.message.sv}`,
    en: `${where}: not valid JSON: ${params.detailEn ?? issue.message.en}`,
  };
}
