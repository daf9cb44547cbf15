import {
  type Dataset,
  type FetchLike,
  fetchKolada,
  fetchPxWeb,
  KOLADA_API_BASE,
  type RequestPolicy,
  type Result,
} from '@dhol/core';
import { areas } from '@dhol/data';
import { CliError, commonOptions, parseCommandArgs } from '../args.js';
import { type Command, type Context, printLine } from '../command.js';
import { readJsonInput } from '../files.js';
import { countOf, nouns } from '../i18n.js';
import {
  datasetFlags,
  figuresHelp,
  indicatorFlags,
  indicatorMeta,
  reportIssues,
  writeFigures,
} from './figures.js';
import { jsonStatFlags, jsonStatOptions } from './import.js';

const SOURCES = ['kolada', 'pxweb'] as const;

const options = {
  ...commonOptions,
  ...jsonStatFlags,
  ...datasetFlags,
  out: { type: 'string' },
  force: { type: 'boolean' },
  api: { type: 'string' },
  areas: { type: 'string' },
  years: { type: 'string' },
  'keep-count': { type: 'boolean' },
  query: { type: 'string' },
  retries: { type: 'string' },
  timeout: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof options>>['values'];

/** Flags of one source only. */
const ONLY: Record<(typeof SOURCES)[number], readonly (keyof Values)[]> = {
  kolada: ['areas', 'years', 'keep-count'],
  // The JSON-stat mapping is PxWeb's; the indicator flags apply to both.
  pxweb: [
    'query',
    ...(Object.keys(jsonStatFlags) as (keyof typeof jsonStatFlags)[]).filter(
      (flag) => !(flag in indicatorFlags),
    ),
  ],
};

/** `1907,19,00` (commas or spaces) as a list of codes. */
function parseAreas(value: string | undefined): string[] {
  const codes = (value ?? '').split(/[,\s]+/).filter(Boolean);
  if (codes.length === 0) {
    throw new CliError({
      sv: 'dhol fetch kolada behöver --areas <koder>, till exempel --areas 1907,19,00',
      en: 'dhol fetch kolada needs --areas <codes>, for example --areas 1907,19,00',
    });
  }
  return codes;
}

/** `2019-2024`, `2023` or `2019,2021` as a list of years; none asks for every year. */
export function parseYears(value: string | undefined): number[] {
  if (value === undefined) return [];
  const years: number[] = [];
  for (const part of value.split(/[,\s]+/).filter(Boolean)) {
    const span = /^(\d{4})(?:[-–](\d{4}))?$/.exec(part);
    const from = span ? Number(span[1]) : Number.NaN;
    const to = span?.[2] ? Number(span[2]) : from;
    if (!span || to < from || to - from > 200) {
      throw new CliError({
        sv: `--years tar ett år (2023), ett intervall (2019-2024) eller en lista (2019,2021), inte "${value}"`,
        en: `--years takes a year (2023), a span (2019-2024) or a list (2019,2021), not "${value}"`,
      });
    }
    for (let year = from; year <= to; year++) if (!years.includes(year)) years.push(year);
  }
  return years;
}

/** A whole number flag, within bounds. */
function count(
  flag: string,
  value: string | undefined,
  bounds: { fallback: number; min: number; max: number },
): number {
  if (value === undefined) return bounds.fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < bounds.min || number > bounds.max) {
    throw new CliError({
      sv: `--${flag} tar ett heltal från ${bounds.min} till ${bounds.max}, inte "${value}"`,
      en: `--${flag} takes a whole number from ${bounds.min} to ${bounds.max}, not "${value}"`,
    });
  }
  return number;
}

/** The global `fetch` with a time limit on each request, so a server that never answers cannot hold the job. */
function fetchWithTimeout(timeout: number): FetchLike {
  return (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(timeout) });
}

/** Where the figures come from, as the report names them. */
function sourceName(source: (typeof SOURCES)[number], values: Values, target: string | undefined): string {
  return source === 'kolada' ? `Kolada ${values.api ?? KOLADA_API_BASE}` : (target ?? '');
}

export const fetchCommand: Command = {
  name: 'fetch',
  summary: {
    sv: 'hämta aktuella värden från Kolada eller en PxWeb-tjänst och skriv dem som ett dataset',
    en: 'fetch current figures from Kolada or a PxWeb service and write them as a dataset',
  },
  help: {
    sv: [
      'Användning: dhol fetch kolada <nyckeltal …> --areas <koder> [--years <från-till>] [flaggor]',
      '            dhol fetch pxweb <tabellens adress> --query <fil> [flaggor]',
      '',
      'Hämtar värden över nätet och skriver ett dataset (JSON) som dhol import gör: till standard ut, till --out,',
      'eller in i ett befintligt dataset med --dataset. Varje fråga görs om efter svar som kan gå bättre nästa gång',
      '(ingen anslutning, 429, 5xx, ett svar som bröts av), efter den väntetid tjänsten begär (Retry-After) eller',
      'en växande. Områdeskoder som inte är ett känt län, en kommun eller riket läses inte in (en varning var).',
      '',
      'kolada     Koladas API v3; följer länkarna till nästa sida och skickar högst 25 områden och år per fråga',
      '  --areas <koder>        områden som i dhol: 1907,19,00 (kommun, län, riket); skickas som Koladas id',
      '  --years <år>           2019-2024, 2023 eller 2019,2021 (standard: alla år Kolada har)',
      '  --keep-count           behåll Koladas antal bakom varje värde',
      '  Indikatorns titel och enhet hämtas från Koladas beskrivning av nyckeltalet.',
      'pxweb      en PxWeb-tabell (v1 eller v2), hämtad som JSON-stat 2.0; håller tjänstens publicerade gräns för',
      '           antal frågor (standard 30 på 10 sekunder)',
      '  --query <fil>          frågan som JSON: v1 { "query": [ … ] } som PxWeb:s "spara fråga" ger, eller',
      '                         v2 { "selection": [ … ] }; krävs för v1',
      '  och dhol import jsonstat:s flaggor: --area-dim, --area, --period-dim, --sex-dim, --measure-dim,',
      '  --indicator, --indicator-dim, --select',
      '',
      'Flaggor för båda:',
      ...figuresHelp.sv,
      '  --api <adress>         en annan server med samma sökvägar (en spegel eller en testserver)',
      '  --retries <antal>      nya försök efter svar som kan gå bättre (standard: 3)',
      '  --timeout <ms>         längsta väntan på ett svar (standard: 30000)',
      '  --out <fil>            skriv till en fil; en indatafil (också --dataset) skrivs aldrig över',
      '  --force                skriv över --out om den redan finns',
      '  --lang <sv|en>         språk för meddelanden (standard: sv)',
      '',
      'Slutkoder: 0 klart, 1 värdena kunde inte hämtas eller ger inget giltigt dataset (inget skrivs),',
      '2 felaktigt anrop eller fil som inte kan läsas.',
      '',
    ].join('\n'),
    en: [
      'Usage: dhol fetch kolada <KPI …> --areas <codes> [--years <from-to>] [options]',
      '       dhol fetch pxweb <table address> --query <file> [options]',
      '',
      'Fetches figures over the network and writes a dataset (JSON) as dhol import does: to standard output, to',
      '--out, or into an existing dataset with --dataset. A request is asked again after answers that may pass (no',
      'connection, 429, 5xx, an answer cut off), after the wait the service asks for (Retry-After) or a growing one.',
      'Area codes that are no known county, municipality or the whole country are not imported (one warning each).',
      '',
      'kolada     Kolada’s API v3; follows the next-page links and sends at most 25 areas and years per request',
      '  --areas <codes>        areas as everywhere in dhol: 1907,19,00 (municipality, county, country)',
      '  --years <years>        2019-2024, 2023 or 2019,2021 (default: every year Kolada has)',
      '  --keep-count           keep Kolada’s count behind each value',
      '  The indicator’s title and unit come from Kolada’s description of the KPI.',
      'pxweb      a PxWeb table (v1 or v2), fetched as JSON-stat 2.0 within the service’s published limit on',
      '           requests (default 30 in 10 seconds)',
      '  --query <file>         the query as JSON: v1 { "query": [ … ] } as PxWeb’s "save query" gives it, or',
      '                         v2 { "selection": [ … ] }; required for v1',
      '  and the flags of dhol import jsonstat: --area-dim, --area, --period-dim, --sex-dim, --measure-dim,',
      '  --indicator, --indicator-dim, --select',
      '',
      'Options of both:',
      ...figuresHelp.en,
      '  --api <address>        another server with the same paths (a mirror or a test server)',
      '  --retries <count>      tries again after answers that may pass (default: 3)',
      '  --timeout <ms>         the longest wait for an answer (default: 30000)',
      '  --out <file>           write to a file; an input file (--dataset too) is never overwritten',
      '  --force                overwrite --out if it exists',
      '  --lang <sv|en>         language of messages (default: sv)',
      '',
      'Exit codes: 0 done, 1 the figures could not be fetched or do not make a valid dataset (nothing is written),',
      '2 wrong usage or a file that cannot be read.',
      '',
    ].join('\n'),
  },
  async run(argv, context: Context) {
    const { io, lang } = context;
    const { values, positionals } = parseCommandArgs(argv, options);
    if (values.help) {
      io.stdout(this.help[lang]);
      return 0;
    }
    const [sourceArg, ...targets] = positionals;
    const source = SOURCES.find((candidate) => candidate === sourceArg);
    if (source === undefined) {
      throw new CliError({
        sv: 'ange källa: dhol fetch kolada <nyckeltal …> eller dhol fetch pxweb <tabellens adress>',
        en: 'name a source: dhol fetch kolada <KPI …> or dhol fetch pxweb <table address>',
      });
    }
    for (const flag of ONLY[source === 'kolada' ? 'pxweb' : 'kolada']) {
      if (values[flag] !== undefined) {
        throw new CliError({
          sv: `--${flag} gäller inte dhol fetch ${source}`,
          en: `--${flag} does not apply to dhol fetch ${source}`,
        });
      }
    }
    if (values.replace && values.dataset === undefined) {
      throw new CliError({
        sv: '--replace gäller bara med --dataset',
        en: '--replace applies with --dataset only',
      });
    }
    const policy: Omit<RequestPolicy, 'fetch'> & { fetch: FetchLike } = {
      fetch: fetchWithTimeout(count('timeout', values.timeout, { fallback: 30_000, min: 1, max: 600_000 })),
      retries: count('retries', values.retries, { fallback: 3, min: 0, max: 10 }),
      sleep: (ms) => io.sleep(ms),
      now: () => io.now().getTime(),
    };
    let result: Result<Dataset>;
    if (source === 'kolada') {
      if (targets.length === 0) {
        throw new CliError({
          sv: 'ange nyckeltalen: dhol fetch kolada N00000 … --areas <koder>',
          en: 'name the KPIs: dhol fetch kolada N00000 … --areas <codes>',
        });
      }
      const indicator = indicatorMeta(values);
      result = await fetchKolada({
        ...policy,
        kpi: targets,
        areas: parseAreas(values.areas),
        years: parseYears(values.years),
        knownAreas: areas,
        fetchMeta: true,
        ...(values.api !== undefined ? { baseUrl: values.api } : {}),
        ...(values['keep-count'] ? { keepCount: true } : {}),
        ...(indicator ? { indicator } : {}),
      });
    } else {
      if (targets.length !== 1) {
        throw new CliError({
          sv: 'ange en tabell: dhol fetch pxweb <tabellens adress> --query <fil>',
          en: 'name one table: dhol fetch pxweb <table address> --query <file>',
        });
      }
      const query = values.query === undefined ? undefined : await readJsonInput(io, values.query, 2);
      result = await fetchPxWeb({
        ...jsonStatOptions(values),
        ...policy,
        table: targets[0] as string,
        ...(query !== undefined ? { query } : {}),
        ...(values.api !== undefined ? { api: values.api } : {}),
      });
    }
    const name = sourceName(source, values, targets[0]);
    reportIssues(context, name, result.issues, { showPath: false });
    if (!result.ok) {
      const errors = result.issues.filter((issue) => issue.severity === 'error').length;
      printLine(
        io.stderr,
        lang === 'sv'
          ? `dhol: ${name}: värdena kunde inte hämtas (${countOf(lang, errors, nouns.error)}); inget skrevs`
          : `dhol: ${name}: the figures could not be fetched (${countOf(lang, errors, nouns.error)}); nothing was written`,
      );
      return 1;
    }
    const inputs = values.query === undefined ? [] : [values.query];
    return writeFigures(context, name, result.value, values, inputs);
  },
};
