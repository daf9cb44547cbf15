import type { Issue, IssuePath } from '../issues/issue.js';
import type { ObservationStatus, Sex } from '../model/indicator.js';
import { isRecord } from '../util/is-record.js';
import { adapterIssue } from './messages.js';
import type { RequestFailure } from './request.js';

export { isRecord };

/** Maps a source's own area code (and label, when it has one) to a dhol area code, or undefined when unknown. */
export type AreaCodeMapper = (code: string, label?: string) => string | undefined;

/**
 * Status symbols that mark a value the source hides on purpose (too few answers, confidentiality). PxWeb and
 * Statistics Sweden write `..` ("uppgift inte tillgänglig eller för osäker"); `x` and `:` mark confidential
 * cells in other tables.
 */
export const DEFAULT_SUPPRESSION_SYMBOLS: readonly string[] = ['..', 'x', 'X', ':', '...'];

/** Status symbols that mark a preliminary value. */
export const DEFAULT_PRELIMINARY_SYMBOLS: readonly string[] = ['p', 'P', 'prel', 'preliminär', 'preliminary'];

/** Dimension category codes and labels for sex that PxWeb, SCB, Folkhälsomyndigheten and Kolada use. */
const SEX_WORDS: Record<string, Sex> = {
  t: 'T',
  tot: 'T',
  total: 'T',
  totalt: 'T',
  '1+2': 'T',
  'båda könen': 'T',
  'bada konen': 'T',
  alla: 'T',
  samtliga: 'T',
  'kvinnor och män': 'T',
  'män och kvinnor': 'T',
  'flickor och pojkar': 'T',
  'pojkar och flickor': 'T',
  all: 'T',
  both: 'T',
  'both sexes': 'T',
  k: 'K',
  '2': 'K',
  kvinnor: 'K',
  kvinna: 'K',
  flickor: 'K',
  flicka: 'K',
  f: 'K',
  female: 'K',
  females: 'K',
  women: 'K',
  girls: 'K',
  m: 'M',
  '1': 'M',
  män: 'M',
  man: 'M',
  pojkar: 'M',
  pojke: 'M',
  male: 'M',
  males: 'M',
  men: 'M',
  boys: 'M',
};

/**
 * The sex a source code or label stands for: `1`/`2`/`1+2` (PxWeb), `T`/`K`/`M` (Kolada, dhol),
 * `män`/`kvinnor`/`totalt` and their English words. Extra codes (e.g. a table's own) can be passed.
 */
export function sexFromCode(code: string, extra?: Record<string, Sex>): Sex | undefined {
  const trimmed = code.trim();
  // Own keys only: a code such as `constructor` must not find Object.prototype's members.
  if (extra && Object.hasOwn(extra, trimmed)) return extra[trimmed];
  const word = trimmed.toLowerCase();
  return Object.hasOwn(SEX_WORDS, word) ? SEX_WORDS[word] : undefined;
}

/**
 * A dhol area code from a PxWeb-style code: `00` (riket), two digits (län) and four digits (kommun) pass; codes
 * such as `1907 Surahammar` or `SE` are read where unambiguous. A mapper, when given, decides first.
 */
export function normaliseAreaCode(code: string, label?: string, mapper?: AreaCodeMapper): string | undefined {
  if (mapper) {
    const mapped = mapper(code, label);
    if (mapped !== undefined) return /^(\d{2}|\d{4})$/.test(mapped) ? mapped : undefined;
  }
  const trimmed = code.trim();
  if (/^(\d{2}|\d{4})$/.test(trimmed)) return trimmed;
  const lead = /^(\d{2}|\d{4})\s+\S/.exec(trimmed);
  if (lead) return lead[1];
  if (/^(se|sverige|riket|sweden)$/i.test(trimmed)) return '00';
  return undefined;
}

/**
 * The area codes an importer accepts, from a list of areas (`@dhol/data`'s `areas`, or any `{ code }` items):
 * a Set, so a code such as `__proto__` is only ever looked up, never used as an object key. `00` (the whole
 * country) is always known. Undefined when no list is given: codes are then checked by their form only.
 */
export function knownAreaCodes(areas: unknown): ReadonlySet<string> | undefined {
  if (!Array.isArray(areas)) return undefined;
  const codes = new Set<string>(['00']);
  for (const area of areas) {
    if (isRecord(area) && typeof area.code === 'string') codes.add(area.code);
  }
  return codes;
}

/** A statistical period from a year (`2023`, 2023) or a span written with a hyphen, en dash or slash. */
export function normalisePeriod(raw: string | number): string | undefined {
  const text = String(raw).trim();
  if (/^\d{4}$/.test(text)) return text;
  const span = /^(\d{4})\s*[-–—/_]\s*(\d{4})$/.exec(text);
  if (span && span[1]! <= span[2]!) return span[1] === span[2] ? span[1] : `${span[1]}-${span[2]}`;
  return undefined;
}

/** An id the model accepts, made from a source code or title: `N33820` → `n33820`, `Andel (%)` → `andel`. */
export function slugId(text: string): string | undefined {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 120)
    .replace(/-+$/, '');
  return slug.length > 0 ? slug : undefined;
}

/** Describes a value's JSON type for messages: `null`, `a list`, `a number`… */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'en lista / a list';
  return typeof value;
}

/** A value from data as text for a message. Never throws: `{"toString": null}` is valid JSON that `String()` rejects. */
export function shown(value: unknown): string {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? describe(value);
  } catch {
    return describe(value);
  }
}

/** A non-empty trimmed string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/** A date `YYYY-MM-DD` from an ISO date or date-time, or undefined. */
export function isoDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(value.trim());
  if (!match) return undefined;
  const day = match[1]!;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day ? day : undefined;
}

/** The observation status for a cell from its value and the source's status symbol. */
export function statusFromSymbol(
  value: number | null,
  symbol: string | undefined,
  suppression: readonly string[],
  preliminary: readonly string[] = DEFAULT_PRELIMINARY_SYMBOLS,
): ObservationStatus {
  const trimmed = symbol?.trim();
  if (trimmed && suppression.includes(trimmed)) return value === null ? 'suppressed' : 'ok';
  if (value === null) return 'missing';
  if (trimmed && preliminary.includes(trimmed)) return 'preliminary';
  return 'ok';
}

/** Collects issues and says whether any is an error. */
export class IssueList {
  readonly items: Issue[] = [];
  private readonly seen = new Set<string>();

  error(code: Parameters<typeof adapterIssue>[1], path: IssuePath, params?: Record<string, string | number>) {
    this.items.push(adapterIssue('error', code, path, params));
  }

  warning(
    code: Parameters<typeof adapterIssue>[1],
    path: IssuePath,
    params?: Record<string, string | number>,
  ) {
    this.items.push(adapterIssue('warning', code, path, params));
  }

  /** Raises an issue once per key, so a bad category does not repeat for every cell. */
  once(
    key: string,
    severity: 'error' | 'warning',
    code: Parameters<typeof adapterIssue>[1],
    path: IssuePath,
    params?: Record<string, string | number>,
  ) {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(adapterIssue(severity, code, path, params));
  }

  /** True when an error was raised after the first `count` issues. */
  errorsSince(count: number): boolean {
    return this.items.slice(count).some((issue) => issue.severity === 'error');
  }

  get hasErrors(): boolean {
    return this.items.some((issue) => issue.severity === 'error');
  }
}

/** A stable key for one observation: indicator, area, period, sex. */
export function observationKey(o: { indicator: string; area: string; period: string; sex: string }): string {
  return `${o.indicator}|${o.area}|${o.period}|${o.sex}`;
}

/** Whether two JSON values are equal, whatever the order of their keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
  );
}

/** A request to Kolada or a PxWeb service that gave no JSON, as one error naming the address and the tries. */
export function reportRequestFailure(
  issues: IssueList,
  service: 'kolada' | 'pxweb',
  failure: RequestFailure,
  url: string,
): void {
  const { attempts } = failure;
  if (failure.kind === 'status') {
    issues.error(`${service}.fetch.status`, [], { url, status: failure.status, attempts });
  } else if (failure.kind === 'json') issues.error(`${service}.fetch.json`, [], { url, attempts });
  else if (failure.kind === 'timeout') issues.error(`${service}.fetch.timeout`, [], { url, attempts });
  else issues.error(`${service}.fetch.failed`, [], { url, detail: failure.detail, attempts });
}
