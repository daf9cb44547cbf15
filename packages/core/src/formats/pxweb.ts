/**
 * Fetching a table from a PxWeb API (SCB, Folkhälsomyndigheten, regions' own statistics databases) as JSON-stat 2.0
 * and reading it with `parseJsonStat`. PxWeb v1 takes a POST of a query (`{ query: [{ code, selection }] }`, the
 * form its "save query" gives) to the table's address; v2 takes `{ selection: [{ variableCode, valueCodes }] }` at
 * `…/tables/<id>/data`, or a GET for the table's default selection. Both publish how often they may be asked
 * (v1 at `…/<lang>/?config`, v2 at `…/config`); without that, 30 requests in 10 seconds, the limit SCB publishes.
 */
import type { Result } from '../issues/issue.js';
import type { Dataset } from '../model/dataset.js';
import { IssueList, isRecord, reportRequestFailure } from './common.js';
import { type JsonStatOptions, parseJsonStat } from './jsonstat.js';
import { type FetchLike, type RateLimit, RateLimiter, type RequestPolicy, requestJson } from './request.js';

/** The rate limit assumed when a service publishes none: 30 requests in 10 seconds. */
export const PXWEB_DEFAULT_RATE_LIMIT: RateLimit = { calls: 30, windowMs: 10_000 };

export interface FetchPxWebOptions extends JsonStatOptions {
  /** The table's address, e.g. `https://api.scb.se/OV0104/v1/doris/sv/ssd/…/Tabell` or `…/api/v2/tables/TAB638`. */
  table: string;
  /** The query: v1's `{ query: [...] }` or v2's `{ selection: [...] }` (a v1 query of `item` filters works on v2). */
  query?: unknown;
  /** Another server with the same paths (a mirror, a test server): replaces the part of `table` before its version. */
  api?: string;
  fetch: FetchLike;
  retries?: RequestPolicy['retries'];
  sleep?: RequestPolicy['sleep'];
  now?: RequestPolicy['now'];
  /** The rate limit to keep; default: what the service's configuration publishes, else `PXWEB_DEFAULT_RATE_LIMIT`. */
  rateLimit?: RateLimit;
}

/** A request to a PxWeb table: where to send what, and where the service publishes its limits. */
export interface PxWebRequest {
  version: 'v1' | 'v2';
  url: string;
  init: { method: 'GET' } | { method: 'POST'; headers: Record<string, string>; body: string };
  configUrl: string;
}

/** The path segments of an address, and where its API version (`v1`, `v2`) stands among them. */
function locate(address: string): { url: URL; segments: string[]; at: number } | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  const at = segments.findIndex((segment) => segment === 'v1' || segment === 'v2');
  return at < 0 ? undefined : { url, segments, at };
}

/** `table` with the part before its API version (and an `api` segment right before it) replaced by `api`. */
function onServer(table: string, api: string | undefined): string | undefined {
  const found = locate(table);
  if (!found) return undefined;
  if (api === undefined) return found.url.toString();
  const { segments, at, url } = found;
  const from = at > 0 && segments[at - 1] === 'api' ? at - 1 : at;
  const rest = segments.slice(from).join('/');
  return `${api.replace(/\/+$/, '')}/${rest}${url.search}`;
}

/** A v1 query's `item` selections as v2's selection, or why it cannot be one. */
function v1ToV2(query: unknown[]): { selection: unknown[] } | string {
  const selection: unknown[] = [];
  for (const [i, part] of query.entries()) {
    if (!isRecord(part) || typeof part.code !== 'string' || !isRecord(part.selection)) return `query[${i}]`;
    const { filter, values } = part.selection;
    if (filter !== 'item' || !Array.isArray(values))
      return `query[${i}].selection.filter ”${String(filter)}”`;
    selection.push({ variableCode: part.code, valueCodes: values });
  }
  return { selection };
}

/**
 * Where and how to ask a PxWeb table for JSON-stat 2.0, or an issue when the address or the query cannot be one.
 * The query's own response format is replaced: the importer reads JSON-stat 2.0.
 */
export function pxwebRequest(table: string, query: unknown, api?: string): Result<PxWebRequest> {
  const issues = new IssueList();
  const address = onServer(table, api);
  const found = address === undefined ? undefined : locate(address);
  if (!found) {
    issues.error('pxweb.url.invalid', ['table'], { url: table.slice(0, 300) });
    return { ok: false, issues: issues.items };
  }
  const { url, segments, at } = found;
  const base = `${url.origin}/${segments.slice(0, at + 1).join('/')}`;
  const json = { 'content-type': 'application/json' };
  if (segments[at] === 'v1') {
    // The language is the first two-letter segment after v1 (SCB puts its database name in between).
    const lang = segments.findIndex((segment, i) => i > at && i <= at + 2 && /^[a-z]{2}$/.test(segment));
    const configUrl = `${url.origin}/${segments.slice(0, (lang < 0 ? at : lang) + 1).join('/')}/?config`;
    const parts = isRecord(query) ? query.query : undefined;
    if (!Array.isArray(parts)) {
      issues.error('pxweb.query.invalid', ['query'], {
        detail: 'PxWeb v1 behöver { "query": [ … ] } / needs { "query": [ … ] }',
      });
      return { ok: false, issues: issues.items };
    }
    const body = JSON.stringify({ query: parts, response: { format: 'json-stat2' } });
    return {
      ok: true,
      value: { version: 'v1', url: url.toString(), init: { method: 'POST', headers: json, body }, configUrl },
      issues: [],
    };
  }
  const dataUrl = new URL(url.toString());
  if (!dataUrl.pathname.replace(/\/+$/, '').endsWith('/data')) {
    dataUrl.pathname = `${dataUrl.pathname.replace(/\/+$/, '')}/data`;
  }
  dataUrl.searchParams.set('outputFormat', 'json-stat2');
  const configUrl = `${base}/config`;
  if (query === undefined) {
    return {
      ok: true,
      value: { version: 'v2', url: dataUrl.toString(), init: { method: 'GET' }, configUrl },
      issues: [],
    };
  }
  let selection: unknown = isRecord(query) ? query.selection : undefined;
  if (selection === undefined && isRecord(query) && Array.isArray(query.query)) {
    const converted = v1ToV2(query.query);
    if (typeof converted === 'string') {
      issues.error('pxweb.query.invalid', ['query'], { detail: converted });
      return { ok: false, issues: issues.items };
    }
    selection = converted.selection;
  }
  if (!Array.isArray(selection)) {
    issues.error('pxweb.query.invalid', ['query'], {
      detail: 'PxWeb v2 behöver { "selection": [ … ] } / needs { "selection": [ … ] }',
    });
    return { ok: false, issues: issues.items };
  }
  const body = JSON.stringify({ selection });
  return {
    ok: true,
    value: {
      version: 'v2',
      url: dataUrl.toString(),
      init: { method: 'POST', headers: json, body },
      configUrl,
    },
    issues: [],
  };
}

/** The rate limit a service's configuration publishes (v1 `maxCalls`/`timeWindow`, v2 `maxCallsPerTimeWindow`). */
export function pxwebRateLimit(config: unknown): RateLimit | undefined {
  if (!isRecord(config)) return undefined;
  const calls = config.maxCalls ?? config.maxCallsPerTimeWindow;
  const window = config.timeWindow;
  if (typeof calls !== 'number' || typeof window !== 'number' || calls < 1 || window <= 0) return undefined;
  return { calls, windowMs: window * 1000 };
}

/**
 * Fetches a PxWeb table as JSON-stat 2.0 within the service's rate limit, asking again after answers that may pass
 * (429, 5xx, no connection, a cut-off body), and reads it with `parseJsonStat` and the same options. Never throws.
 */
export async function fetchPxWeb(options: FetchPxWebOptions): Promise<Result<Dataset>> {
  const request = pxwebRequest(options.table, options.query, options.api);
  if (!request.ok) return request;
  const { url, init, configUrl } = request.value;
  const policy: RequestPolicy = {
    fetch: options.fetch,
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.now ? { now: options.now } : {}),
  };
  let limit = options.rateLimit;
  if (limit === undefined) {
    // One look at the published limits; a service without them gets the default.
    const config = await requestJson(configUrl, undefined, { ...policy, retries: 0 });
    limit = (config.ok ? pxwebRateLimit(config.json) : undefined) ?? PXWEB_DEFAULT_RATE_LIMIT;
  }
  const limiter = new RateLimiter(limit, policy.now, policy.sleep);
  const answer = await requestJson(url, init, policy, limiter);
  if (!answer.ok) {
    const issues = new IssueList();
    reportRequestFailure(issues, 'pxweb', answer, url);
    return { ok: false, issues: issues.items };
  }
  return parseJsonStat(answer.json, options);
}
