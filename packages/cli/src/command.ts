import type { Lang } from './i18n.js';
import type { Io } from './io.js';

/** What a command runs with: the outside world and the language to speak. */
export interface Context {
  io: Io;
  lang: Lang;
}

/** One subcommand of `dhol`. */
export interface Command {
  name: string;
  /** One line for the overview in `dhol --help`. */
  summary: Record<Lang, string>;
  /** The usage shown by `dhol <command> --help`. */
  help: Record<Lang, string>;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(argv: readonly string[], context: Context): Promise<number>;
}

/** Prints a line (a trailing line break is added). */
export function printLine(write: (text: string) => void, text = ''): void {
  write(`${text}\n`);
}
