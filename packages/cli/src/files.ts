import { resolve } from 'node:path';
import { CliError } from './args.js';
import type { Io } from './io.js';
import { describeCharacter, type JsonSyntaxError, parseJson, stripBom } from './json.js';

/** Reads an input file named on the command line; a missing file, a folder or a locked file is a one-line error. */
export async function readInput(io: Io, file: string): Promise<string> {
  try {
    return await io.readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new CliError(describeReadError(file, error));
  }
}

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
 * Reads and parses a JSON input file. A syntax error is one line naming the file, line and column
 * (`data.json:5:3: …`), with the exit code the command gives bad content.
 */
export async function readJsonInput(io: Io, file: string, exitCode: 1 | 2): Promise<unknown> {
  const text = await readInput(io, file);
  const parsed = parseJson(stripBom(text));
  if (parsed.ok) return parsed.value;
  throw new CliError(describeJsonError(file, parsed.error), exitCode);
}

/** `data.json:5:3: ingen giltig JSON: oväntat tecken ']'`. */
export function describeJsonError(file: string, error: JsonSyntaxError): Record<'sv' | 'en', string> {
  const { line, column, found } = error;
  const what =
    found === undefined
      ? { sv: 'filen tar slut för tidigt', en: 'the file ends too early' }
      : {
          sv: `oväntat tecken ${describeCharacter(found)}`,
          en: `unexpected character ${describeCharacter(found)}`,
        };
  return {
    sv: `${file}:${line}:${column}: ingen giltig JSON: ${what.sv}`,
    en: `${file}:${line}:${column}: not valid JSON: ${what.en}`,
  };
}
