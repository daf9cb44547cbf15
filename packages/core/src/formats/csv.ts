/**
 * CSV for Swedish spreadsheets: semicolon between fields and decimal comma by default (what Excel writes with
 * Swedish settings), comma-separated files detected and read too; UTF-8 with a byte order mark on export (so
 * Excel reads å, ä, ö) and tolerated on import; fields quoted when they hold the separator, quotes or line
 * breaks; CRLF line ends. Export and import use the same columns, so a round trip loses nothing.
 */
import type { FollowUpGroup, FollowUpSummary } from '../analysis/followup.js';
import type { Issue, Result } from '../issues/issue.js';
import type { Activity } from '../model/activity.js';
import { OBSERVATION_STATUSES } from '../model/constants.js';
import type { Indicator, Observation, ObservationStatus, Sex } from '../model/indicator.js';
import type { Plan } from '../model/plan.js';
import type { LocalizedText } from '../model/primitives.js';
import { checkShape } from '../validation/shape-check.js';
import { describeStructureIssues } from '../validation/structure-issues.js';
import {
  DEFAULT_SUPPRESSION_SYMBOLS,
  IssueList,
  isRecord,
  normalisePeriod,
  sameJson,
  sexFromCode,
} from './common.js';

export type CsvSeparator = ';' | ',' | '\t';

export interface CsvWriteOptions {
  /** Field separator; default `;`. */
  separator?: CsvSeparator;
  /** Write decimals with a comma (`12,5`); default true unless the separator is a comma. */
  decimalComma?: boolean;
  /** Start the file with a UTF-8 byte order mark; default true. */
  bom?: boolean;
}

export interface CsvReadOptions {
  /** Field separator; detected from the header row when not given. */
  separator?: CsvSeparator;
  /** Symbols in the value column that mean a suppressed value (default `..`, `x`, `X`, `:`, `...`). */
  suppressionSymbols?: readonly string[];
}

// ── Low level: fields and records ───────────────────────────────────────────────────────────────────────────

interface CsvRecord {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  fields: string[];
}

/** Guesses the separator from the first line: the most frequent of `;`, `,` and tab outside quotes. */
function detectSeparator(text: string): CsvSeparator {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as CsvSeparator]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** Splits CSV text into records, honouring quotes (with `""` inside), CRLF, LF and CR. */
function readRecords(input: string, issues: IssueList, separator?: CsvSeparator): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let row = 1;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !wasQuoted)) records.push({ row, fields });
    row++;
    fields = [];
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (ch === sep) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
  }
  if (quoted) issues.error('csv.quote.unclosed', [row], { row });
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return records;
}

/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so a
 * hostile note could run in the program of whoever opens the download. Such text cells are written with a leading
 * `'` (which spreadsheets hide) and read back without it; a cell that already starts with `'` gets one more, so the
 * round trip stays exact. Numbers such as `-3,5` are left as they are.
 */
const FORMULA_START = /^(?:[=+@\t\r']|-(?!\d+(?:[.,]\d+)?$))/;

function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function quoteField(value: string, separator: string): string {
  if (value === '') return '';
  const needsQuotes =
    value.includes(separator) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    value !== value.trim();
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

function writeCsv(header: readonly string[], rows: string[][], options: CsvWriteOptions): string {
  const sep = options.separator ?? ';';
  const lines = [header, ...rows].map((fields) =>
    fields.map((f) => quoteField(guardFormula(f), sep)).join(sep),
  );
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/**
 * Writes any table as CSV with the settings of the other exports: text guarded against spreadsheet formulas, fields
 * quoted where needed, numbers with a decimal comma unless the separator is a comma, empty cells for `undefined`.
 */
export function tableToCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
  options: CsvWriteOptions = {},
): string {
  const decimalComma = options.decimalComma ?? options.separator !== ',';
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? formatNumber(cell, decimalComma) : (cell ?? ''))),
  );
  return writeCsv(header, cells, options);
}

function formatNumber(value: number | undefined | null, decimalComma: boolean): string {
  if (value === undefined || value === null) return '';
  const s = String(value);
  return decimalComma ? s.replace('.', ',') : s;
}

/**
 * A number from a spreadsheet cell: `12,5`, `12.5`, `1 234,5` (spaces or non-breaking spaces between
 * thousands), `−3` (minus sign). With both `.` and `,`, the last one is the decimal mark.
 */
export function parseSwedishNumber(cell: string): number | undefined {
  let s = cell
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-');
  if (s === '') return undefined;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    s = comma > dot ? s.replaceAll('.', '').replace(',', '.') : s.replaceAll(',', '');
  } else if (comma >= 0) {
    if (s.indexOf(',') !== comma) return undefined;
    s = s.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Reads the header, reporting unknown and duplicate columns and missing required ones. */
function readHeader(
  record: CsvRecord,
  known: readonly string[],
  required: readonly string[],
  issues: IssueList,
): Map<string, number> {
  const columns = new Map<string, number>();
  record.fields.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (!known.includes(name)) {
      if (name !== '') issues.warning('csv.column.unknown', [1, raw], { column: raw });
      return;
    }
    if (columns.has(name)) issues.warning('csv.column.duplicate', [1, name], { column: name });
    else columns.set(name, i);
  });
  for (const name of required) {
    if (!columns.has(name)) issues.error('csv.column.missing', [1, name], { column: name });
  }
  return columns;
}

/** Cell access for one record, with issues that name row and column. */
class RowReader {
  constructor(
    readonly record: CsvRecord,
    private readonly columns: Map<string, number>,
    private readonly issues: IssueList,
  ) {}

  cell(column: string): string {
    const at = this.columns.get(column);
    return at === undefined ? '' : unguardFormula((this.record.fields[at] ?? '').trim());
  }

  /** The raw cell, not trimmed: for text that may start or end with spaces. */
  raw(column: string): string {
    const at = this.columns.get(column);
    return at === undefined ? '' : unguardFormula(this.record.fields[at] ?? '');
  }

  error(
    code: Parameters<IssueList['error']>[0],
    column: string,
    params: Record<string, string | number> = {},
  ) {
    this.issues.error(code, [this.record.row, column], { row: this.record.row, column, ...params });
  }

  required(column: string): string | undefined {
    const value = this.cell(column);
    if (value === '') this.error('csv.cell.required', column);
    return value === '' ? undefined : value;
  }

  /** A required text cell, kept as written (a title of spaces is text the model accepts). */
  requiredText(column: string): string | undefined {
    const value = this.raw(column);
    if (value === '') this.error('csv.cell.required', column);
    return value === '' ? undefined : value;
  }

  number(column: string): number | undefined {
    const value = this.cell(column);
    if (value === '') return undefined;
    const n = parseSwedishNumber(value);
    if (n === undefined) this.error('csv.cell.number', column, { found: value });
    return n;
  }

  json(column: string): unknown {
    const value = this.cell(column);
    if (value === '') return undefined;
    try {
      return JSON.parse(value);
    } catch {
      this.error('csv.cell.json', column);
      return undefined;
    }
  }

  /** Reports the model's complaints about the object built from this row, at the column they concern. */
  model(issues: readonly Issue[], columnOf: (path: readonly PropertyKey[]) => string) {
    for (const issue of issues.slice(0, 5)) {
      this.error('csv.cell.model', columnOf(issue.path), {
        detail: issue.message.sv,
        detailEn: issue.message.en,
      });
    }
  }
}

function parseTable(
  text: string,
  known: readonly string[],
  required: readonly string[],
  separator: CsvSeparator | undefined,
  issues: IssueList,
): { rows: RowReader[] } {
  if (typeof text !== 'string' || text.replace(/^\uFEFF/, '').trim() === '') {
    issues.error('csv.empty', []);
    return { rows: [] };
  }
  const records = readRecords(text, issues, separator);
  const [header, ...body] = records;
  if (!header) {
    issues.error('csv.empty', []);
    return { rows: [] };
  }
  const columns = readHeader(header, known, required, issues);
  if (issues.hasErrors) return { rows: [] };
  const rows: RowReader[] = [];
  for (const record of body) {
    if (
      record.fields.length > header.fields.length &&
      record.fields.slice(header.fields.length).some((f) => f !== '')
    ) {
      issues.error('csv.row.length', [record.row], {
        row: record.row,
        found: record.fields.length,
        expected: header.fields.length,
      });
      continue;
    }
    rows.push(new RowReader(record, columns, issues));
  }
  return { rows };
}

function result<T>(value: T, issues: IssueList): Result<T> {
  return issues.hasErrors ? { ok: false, issues: issues.items } : { ok: true, value, issues: issues.items };
}

// ── Observations ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Columns of an observations file, in order:
 *
 * | column | content |
 * |---|---|
 * | `indicator` | indicator id (required) |
 * | `area` | area code: `00` riket, `19` län, `1907` kommun; leading zeros a spreadsheet dropped are restored |
 * | `period` | `2023` or `2019-2023` |
 * | `sex` | `T`, `K` or `M` (also `totalt`, `kvinnor`, `män`, `1+2`, `2`, `1`); empty = `T` |
 * | `value` | the number, decimal comma or point; empty when there is none; `..` = suppressed |
 * | `status` | `ok`, `suppressed`, `missing`, `preliminary`; empty = `ok`, or `missing` when `value` is empty |
 * | `ci_lower`, `ci_upper`, `ci_level` | confidence interval and its level (e.g. 95) |
 * | `count` | how many people or cases the value rests on |
 * | `note_sv`, `note_en` | a note on the value |
 * | `source_name_sv`, `source_name_en`, `source_url` | the value's own source, when it differs from the indicator's |
 */
export const OBSERVATION_COLUMNS = [
  'indicator',
  'area',
  'period',
  'sex',
  'value',
  'status',
  'ci_lower',
  'ci_upper',
  'ci_level',
  'count',
  'note_sv',
  'note_en',
  'source_name_sv',
  'source_name_en',
  'source_url',
] as const;

/** Writes observations as CSV with the columns of `OBSERVATION_COLUMNS`. */
export function observationsToCsv(
  observations: readonly Observation[],
  options: CsvWriteOptions = {},
): string {
  const decimalComma = options.decimalComma ?? options.separator !== ',';
  return writeCsv(
    OBSERVATION_COLUMNS,
    observations.map((o) => observationRow(o, decimalComma)),
    options,
  );
}

function observationRow(o: Observation, decimalComma: boolean): string[] {
  return [
    o.indicator,
    o.area,
    o.period,
    o.sex,
    formatNumber(o.value, decimalComma),
    o.status,
    formatNumber(o.ci?.lower, decimalComma),
    formatNumber(o.ci?.upper, decimalComma),
    formatNumber(o.ci?.level, decimalComma),
    formatNumber(o.count, decimalComma),
    o.note?.sv ?? '',
    o.note?.en ?? '',
    o.source?.name?.sv ?? '',
    o.source?.name?.en ?? '',
    o.source?.url ?? '',
  ];
}

/**
 * The column of a figures file that describes an indicator: the model's indicator as JSON without its id (the
 * `indicator` column holds that), on the first row of each indicator. Rows a person adds may leave it empty.
 */
export const INDICATOR_META_COLUMN = 'indicator_meta';

/** The columns of a figures file (`figuresToCsv`): those of `OBSERVATION_COLUMNS`, then `indicator_meta`. */
export const FIGURES_COLUMNS = [...OBSERVATION_COLUMNS, INDICATOR_META_COLUMN] as const;

/** Indicators and their observations: what a figures file holds and `mergeFigures` takes. */
export interface Figures {
  indicators: Indicator[];
  observations: Observation[];
}

/**
 * Writes a dataset's indicator figures as one CSV a spreadsheet can edit and `parseFiguresCsv` reads back whole:
 * one row per observation (the columns of `OBSERVATION_COLUMNS`), each indicator described once in
 * `indicator_meta` on its first row, and an indicator without figures as a row of its own with only `indicator`
 * and `indicator_meta`.
 */
export function figuresToCsv(
  figures: { indicators?: readonly Indicator[]; observations?: readonly Observation[] },
  options: CsvWriteOptions = {},
): string {
  const decimalComma = options.decimalComma ?? options.separator !== ',';
  const meta = new Map<string, string>();
  for (const { id, ...rest } of figures.indicators ?? [])
    if (!meta.has(id)) meta.set(id, JSON.stringify(rest));
  const described = new Set<string>();
  const describe = (id: string) => {
    if (described.has(id)) return '';
    described.add(id);
    return meta.get(id) ?? '';
  };
  const rows = (figures.observations ?? []).map((o) => [
    ...observationRow(o, decimalComma),
    describe(o.indicator),
  ]);
  for (const id of meta.keys()) {
    if (!described.has(id)) rows.push([id, ...OBSERVATION_COLUMNS.slice(1).map(() => ''), describe(id)]);
  }
  return writeCsv(FIGURES_COLUMNS, rows, options);
}

const STATUS_WORDS: Record<string, ObservationStatus> = {
  ok: 'ok',
  suppressed: 'suppressed',
  missing: 'missing',
  preliminary: 'preliminary',
  undertryckt: 'suppressed',
  sekretess: 'suppressed',
  dold: 'suppressed',
  saknas: 'missing',
  preliminär: 'preliminary',
  prel: 'preliminary',
};

/** Restores leading zeros a spreadsheet dropped from an area code: `4` → `04`, `180` → `0180`. */
function areaFromCell(cell: string): string | undefined {
  if (/^\d$/.test(cell)) return `0${cell}`;
  if (/^\d{3}$/.test(cell)) return `0${cell}`;
  if (/^(\d{2}|\d{4})$/.test(cell)) return cell;
  const lead = /^(\d{2}|\d{4})\s+\S/.exec(cell);
  return lead ? lead[1] : undefined;
}

/** Text cells are kept as written: the writer quotes leading and trailing spaces, so they come back. */
function localized(sv: string, en: string): LocalizedText | undefined {
  if (sv === '') return undefined;
  return en === '' ? { sv } : { sv, en };
}

const OBSERVATION_FIELD_COLUMN: Record<string, string> = {
  indicator: 'indicator',
  area: 'area',
  period: 'period',
  sex: 'sex',
  value: 'value',
  status: 'status',
  count: 'count',
};

/**
 * Reads observations from CSV written by `observationsToCsv` or `figuresToCsv`, or by hand in a spreadsheet. The
 * indicators a figures file describes are not returned: `parseFiguresCsv` reads them too.
 */
export function parseObservationsCsv(text: string, options: CsvReadOptions = {}): Result<Observation[]> {
  const issues = new IssueList();
  const { observations } = readFigures(text, options, issues);
  return result(observations, issues);
}

/**
 * Reads a figures file (`figuresToCsv`, or observations a person wrote, with or without `indicator_meta`) into
 * indicators and observations. An indicator described twice in different words is an error at the second row; an
 * observation whose indicator the file does not describe is read all the same (`mergeFigures` says whether the
 * dataset it goes into describes it).
 */
export function parseFiguresCsv(text: string, options: CsvReadOptions = {}): Result<Figures> {
  const issues = new IssueList();
  return result(readFigures(text, options, issues), issues);
}

/** Reads a row's `indicator_meta` into an indicator, reporting what does not follow the model at that cell. */
function readIndicatorMeta(row: RowReader, id: string | undefined): Indicator | undefined {
  const meta = row.json(INDICATOR_META_COLUMN);
  if (meta === undefined || id === undefined) return undefined;
  if (!isRecord(meta)) {
    row.error('csv.cell.json', INDICATOR_META_COLUMN);
    return undefined;
  }
  // The `indicator` column names it; an id inside the description would be a second, hidden name.
  const { id: _hidden, ...rest } = meta;
  const checked = checkShape<Indicator>('indicator', { id, ...rest });
  if (checked.success) return checked.data;
  row.model(describeStructureIssues(checked.issues), (path) =>
    path[0] === 'id' ? 'indicator' : INDICATOR_META_COLUMN,
  );
  return undefined;
}

function readFigures(text: string, options: CsvReadOptions, issues: IssueList): Figures {
  const { rows } = parseTable(
    text,
    FIGURES_COLUMNS,
    ['indicator', 'area', 'period', 'value'],
    options.separator,
    issues,
  );
  const suppression = options.suppressionSymbols ?? DEFAULT_SUPPRESSION_SYMBOLS;
  const observations: Observation[] = [];
  const indicators = new Map<string, { indicator: Indicator; row: number }>();
  for (const row of rows) {
    const before = issues.items.length;
    if (row.cell(INDICATOR_META_COLUMN) !== '') {
      const id = row.required('indicator');
      const indicator = readIndicatorMeta(row, id);
      const earlier = id === undefined ? undefined : indicators.get(id);
      if (indicator && earlier && !sameJson(earlier.indicator, indicator)) {
        row.error('csv.indicator.conflict', INDICATOR_META_COLUMN, { id: indicator.id, first: earlier.row });
      } else if (indicator && !earlier) indicators.set(indicator.id, { indicator, row: row.record.row });
      // A row that only describes its indicator holds no figure.
      const describesOnly = ['area', 'period', 'value', 'status'].every((column) => row.cell(column) === '');
      if (describesOnly || issues.errorsSince(before)) continue;
    }
    const indicator = row.required('indicator');
    const areaCell = row.required('area');
    const area = areaCell === undefined ? undefined : areaFromCell(areaCell);
    if (areaCell !== undefined && area === undefined)
      row.error('csv.cell.choice', 'area', { found: areaCell, allowed: '00, 01–25, 0114–2584' });
    const periodCell = row.required('period');
    const period = periodCell === undefined ? undefined : normalisePeriod(periodCell);
    if (periodCell !== undefined && period === undefined) {
      row.error('csv.cell.choice', 'period', { found: periodCell, allowed: '2023, 2019-2023' });
    }
    const sexCell = row.cell('sex');
    const sex: Sex | undefined = sexCell === '' ? 'T' : sexFromCode(sexCell);
    if (sex === undefined) row.error('csv.cell.choice', 'sex', { found: sexCell, allowed: 'T, K, M' });

    const valueCell = row.cell('value');
    const isSuppressedSymbol = suppression.includes(valueCell);
    const value = isSuppressedSymbol || valueCell === '' ? null : (row.number('value') ?? null);
    const statusCell = row.cell('status');
    let status: ObservationStatus | undefined;
    if (statusCell === '') status = isSuppressedSymbol ? 'suppressed' : value === null ? 'missing' : 'ok';
    else {
      const word = statusCell.toLowerCase();
      status = Object.hasOwn(STATUS_WORDS, word) ? STATUS_WORDS[word] : undefined;
      if (!status) {
        row.error('csv.cell.choice', 'status', {
          found: statusCell,
          allowed: OBSERVATION_STATUSES.join(', '),
        });
      }
    }
    const lower = row.number('ci_lower');
    const upper = row.number('ci_upper');
    const level = row.number('ci_level');
    if ((lower === undefined) !== (upper === undefined)) {
      row.error('csv.cell.required', lower === undefined ? 'ci_lower' : 'ci_upper');
    }
    const count = row.number('count');
    const note = localized(row.raw('note_sv'), row.raw('note_en'));
    if (!note && row.raw('note_en') !== '') row.error('csv.cell.required', 'note_sv');
    const sourceName = localized(row.raw('source_name_sv'), row.raw('source_name_en'));
    if (!sourceName && row.raw('source_name_en') !== '') row.error('csv.cell.required', 'source_name_sv');
    const sourceUrl = row.raw('source_url');
    if (issues.errorsSince(before)) continue;

    const candidate: Observation = {
      indicator: indicator!,
      area: area!,
      period: period!,
      sex: sex!,
      value,
      status: status!,
      ...(lower !== undefined && upper !== undefined
        ? { ci: { lower, upper, ...(level !== undefined ? { level } : {}) } }
        : {}),
      ...(count !== undefined ? { count } : {}),
      ...(note ? { note } : {}),
      ...(sourceName || sourceUrl
        ? {
            source: { ...(sourceName ? { name: sourceName } : {}), ...(sourceUrl ? { url: sourceUrl } : {}) },
          }
        : {}),
    };
    const checked = checkShape<Observation>('observation', candidate);
    if (!checked.success) {
      row.model(describeStructureIssues(checked.issues), (path) => {
        const [first, second] = path.map(String);
        if (first === 'ci')
          return second === 'upper' ? 'ci_upper' : second === 'level' ? 'ci_level' : 'ci_lower';
        if (first === 'note') return second === 'en' ? 'note_en' : 'note_sv';
        if (first === 'source') return second === 'url' ? 'source_url' : 'source_name_sv';
        return OBSERVATION_FIELD_COLUMN[first ?? ''] ?? 'indicator';
      });
      continue;
    }
    observations.push(checked.data);
  }
  return { indicators: [...indicators.values()].map((entry) => entry.indicator), observations };
}

// ── Activities ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Columns of an activities file, in order. Lists stay readable where a flat form keeps everything and become
 * JSON (the model's own shape) where it would not:
 *
 * | column | content |
 * |---|---|
 * | `id` | activity id |
 * | `title_sv`, `title_en` | the title |
 * | `kind` | `ongoing`, `development`, `new` |
 * | `status` | `planned`, `ongoing`, `completed`, `paused`, `cancelled` |
 * | `goals` | goal ids, `delmal-4, delmal-5`; JSON `[{ "goal", "listedAs", "kind" }]` when a link says more |
 * | `responsible` | `organisation:role, …` (`region-sormland:lead`); JSON `[{ "organisation", "role", "label" }]` when a party has a label |
 * | `target_groups` | JSON list of `{ "sv", "en" }` |
 * | `links` | JSON list of `{ "url", "label" }` |
 * | `period` | JSON `{ "start", "end", "untilRevised", "note" }` |
 * | `follow_up` | JSON text blocks |
 * | `indicators` | indicator ids, `n33820, n00945` |
 * | `description` | JSON text blocks (`[{ "type": "paragraph", "text": { "sv": "…" } }]`) |
 */
export const ACTIVITY_COLUMNS = [
  'id',
  'title_sv',
  'title_en',
  'kind',
  'status',
  'goals',
  'responsible',
  'target_groups',
  'links',
  'period',
  'follow_up',
  'indicators',
  'description',
] as const;

const json = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

/** Writes a plan's activities as CSV with the columns of `ACTIVITY_COLUMNS`. */
export function activitiesToCsv(plan: Pick<Plan, 'activities'>, options: CsvWriteOptions = {}): string {
  const rows = plan.activities.map((a) => {
    const simpleGoals = a.goals.every((g) => g.listedAs === undefined && g.kind === undefined);
    const parties = a.responsible ?? [];
    const simpleParties = parties.every((r) => r.label === undefined);
    return [
      a.id,
      a.title.sv,
      a.title.en ?? '',
      a.kind,
      a.status,
      simpleGoals ? a.goals.map((g) => g.goal).join(', ') : json(a.goals),
      simpleParties ? parties.map((r) => `${r.organisation}:${r.role}`).join(', ') : json(parties),
      json(a.targetGroups),
      json(a.links),
      json(a.period),
      json(a.followUp),
      a.indicators?.join(', ') ?? '',
      json(a.description),
    ];
  });
  return writeCsv(ACTIVITY_COLUMNS, rows, options);
}

const ACTIVITY_FIELD_COLUMN: Record<string, string> = {
  id: 'id',
  kind: 'kind',
  status: 'status',
  goals: 'goals',
  responsible: 'responsible',
  targetGroups: 'target_groups',
  links: 'links',
  period: 'period',
  followUp: 'follow_up',
  indicators: 'indicators',
  description: 'description',
};

/** A list cell: JSON when it starts with `[`, else items separated by commas or spaces. */
function listCell(row: RowReader, column: string): unknown[] | string[] | undefined {
  const cell = row.cell(column);
  if (cell === '') return undefined;
  if (cell.startsWith('[')) {
    const value = row.json(column);
    if (value !== undefined && !Array.isArray(value)) row.error('csv.cell.json', column);
    return Array.isArray(value) ? value : undefined;
  }
  return cell.split(/[,\s]+/).filter((item) => item !== '');
}

/** Reads activities from CSV written by `activitiesToCsv` or by hand. */
export function parseActivitiesCsv(
  text: string,
  options: Pick<CsvReadOptions, 'separator'> = {},
): Result<Activity[]> {
  const issues = new IssueList();
  const { rows } = parseTable(
    text,
    ACTIVITY_COLUMNS,
    ['id', 'title_sv', 'kind', 'status', 'goals'],
    options.separator,
    issues,
  );
  const activities: Activity[] = [];
  const ids = new Set<string>();
  for (const row of rows) {
    const before = issues.items.length;
    const id = row.required('id');
    const titleSv = row.requiredText('title_sv');
    const goalsCell = listCell(row, 'goals');
    const goals = goalsCell?.map((g) => (typeof g === 'string' ? { goal: g } : g));
    if (goalsCell === undefined && row.cell('goals') === '') row.error('csv.cell.required', 'goals');
    const partiesCell = listCell(row, 'responsible');
    let responsible: unknown[] = [];
    if (partiesCell && row.cell('responsible').startsWith('[')) responsible = partiesCell;
    else if (partiesCell) {
      responsible = partiesCell.map((item) => {
        const match = /^([^:]+):([a-z-]+)$/.exec(String(item));
        if (!match) {
          row.error('csv.cell.list', 'responsible', {
            found: String(item),
            form: 'organisation:roll / organisation:role',
          });
          return undefined;
        }
        return { organisation: match[1], role: match[2] };
      });
    }
    const objectCell = (column: string) => row.json(column);
    const candidate: Record<string, unknown> = {
      id,
      title: localized(titleSv ?? '', row.raw('title_en')),
      kind: row.required('kind'),
      status: row.required('status'),
      goals,
      responsible,
    };
    const optional: [string, unknown][] = [
      ['targetGroups', objectCell('target_groups')],
      ['links', objectCell('links')],
      ['period', objectCell('period')],
      ['followUp', objectCell('follow_up')],
      ['indicators', listCell(row, 'indicators')],
      ['description', objectCell('description')],
    ];
    for (const [key, value] of optional) if (value !== undefined) candidate[key] = value;
    if (titleSv === undefined || issues.errorsSince(before)) continue;
    const checked = checkShape<Activity>('activity', candidate);
    if (!checked.success) {
      row.model(describeStructureIssues(checked.issues), (path) => {
        const [first, second] = path.map(String);
        if (first === 'title') return second === 'en' ? 'title_en' : 'title_sv';
        return ACTIVITY_FIELD_COLUMN[first ?? ''] ?? 'id';
      });
      continue;
    }
    if (ids.has(checked.data.id)) {
      row.error('csv.cell.list', 'id', { found: checked.data.id, form: 'unikt id / a unique id' });
      continue;
    }
    ids.add(checked.data.id);
    activities.push(checked.data);
  }
  return result(activities, issues);
}

/**
 * The columns of a follow-up's status table (`followUpToCsv`): one row per delmål and a last row for the whole plan
 * (`goal` empty). `planned` … `unknown` count the statuses on the period's last day; `reached_*` how many moved to
 * that status within the period; `reported` how many have a progress note dated in it.
 */
export const FOLLOW_UP_COLUMNS = [
  'goal',
  'goal_number',
  'activities',
  'planned',
  'ongoing',
  'completed',
  'paused',
  'cancelled',
  'unknown',
  'reached_planned',
  'reached_ongoing',
  'reached_completed',
  'reached_paused',
  'reached_cancelled',
  'reported',
  'from',
  'to',
] as const;

/** Writes a follow-up summary's status table as CSV with the columns of `FOLLOW_UP_COLUMNS`. */
export function followUpToCsv(summary: FollowUpSummary, options: CsvWriteOptions = {}): string {
  const { from, to } = summary.period;
  const row = (goal: string, number: string, g: FollowUpGroup) => [
    goal,
    number,
    String(g.total),
    ...(['planned', 'ongoing', 'completed', 'paused', 'cancelled', 'unknown'] as const).map((s) =>
      String(g.atEnd[s]),
    ),
    ...(['planned', 'ongoing', 'completed', 'paused', 'cancelled'] as const).map((s) => String(g.reached[s])),
    String(g.reported),
    from,
    to,
  ];
  const rows = [
    ...summary.goals.map((g) => row(g.goal.id, g.goal.number === undefined ? '' : String(g.goal.number), g)),
    row('', '', summary),
  ];
  return writeCsv(FOLLOW_UP_COLUMNS, rows, options);
}
