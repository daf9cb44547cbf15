import {
  type Activity,
  type CsvSeparator,
  type Dataset,
  FORMAT_VERSION,
  type JsonStatMapping,
  type JsonStatOptions,
  type KoladaOptions,
  type Plan,
  parseActivitiesCsv,
  parseFiguresCsv,
  parseJsonStat,
  parseKolada,
  type Result,
} from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { CliError, commonOptions, oneOf, parseCommandArgs } from '../args.js';
import { type Command, type Context, printLine } from '../command.js';
import { readInput, readJsonInput, writeOutput } from '../files.js';
import { countOf, nouns } from '../i18n.js';
import {
  datasetFlags,
  figuresHelp,
  indicatorFlags,
  indicatorMeta,
  reportIssues,
  writeFigures,
} from './figures.js';

const SOURCES = ['jsonstat', 'kolada', 'csv'] as const;
type Source = (typeof SOURCES)[number];

const KINDS = ['observations', 'activities'] as const;

/** `;`, `,` or a tab, written as `;`, `,`, `tab` or `\t` on the command line. */
export function parseSeparator(value: string | undefined): CsvSeparator | undefined {
  if (value === undefined) return undefined;
  if (value === ';' || value === ',') return value;
  if (value === 'tab' || value === '\t' || value === '\\t') return '\t';
  throw new CliError({
    sv: `--separator tar ; , eller tab, inte "${value}"`,
    en: `--separator takes ; , or tab, not "${value}"`,
  });
}

/** The flags that say how a JSON-stat table maps onto dhol's figures (`dhol import jsonstat`, `dhol fetch pxweb`). */
export const jsonStatFlags = {
  'area-dim': { type: 'string' },
  'period-dim': { type: 'string' },
  'sex-dim': { type: 'string' },
  'measure-dim': { type: 'string' },
  area: { type: 'string' },
  indicator: { type: 'string' },
  'indicator-dim': { type: 'string' },
  select: { type: 'string', multiple: true },
  ...indicatorFlags,
} as const;

/** The values of {@link jsonStatFlags} as `parseArgs` gives them. */
type JsonStatValues = {
  [K in keyof typeof jsonStatFlags]?: K extends 'select' ? string[] : string | undefined;
};

const options = {
  ...commonOptions,
  out: { type: 'string' },
  force: { type: 'boolean' },
  ...jsonStatFlags,
  ...datasetFlags,
  'kpi-meta': { type: 'string' },
  'keep-count': { type: 'boolean' },
  kind: { type: 'string' },
  plan: { type: 'string' },
  title: { type: 'string' },
  scope: { type: 'string' },
  framework: { type: 'string' },
  separator: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof options>>['values'];

/** Flags that only some sources read; naming one for another source is a mistake worth reporting. */
const FLAGS_OF: Record<Source, readonly (keyof Values)[]> = {
  jsonstat: Object.keys(jsonStatFlags) as (keyof typeof jsonStatFlags)[],
  kolada: ['kpi-meta', 'keep-count', 'indicator-title', 'unit', 'polarity'],
  csv: ['kind', 'plan', 'title', 'scope', 'framework', 'separator'],
};

function refuseForeignFlags(source: Source, values: Values): void {
  const own = new Set<keyof Values>(FLAGS_OF[source]);
  for (const [other, flags] of Object.entries(FLAGS_OF)) {
    if (other === source) continue;
    for (const flag of flags) {
      if (values[flag] !== undefined && !own.has(flag)) {
        throw new CliError({
          sv: `--${flag} gäller inte dhol import ${source}`,
          en: `--${flag} does not apply to dhol import ${source}`,
        });
      }
    }
  }
}

/** `--select Ålder=16-84` (repeatable) as JSON-stat's `select`. */
function parseSelect(pairs: readonly string[] | undefined): Record<string, string> | undefined {
  if (!pairs || pairs.length === 0) return undefined;
  const select: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) {
      throw new CliError({
        sv: `--select tar formen dimension=kategori, till exempel Ålder=16-84, inte "${pair}"`,
        en: `--select takes the form dimension=category, for example Ålder=16-84, not "${pair}"`,
      });
    }
    select[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return select;
}

/** JSON-stat import options from the flags, with dhol's known areas. */
export function jsonStatOptions(values: JsonStatValues): JsonStatOptions {
  if (values.indicator !== undefined && values['indicator-dim'] !== undefined) {
    throw new CliError({
      sv: 'ange antingen --indicator (ett fast id) eller --indicator-dim (en dimension), inte båda',
      en: 'give either --indicator (one fixed id) or --indicator-dim (a dimension), not both',
    });
  }
  const mapping: JsonStatMapping = {};
  if (values['area-dim'] !== undefined) mapping.area = values['area-dim'];
  if (values['period-dim'] !== undefined) mapping.period = values['period-dim'];
  if (values['sex-dim'] !== undefined) mapping.sex = values['sex-dim'];
  if (values['measure-dim'] !== undefined) mapping.measure = values['measure-dim'];
  if (values.indicator !== undefined) mapping.indicator = { id: values.indicator };
  if (values['indicator-dim'] !== undefined) mapping.indicator = values['indicator-dim'];
  const select = parseSelect(values.select);
  const indicator = indicatorMeta(values);
  return {
    mapping,
    knownAreas: areas,
    ...(select ? { select } : {}),
    ...(values.area !== undefined ? { fixed: { area: values.area } } : {}),
    ...(indicator ? { indicator } : {}),
  };
}

/** Builds the plan that imported activities go into, from `--dataset` or from `--title` and `--scope`. */
async function planDataset(context: Context, values: Values, activities: Activity[]): Promise<Dataset> {
  const planId = values.plan;
  if (planId === undefined) {
    throw new CliError({
      sv: 'dhol import csv --kind activities behöver --plan <id>: planen som aktiviteterna hör till',
      en: 'dhol import csv --kind activities needs --plan <id>: the plan the activities belong to',
    });
  }
  if (values.dataset !== undefined) {
    const dataset = (await readJsonInput(context.io, values.dataset, 1)) as Dataset;
    const plans = Array.isArray(dataset?.plans) ? dataset.plans : [];
    const index = plans.findIndex((plan) => plan?.id === planId);
    if (index === -1) {
      throw new CliError(
        {
          sv: `${values.dataset}: har ingen plan med id "${planId}"${plans.length ? ` (planer: ${plans.map((plan) => plan.id).join(', ')})` : ''}`,
          en: `${values.dataset}: has no plan with id "${planId}"${plans.length ? ` (plans: ${plans.map((plan) => plan.id).join(', ')})` : ''}`,
        },
        1,
      );
    }
    const updated = plans.map((plan, k) => (k === index ? { ...plan, activities } : plan));
    return { ...dataset, plans: updated };
  }
  if (values.title === undefined || values.scope === undefined) {
    throw new CliError({
      sv: `ange --dataset <fil> med planen "${planId}", eller --title och --scope för en ny plan`,
      en: `give --dataset <file> holding the plan "${planId}", or --title and --scope for a new plan`,
    });
  }
  const scope = values.scope.split(/[,\s]+/).filter((code) => code !== '');
  const kind: Plan['kind'] = scope.every((code) => code === '00')
    ? 'national'
    : scope.every((code) => code.length === 2)
      ? 'regional'
      : 'local';
  const plan: Plan = {
    id: planId,
    kind,
    title: { sv: values.title },
    scope,
    framework: values.framework ?? nationalFramework.id,
    activities,
  };
  return { formatVersion: FORMAT_VERSION, plans: [plan] };
}

/** What a file gives: figures (indicators and observations, as a dataset) or a dataset with a plan's activities. */
type Imported = { figures: Result<Dataset> } | { activities: Result<Dataset> };

async function importFrom(source: Source, file: string, context: Context, values: Values): Promise<Imported> {
  const { io } = context;
  if (source === 'jsonstat') {
    return { figures: parseJsonStat(await readJsonInput(io, file, 1), jsonStatOptions(values)) };
  }
  if (source === 'kolada') {
    const koladaOptions: KoladaOptions = { knownAreas: areas };
    if (values['kpi-meta'] !== undefined)
      koladaOptions.kpiMeta = await readJsonInput(io, values['kpi-meta'], 1);
    if (values['keep-count']) koladaOptions.keepCount = true;
    const indicator = indicatorMeta(values);
    if (indicator) koladaOptions.indicator = indicator;
    return { figures: parseKolada(await readJsonInput(io, file, 1), koladaOptions) };
  }
  const kind = oneOf('kind', values.kind, KINDS) ?? 'observations';
  const separator = parseSeparator(values.separator);
  const text = await readInput(io, file);
  if (kind === 'observations') {
    if (values.plan !== undefined) {
      throw new CliError({
        sv: '--plan gäller bara --kind activities',
        en: '--plan applies to --kind activities only',
      });
    }
    const result = parseFiguresCsv(text, separator ? { separator } : {});
    if (!result.ok) return { figures: result };
    const { indicators, observations } = result.value;
    const dataset: Dataset = {
      formatVersion: FORMAT_VERSION,
      ...(indicators.length > 0 ? { indicators } : {}),
      ...(observations.length > 0 ? { observations } : {}),
    };
    return { figures: { ok: true, value: dataset, issues: result.issues } };
  }
  if (values.replace) {
    throw new CliError({
      sv: '--replace gäller värden, inte --kind activities',
      en: '--replace applies to figures, not --kind activities',
    });
  }
  const result: Result<Activity[]> = parseActivitiesCsv(text, separator ? { separator } : {});
  if (!result.ok) return { activities: result };
  return {
    activities: { ok: true, value: await planDataset(context, values, result.value), issues: result.issues },
  };
}

export const importCommand: Command = {
  name: 'import',
  summary: {
    sv: 'gör ett dataset av statistik (JSON-stat, Kolada, CSV) eller en aktivitetslista (CSV)',
    en: 'make a dataset from statistics (JSON-stat, Kolada, CSV) or a list of activities (CSV)',
  },
  help: {
    sv: [
      'Användning: dhol import <jsonstat|kolada|csv> <fil> [flaggor]',
      '',
      'Läser en fil och skriver ett dataset (JSON) till standard ut. Fel och varningar skrivs till standard fel.',
      'Områdeskoder som inte är ett känt län, en kommun eller riket (00), till exempel en kommungrupp eller en ny',
      'kod, läses inte in: varje sådan kod nämns en gång med sin plats och hur många värden den hade, och resten',
      'av filen läses in.',
      '',
      'jsonstat   JSON-stat 2.0, till exempel ett svar från PxWeb eller Folkhälsomyndighetens statistikdatabas',
      '  --area-dim <namn>      dimensionen med områden (standard: rollen geo, eller Region, Område …)',
      '  --area <kod>           området när tabellen saknar en dimension för område (utan den: hela riket, 00)',
      '  --period-dim <namn>    dimensionen med perioder (standard: rollen time, eller Tid, År …)',
      '  --sex-dim <namn>       dimensionen med kön (standard: Kön, Sex …; utan den gäller värdena T)',
      '  --measure-dim <namn>   dimensionen med värde, konfidensintervall och antal',
      '  --indicator <id>       ett fast indikator-id för alla värden (standard: kort, ur tabellens titel)',
      '  --indicator-dim <namn> dimensionen vars kategorier är indikatorer (standard: ContentsCode)',
      '  --select <dim=kod>     behåll en kategori av en annan dimension, t.ex. Ålder=16-84 (kan upprepas)',
      'kolada     sidor från Koladas API (en sida, en lista av sidor eller en lista av rader)',
      '  --kpi-meta <fil>       Koladas beskrivning av nyckeltalen, för indikatorernas titel och enhet',
      '  --keep-count           behåll Koladas antal bakom varje värde',
      'jsonstat och kolada:',
      ...figuresHelp.sv.slice(0, 3),
      'csv        semikolonseparerad (svensk Excel) eller kommaseparerad text, som dhol export csv skriver den',
      '  --kind <observations|activities>   vad filen innehåller (standard: observations)',
      '  --separator <;|,|tab>  fältavgränsare (standard: avläses från rubrikraden)',
      '  --plan <id>            planen som aktiviteterna hör till (krävs för activities)',
      '  --dataset <fil>        med activities: ett dataset med planen; aktiviteterna ersätter planens',
      '  --title <text>, --scope <koder>   en ny plans titel och områden, när --dataset inte anges',
      '  --framework <id>       den nya planens ramverk (standard: den nationella strategin)',
      'värden (jsonstat, kolada, csv observations):',
      ...figuresHelp.sv.slice(3),
      '',
      'Gemensamma flaggor:',
      '  --out <fil>      skriv till en fil; en indatafil (också --dataset) skrivs aldrig över',
      '  --force          skriv över --out om den redan finns',
      '  --lang <sv|en>   språk för meddelanden (standard: sv)',
      '',
      'Slutkoder: 0 klart, 1 filen kunde inte läsas in eller ger inget giltigt dataset (inget skrivs),',
      '2 felaktigt anrop eller saknad fil.',
      '',
    ].join('\n'),
    en: [
      'Usage: dhol import <jsonstat|kolada|csv> <file> [options]',
      '',
      'Reads a file and prints a dataset (JSON) to standard output. Errors and warnings go to standard error.',
      'Area codes that are not a known county, municipality or the whole country (00), such as a group of',
      'municipalities or a new code, are not imported: each is named once with its position and how many values',
      'it held, and the rest of the file is imported.',
      '',
      'jsonstat   JSON-stat 2.0, such as an answer from PxWeb or the Public Health Agency’s statistics database',
      '  --area-dim <name>      the dimension of areas (default: role geo, or Region, Område …)',
      '  --area <code>          the area when the table has no area dimension (without it: the whole country, 00)',
      '  --period-dim <name>    the dimension of periods (default: role time, or Tid, År …)',
      '  --sex-dim <name>       the dimension of sex (default: Kön, Sex …; without one, values are T)',
      '  --measure-dim <name>   the dimension holding value, confidence interval and count',
      '  --indicator <id>       one fixed indicator id for every value (default: short, from the table’s title)',
      '  --indicator-dim <name> the dimension whose categories are indicators (default: ContentsCode)',
      '  --select <dim=code>    keep one category of another dimension, e.g. Ålder=16-84 (repeatable)',
      'kolada     pages from the Kolada API (one page, a list of pages or a list of rows)',
      '  --kpi-meta <file>      Kolada’s description of the KPIs, for the indicators’ title and unit',
      '  --keep-count           keep Kolada’s count behind each value',
      'jsonstat and kolada:',
      ...figuresHelp.en.slice(0, 3),
      'csv        semicolon-separated (Swedish Excel) or comma-separated text, as dhol export csv writes it',
      '  --kind <observations|activities>   what the file holds (default: observations)',
      '  --separator <;|,|tab>  field separator (default: read from the header row)',
      '  --plan <id>            the plan the activities belong to (required for activities)',
      '  --dataset <file>       with activities: a dataset holding the plan; the activities replace the plan’s',
      '  --title <text>, --scope <codes>   a new plan’s title and areas, when --dataset is not given',
      '  --framework <id>       the new plan’s framework (default: the national strategy)',
      'figures (jsonstat, kolada, csv observations):',
      ...figuresHelp.en.slice(3),
      '',
      'Common options:',
      '  --out <file>     write to a file; an input file (--dataset too) is never overwritten',
      '  --force          overwrite --out if it exists',
      '  --lang <sv|en>   language of messages (default: sv)',
      '',
      'Exit codes: 0 done, 1 the file could not be imported or does not make a valid dataset (nothing is written),',
      '2 wrong usage or a missing file.',
      '',
    ].join('\n'),
  },
  async run(argv, context) {
    const { io, lang } = context;
    const { values, positionals } = parseCommandArgs(argv, options);
    if (values.help) {
      io.stdout(this.help[lang]);
      return 0;
    }
    const [sourceArg, file, ...extra] = positionals;
    if (sourceArg === undefined || file === undefined) {
      throw new CliError({
        sv: 'ange format och fil: dhol import <jsonstat|kolada|csv> <fil>',
        en: 'name a format and a file: dhol import <jsonstat|kolada|csv> <file>',
      });
    }
    const source = SOURCES.find((candidate) => candidate === sourceArg);
    if (source === undefined) {
      throw new CliError({
        sv: `okänt format "${sourceArg}"; välj jsonstat, kolada eller csv`,
        en: `unknown format "${sourceArg}"; choose jsonstat, kolada or csv`,
      });
    }
    if (extra.length > 0) {
      throw new CliError({
        sv: `dhol import läser en fil i taget (fick också "${extra[0]}")`,
        en: `dhol import reads one file at a time (also got "${extra[0]}")`,
      });
    }
    refuseForeignFlags(source, values);
    if (values.replace && values.dataset === undefined) {
      throw new CliError({
        sv: '--replace gäller bara med --dataset',
        en: '--replace applies with --dataset only',
      });
    }
    const imported = await importFrom(source, file, context, values);
    const result = 'figures' in imported ? imported.figures : imported.activities;
    reportIssues(context, file, result.issues, { showPath: source !== 'csv' });
    if (!result.ok) {
      const errors = result.issues.filter((issue) => issue.severity === 'error').length;
      printLine(
        io.stderr,
        lang === 'sv'
          ? `dhol: ${file}: kunde inte läsas in (${countOf(lang, errors, nouns.error)})`
          : `dhol: ${file}: could not be imported (${countOf(lang, errors, nouns.error)})`,
      );
      return 1;
    }
    const inputs = [file, values['kpi-meta']].filter((input) => input !== undefined);
    if ('figures' in imported) return writeFigures(context, file, result.value, values, inputs);
    const json = `${JSON.stringify(result.value, null, 2)}\n`;
    if (values.out === undefined) {
      io.stdout(json);
      return 0;
    }
    await writeOutput(io, values.out, json, {
      force: values.force === true,
      inputs: [...inputs, values.dataset].filter((input) => input !== undefined),
    });
    return 0;
  },
};
