import {
  activitiesToCsv,
  type CsvWriteOptions,
  type Dataset,
  figuresToCsv,
  validateDataset,
} from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { CliError, commonOptions, oneOf, parseCommandArgs } from '../args.js';
import { type Command, printLine } from '../command.js';
import { readJsonInput, writeOutput } from '../files.js';
import { countOf, nouns } from '../i18n.js';
import { formatInputIssue } from '../report.js';
import { parseSeparator } from './import.js';

const KINDS = ['observations', 'activities'] as const;

/** The plan whose activities to export: the one named, or the only one. */
function choosePlan(dataset: Dataset, file: string, planId: string | undefined) {
  const plans = dataset.plans ?? [];
  const ids = plans.map((plan) => plan.id).join(', ');
  if (planId !== undefined) {
    const plan = plans.find((candidate) => candidate.id === planId);
    if (plan) return plan;
    throw new CliError({
      sv: `${file}: har ingen plan med id "${planId}"${ids ? ` (planer: ${ids})` : ''}`,
      en: `${file}: has no plan with id "${planId}"${ids ? ` (plans: ${ids})` : ''}`,
    });
  }
  if (plans.length === 1) return plans[0]!;
  if (plans.length === 0) {
    throw new CliError({ sv: `${file}: innehåller ingen plan`, en: `${file}: holds no plan` }, 1);
  }
  throw new CliError({
    sv: `${file}: innehåller flera planer; välj en med --plan <id> (${ids})`,
    en: `${file}: holds several plans; choose one with --plan <id> (${ids})`,
  });
}

export const exportCommand: Command = {
  name: 'export',
  summary: {
    sv: 'skriv ut ett datasets observationer eller en plans aktiviteter som CSV',
    en: 'print a dataset’s observations or a plan’s activities as CSV',
  },
  help: {
    sv: [
      'Användning: dhol export csv <dataset> [--kind observations|activities] [--plan <id>]',
      '',
      'Skriver CSV för kalkylprogram: semikolon och decimalkomma (svensk Excel), UTF-8 med BOM.',
      'Samma kolumner som dhol import csv läser, så filen kan redigeras och läsas in igen: värdena en rad var,',
      'och varje indikator beskriven en gång i kolumnen indicator_meta. dhol import csv --dataset lägger tillbaka',
      'de redigerade värdena i datasetet.',
      '',
      'Flaggor:',
      '  --kind <observations|activities>   vad som skrivs (standard: observations)',
      '  --plan <id>        planen vars aktiviteter skrivs (behövs när datasetet har flera planer)',
      '  --separator <;|,|tab>  fältavgränsare (standard: ;); med , skrivs decimalpunkt',
      '  --no-bom           utelämna BOM i början av filen',
      '  --out <fil>        skriv till en fil; datasetet skrivs aldrig över',
      '  --force            skriv över --out om den redan finns',
      '  --lang <sv|en>     språk för meddelanden (standard: sv)',
      '',
      'Slutkoder: 0 klart, 1 datasetet är ogiltigt eller har inget att skriva, 2 felaktigt anrop eller fil som inte',
      'kan läsas.',
      '',
    ].join('\n'),
    en: [
      'Usage: dhol export csv <dataset> [--kind observations|activities] [--plan <id>]',
      '',
      'Prints CSV for spreadsheets: semicolons and decimal commas (Swedish Excel), UTF-8 with a BOM.',
      'The columns are those dhol import csv reads, so the file can be edited and imported again: one row per figure,',
      'and each indicator described once in the column indicator_meta. dhol import csv --dataset puts the edited',
      'figures back into the dataset.',
      '',
      'Options:',
      '  --kind <observations|activities>   what to print (default: observations)',
      '  --plan <id>        the plan whose activities to print (needed when the dataset has several plans)',
      '  --separator <;|,|tab>  field separator (default: ;); with , decimals use a point',
      '  --no-bom           leave out the BOM at the start of the file',
      '  --out <file>       write to a file; the dataset is never overwritten',
      '  --force            overwrite --out if it exists',
      '  --lang <sv|en>     language of messages (default: sv)',
      '',
      'Exit codes: 0 done, 1 the dataset is invalid or has nothing to export, 2 wrong usage or a file that cannot be',
      'read.',
      '',
    ].join('\n'),
  },
  async run(argv, { io, lang }) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...commonOptions,
      kind: { type: 'string' },
      plan: { type: 'string' },
      separator: { type: 'string' },
      'no-bom': { type: 'boolean' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    });
    if (values.help) {
      io.stdout(this.help[lang]);
      return 0;
    }
    const [format, file, ...extra] = positionals;
    if (format !== 'csv' || file === undefined || extra.length > 0) {
      throw new CliError({
        sv: 'ange format och ett dataset: dhol export csv <dataset>',
        en: 'name the format and one dataset: dhol export csv <dataset>',
      });
    }
    const kind = oneOf('kind', values.kind, KINDS) ?? 'observations';
    if (kind === 'observations' && values.plan !== undefined) {
      throw new CliError({
        sv: '--plan gäller bara --kind activities',
        en: '--plan applies to --kind activities only',
      });
    }
    const separator = parseSeparator(values.separator);
    const input = await readJsonInput(io, file, 2);
    const result = validateDataset(input, {
      frameworks: [nationalFramework],
      areas,
      policy: false,
      now: io.now(),
    });
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    if (!result.ok) {
      for (const issue of errors)
        printLine(io.stderr, formatInputIssue(lang, file, issue, { showPath: true }));
      printLine(
        io.stderr,
        lang === 'sv'
          ? `dhol: ${file}: datasetet är ogiltigt (${countOf(lang, errors.length, nouns.error)}); kontrollera det med dhol validate`
          : `dhol: ${file}: the dataset is invalid (${countOf(lang, errors.length, nouns.error)}); check it with dhol validate`,
      );
      return 1;
    }
    const options: CsvWriteOptions = {};
    if (separator) options.separator = separator;
    if (values['no-bom']) options.bom = false;
    const { indicators = [], observations = [] } = result.value;
    if (kind === 'observations' && indicators.length === 0 && observations.length === 0) {
      throw new CliError(
        {
          sv: `${file}: har inga indikatorer eller värden att skriva; aktiviteter skrivs med --kind activities`,
          en: `${file}: has no indicators or figures to export; activities are exported with --kind activities`,
        },
        1,
      );
    }
    const csv =
      kind === 'observations'
        ? figuresToCsv(result.value, options)
        : activitiesToCsv(choosePlan(result.value, file, values.plan), options);
    if (values.out === undefined) io.stdout(csv);
    else await writeOutput(io, values.out, csv, { force: values.force === true, inputs: [file] });
    return 0;
  },
};
