/**
 * Opening a file as a draft: a dhol dataset (opened exactly as it is, however invalid: the editor shows its
 * issues and nothing is lost), JSON-stat 2.0, a Kolada page, an observations CSV or an activities CSV (read by
 * core's importers, whose warnings and errors are passed on). The kind is told from the content, not the name.
 * Pure functions: text in, a dataset and issues out; fetching a URL takes `fetch` as a parameter.
 */
import {
  type Figures,
  type Issue,
  parseActivitiesCsv,
  parseFiguresCsv,
  parseJsonStat,
  parseKolada,
  safeUrl,
} from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { isObject } from '../../store/path.js';
import { DATASET_SCHEMA_URL, FORMAT_VERSION } from '../../util/format-version.js';
import { slugify } from '../../util/ids.js';

export type FileKind = 'dataset' | 'jsonstat' | 'kolada' | 'observations-csv' | 'activities-csv';

/** Why a file could not be opened at all, when no importer's issues say it. */
export type OpenProblem =
  | 'empty'
  | 'not-json'
  | 'unknown-csv'
  | 'bad-url'
  | 'not-found'
  | 'http'
  | 'network'
  | 'too-large';

export type ImportOutcome =
  | { ok: true; kind: FileKind; dataset: unknown; issues: Issue[] }
  | { ok: false; kind?: FileKind; problem?: OpenProblem; detail?: string; issues: Issue[] };

/** The largest file read (a national-scale dataset is a few megabytes). */
export const MAX_FILE_CHARS = 50_000_000;

const DATASET_KEYS = [
  'formatVersion',
  'plans',
  'agreements',
  'indicators',
  'observations',
  'organisations',
  'frameworks',
];

/** Whether JSON looks like JSON-stat 2.0: a versioned response, a class, or a cube's `value` and `dimension`. */
function isJsonStat(json: unknown): boolean {
  if (!isObject(json)) return false;
  if (json['version'] === '2.0' || ['dataset', 'collection', 'bundle'].includes(String(json['class'])))
    return true;
  if ('value' in json && 'dimension' in json) return true;
  // A v1 bundle: named cubes.
  const values = Object.values(json);
  return values.length > 0 && values.every((v) => isObject(v) && 'dimension' in v && 'value' in v);
}

/** Whether JSON looks like Kolada's data: a page `{ values: [{ kpi, municipality, period, values }] }` or pages. */
function isKolada(json: unknown): boolean {
  const pages = Array.isArray(json) ? json : [json];
  return pages.some((page) => {
    if (isObject(page) && Array.isArray(page['values']))
      return page['values'].some((row) => isObject(row) && 'kpi' in row);
    return isObject(page) && 'kpi' in page;
  });
}

const title = (name: string) => name.replace(/\.[^.]+$/, '').trim() || 'Importerad fil';

/** A dataset around imported observations, with each indicator they name laid out to describe. */
function figuresDataset({ indicators, observations }: Figures, name: string): Record<string, unknown> {
  const described = new Set(indicators.map((indicator) => indicator.id));
  // An indicator the file only names by id (no `indicator_meta`) is laid out with its id: the forms ask for the
  // rest, and validation says what is missing.
  const named = [...new Set(observations.map((o) => o.indicator))].filter((id) => !described.has(id));
  return {
    $schema: DATASET_SCHEMA_URL,
    formatVersion: FORMAT_VERSION,
    title: { sv: title(name) },
    indicators: [...indicators, ...named.map((id) => ({ id }))],
    observations,
  };
}

/** A dataset with one local plan holding imported activities; the organisations they name are left to add. */
function activitiesDataset(activities: unknown[], name: string): Record<string, unknown> {
  const id = slugify(title(name), 'handlingsplan');
  return {
    $schema: DATASET_SCHEMA_URL,
    formatVersion: FORMAT_VERSION,
    id,
    organisations: [],
    plans: [
      {
        id,
        kind: 'local',
        title: { sv: title(name) },
        scope: [],
        framework: nationalFramework.id,
        activities,
      },
    ],
  };
}

/** What a CSV file's header says it holds. */
function csvKind(text: string): FileKind | undefined {
  const header = (text.split(/\r?\n|\r/, 1)[0] ?? '')
    .toLowerCase()
    .split(/[;,\t]/)
    .map((cell) => cell.trim().replace(/^"|"$/g, ''));
  if (header.includes('indicator') && header.includes('value')) return 'observations-csv';
  if (header.includes('title_sv') || (header.includes('id') && header.includes('goals')))
    return 'activities-csv';
  return undefined;
}

/** Reads a file's text as a draft. `name` is the file's name, for the title of what an importer builds. */
export function importText(input: string, name = ''): ImportOutcome {
  if (input.length > MAX_FILE_CHARS) return { ok: false, problem: 'too-large', issues: [] };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, problem: 'empty', issues: [] };
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return {
        ok: false,
        problem: 'not-json',
        detail: error instanceof Error ? error.message : '',
        issues: [],
      };
    }
    if (isObject(json) && DATASET_KEYS.some((key) => key in json))
      return { ok: true, kind: 'dataset', dataset: json, issues: [] };
    // Known areas, as dhol import passes them: a code none of them has is left out with a warning, not a broken file.
    if (isJsonStat(json)) return fromResult('jsonstat', parseJsonStat(json, { knownAreas: areas }));
    if (isKolada(json)) return fromResult('kolada', parseKolada(json, { knownAreas: areas }));
    // Any other JSON opens as it is: the editor says what it lacks, and nothing of it is lost.
    return { ok: true, kind: 'dataset', dataset: json, issues: [] };
  }
  const kind = csvKind(text);
  if (kind === 'observations-csv') {
    // A figures file (`dhol export csv`) describes its indicators in `indicator_meta`: they come along.
    const result = parseFiguresCsv(text);
    return result.ok
      ? { ok: true, kind, dataset: figuresDataset(result.value, name), issues: result.issues }
      : { ok: false, kind, issues: result.issues };
  }
  if (kind === 'activities-csv') {
    const result = parseActivitiesCsv(text);
    return result.ok
      ? { ok: true, kind, dataset: activitiesDataset(result.value, name), issues: result.issues }
      : { ok: false, kind, issues: result.issues };
  }
  return { ok: false, problem: text.trimStart().startsWith('<') ? 'not-json' : 'unknown-csv', issues: [] };
}

function fromResult(
  kind: FileKind,
  result: { ok: boolean; value?: unknown; issues: Issue[] },
): ImportOutcome {
  return result.ok
    ? {
        ok: true,
        kind,
        dataset: { $schema: DATASET_SCHEMA_URL, ...(result.value as object) },
        issues: result.issues,
      }
    : { ok: false, kind, issues: result.issues };
}

export type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/**
 * Fetches a file and reads it as `importText` does. An address is resolved against `base` (the page), and only
 * `https:` and `http:` addresses are fetched.
 */
export async function importUrl(
  address: string,
  fetchText: FetchText,
  base?: string,
): Promise<ImportOutcome> {
  let url: string | undefined;
  try {
    url = safeUrl(new URL(address.trim(), base).href);
  } catch {
    url = undefined;
  }
  if (!url || address.trim() === '') return { ok: false, problem: 'bad-url', issues: [] };
  let response: Awaited<ReturnType<FetchText>>;
  try {
    response = await fetchText(url);
  } catch (error) {
    return { ok: false, problem: 'network', detail: error instanceof Error ? error.message : '', issues: [] };
  }
  if (response.status === 404 || response.status === 410)
    return { ok: false, problem: 'not-found', issues: [] };
  if (!response.ok) return { ok: false, problem: 'http', detail: String(response.status), issues: [] };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { ok: false, problem: 'network', detail: error instanceof Error ? error.message : '', issues: [] };
  }
  const last = new URL(url).pathname.split('/').pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A name that is not valid percent-encoding is used as it stands.
  }
  return importText(text, name);
}
