import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  classifyUrl,
  type Dataset,
  formatIssue,
  type Issue,
  type LocalizedText,
  type ManifestSource,
  parseJson,
  type ResolvedSource,
  readManifest,
  rollUp,
  validateDataset,
} from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS, loadJson } from '@dhol/widgets/load.js';
import { CliError, commonOptions, parseCommandArgs } from '../args.js';
import { type Command, printLine } from '../command.js';
import { describeJsonError, readInput, readJsonInput, writeOutput } from '../files.js';
import { countOf, type Lang, type Noun, nouns } from '../i18n.js';
import type { Io } from '../io.js';

/** How many sources are read at the same time, as `dhol-overview` reads them. */
const CONCURRENT = 6;

const SOURCE: Noun = { sv: ['källa', 'källor'], en: ['source', 'sources'] };
const READ: Noun = { sv: ['läst', 'lästa'], en: ['read', 'read'] };
const FAILED: Noun = {
  sv: ['kunde inte läsas', 'kunde inte läsas'],
  en: ['could not be read', 'could not be read'],
};

/** What became of one source. */
interface SourceReport {
  index: number;
  /** The source's key in the merged dataset, for the sources that could be read. */
  key?: string;
  source?: ManifestSource;
  href?: string;
  dataset?: Dataset;
  /** Why it could not be read, or its warnings. */
  issues: Issue[];
}

/** Reads one source: a file on disk for a `file:` address, else over the network with the elements' rules. */
async function readSource(
  href: string,
  io: Io,
  options: { timeout: number; retries: number },
): Promise<{ json: unknown } | { issues: Issue[] }> {
  if (href.startsWith('file:')) {
    const path = fileURLToPath(href);
    let text: string;
    try {
      text = await readInput(io, path);
    } catch (error) {
      const message = error instanceof CliError ? error.text : { sv: String(error), en: String(error) };
      return { issues: [{ severity: 'error', code: 'load.file', path: [], message }] };
    }
    const parsed = parseJson(text);
    if (parsed.ok) return { json: parsed.value };
    const message = describeJsonError(path, parsed.issues[0]!);
    return { issues: [{ severity: 'error', code: 'load.json', path: [], message }] };
  }
  const outcome = await loadJson(
    href,
    { fetcher: undefined, timeout: options.timeout, retries: options.retries },
    new AbortController().signal,
  );
  return 'issue' in outcome ? { issues: [outcome.issue] } : { json: outcome.json };
}

/** Reads every usable source, `CONCURRENT` at a time, and validates it as the elements do. */
async function readSources(
  sources: readonly ResolvedSource[],
  io: Io,
  options: { timeout: number; retries: number },
): Promise<SourceReport[]> {
  const reports: SourceReport[] = sources.map((resolved) => ({
    index: resolved.index,
    ...(resolved.source ? { source: resolved.source } : {}),
    ...(resolved.href !== undefined ? { href: resolved.href } : {}),
    issues: resolved.issues,
  }));
  const pending = reports.filter((report) => report.href !== undefined);
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const report = pending[next++] as SourceReport;
      const read = await readSource(report.href as string, io, options);
      if ('issues' in read) {
        report.issues = [...report.issues, ...read.issues];
        continue;
      }
      const result = validateDataset(read.json, { frameworks: [nationalFramework], areas, now: io.now() });
      report.issues = [...report.issues, ...result.issues];
      if (result.ok) report.dataset = result.value;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT, pending.length) }, worker));
  return reports;
}

/** A source as its report line names it: its area and its address as written in the manifest. */
function sourceName(report: SourceReport): string {
  const where = report.source?.url ?? `sources[${report.index}]`;
  return report.source?.area ? `${report.source.area}  ${where}` : where;
}

/** The report on stderr: one line per source, the issues of those that failed, and a summary. */
function formatReport(lang: Lang, reports: readonly SourceReport[], written: string): string {
  const lines: string[] = [];
  const label = lang === 'sv' ? { ok: 'läst', failed: 'fel' } : { ok: 'read', failed: 'failed' };
  const width = Math.max(label.ok.length, label.failed.length);
  for (const report of reports) {
    if (report.dataset) {
      const warnings = report.issues.filter((issue) => issue.severity === 'warning').length;
      const note = warnings > 0 ? ` (${countOf(lang, warnings, nouns.warning)})` : '';
      lines.push(`  ${label.ok.padEnd(width)}  ${sourceName(report)}${note}`);
      continue;
    }
    lines.push(`  ${label.failed.padEnd(width)}  ${sourceName(report)}`);
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    for (const issue of errors.slice(0, 3)) lines.push(`    ${formatIssue(issue, lang)}`);
    if (errors.length > 3) {
      lines.push(
        lang === 'sv' ? `      … och ${errors.length - 3} fel till` : `      … and ${errors.length - 3} more`,
      );
    }
  }
  const read = reports.filter((report) => report.dataset).length;
  const failed = reports.length - read;
  lines.push(
    '',
    `${countOf(lang, reports.length, SOURCE)}: ${countOf(lang, read, READ)}, ${countOf(lang, failed, FAILED)}; ${written}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The sources that could be read, rolled up, with where each came from kept in the file itself. */
function merge(reports: readonly SourceReport[], title: LocalizedText): Dataset {
  const read = reports.filter((report) => report.dataset);
  const { dataset, keys, origins } = rollUp(
    read.map((report) => ({
      dataset: report.dataset as Dataset,
      ...(report.source?.id ? { key: report.source.id } : {}),
      ...(report.source?.area ? { area: report.source.area } : {}),
    })),
    { title },
  );
  // Where the sources are: `related` for readers of the format (web addresses only), and the whole account in
  // `extensions.rollup`: each source's key, address and what it said about itself, and each item's source.
  dataset.related = read.map((report, i) => ({
    id: keys[i] as string,
    ...(report.href && classifyUrl(report.href) === 'https' ? { url: report.href } : {}),
  }));
  dataset.extensions = {
    rollup: {
      sources: read.map((report, i) => {
        const own = report.dataset as Dataset;
        return {
          key: keys[i],
          url: report.href,
          ...(report.source?.area ? { area: report.source.area } : {}),
          ...(report.source?.organisation ? { organisation: report.source.organisation } : {}),
          ...(own.id ? { id: own.id } : {}),
          ...(own.title ? { title: own.title } : {}),
          ...(own.source ? { source: own.source } : {}),
          ...(own.updated ? { updated: own.updated } : {}),
        };
      }),
      origins: Object.fromEntries(
        Object.entries(origins).map(([collection, list]) => [
          collection,
          (list as (string | { source: string })[]).map((origin) =>
            typeof origin === 'string' ? origin : origin.source,
          ),
        ]),
      ),
    },
  };
  return dataset;
}

/** A whole number of milliseconds or tries from a flag. */
function count(flag: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min) return n;
  throw new CliError({
    sv: `--${flag} tar ett heltal från ${min}, inte "${value}"`,
    en: `--${flag} takes a whole number from ${min}, not "${value}"`,
  });
}

export const rollupCommand: Command = {
  name: 'rollup',
  summary: {
    sv: 'läs ett manifests alla källor och skriv dem som ett enda dataset',
    en: 'read every source of a manifest and write them as one dataset',
  },
  help: {
    sv: [
      'Användning: dhol rollup <manifest> [--out <fil>] [--force] [--timeout <ms>] [--retries <n>]',
      '',
      'Läser manifestet (en fil eller en https-adress) och varje källa det listar, sex i taget: adresser',
      'hämtas med samma tidsgräns och nya försök som elementen, relativa sökvägar läses från disken bredvid',
      'manifestet. Varje källa kontrolleras som med dhol validate. De som kan läsas slås ihop till ett dataset,',
      'där id som krockar mellan filer får källans nyckel först ("1907.handlingsplan"). En rapport om varje',
      'källa skrivs till stderr.',
      '',
      'Flaggor:',
      '  --out <fil>        skriv datasetet till en fil (annars till stdout); manifestet skrivs aldrig över',
      '  --force            skriv över --out om den redan finns',
      `  --timeout <ms>     längsta väntan per försök (standard: ${DEFAULT_TIMEOUT_MS})`,
      `  --retries <n>      nya försök efter tidsgräns, nätverksfel eller serverfel (standard: ${DEFAULT_RETRIES})`,
      '  --lang <sv|en>     språk för rapporten (standard: sv)',
      '',
      'Slutkoder: 0 alla källor lästa, 1 någon källa kunde inte läsas eller manifestet är ogiltigt (det som',
      'kunde läsas skrivs ändå), 2 felaktigt anrop eller ett manifest som inte kan läsas.',
      '',
    ].join('\n'),
    en: [
      'Usage: dhol rollup <manifest> [--out <file>] [--force] [--timeout <ms>] [--retries <n>]',
      '',
      'Reads the manifest (a file or an https address) and every source it lists, six at a time: addresses are',
      'fetched with the same timeout and retries as the elements, relative paths are read from disk beside the',
      'manifest. Each source is checked as dhol validate checks it. The readable ones are merged into one dataset,',
      'in which ids that collide between files get the source key in front ("1907.handlingsplan"). A report on',
      'every source goes to stderr.',
      '',
      'Options:',
      '  --out <file>       write the dataset to a file (else to stdout); the manifest is never overwritten',
      '  --force            overwrite --out if it exists',
      `  --timeout <ms>     longest wait per try (default: ${DEFAULT_TIMEOUT_MS})`,
      `  --retries <n>      more tries after a timeout, a network error or a server error (default: ${DEFAULT_RETRIES})`,
      '  --lang <sv|en>     language of the report (default: sv)',
      '',
      'Exit codes: 0 every source read, 1 a source could not be read or the manifest is invalid (what could be',
      'read is written all the same), 2 wrong usage or a manifest that cannot be read.',
      '',
    ].join('\n'),
  },
  async run(argv, { io, lang }) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...commonOptions,
      out: { type: 'string' },
      force: { type: 'boolean' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
    });
    if (values.help) {
      io.stdout(this.help[lang]);
      return 0;
    }
    if (positionals.length !== 1) {
      throw new CliError({
        sv: 'ange ett manifest: dhol rollup <manifest> [--out <fil>]',
        en: 'name one manifest: dhol rollup <manifest> [--out <file>]',
      });
    }
    const manifestArg = positionals[0] as string;
    const options = {
      timeout: count('timeout', values.timeout, DEFAULT_TIMEOUT_MS, 1),
      retries: count('retries', values.retries, DEFAULT_RETRIES, 0),
    };
    let json: unknown;
    let url: string;
    if (/^https?:\/\//i.test(manifestArg)) {
      const outcome = await loadJson(
        manifestArg,
        { fetcher: undefined, ...options },
        new AbortController().signal,
      );
      if ('issue' in outcome)
        throw new CliError({
          sv: `${manifestArg}: ${outcome.issue.message.sv}`,
          en: `${manifestArg}: ${outcome.issue.message.en}`,
        });
      json = outcome.json;
      url = manifestArg;
    } else {
      json = await readJsonInput(io, manifestArg, 2);
      url = pathToFileURL(resolve(io.cwd, manifestArg)).href;
    }
    const reading = readManifest(json, { url, areas });
    if (!reading.header) {
      for (const issue of reading.issues)
        printLine(io.stderr, formatIssue(issue, { lang, file: manifestArg }));
      throw new CliError(
        { sv: `${manifestArg}: manifestet är ogiltigt`, en: `${manifestArg}: the manifest is invalid` },
        1,
      );
    }
    for (const issue of reading.issues.filter((issue) => issue.path[0] !== 'sources')) {
      printLine(io.stderr, formatIssue(issue, { lang, file: manifestArg }));
    }
    const reports = await readSources(reading.sources, io, options);
    const dataset = merge(reports, reading.header.title);
    const text = `${JSON.stringify(dataset, null, 2)}\n`;
    if (values.out) {
      await writeOutput(io, values.out, text, {
        force: values.force === true,
        inputs: /^https?:\/\//i.test(manifestArg) ? [] : [manifestArg],
      });
    } else {
      io.stdout(text);
    }
    const written = values.out
      ? lang === 'sv'
        ? `skrivet till ${values.out}`
        : `written to ${values.out}`
      : lang === 'sv'
        ? 'skrivet till stdout'
        : 'written to stdout';
    io.stderr(formatReport(lang, reports, written));
    const manifestFailed = reading.issues.some(
      (issue) => issue.severity === 'error' && issue.path[0] !== 'sources',
    );
    return reports.every((report) => report.dataset) && !manifestFailed ? 0 : 1;
  },
};
