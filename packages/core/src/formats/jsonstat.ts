/**
 * JSON-stat 2.0 import and export. JSON-stat is the cube format PxWeb (Folkhälsomyndigheten's Folkhälsodata,
 * Statistics Sweden) answers with: dimensions listed in `id`/`size` order, one `value` per cell in row-major
 * order (the last dimension changes fastest), `status` symbols beside the values.
 *
 * Reading maps the cube's dimensions onto dhol's observation keys: area, period, sex, measure (value,
 * confidence bounds, count) and indicator. Cells left out of a sparse `value` object give no observation, unless
 * their status symbol says the source hid them (then they are `suppressed`); an explicit `null` gives a `missing`
 * observation, or a `suppressed` one when its status symbol says so.
 *
 * Real responses are read as far as they can be: an `error` list beside data is reported as warnings and the data
 * is read; an area code that is not a dhol code (a region group, a code the known areas lack, a hostile id such
 * as `__proto__`) is reported once with its position and its values are left out; a table without an area
 * dimension is taken to be about the whole country unless `fixed.area` says otherwise.
 */
import type { IssuePath, Result } from '../issues/issue.js';
import { FORMAT_VERSION, OBSERVATION_STATUSES } from '../model/constants.js';
import type { Dataset } from '../model/dataset.js';
import type { Indicator, IndicatorUnit, Observation, ObservationStatus, Sex } from '../model/indicator.js';
import type { LocalizedText } from '../model/primitives.js';
import { checkShape } from '../validation/shape-check.js';
import { describeStructureIssues } from '../validation/structure-issues.js';
import {
  type AreaCodeMapper,
  DEFAULT_PRELIMINARY_SYMBOLS,
  DEFAULT_SUPPRESSION_SYMBOLS,
  describe,
  IssueList,
  isoDay,
  isRecord,
  knownAreaCodes,
  normaliseAreaCode,
  normalisePeriod,
  observationKey,
  sexFromCode,
  shown,
  slugId,
  statusFromSymbol,
  text,
} from './common.js';

/** What one category of a measure dimension holds. */
export type MeasureRole = 'value' | 'ciLower' | 'ciUpper' | 'count';

/** Which dimension of the cube plays which part. Unnamed parts are found by role and by PxWeb's usual names. */
export interface JsonStatMapping {
  /** The area dimension; default: role `geo`, or `Region`, `Område`, `Län`, `Kommun`, `geo`. */
  area?: string;
  /** The period dimension; default: role `time`, or `Tid`, `År`, `Period`, `Year`, `time`. */
  period?: string;
  /** The sex dimension; default `Kön`, `Kon`, `Sex`, `Gender`. Without one, every value is for both sexes (T). */
  sex?: string;
  /**
   * The measure dimension, whose categories are a value, confidence bounds and a count; default: a dimension
   * named like "Andel och konfidensintervall" or `Mått`, or a `metric` dimension whose categories all read as
   * measures.
   */
  measure?: string;
  /** Which measure each category of the measure dimension is, when its code and label do not say. */
  measures?: Record<string, MeasureRole>;
  /**
   * The indicator: a dimension whose categories are indicators (default `ContentsCode`, or a `metric` dimension
   * that is not the measure), or `{ id }` for one fixed indicator id.
   */
  indicator?: string | { id: string };
}

export interface JsonStatOptions {
  mapping?: JsonStatMapping;
  /** One category to keep of any other dimension (e.g. `{ Ålder: '16-84' }`). */
  select?: Record<string, string>;
  /**
   * Values for parts the cube has no dimension for. Without an area dimension or `fixed.area`, the values are taken
   * to be about the whole country (`00`), with a warning.
   */
  fixed?: { area?: string; period?: string; sex?: Sex };
  /**
   * The known areas (`@dhol/data`'s `areas`, or any `{ code }` list). A code the list lacks is reported as a warning
   * and its values are left out, so the rest still imports. Without a list, codes are checked by their form only.
   */
  knownAreas?: readonly { code: string }[];
  /** Status symbols that mark suppressed cells (default `..`, `x`, `X`, `:`, `...`). */
  suppressionSymbols?: readonly string[];
  /** Status symbols that mark preliminary values (default `p`, `P`, `prel`…). */
  preliminarySymbols?: readonly string[];
  /** Maps area codes of another scheme to dhol codes; PxWeb's `00`, `19` and `1907` pass without one. */
  areaCode?: AreaCodeMapper;
  /** Extra sex codes of the table, e.g. `{ '3': 'T' }`. */
  sexCodes?: Record<string, Sex>;
  /**
   * Metadata merged into every indicator read (title, unit, polarity, source…), over what the cube says. A unit
   * given here silences the warning about a unit the cube does not name in words the importer knows.
   */
  indicator?: Partial<Omit<Indicator, 'id'>>;
  /** The confidence level of the intervals, e.g. 95. */
  ciLevel?: number;
}

/** A JSON-stat 2.0 dataset as `toJsonStat` writes it. */
export interface JsonStatDataset {
  version: '2.0';
  class: 'dataset';
  label?: string;
  source?: string;
  updated?: string;
  id: string[];
  size: number[];
  role: { geo: string[]; time: string[]; metric: string[] };
  dimension: Record<
    string,
    {
      label: string;
      category: {
        index: string[];
        label: Record<string, string>;
        unit?: Record<string, { label: string; decimals?: number }>;
      };
    }
  >;
  value: (number | null)[] | Record<string, number | null>;
  status?: Record<string, string>;
  extension?: { dhol: DholExtension };
}

/** What `toJsonStat` keeps in `extension.dhol` so that nothing is lost on the way back. */
interface DholExtension {
  indicator: Indicator;
  /** Per observation (`area|period|sex`): what a cell cannot carry. */
  cells?: Record<
    string,
    { note?: LocalizedText; source?: Observation['source']; ciLevel?: number; status?: ObservationStatus }
  >;
}

interface Dimension {
  id: string;
  label: string;
  codes: string[];
  labels: string[];
  /** Where each category sits in `category.index`: its position in a list, or its code in an object. */
  keys: (string | number)[];
  units: Record<string, unknown>;
  path: IssuePath;
}

/** The status symbols of a cube's cells. */
interface CellStatus {
  at(index: number): string | undefined;
  /** The cells that carry a symbol, in order: a sparse `value` may leave out a cell its status marks hidden. */
  marked(): Iterable<number>;
}

interface Cube {
  json: Record<string, unknown>;
  path: IssuePath;
  dims: Dimension[];
  role: Record<string, string[]>;
  cells: (number | null | undefined)[];
  status: CellStatus;
}

/** An `error` entry of a response, read before it is known whether the response holds data too. */
interface SourceError {
  path: IssuePath;
  label: string;
}

/** The most cells a cube may have: far above any PxWeb table a municipality uses, low enough not to exhaust memory. */
const MAX_CELLS = 5_000_000;

const AREA_NAMES = ['region', 'område', 'omrade', 'län', 'lan', 'kommun', 'geo', 'area', 'municipality'];
const PERIOD_NAMES = ['tid', 'år', 'ar', 'period', 'year', 'time', 'årtal'];
const SEX_NAMES = ['kön', 'kon', 'sex', 'gender'];
const MEASURE_NAMES = /konfidensintervall|^mått$|^matt$|^measure$/i;

/**
 * Reads a JSON-stat 2.0 response (a dataset, a collection of datasets or a v1-style bundle) into a dhol
 * Dataset of indicators and observations.
 */
export function parseJsonStat(input: unknown, options: JsonStatOptions = {}): Result<Dataset> {
  const issues = new IssueList();
  if (!isRecord(input)) {
    issues.error('format.input.not-object', [], { found: describe(input) });
    return { ok: false, issues: issues.items };
  }
  const sourceErrors: SourceError[] = [];
  readErrors(input, [], sourceErrors);
  const sources = collectDatasets(input, [], issues, sourceErrors);
  // An error beside data (PxWeb reports a part it could not serve this way) does not stop the rest being read;
  // an error in a dataset that holds no values is the whole answer.
  const holdsData = sources.some((source) => hasContent(source.json));
  for (const { path, label } of sourceErrors) {
    if (holdsData) issues.warning('jsonstat.source-error.partial', path, { label });
    else issues.error('jsonstat.source-error', path, { label });
  }
  if (issues.hasErrors) return { ok: false, issues: issues.items };
  if (sources.length === 0) {
    issues.error('jsonstat.empty', []);
    return { ok: false, issues: issues.items };
  }

  const cubes: Cube[] = [];
  for (const source of sources) {
    const cube = readCube(source.json, source.path, issues);
    if (cube) cubes.push(cube);
  }
  checkSelect(cubes, options.select, issues);
  if (issues.hasErrors) return { ok: false, issues: issues.items };

  const indicators = new Map<string, Indicator>();
  const observations: Observation[] = [];
  const seen = new Set<string>();
  for (const cube of cubes) toObservations(cube, options, issues, indicators, observations, seen);
  if (issues.hasErrors) return { ok: false, issues: issues.items };

  const first = sources.length === 1 ? sources[0]!.json : input;
  const firstPath = sources.length === 1 ? sources[0]!.path : [];
  const dataset: Dataset = { formatVersion: FORMAT_VERSION };
  const label = text(first.label);
  if (label) dataset.title = { sv: label };
  const publisher = text(first.source);
  const notes = Array.isArray(first.note) ? first.note.filter((n): n is string => text(n) !== undefined) : [];
  if (publisher || notes.length > 0) {
    dataset.source = {};
    if (publisher) dataset.source.publisher = publisher.slice(0, 500);
    if (notes.length > 0) dataset.source.note = { sv: notes.join('\n').slice(0, 20_000) };
  }
  const updated = isoDay(first.updated);
  if (updated) dataset.updated = updated;
  if (isRecord(first.extension)) {
    const { dhol: _dhol, ...rest } = first.extension;
    if (Object.keys(rest).length > 0) {
      // Carried as JSON would carry it, so the dataset stays plain data whatever object it was read from.
      const copy = asJson(rest);
      if (isRecord(copy)) dataset.extensions = { jsonstat: copy };
      else issues.warning('jsonstat.extension.unreadable', [...firstPath, 'extension'], {});
    }
  }
  dataset.indicators = [...indicators.values()];
  dataset.observations = observations;
  return { ok: true, value: dataset, issues: issues.items };
}

/**
 * A value as JSON carries it (NaN and Infinity become null; functions and undefined go), or undefined when it
 * cannot be written as JSON at all (a cycle, a BigInt, a getter that throws).
 */
function asJson(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Collects a response's `error` entries (JSON-stat 2.0 lists them under `error`). */
function readErrors(json: Record<string, unknown>, path: IssuePath, out: SourceError[]) {
  if (!('error' in json) || json.error === undefined || json.error === null) return;
  const errors = Array.isArray(json.error) ? json.error : [json.error];
  errors.forEach((error, i) => {
    const label = isRecord(error)
      ? [text(error.status), text(error.label) ?? text(error.id)].filter(Boolean).join(' ')
      : shown(error);
    out.push({ path: [...path, 'error', ...(Array.isArray(json.error) ? [i] : [])], label: label || '?' });
  });
}

/** A `select` naming a dimension no cube has is a mistake worth naming, with the dimensions there are. */
function checkSelect(cubes: readonly Cube[], select: Record<string, string> | undefined, issues: IssueList) {
  if (!select || cubes.length === 0) return;
  const names = new Set(cubes.flatMap((cube) => cube.dims.map((dim) => dim.id)));
  for (const dimension of Object.keys(select)) {
    if (names.has(dimension)) continue;
    issues.error('jsonstat.select.unknown-dimension', ['select', dimension], {
      dimension,
      dimensions: [...names].map((name) => `”${name}”`).join(', '),
    });
  }
}

/** The datasets of a response: itself, a collection's embedded items, or a bundle's members. */
function collectDatasets(
  json: Record<string, unknown>,
  path: IssuePath,
  issues: IssueList,
  errors: SourceError[],
  depth = 0,
): { json: Record<string, unknown>; path: IssuePath }[] {
  if (json.version !== undefined && json.version !== '2.0') {
    issues.warning('jsonstat.version.unknown', [...path, 'version'], { version: shown(json.version) });
  }
  const kind = json.class;
  if (kind === 'dataset' || (kind === undefined && 'dimension' in json && 'value' in json)) {
    return [{ json, path }];
  }
  // An error answer holds nothing but its `error` list, read by the caller.
  if (kind === 'error') return [];
  if (kind === 'collection') {
    const items = isRecord(json.link) && Array.isArray(json.link.item) ? json.link.item : [];
    const out: { json: Record<string, unknown>; path: IssuePath }[] = [];
    items.forEach((item, i) => {
      const itemPath = [...path, 'link', 'item', i];
      if (!isRecord(item)) return;
      readErrors(item, itemPath, errors);
      if ((item.class === 'dataset' || item.class === 'collection') && depth < 5 && hasContent(item)) {
        out.push(...collectDatasets(item, itemPath, issues, errors, depth + 1));
      } else if (item.class !== 'error') {
        issues.warning('jsonstat.item.link-only', itemPath, {
          label: text(item.label) ?? text(item.href) ?? String(i),
        });
      }
    });
    return out;
  }
  if (kind === 'bundle' || kind === undefined) {
    const out: { json: Record<string, unknown>; path: IssuePath }[] = [];
    for (const [key, member] of Object.entries(json)) {
      if (key === 'class' || key === 'version' || !isRecord(member) || !('dimension' in member)) continue;
      readErrors(member, [...path, key], errors);
      out.push({ json: member, path: [...path, key] });
    }
    return out;
  }
  issues.error('jsonstat.class.unknown', [...path, 'class'], { class: shown(kind) });
  return [];
}

function hasContent(item: Record<string, unknown>): boolean {
  return item.class === 'collection' ? isRecord(item.link) : 'dimension' in item && 'value' in item;
}

/** Reads ids, sizes, dimensions, values and statuses, checking that they agree. */
function readCube(json: Record<string, unknown>, path: IssuePath, issues: IssueList): Cube | undefined {
  const dimension = isRecord(json.dimension) ? json.dimension : undefined;
  // v1 (bundle) datasets keep id, size and role inside `dimension`.
  const ids = json.id ?? dimension?.id;
  const sizes = json.size ?? dimension?.size;
  const roleSource = json.role ?? dimension?.role;
  const idPath = json.id !== undefined ? [...path, 'id'] : [...path, 'dimension', 'id'];
  const sizePath = json.size !== undefined ? [...path, 'size'] : [...path, 'dimension', 'size'];
  if (!dimension) {
    issues.error('jsonstat.dimension.missing', [...path, 'dimension'], { dimension: '*' });
    return undefined;
  }
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string') || new Set(ids).size !== ids.length) {
    issues.error('jsonstat.id.invalid', idPath);
    return undefined;
  }
  if (
    !Array.isArray(sizes) ||
    sizes.length !== ids.length ||
    !sizes.every((s) => Number.isInteger(s) && (s as number) >= 0)
  ) {
    issues.error('jsonstat.size.invalid', sizePath);
    return undefined;
  }
  const dims: Dimension[] = [];
  ids.forEach((id: string, d) => {
    const dimPath = [...path, 'dimension', id];
    // Own keys only: a dimension called "__proto__" or "constructor" must not find Object's members.
    const dim = Object.hasOwn(dimension, id) ? dimension[id] : undefined;
    if (!isRecord(dim)) {
      issues.error('jsonstat.dimension.missing', dimPath, { dimension: id });
      return;
    }
    const read = readCategories(id, dim, dimPath, issues);
    if (!read) return;
    if (read.codes.length !== sizes[d]) {
      issues.error('jsonstat.size.mismatch', [...sizePath, d], {
        dimension: id,
        categories: read.codes.length,
        size: sizes[d] as number,
      });
      return;
    }
    dims.push({ id, label: text(dim.label) ?? id, ...read, path: dimPath });
  });
  if (dims.length !== ids.length) return undefined;

  const total = (sizes as number[]).reduce((a, b) => a * b, 1);
  if (total > MAX_CELLS) {
    issues.error('jsonstat.size.too-large', sizePath, { cells: total, max: MAX_CELLS });
    return undefined;
  }
  const cells = readValues(json.value, total, [...path, 'value'], issues);
  if (!cells) return undefined;
  const status = readStatus(json.status, total, [...path, 'status'], issues);
  if (!status) return undefined;

  const role: Record<string, string[]> = {};
  if (isRecord(roleSource)) {
    for (const [key, list] of Object.entries(roleSource)) {
      if (Array.isArray(list)) role[key] = list.filter((x): x is string => typeof x === 'string');
    }
  }
  return { json, path, dims, role, cells, status };
}

function readCategories(
  id: string,
  dim: Record<string, unknown>,
  dimPath: IssuePath,
  issues: IssueList,
): Omit<Dimension, 'id' | 'label' | 'path'> | undefined {
  const category = dim.category;
  const catPath = [...dimPath, 'category'];
  if (!isRecord(category)) {
    issues.error('jsonstat.category.invalid', catPath, {
      dimension: id,
      detail: '”category” saknas / is missing',
    });
    return undefined;
  }
  const labelMap = isRecord(category.label) ? category.label : {};
  let codes: string[];
  let keys: (string | number)[];
  const index = category.index;
  if (Array.isArray(index)) {
    if (!index.every((c) => typeof c === 'string') || new Set(index).size !== index.length) {
      issues.error('jsonstat.category.invalid', [...catPath, 'index'], {
        dimension: id,
        detail: 'koderna ska vara unika texter / codes must be unique strings',
      });
      return undefined;
    }
    codes = index as string[];
    keys = codes.map((_, i) => i);
  } else if (isRecord(index)) {
    const entries = Object.entries(index);
    const positions = entries.map(([, p]) => p);
    const valid =
      positions.every((p) => Number.isInteger(p) && (p as number) >= 0 && (p as number) < entries.length) &&
      new Set(positions).size === entries.length;
    if (!valid) {
      issues.error('jsonstat.category.invalid', [...catPath, 'index'], {
        dimension: id,
        detail: `positionerna ska vara 0–${entries.length - 1}, var och en en gång / positions must be 0–${entries.length - 1}, each once`,
      });
      return undefined;
    }
    codes = new Array<string>(entries.length);
    for (const [code, position] of entries) codes[position as number] = code;
    keys = codes;
  } else if (index === undefined) {
    const labelKeys = Object.keys(labelMap);
    if (labelKeys.length !== 1) {
      issues.error('jsonstat.category.invalid', [...catPath, 'index'], {
        dimension: id,
        detail:
          '”index” krävs när dimensionen har mer än en kategori / "index" is required when a dimension has more than one category',
      });
      return undefined;
    }
    codes = labelKeys;
    keys = labelKeys;
  } else {
    issues.error('jsonstat.category.invalid', [...catPath, 'index'], {
      dimension: id,
      detail: '”index” ska vara en lista eller ett objekt / "index" should be a list or an object',
    });
    return undefined;
  }
  const labels = codes.map(
    (code) => (Object.hasOwn(labelMap, code) ? text(labelMap[code]) : undefined) ?? code,
  );
  const units = isRecord(category.unit) ? category.unit : {};
  return { codes, labels, keys, units };
}

function readValues(
  value: unknown,
  total: number,
  path: IssuePath,
  issues: IssueList,
): (number | null | undefined)[] | undefined {
  const cells = new Array<number | null | undefined>(total);
  const errorsBefore = issues.items.length;
  const put = (index: number, raw: unknown, cellPath: IssuePath) => {
    const cell = readCell(raw);
    if (cell === undefined) {
      if (issues.items.length - errorsBefore < 20) {
        issues.error('jsonstat.cell.invalid', cellPath, { index, found: shown(raw) });
      }
      return;
    }
    cells[index] = cell;
  };
  if (Array.isArray(value)) {
    if (value.length !== total) {
      issues.error('jsonstat.value.length', path, { found: value.length, expected: total });
      return undefined;
    }
    value.forEach((raw, i) => {
      put(i, raw, [...path, i]);
    });
  } else if (isRecord(value)) {
    for (const [key, raw] of Object.entries(value)) {
      const index = /^\d+$/.test(key) ? Number(key) : Number.NaN;
      if (!(index < total)) {
        issues.error('jsonstat.value.length', [...path, key], { found: key, expected: total });
        continue;
      }
      put(index, raw, [...path, key]);
    }
  } else {
    issues.error('jsonstat.value.invalid', path);
    return undefined;
  }
  return issues.items.length > errorsBefore ? undefined : cells;
}

/** A cell's number, null for an empty cell, undefined when it is not a number. */
function readCell(raw: unknown): number | null | undefined {
  if (raw === null) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string') {
    const trimmed = raw.trim();
    if (trimmed === '') return null;
    const n = Number(trimmed);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Every cell index, for a status that applies to all cells. */
function* allCells(total: number): Iterable<number> {
  for (let i = 0; i < total; i++) yield i;
}

function readStatus(
  status: unknown,
  total: number,
  path: IssuePath,
  issues: IssueList,
): CellStatus | undefined {
  const asText = (s: unknown) => (typeof s === 'string' && s.trim() !== '' ? s : undefined);
  if (status === undefined || status === null) return { at: () => undefined, marked: () => [] };
  if (typeof status === 'string' || (Array.isArray(status) && status.length === 1)) {
    const symbol = asText(Array.isArray(status) ? status[0] : status);
    return { at: () => symbol, marked: () => (symbol === undefined ? [] : allCells(total)) };
  }
  if (Array.isArray(status)) {
    if (status.length === total) {
      return {
        at: (i) => asText(status[i]),
        marked: () => status.flatMap((symbol, i) => (asText(symbol) === undefined ? [] : [i])),
      };
    }
    issues.error('jsonstat.status.invalid', path);
    return undefined;
  }
  if (isRecord(status)) {
    return {
      // Own keys only: a status object is data, and `status["constructor"]` must not find Object's members.
      at: (i) => (Object.hasOwn(status, String(i)) ? asText(status[String(i)]) : undefined),
      marked: () =>
        Object.keys(status)
          .filter((key) => /^\d+$/.test(key) && Number(key) < total && asText(status[key]) !== undefined)
          .map(Number)
          .sort((a, b) => a - b),
    };
  }
  issues.error('jsonstat.status.invalid', path);
  return undefined;
}

function findDimension(
  cube: Cube,
  named: string | undefined,
  role: string | undefined,
  names: string[] | RegExp,
  used: Set<string>,
  issues: IssueList,
  mappingKey: string,
): Dimension | undefined | null {
  if (named !== undefined) {
    const dim = cube.dims.find((d) => d.id === named);
    if (!dim) {
      issues.error('jsonstat.mapping.unknown-dimension', ['mapping', mappingKey], { dimension: named });
      return null;
    }
    return dim;
  }
  const free = cube.dims.filter((d) => !used.has(d.id));
  if (role) {
    const byRole = free.find((d) => cube.role[role]?.includes(d.id));
    if (byRole) return byRole;
  }
  const matches = (s: string) => (Array.isArray(names) ? names.includes(s.toLowerCase()) : names.test(s));
  return free.find((d) => matches(d.id) || matches(d.label));
}

/** Which measure a category of the measure dimension holds, from its code and label. */
function classifyMeasure(code: string, label: string): MeasureRole | undefined {
  const s = `${code} ${label}`.toLowerCase();
  if (/nedre|lower|ci_?l|\blow/.test(s)) return 'ciLower';
  if (/övre|ovre|upper|ci_?u|\bhigh/.test(s)) return 'ciUpper';
  if (/antal|count|\bnumber\b|svarande/.test(s)) return 'count';
  if (/andel|värde|varde|value|rate|procent|percent|medel|kvot|skattning|estimate|dödstal|frekvens/.test(s)) {
    return 'value';
  }
  return undefined;
}

function measureRoles(
  dim: Dimension,
  explicit: Record<string, MeasureRole> | undefined,
  issues: IssueList,
): (MeasureRole | undefined)[] {
  const given = (code: string) => (explicit && Object.hasOwn(explicit, code) ? explicit[code] : undefined);
  if (dim.codes.length === 1) return [given(dim.codes[0]!) ?? 'value'];
  const roles = dim.codes.map((code, i) => given(code) ?? classifyMeasure(code, dim.labels[i]!));
  if (!roles.includes('value')) {
    const free = roles.indexOf(undefined);
    const at = free >= 0 ? free : roles.indexOf('count');
    if (at >= 0) roles[at] = 'value';
  }
  roles.forEach((role, i) => {
    if (role === undefined) {
      issues.warning('jsonstat.measure.unknown', [...dim.path, 'category', 'index', dim.keys[i]!], {
        category: dim.labels[i]!,
      });
    }
  });
  return roles;
}

/** Maps a unit label such as "procent", "per 100 000 invånare" or "antal" onto the model's units. */
export function unitFromLabel(label: string | undefined): { unit: IndicatorUnit; unitLabel?: LocalizedText } {
  if (!label) return { unit: 'other' };
  const s = label.toLowerCase();
  const unitLabel = { sv: label };
  if (/%|procent|percent|andel/.test(s)) return { unit: 'percent', unitLabel };
  if (/100\s*000|100k/.test(s)) return { unit: 'per100k', unitLabel };
  if (/1\s*000\b|promille|‰/.test(s)) return { unit: 'per1000', unitLabel };
  if (/index/.test(s)) return { unit: 'index', unitLabel };
  if (/dagar|days/.test(s)) return { unit: 'days', unitLabel };
  if (/^(antal|count|number|st)\b/.test(s)) return { unit: 'count', unitLabel };
  if (/kvot|rate/.test(s)) return { unit: 'rate', unitLabel };
  return { unit: 'other', unitLabel };
}

interface Pending {
  indicator: string;
  area: string;
  period: string;
  sex: Sex;
  value?: number | null;
  symbol?: string;
  ciLower?: number;
  ciUpper?: number;
  count?: number;
  path: IssuePath;
}

function toObservations(
  cube: Cube,
  options: JsonStatOptions,
  issues: IssueList,
  indicators: Map<string, Indicator>,
  out: Observation[],
  seen: Set<string>,
) {
  const mapping = options.mapping ?? {};
  const used = new Set<string>();
  let unknownDimension = false;
  const take = (dim: Dimension | undefined | null): Dimension | undefined => {
    if (dim === null) unknownDimension = true;
    if (dim) used.add(dim.id);
    return dim ?? undefined;
  };
  const dholExt =
    isRecord(cube.json.extension) && isRecord(cube.json.extension.dhol) ? cube.json.extension.dhol : {};
  const extIndicator = checkShape<Indicator>('indicator', dholExt.indicator);

  const area = take(findDimension(cube, mapping.area, 'geo', AREA_NAMES, used, issues, 'area'));
  const period = take(findDimension(cube, mapping.period, 'time', PERIOD_NAMES, used, issues, 'period'));
  const sex = take(findDimension(cube, mapping.sex, undefined, SEX_NAMES, used, issues, 'sex'));
  let measure = take(findDimension(cube, mapping.measure, undefined, MEASURE_NAMES, used, issues, 'measure'));
  if (measure === undefined) {
    measure = cube.dims.find(
      (d) =>
        !used.has(d.id) &&
        cube.role.metric?.includes(d.id) &&
        d.codes.length > 1 &&
        d.codes.every((c, i) => classifyMeasure(c, d.labels[i]!) !== undefined) &&
        d.codes.some((c, i) => classifyMeasure(c, d.labels[i]!) !== 'value'),
    );
  }
  take(measure);
  let indicatorDim: Dimension | undefined;
  let fixedIndicator: string | undefined;
  if (typeof mapping.indicator === 'object') fixedIndicator = mapping.indicator.id;
  else if (typeof mapping.indicator === 'string') {
    indicatorDim = take(findDimension(cube, mapping.indicator, undefined, [], used, issues, 'indicator'));
  } else if (extIndicator.success) fixedIndicator = extIndicator.data.id;
  else {
    indicatorDim = take(
      findDimension(cube, undefined, 'metric', ['contentscode'], used, issues, 'indicator'),
    );
  }
  if (unknownDimension) return;

  // A national time series has no area dimension: its values are about the whole country unless told otherwise.
  if (!area && !options.fixed?.area)
    issues.warning('jsonstat.area.assumed-national', [...cube.path, 'dimension']);
  if (!period && !options.fixed?.period) {
    issues.error('jsonstat.mapping.missing', [...cube.path, 'dimension'], {
      role: 'period',
      example: "mapping: { period: 'Tid' }",
    });
  }
  // Any other dimension must have one category, or one chosen with `select`.
  const selected = new Map<string, number>();
  for (const [dimId, category] of Object.entries(options.select ?? {})) {
    const dim = cube.dims.find((d) => d.id === dimId);
    if (!dim) continue;
    const at = dim.codes.indexOf(category);
    if (at < 0) {
      issues.error('jsonstat.select.unknown', ['select', dimId], { dimension: dimId, category });
      continue;
    }
    selected.set(dimId, at);
  }
  for (const dim of cube.dims) {
    if (used.has(dim.id) || dim.codes.length <= 1 || selected.has(dim.id)) continue;
    issues.error('jsonstat.dimension.unmapped', dim.path, {
      dimension: dim.id,
      categories: dim.codes.length,
    });
  }
  if (issues.hasErrors) return;

  const cubeLabel = text(cube.json.label);
  const tableId = text(extensionPath(cube.json, 'px', 'tableid'));
  let indicatorIds: (string | undefined)[] = [];
  if (indicatorDim) indicatorIds = indicatorDim.codes.map((code) => slugId(code));
  else {
    const id = fixedIndicator ?? shortId(cubeLabel ?? '') ?? slugId(tableId ?? '');
    if (!id) {
      issues.error('format.indicator.id-missing', [...cube.path, 'label']);
      return;
    }
    indicatorIds = [id];
  }
  const roles = measure ? measureRoles(measure, mapping.measures, issues) : ['value' as const];
  const suppression = options.suppressionSymbols ?? DEFAULT_SUPPRESSION_SYMBOLS;
  const preliminary = options.preliminarySymbols ?? DEFAULT_PRELIMINARY_SYMBOLS;

  // Translate each category once. An area code that is not a known dhol code is left out with its values (counted
  // below), so one region group or new code does not stop the rest of the table.
  const known = knownAreaCodes(options.knownAreas);
  const areaCodes = area
    ? area.codes.map((code, i) => {
        const mapped = normaliseAreaCode(code, area.labels[i], options.areaCode);
        return mapped !== undefined && (!known || known.has(mapped)) ? mapped : undefined;
      })
    : [fixedArea(options.fixed?.area, known, issues)];
  const periods = period
    ? period.codes.map((code, i) => {
        const mapped = normalisePeriod(code);
        if (!mapped)
          issues.error('format.period.invalid', [...period.path, 'category', 'index', period.keys[i]!], {
            period: code,
          });
        return mapped;
      })
    : [options.fixed?.period];
  const sexes = sex
    ? sex.codes.map((code, i) => {
        // The label ("Kvinnor") is read first: it is unambiguous, while numeric codes differ between tables.
        const mapped = sexFromCode(sex.labels[i]!, options.sexCodes) ?? sexFromCode(code, options.sexCodes);
        if (!mapped) {
          issues.error('format.sex.unknown', [...sex.path, 'category', 'index', sex.keys[i]!], { code });
        }
        return mapped;
      })
    : [options.fixed?.sex ?? 'T'];
  if (options.fixed?.period && !period && !normalisePeriod(options.fixed.period)) {
    issues.error('format.period.invalid', ['fixed', 'period'], { period: options.fixed.period });
  }
  if (issues.hasErrors) return;

  // Strides for row-major order: the last dimension changes fastest.
  const strides = new Array<number>(cube.dims.length);
  let stride = 1;
  for (let d = cube.dims.length - 1; d >= 0; d--) {
    strides[d] = stride;
    stride *= cube.dims[d]!.codes.length;
  }
  const position = (dim: Dimension | undefined, index: number) => {
    if (!dim) return 0;
    const d = cube.dims.indexOf(dim);
    return Math.floor(index / strides[d]!) % dim.codes.length;
  };
  const selectedDims = [...selected.entries()].map(([id, at]) => ({
    d: cube.dims.findIndex((x) => x.id === id),
    at,
  }));

  // A sparse `value` may leave out a cell whose status says the source hid it: that is a suppressed value.
  for (const index of cube.status.marked()) {
    if (cube.cells[index] !== undefined || roles[position(measure, index)] !== 'value') continue;
    const symbol = cube.status.at(index)?.trim();
    if (symbol !== undefined && suppression.includes(symbol)) cube.cells[index] = null;
  }

  const pending = new Map<string, Pending>();
  /** Values left out per area category whose code is unknown. */
  const leftOut = new Map<number, number>();
  cube.cells.forEach((cell, index) => {
    if (cell === undefined) return;
    for (const { d, at } of selectedDims) {
      if (Math.floor(index / strides[d]!) % cube.dims[d]!.codes.length !== at) return;
    }
    const role = roles[position(measure, index)];
    if (role === undefined) return;
    const areaAt = position(area, index);
    const areaCode = areaCodes[areaAt];
    if (areaCode === undefined) {
      if (role === 'value') leftOut.set(areaAt, (leftOut.get(areaAt) ?? 0) + 1);
      return;
    }
    const indicatorAt = position(indicatorDim, index);
    const key = {
      indicator: indicatorIds[indicatorAt]!,
      area: areaCode,
      period:
        options.fixed?.period && !period
          ? normalisePeriod(options.fixed.period)!
          : periods[position(period, index)]!,
      sex: sexes[position(sex, index)]!,
    };
    if (!key.indicator) {
      issues.once(
        `ind:${indicatorAt}`,
        'error',
        'format.indicator.id-missing',
        indicatorDim?.path ?? cube.path,
      );
      return;
    }
    const id = observationKey(key);
    let entry = pending.get(id);
    if (!entry) {
      entry = { ...key, path: [...cube.path, 'value', index] };
      pending.set(id, entry);
    }
    if (role === 'value') {
      entry.value = cell;
      entry.symbol = cube.status.at(index);
    } else if (cell !== null) {
      entry[role] = cell;
    }
  });

  if (area) {
    areaCodes.forEach((code, i) => {
      if (code !== undefined) return;
      issues.warning('format.area.unknown', [...area.path, 'category', 'index', area.keys[i]!], {
        code: area.codes[i]!.slice(0, 100),
        position: i + 1,
        dimension: area.id.slice(0, 100),
        values: leftOut.get(i) ?? 0,
      });
    });
  }

  const extCells = isRecord(dholExt.cells) ? dholExt.cells : {};
  for (const [id, entry] of pending) {
    if (seen.has(id)) {
      issues.warning('format.observation.duplicate', entry.path, { key: id });
      continue;
    }
    seen.add(id);
    const value = entry.value ?? null;
    const observation: Observation = {
      indicator: entry.indicator,
      area: entry.area,
      period: entry.period,
      sex: entry.sex,
      value,
      status: statusFromSymbol(value, entry.symbol, suppression, preliminary),
    };
    const cellKey = `${entry.area}|${entry.period}|${entry.sex}`;
    const extra = Object.hasOwn(extCells, cellKey) ? extCells[cellKey] : undefined;
    const ownStatus = isRecord(extra) ? extra.status : undefined;
    if ((OBSERVATION_STATUSES as readonly unknown[]).includes(ownStatus))
      observation.status = ownStatus as ObservationStatus;
    const level = isRecord(extra) && typeof extra.ciLevel === 'number' ? extra.ciLevel : options.ciLevel;
    if (entry.ciLower !== undefined && entry.ciUpper !== undefined) {
      observation.ci = {
        lower: entry.ciLower,
        upper: entry.ciUpper,
        ...(level !== undefined ? { level } : {}),
      };
    } else if (entry.ciLower !== undefined || entry.ciUpper !== undefined) {
      issues.once(`ci:${id}`, 'warning', 'format.ci.incomplete', entry.path);
    }
    if (entry.count !== undefined) {
      if (Number.isInteger(entry.count) && entry.count >= 0) observation.count = entry.count;
      else issues.warning('format.count.invalid', entry.path, { count: entry.count });
    }
    // The extension is data like the rest: a note or source that does not follow the model is left out, and said.
    for (const field of ['note', 'source'] as const) {
      if (!isRecord(extra) || extra[field] === undefined) continue;
      // The field is checked as part of the observation; only its own issues count.
      const checked = checkShape<Observation>('observation', { ...observation, [field]: extra[field] });
      const own = checked.success ? [] : checked.issues.filter((issue) => issue.path[0] === field);
      if (own.length === 0) Object.assign(observation, { [field]: extra[field] });
      else {
        const first = own[0]!;
        issues.warning('format.model.invalid', [...cube.path, 'extension', 'dhol', 'cells', cellKey, field], {
          field: first.path.join('.'),
          detail: describeStructureIssues([first])[0]?.message.en ?? '?',
        });
      }
    }
    out.push(observation);
  }

  // Indicator metadata: the dhol extension when the file came from `toJsonStat`, else the cube's own labels.
  indicatorIds.forEach((id, i) => {
    if (!id || indicators.has(id)) return;
    if (extIndicator.success && extIndicator.data.id === id && !indicatorDim) {
      indicators.set(id, { ...extIndicator.data, ...options.indicator });
      return;
    }
    const category = indicatorDim?.codes[i];
    const valueCategory = measure ? measure.codes[roles.indexOf('value')] : undefined;
    // Own keys only: a category called "constructor" must not find Object's members.
    const unitOf = (dim: Dimension | undefined, code: string | undefined) =>
      dim && code !== undefined && Object.hasOwn(dim.units, code) ? dim.units[code] : undefined;
    const unitInfo = unitOf(indicatorDim, category) ?? unitOf(measure, valueCategory);
    const unitText = isRecord(unitInfo) ? (text(unitInfo.label) ?? text(unitInfo.symbol)) : undefined;
    const title = (indicatorDim ? indicatorDim.labels[i] : undefined) ?? cubeLabel ?? id;
    // Without a unit, the title often says it ("Andel …", "… per 100 000 invånare"); its words are no unit label.
    const unit = unitText !== undefined ? unitFromLabel(unitText) : { unit: unitFromLabel(title).unit };
    if (unit.unit === 'other' && options.indicator?.unit === undefined) {
      issues.warning('jsonstat.unit.unknown', indicatorDim?.path ?? [...cube.path, 'dimension'], {
        id,
        label: unitText?.slice(0, 100) ?? '',
      });
    }
    const decimals = isRecord(unitInfo) ? unitInfo.decimals : undefined;
    const publisher = text(cube.json.source);
    const externalId = category ?? tableId;
    // The values split by sex when the sex dimension holds women or men, not only totals.
    const splitBySex = sex !== undefined && sexes.some((s) => s === 'K' || s === 'M');
    const candidate: Indicator = {
      id,
      title: { sv: title.slice(0, 20_000) },
      unit: unit.unit,
      ...(unit.unitLabel ? { unitLabel: unit.unitLabel } : {}),
      ...(Number.isInteger(decimals) && (decimals as number) >= 0 && (decimals as number) <= 6
        ? { decimals: decimals as number }
        : {}),
      polarity: 'neutral',
      aboutPeople: sex !== undefined,
      ...(splitBySex ? { breakdowns: ['sex' as const] } : {}),
      // The publisher is the source's name; naming it twice would read "Källa: X (X)".
      source: {
        name: { sv: (publisher ?? 'JSON-stat').slice(0, 20_000) },
        ...(externalId ? { externalId: externalId.slice(0, 200) } : {}),
      },
      ...(isoDay(cube.json.updated) ? { updated: isoDay(cube.json.updated) } : {}),
      ...options.indicator,
    };
    const checked = checkShape<Indicator>('indicator', candidate);
    if (!checked.success) {
      const first = checked.issues[0];
      issues.error('format.model.invalid', indicatorDim?.path ?? cube.path, {
        field: first?.path.join('.') || 'indicator',
        detail: first ? (describeStructureIssues([first])[0]?.message.en ?? '?') : '?',
      });
      return;
    }
    indicators.set(id, checked.data);
  });
}

/**
 * The area of a table without an area dimension: `fixed.area` when it is a known area code, else the whole country.
 * A fixed code that is not one is an error: every value of the table would be about it.
 */
function fixedArea(code: string | undefined, known: ReadonlySet<string> | undefined, issues: IssueList) {
  if (code === undefined) return '00';
  const mapped = normaliseAreaCode(code);
  if (mapped !== undefined && (!known || known.has(mapped))) return mapped;
  issues.error('format.area.invalid', ['fixed', 'area'], { code: code.slice(0, 100) });
  return undefined;
}

/**
 * A short readable id from a table's title: the words before "efter" or "by" ("Nedsatt psykiskt välbefinnande
 * efter region, kön och år" → `nedsatt-psykiskt-valbefinnande`), at most 40 characters, cut between words.
 */
export function shortId(title: string): string | undefined {
  const head = title.split(/\s+(?:efter|by)\s+/i)[0] ?? title;
  const slug = slugId(head);
  if (slug === undefined || slug.length <= 40) return slug;
  const cut = slug.slice(0, 41);
  const end = cut.lastIndexOf('-');
  return (end >= 8 ? cut.slice(0, end) : slug.slice(0, 40)).replace(/[-._]+$/, '');
}

function extensionPath(json: Record<string, unknown>, ...keys: string[]): unknown {
  let at: unknown = json.extension;
  for (const key of keys) {
    if (!isRecord(at)) return undefined;
    at = at[key];
  }
  return at;
}

const SEX_LABELS: Record<Sex, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };
const MEASURE_LABELS: Record<MeasureRole, [string, string]> = {
  value: ['value', 'Värde'],
  ciLower: ['ci_lower', 'Konfidensintervall, nedre gräns'],
  ciUpper: ['ci_upper', 'Konfidensintervall, övre gräns'],
  count: ['count', 'Antal'],
};

export interface ToJsonStatOptions {
  /** Names of the areas, as labels of the `Region` dimension (default: the codes). */
  areaNames?: Record<string, string>;
}

/**
 * Writes one indicator's observations as a JSON-stat 2.0 dataset with the dimensions `Region` (geo), `Kön`,
 * `Tid` (time) and `Mått` (metric: value, confidence bounds, count). Suppressed cells carry the status `..`,
 * preliminary ones `p`. The indicator and what a cell cannot carry (notes, per-value sources, confidence level)
 * travel in `extension.dhol`, so that `parseJsonStat` gives back the same indicator and observations.
 */
export function toJsonStat(
  dataset: Dataset,
  indicatorId: string,
  options: ToJsonStatOptions = {},
): Result<JsonStatDataset> {
  const issues = new IssueList();
  const indicator = dataset.indicators?.find((i) => i.id === indicatorId);
  const observations = (dataset.observations ?? []).filter((o) => o.indicator === indicatorId);
  if (!indicator) {
    issues.error('format.indicator.unknown', ['indicators'], { id: indicatorId });
    return { ok: false, issues: issues.items };
  }
  const areas = [...new Set(observations.map((o) => o.area))].sort();
  const sexes = (['T', 'K', 'M'] as const).filter((s) => observations.some((o) => o.sex === s));
  const periods = [...new Set(observations.map((o) => o.period))].sort();
  const measures: MeasureRole[] = ['value'];
  if (observations.some((o) => o.ci)) measures.push('ciLower', 'ciUpper');
  if (observations.some((o) => o.count !== undefined)) measures.push('count');

  const sizes = [areas.length, sexes.length, periods.length, measures.length];
  const total = sizes.reduce((a, b) => a * b, 1);
  const cells = new Map<number, number | null>();
  const status: Record<string, string> = {};
  const extCells: NonNullable<DholExtension['cells']> = {};
  const seen = new Set<string>();
  for (const o of observations) {
    const key = `${o.area}|${o.period}|${o.sex}`;
    if (seen.has(key)) {
      issues.warning('format.observation.duplicate', ['observations'], { key: observationKey(o) });
      continue;
    }
    seen.add(key);
    const base =
      ((areas.indexOf(o.area) * sexes.length + sexes.indexOf(o.sex)) * periods.length +
        periods.indexOf(o.period)) *
      measures.length;
    cells.set(base, o.value);
    if (o.status === 'suppressed') status[String(base)] = '..';
    if (o.status === 'preliminary') status[String(base)] = 'p';
    if (o.ci) {
      cells.set(base + measures.indexOf('ciLower'), o.ci.lower);
      cells.set(base + measures.indexOf('ciUpper'), o.ci.upper);
    }
    if (o.count !== undefined) cells.set(base + measures.indexOf('count'), o.count);
    const extra: (typeof extCells)[string] = {};
    if (o.note) extra.note = o.note;
    if (o.source) extra.source = o.source;
    if (o.ci?.level !== undefined) extra.ciLevel = o.ci.level;
    // A status the symbols cannot express (a value marked missing, an empty cell marked ok) travels as is.
    if (statusFromSymbol(o.value, status[String(base)], DEFAULT_SUPPRESSION_SYMBOLS) !== o.status) {
      extra.status = o.status;
    }
    if (Object.keys(extra).length > 0) extCells[key] = extra;
  }
  let value: JsonStatDataset['value'];
  if (cells.size === total) {
    value = Array.from({ length: total }, (_, i) => cells.get(i) ?? null);
  } else {
    value = {};
    for (const index of [...cells.keys()].sort((a, b) => a - b)) value[String(index)] = cells.get(index)!;
  }
  const categoryLabels = (codes: readonly string[], label: (code: string) => string) =>
    Object.fromEntries(codes.map((code) => [code, label(code)]));
  const unitLabel = indicator.unitLabel?.sv ?? indicator.unit;
  const out: JsonStatDataset = {
    version: '2.0',
    class: 'dataset',
    label: indicator.title.sv,
    source: indicator.source.publisher ?? indicator.source.name.sv,
    ...(indicator.updated ? { updated: indicator.updated } : {}),
    id: ['Region', 'Kön', 'Tid', 'Mått'],
    size: sizes,
    role: { geo: ['Region'], time: ['Tid'], metric: ['Mått'] },
    dimension: {
      Region: {
        label: 'Region',
        category: { index: areas, label: categoryLabels(areas, (c) => options.areaNames?.[c] ?? c) },
      },
      Kön: {
        label: 'Kön',
        category: { index: [...sexes], label: categoryLabels(sexes, (c) => SEX_LABELS[c as Sex]) },
      },
      Tid: { label: 'Tid', category: { index: periods, label: categoryLabels(periods, (c) => c) } },
      Mått: {
        label: 'Mått',
        category: {
          index: measures.map((m) => MEASURE_LABELS[m][0]),
          label: Object.fromEntries(measures.map((m) => MEASURE_LABELS[m])),
          unit: {
            value: {
              label: unitLabel,
              ...(indicator.decimals !== undefined ? { decimals: indicator.decimals } : {}),
            },
          },
        },
      },
    },
    value,
    ...(Object.keys(status).length > 0 ? { status } : {}),
    extension: { dhol: { indicator, ...(Object.keys(extCells).length > 0 ? { cells: extCells } : {}) } },
  };
  return { ok: true, value: out, issues: issues.items };
}
