import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isLang, type Lang } from './i18n.js';

/**
 * A failure the user can act on, reported in one line in their language: a usage or read error (exit code 2) or a
 * file whose content cannot be used (exit code 1).
 */
export class CliError extends Error {
  constructor(
    readonly text: Record<Lang, string>,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(text.en);
    this.name = 'CliError';
  }
}

/** The language asked for anywhere on the command line, so even a usage error speaks it; Swedish by default. */
export function findLang(argv: readonly string[]): Lang | { invalid: string } {
  let lang: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    if (arg === '--lang') lang = argv[index + 1] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  }
  if (lang === undefined) return 'sv';
  return isLang(lang) ? lang : { invalid: lang };
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const commonOptions = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/**
 * `parseArgs` with strict checking, whose errors become a {@link CliError} (exit code 2) in both languages instead of Node's
 * English-only exception.
 */
export function parseCommandArgs<const O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw toCliError(error);
  }
}

function toCliError(error: unknown): CliError {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node names an option as `'-q, --quiet'` or `'--select <value>'`: the long name is what people type.
  const named = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option =
    named.split(/[\s,]+/).find((part) => part.startsWith('--')) ?? named.split(/[\s,]+/)[0] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new CliError({ sv: `okänd flagga: ${option}`, en: `unknown option: ${option}` });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing|ambiguous/.test(message)
        ? new CliError({ sv: `flaggan ${option} behöver ett värde`, en: `option ${option} needs a value` })
        : new CliError({ sv: `flaggan ${option} tar inget värde`, en: `option ${option} takes no value` });
    default:
      return new CliError({ sv: `felaktiga argument: ${message}`, en: `invalid arguments: ${message}` });
  }
}

/** Checks a flag's value against a list, with a message naming the choices. */
export function oneOf<const T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  const list = choices.join(', ');
  throw new CliError({
    sv: `--${flag} tar ett av värdena ${list}, inte "${value}"`,
    en: `--${flag} takes one of ${list}, not "${value}"`,
  });
}
