import {
  type Dataset,
  formatIssue,
  type Issue,
  locateIssues,
  parseJson,
  validateDataset,
  validationIssueCodes,
} from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { CliError, commonOptions, parseCommandArgs } from '../args.js';
import { type Command, printLine } from '../command.js';
import { describeJsonError, inputName, readInput } from '../files.js';
import { countOf, joinList, type Lang, nouns } from '../i18n.js';
import { issueToJson } from '../report.js';

/** How many of each kind of thing a valid dataset holds. */
export interface DatasetContents {
  frameworks: number;
  organisations: number;
  plans: number;
  activities: number;
  agreements: number;
  indicators: number;
  observations: number;
}

/** The verdict on one file, as `--json` prints it. */
export interface FileReport {
  file: string;
  /** `unreadable`: missing, a folder, or not JSON; `error` then says why. */
  status: 'valid' | 'invalid' | 'unreadable';
  errors: number;
  warnings: number;
  issues: Array<Issue & { location: string }>;
  contents?: DatasetContents;
  error?: { code: string; line?: number; column?: number; message: Record<Lang, string> };
}

/** The whole run, as `--json` prints it. */
export interface ValidateReport {
  ok: boolean;
  summary: {
    files: number;
    valid: number;
    invalid: number;
    unreadable: number;
    errors: number;
    warnings: number;
  };
  files: FileReport[];
}

/** Counts what a dataset holds, for the summary of a valid file. */
export function countContents(dataset: Dataset): DatasetContents {
  const plans = dataset.plans ?? [];
  return {
    frameworks: dataset.frameworks?.length ?? 0,
    organisations: dataset.organisations?.length ?? 0,
    plans: plans.length,
    activities: plans.reduce((sum, plan) => sum + plan.activities.length, 0),
    agreements: dataset.agreements?.length ?? 0,
    indicators: dataset.indicators?.length ?? 0,
    observations: dataset.observations?.length ?? 0,
  };
}

/** How `validate` (and `render`, which checks first) reads a dataset. */
export interface ValidateSettings {
  now: Date;
  /** Whether the policy rules run (`--no-policy` turns them off). */
  policy: boolean;
  /** Warning codes to leave out (`--ignore`). */
  ignore?: readonly string[];
  /** Whether local plans are held to every delmål (`--local-coverage`). */
  localPlanCoverage?: boolean;
}

/** One file checked: the report, and the dataset itself when it is valid. */
export interface CheckedFile {
  report: FileReport;
  dataset?: Dataset;
}

/**
 * Checks one file's text in one pass: JSON syntax first (with the position and the usual cause), then structure,
 * references and policy against the national framework and the known areas. Every issue carries its line and
 * column.
 */
export function validateText(file: string, text: string, settings: ValidateSettings): CheckedFile {
  const json = parseJson(text);
  if (!json.ok) {
    const issue = json.issues[0]!;
    return {
      report: {
        file,
        status: 'unreadable',
        errors: 0,
        warnings: 0,
        issues: [],
        error: {
          code: issue.code,
          ...(issue.line !== undefined ? { line: issue.line, column: issue.column! } : {}),
          message: describeJsonError(file, issue),
        },
      },
    };
  }
  const result = validateDataset(json.value, {
    frameworks: [nationalFramework],
    areas,
    now: settings.now,
    policy: settings.policy,
    ...(settings.ignore ? { ignore: settings.ignore } : {}),
    ...(settings.localPlanCoverage ? { localPlanCoverage: true } : {}),
  });
  const issues = locateIssues(text, result.issues).map(issueToJson);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const report: FileReport = {
    file,
    status: result.ok ? 'valid' : 'invalid',
    errors,
    warnings: issues.length - errors,
    issues,
  };
  if (!result.ok) return { report };
  report.contents = countContents(result.value);
  return { report, dataset: result.value };
}

/** Sums up a run. */
export function summarise(files: FileReport[]): ValidateReport {
  const count = (status: FileReport['status']) => files.filter((file) => file.status === status).length;
  const summary = {
    files: files.length,
    valid: count('valid'),
    invalid: count('invalid'),
    unreadable: count('unreadable'),
    errors: files.reduce((sum, file) => sum + file.errors, 0),
    warnings: files.reduce((sum, file) => sum + file.warnings, 0),
  };
  return { ok: summary.invalid === 0 && summary.unreadable === 0, summary, files };
}

/** What a valid dataset holds, in words: `1 handlingsplan, 45 aktiviteter och 3 indikatorer`. */
export function describeContents(lang: Lang, contents: DatasetContents): string {
  const parts = (
    [
      [contents.plans, nouns.plan],
      [contents.activities, nouns.activity],
      [contents.agreements, nouns.agreement],
      [contents.indicators, nouns.indicator],
      [contents.observations, nouns.observation],
      [contents.organisations, nouns.organisation],
      [contents.frameworks, nouns.framework],
    ] as const
  )
    .filter(([value]) => value > 0)
    .map(([value, noun]) => countOf(lang, value, noun));
  if (parts.length === 0) return lang === 'sv' ? 'tomt dataset' : 'empty dataset';
  return `${lang === 'sv' ? 'innehåller' : 'holds'} ${joinList(lang, parts)}`;
}

/** The summary line: `2 filer: 1 giltig, 1 ogiltig; 3 fel, 5 varningar`. */
export function summaryLine(lang: Lang, summary: ValidateReport['summary']): string {
  const states = [countOf(lang, summary.valid, nouns.valid), countOf(lang, summary.invalid, nouns.invalid)];
  if (summary.unreadable > 0) states.push(countOf(lang, summary.unreadable, nouns.unreadable));
  return `${countOf(lang, summary.files, nouns.file)}: ${states.join(', ')}; ${countOf(lang, summary.errors, nouns.error)}, ${countOf(lang, summary.warnings, nouns.warning)}`;
}

/** The report people read. */
export function formatReport(lang: Lang, report: ValidateReport, quiet: boolean): string {
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.status === 'unreadable') continue; // reported on stderr
    const shown = quiet ? file.issues.filter((issue) => issue.severity === 'error') : file.issues;
    if (quiet && shown.length === 0) continue;
    const verdict =
      file.status === 'valid'
        ? `${lang === 'sv' ? 'giltig' : 'valid'}${file.contents && !quiet ? ` – ${describeContents(lang, file.contents)}` : ''}`
        : lang === 'sv'
          ? 'ogiltig'
          : 'invalid';
    const name = inputName(file.file);
    lines.push(`${name}: ${verdict}`);
    for (const issue of shown) lines.push(formatIssue(issue, { lang, file: name }));
  }
  const wasAnyRead = report.summary.unreadable < report.summary.files;
  if (wasAnyRead && (!quiet || !report.ok)) {
    if (lines.length > 0) lines.push('');
    lines.push(summaryLine(lang, report.summary));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** `--ignore` codes: each a known code, or a family `prefix.*` that covers at least one. */
function checkIgnored(codes: readonly string[]): string[] {
  for (const code of codes) {
    const family = code.endsWith('.*') ? code.slice(0, -1) : undefined;
    const known = family
      ? validationIssueCodes.some((candidate) => candidate.startsWith(family))
      : (validationIssueCodes as readonly string[]).includes(code);
    if (!known) {
      throw new CliError({
        sv: `--ignore tar en varningskod som policy.activity.no-responsible (eller policy.*), inte "${code}"`,
        en: `--ignore takes a warning code such as policy.activity.no-responsible (or policy.*), not "${code}"`,
      });
    }
  }
  return [...codes];
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  throw new CliError({
    sv: `--max-warnings tar ett heltal från 0 och uppåt, inte "${value}"`,
    en: `--max-warnings takes a whole number from 0 up, not "${value}"`,
  });
}

export const validateCommand: Command = {
  name: 'validate',
  summary: {
    sv: 'kontrollera dataset (JSON) mot formatet, strategins mål och riktlinjerna',
    en: 'check datasets (JSON) against the format, the strategy’s goals and the guidelines',
  },
  help: {
    sv: [
      'Användning: dhol validate <filer…> [flaggor]',
      '',
      'Kontrollerar varje fil: att den är JSON, att strukturen följer formatet, att hänvisningar (mål,',
      'organisationer, indikatorer, områdeskoder) finns, och riktlinjerna (till exempel en aktivitet utan',
      'ansvarig eller ett delmål utan aktivitet). Fel gör filen ogiltig; varningar visas men godtas.',
      'Allt som hittas visas på en gång, var och en på en rad med fil, rad och kolumn (plan.json:412:18).',
      'Filen - läser standard in.',
      '',
      'Flaggor:',
      '  --json               skriv resultatet som JSON (alla meddelanden på svenska och engelska)',
      '  -q, --quiet          visa bara fel',
      '  --no-policy          kontrollera bara struktur och hänvisningar, inte riktlinjerna',
      '  --ignore <kod>       visa inte varningar med koden (upprepa flaggan; policy.* tar en hel familj);',
      '                       fel kan inte tystas',
      '  --max-warnings <n>   slutkod 1 om fler än n varningar hittas (för CI)',
      '  --local-coverage     varna också när en kommunal plan lämnar ett delmål utan aktivitet',
      '                       (regionala och nationella planer varnas alltid)',
      '  --lang <sv|en>       språk för rapporten (standard: sv)',
      '',
      'Slutkoder: 0 alla filer giltiga, 1 någon fil ogiltig eller för många varningar,',
      '2 felaktigt anrop, saknad fil eller ingen JSON.',
      '',
    ].join('\n'),
    en: [
      'Usage: dhol validate <files…> [options]',
      '',
      'Checks each file: that it is JSON, that its structure follows the format, that references (goals,',
      'organisations, indicators, area codes) exist, and the guidelines (such as an activity with no',
      'responsible party or a delmål with no activity). Errors make a file invalid; warnings are shown.',
      'Everything found is shown at once, each on a line with the file, line and column (plan.json:412:18).',
      'The file - reads standard input.',
      '',
      'Options:',
      '  --json               print the result as JSON (every message in Swedish and English)',
      '  -q, --quiet          show errors only',
      '  --no-policy          check structure and references only, not the guidelines',
      '  --ignore <code>      leave out warnings with the code (repeat the option; policy.* takes a family);',
      '                       errors cannot be silenced',
      '  --max-warnings <n>   exit with 1 when more than n warnings are found (for CI)',
      '  --local-coverage     also warn when a local plan leaves a delmål without an activity',
      '                       (regional and national plans are always warned)',
      '  --lang <sv|en>       language of the report (default: sv)',
      '',
      'Exit codes: 0 every file valid, 1 a file invalid or too many warnings,',
      '2 wrong usage, a missing file or no JSON.',
      '',
    ].join('\n'),
  },
  async run(argv, { io, lang }) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...commonOptions,
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      'no-policy': { type: 'boolean' },
      ignore: { type: 'string', multiple: true },
      'max-warnings': { type: 'string' },
      'local-coverage': { type: 'boolean' },
    });
    if (values.help) {
      io.stdout(this.help[lang]);
      return 0;
    }
    if (positionals.length === 0) {
      throw new CliError({
        sv: 'ange minst en fil att kontrollera: dhol validate <filer…> (eller - för standard in)',
        en: 'name at least one file to check: dhol validate <files…> (or - for standard input)',
      });
    }
    const settings: ValidateSettings = {
      now: io.now(),
      policy: values['no-policy'] !== true,
      ignore: checkIgnored(values.ignore ?? []),
      localPlanCoverage: values['local-coverage'] === true,
    };
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    const files: FileReport[] = [];
    for (const file of positionals) {
      let text: string;
      try {
        text = await readInput(io, file);
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        files.push({
          file,
          status: 'unreadable',
          errors: 0,
          warnings: 0,
          issues: [],
          error: { code: 'input.unreadable', message: error.text },
        });
        continue;
      }
      files.push(validateText(file, text, settings).report);
    }
    const report = summarise(files);
    for (const file of files) if (file.error) printLine(io.stderr, `dhol: ${file.error.message[lang]}`);
    io.stdout(
      values.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : formatReport(lang, report, values.quiet === true),
    );
    if (report.summary.unreadable > 0) return 2;
    if (report.summary.invalid > 0) return 1;
    if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) {
      printLine(
        io.stderr,
        lang === 'sv'
          ? `dhol: ${countOf(lang, report.summary.warnings, nouns.warning)}, fler än de ${maxWarnings} som --max-warnings tillåter`
          : `dhol: ${countOf(lang, report.summary.warnings, nouns.warning)}, more than the ${maxWarnings} --max-warnings allows`,
      );
      return 1;
    }
    return 0;
  },
};
