import { CliError, findLang } from './args.js';
import { type Command, printLine } from './command.js';
import { coverageCommand } from './commands/coverage.js';
import { diffCommand } from './commands/diff.js';
import { exportCommand } from './commands/export.js';
import { fetchCommand } from './commands/fetch.js';
import { generalHelp } from './commands/help.js';
import { importCommand } from './commands/import.js';
import { renderCommand } from './commands/render.js';
import { rollupCommand } from './commands/rollup.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import type { Lang } from './i18n.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';

export { VERSION };

/** Exit codes: done; the content is invalid; wrong usage or an unreadable file; a bug in dhol itself. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/**
 * The subcommands, in the order `dhol --help` lists them.
 */
export const commands: readonly Command[] = [
  validateCommand,
  coverageCommand,
  schemaCommand,
  importCommand,
  exportCommand,
  renderCommand,
  diffCommand,
  rollupCommand,
  fetchCommand,
];

/**
 * Runs `dhol` with the arguments after the program name and resolves to the exit code. Never throws: every failure
 * becomes a one-line message on `io.stderr` in the chosen language.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const found = findLang(argv);
  if (typeof found === 'object') {
    printLine(
      io.stderr,
      `dhol: --lang tar värdet sv eller en, inte "${found.invalid}" (--lang takes sv or en)`,
    );
    return EXIT.usage;
  }
  const lang: Lang = found;
  try {
    return await dispatch(argv, io, lang);
  } catch (error) {
    if (error instanceof CliError) {
      printLine(io.stderr, `dhol: ${error.text[lang]}`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    printLine(
      io.stderr,
      lang === 'sv'
        ? `dhol: internt fel (${detail}); rapportera gärna det till projektet`
        : `dhol: internal error (${detail}); please report it to the project`,
    );
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  let commandIndex = -1;
  let wantsHelp = false;
  let wantsVersion = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--lang') {
      index++;
      continue;
    }
    if (arg.startsWith('--lang=')) continue;
    if (arg === '--help' || arg === '-h') wantsHelp = true;
    else if (arg === '--version' || arg === '-v' || arg === '-V') wantsVersion = true;
    else if (!arg.startsWith('-')) {
      commandIndex = index;
      break;
    } else {
      throw new CliError({
        sv: `okänd flagga: ${arg}; se dhol --help`,
        en: `unknown option: ${arg}; see dhol --help`,
      });
    }
  }

  if (commandIndex === -1) {
    if (wantsVersion) {
      printLine(io.stdout, VERSION);
      return EXIT.ok;
    }
    if (wantsHelp) {
      io.stdout(generalHelp(lang, commands));
      return EXIT.ok;
    }
    io.stderr(generalHelp(lang, commands));
    return EXIT.usage;
  }

  const name = argv[commandIndex]!;
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    throw new CliError({
      sv: `okänt kommando "${name}"; se dhol --help`,
      en: `unknown command "${name}"; see dhol --help`,
    });
  }
  const rest = [...argv.slice(0, commandIndex), ...argv.slice(commandIndex + 1)];
  return command.run(rest, { io, lang });
}
