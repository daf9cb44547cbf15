/**
 * Kolada, the municipal key figures of RKA (Rådet för främjande av kommunala analyser), read from its open API.
 * Each data row is one key figure (KPI) for one municipality or region and one period, with a value per gender:
 * `{ kpi, municipality, period, values: [{ gender: 'T'|'K'|'M', value, status, count, isdeleted? }] }`.
 * v3 pages are `{ values, count, next_url, previous_url }`, with `next_url` null on the last page. v2 pages, from
 * before v2 was retired, have the same rows under `next_page`/`previous_page`, and mark a deleted value with
 * `is_deleted` when asked for changes since a date. Periods come as numbers (v3) or strings (v2).
 *
 * Kolada's `count` is how many units a value is built from (1 for a single municipality, more for a group
 * average), not how many people answered, so it is not copied to `Observation.count` unless asked for.
 */
import type { IssuePath, Result } from '../issues/issue.js';
import { FORMAT_VERSION } from '../model/constants.js';
import type { Dataset } from '../model/dataset.js';
import type { Indicator, Observation, ObservationStatus, Sex } from '../model/indicator.js';
import { checkShape } from '../validation/shape-check.js';
import { describeStructureIssues } from '../validation/structure-issues.js';
import {
  type AreaCodeMapper,
  describe,
  IssueList,
  isRecord,
  knownAreaCodes,
  normalisePeriod,
  observationKey,
  reportRequestFailure,
  sexFromCode,
  shown,
  slugId,
  text,
} from './common.js';
import { unitFromLabel } from './jsonstat.js';
import { type FetchLike, type RequestPolicy, requestJson } from './request.js';

/** The public Kolada API, version 3. */
export const KOLADA_API_BASE = 'https://api.kolada.se/v3';

/**
 * Statuses that mean a value is hidden on purpose. Kolada does not document its status values, so these are the
 * usual Swedish and English marks; pass `suppressionStatuses` when a source uses others.
 */
export const DEFAULT_KOLADA_SUPPRESSION: readonly string[] = [
  '..',
  'x',
  'sekretess',
  'sekretessbelagd',
  'skyddad',
  'suppressed',
  'confidential',
];

/**
 * A dhol area code from a Kolada municipality id: `0000` (the whole country) → `00`; `00XX` (region/län XX) →
 * `XX` (`0019` Västmanland → `19`, `0004` Södermanland → `04`); a four-digit kommun id stays (`1907`).
 * Group ids such as `G124026` have no area code.
 */
export function koladaAreaToCode(id: string | number): string | undefined {
  const raw = typeof id === 'number' ? String(id).padStart(4, '0') : id.trim();
  if (raw === '0000') return '00';
  const region = /^00(\d{2})$/.exec(raw);
  if (region) return region[1];
  if (/^\d{4}$/.test(raw)) return raw;
  return undefined;
}

/** The Kolada municipality id of a dhol area code: `00` → `0000`, `19` → `0019`, `1907` → `1907`. */
export function codeToKoladaArea(code: string): string | undefined {
  const trimmed = code.trim();
  if (/^\d{2}$/.test(trimmed)) return trimmed === '00' ? '0000' : `00${trimmed}`;
  if (/^\d{4}$/.test(trimmed) && !trimmed.startsWith('00')) return trimmed;
  return undefined;
}

/** The dhol indicator id of a Kolada KPI: `N33820` → `n33820`. */
export function koladaIndicatorId(kpi: string): string | undefined {
  return slugId(kpi);
}

/** What an indicator's source says when it comes from Kolada. */
export const KOLADA_SOURCE = { name: { sv: 'Kolada', en: 'Kolada' }, publisher: 'RKA' } as const;

function isTrue(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

/**
 * An Indicator from Kolada's KPI metadata (`{ id, title, description, is_divided_by_gender, … }`, or a page
 * `{ values: [meta] }`): the unit read from the title ("…, andel (%)" → percent), `aboutPeople` from
 * `is_divided_by_gender` (and then a breakdown by sex), source Kolada/RKA with the KPI as external id. Kolada says nothing of polarity, so
 * the indicator is neutral: give `indicators` to `parseKolada` for one that says which way is better. Its
 * `publication_date` is the next planned release, not the last update, so `updated` stays unset.
 */
export function koladaKpiToIndicator(kpiMeta: unknown): Result<Indicator> {
  const issues = new IssueList();
  const meta =
    isRecord(kpiMeta) && Array.isArray(kpiMeta.values) && kpiMeta.values.length > 0
      ? kpiMeta.values[0]
      : kpiMeta;
  if (!isRecord(meta) || !text(meta.id) || !text(meta.title)) {
    issues.error('kolada.kpi.invalid', []);
    return { ok: false, issues: issues.items };
  }
  const kpi = text(meta.id)!;
  const title = text(meta.title)!;
  const id = koladaIndicatorId(kpi);
  if (!id) {
    issues.error('format.indicator.id-missing', ['id']);
    return { ok: false, issues: issues.items };
  }
  // The unit is the title's last comma-separated part when it reads as one ("…, andel (%)", "…, antal").
  const lastPart = title.includes(',') ? title.slice(title.lastIndexOf(',') + 1).trim() : undefined;
  const fromLast = lastPart ? unitFromLabel(lastPart) : undefined;
  const unit = fromLast && fromLast.unit !== 'other' ? fromLast : { unit: 'other' as const };
  const description = text(meta.description);
  const candidate: Indicator = {
    id,
    title: { sv: title },
    ...(description ? { description: { sv: description } } : {}),
    unit: unit.unit,
    ...('unitLabel' in unit && unit.unitLabel ? { unitLabel: unit.unitLabel } : {}),
    polarity: 'neutral',
    aboutPeople: isTrue(meta.is_divided_by_gender),
    // Values divided by gender are split by sex, so the indicator says so (and the policy check does not warn).
    ...(isTrue(meta.is_divided_by_gender) ? { breakdowns: ['sex' as const] } : {}),
    source: { name: { ...KOLADA_SOURCE.name }, publisher: KOLADA_SOURCE.publisher, externalId: kpi },
  };
  const checked = checkShape<Indicator>('indicator', candidate);
  if (!checked.success) {
    const first = checked.issues[0];
    issues.error('format.model.invalid', (first?.path ?? []) as IssuePath, {
      field: first?.path.join('.') || 'indicator',
      detail: first ? (describeStructureIssues([first])[0]?.message.en ?? '?') : '?',
    });
    return { ok: false, issues: issues.items };
  }
  return { ok: true, value: checked.data, issues: issues.items };
}

export interface KoladaOptions {
  /** KPI metadata (one object, a list, or Kolada's `{ values: [...] }` page) to describe the indicators. */
  kpiMeta?: unknown;
  /** Ready-made indicators, by dhol id (`n33820`), used before any metadata. */
  indicators?: Indicator[];
  /** Statuses that mark a hidden value (default `..`, `x`, `sekretess`…, compared case-insensitively). */
  suppressionStatuses?: readonly string[];
  /** Maps municipality ids Kolada-style ids do not cover (e.g. groups); `koladaAreaToCode` is used otherwise. */
  areaCode?: AreaCodeMapper;
  /**
   * The known areas (`@dhol/data`'s `areas`, or any `{ code }` list). A municipality id that maps to none of them
   * (a group such as `G124026`, a new code) is reported once as a warning and its values are left out, so the rest
   * still imports. Without a list, ids are checked by their form only.
   */
  knownAreas?: readonly { code: string }[];
  /** Copy Kolada's `count` (units behind a value) into `Observation.count`. Default false. */
  keepCount?: boolean;
  /** Metadata merged into every indicator read (title, unit, polarity…), over what Kolada says. */
  indicator?: Partial<Omit<Indicator, 'id'>>;
}

/** Whether Kolada marks a value as deleted: `isdeleted` (v3) or `is_deleted` (v2). */
function isDeleted(entry: Record<string, unknown>): boolean {
  return isTrue(entry.isdeleted) || isTrue(entry.is_deleted);
}

function statusOf(value: number | null, status: unknown, suppression: readonly string[]): ObservationStatus {
  const s = typeof status === 'string' ? status.trim().toLowerCase() : '';
  if (value === null) return s && suppression.some((x) => x.toLowerCase() === s) ? 'suppressed' : 'missing';
  if (/^(prel|preliminär|preliminary|provisional|p)$/.test(s)) return 'preliminary';
  return 'ok';
}

/** The data pages of a call: several pages, one page, or one page's list of rows. */
function asPages(pages: unknown): unknown[] {
  if (!Array.isArray(pages)) return [pages];
  const looksLikeRows = pages.length > 0 && pages.every((p) => isRecord(p) && 'kpi' in p);
  return looksLikeRows ? [{ values: pages }] : pages;
}

/**
 * Reads Kolada data pages (v3, or v2's shape) into a Dataset of indicators and observations. A `null` value is
 * `missing`, or `suppressed` when its status says the value was hidden. A value Kolada marks as deleted is left
 * out, with one warning that counts them. A page that is Kolada's error answer (`{ error: "…" }`) is an error
 * that quotes it.
 */
export function parseKolada(pages: unknown | unknown[], options: KoladaOptions = {}): Result<Dataset> {
  const issues = new IssueList();
  const suppression = options.suppressionStatuses ?? DEFAULT_KOLADA_SUPPRESSION;
  const list = asPages(pages);
  const observations: Observation[] = [];
  const seen = new Set<string>();
  const kpis = new Map<string, { kpi: string; divided: boolean }>();
  let deleted = 0;
  const knownAreas = knownAreaCodes(options.knownAreas);
  /** Ids that are no known area: where each was first seen and how many values it held. */
  const unknownAreas = new Map<string, { path: IssuePath; values: number }>();

  list.forEach((page, p) => {
    const pagePath: IssuePath = Array.isArray(pages) ? [p] : [];
    const errorAnswer = isRecord(page) && !Array.isArray(page.values) ? text(page.error) : undefined;
    if (errorAnswer) {
      issues.error('kolada.page.error', [...pagePath, 'error'], { detail: errorAnswer });
      return;
    }
    if (!isRecord(page) || !Array.isArray(page.values)) {
      issues.error('kolada.page.invalid', pagePath, { found: describe(page) });
      return;
    }
    page.values.forEach((row, r) => {
      const rowPath: IssuePath = [...pagePath, 'values', r];
      if (!isRecord(row)) {
        issues.error('kolada.row.invalid', rowPath, { field: 'kpi, municipality, period' });
        return;
      }
      const kpi = text(row.kpi);
      const municipality = row.municipality;
      const periodRaw = row.period;
      if (!kpi) {
        issues.error('kolada.row.invalid', [...rowPath, 'kpi'], { field: '”kpi”' });
        return;
      }
      if (typeof municipality !== 'string' && typeof municipality !== 'number') {
        issues.error('kolada.row.invalid', [...rowPath, 'municipality'], { field: '”municipality”' });
        return;
      }
      if (typeof periodRaw !== 'string' && typeof periodRaw !== 'number') {
        issues.error('kolada.row.invalid', [...rowPath, 'period'], { field: '”period”' });
        return;
      }
      const indicator = koladaIndicatorId(kpi);
      if (!indicator) {
        issues.error('format.indicator.id-missing', [...rowPath, 'kpi']);
        return;
      }
      const municipalityText = String(municipality);
      const area = options.areaCode?.(municipalityText) ?? koladaAreaToCode(municipality);
      if (!area || !/^(\d{2}|\d{4})$/.test(area) || (knownAreas && !knownAreas.has(area))) {
        // Left out with its values, and said once: one group or new code does not stop the rest.
        const seenBefore = unknownAreas.get(municipalityText);
        const values = Array.isArray(row.values) ? row.values.length : 0;
        if (seenBefore) seenBefore.values += values;
        else unknownAreas.set(municipalityText, { path: [...rowPath, 'municipality'], values });
        return;
      }
      const period = normalisePeriod(periodRaw);
      if (!period) {
        issues.once(`period:${periodRaw}`, 'error', 'format.period.invalid', [...rowPath, 'period'], {
          period: String(periodRaw),
        });
        return;
      }
      const known = kpis.get(indicator) ?? { kpi, divided: false };
      kpis.set(indicator, known);
      if (!Array.isArray(row.values)) {
        issues.error('kolada.row.invalid', [...rowPath, 'values'], { field: '”values”' });
        return;
      }
      row.values.forEach((entry, k) => {
        const entryPath: IssuePath = [...rowPath, 'values', k];
        if (!isRecord(entry)) {
          issues.error('kolada.row.invalid', entryPath, { field: '”gender”, ”value”' });
          return;
        }
        if (isDeleted(entry)) {
          deleted += 1;
          return;
        }
        const genderRaw = entry.gender === undefined || entry.gender === null ? 'T' : shown(entry.gender);
        const sex: Sex | undefined = sexFromCode(genderRaw);
        if (!sex) {
          issues.once(`sex:${genderRaw}`, 'error', 'format.sex.unknown', [...entryPath, 'gender'], {
            code: genderRaw,
          });
          return;
        }
        if (sex !== 'T') known.divided = true;
        const raw = entry.value;
        let value: number | null;
        if (raw === null || raw === undefined || raw === '') value = null;
        else if (typeof raw === 'number' && Number.isFinite(raw)) value = raw;
        else if (typeof raw === 'string' && Number.isFinite(Number(raw.replace(',', '.')))) {
          value = Number(raw.replace(',', '.'));
        } else {
          issues.error('kolada.value.invalid', [...entryPath, 'value'], { found: shown(raw) });
          return;
        }
        const observation: Observation = {
          indicator,
          area,
          period,
          sex,
          value,
          status: statusOf(value, entry.status, suppression),
        };
        if (options.keepCount && Number.isInteger(entry.count) && (entry.count as number) >= 0) {
          observation.count = entry.count as number;
        }
        const key = observationKey(observation);
        if (seen.has(key)) {
          issues.warning('format.observation.duplicate', entryPath, { key });
          return;
        }
        seen.add(key);
        observations.push(observation);
      });
    });
  });
  for (const [id, { path, values }] of unknownAreas) {
    issues.warning('kolada.area.unknown', path, { code: id.slice(0, 100), values });
  }
  if (deleted > 0) issues.warning('kolada.value.deleted', [], { count: deleted });
  if (issues.hasErrors) return { ok: false, issues: issues.items };

  // Indicators: given ones first, then metadata, then a minimal description from the data.
  const metaList =
    options.kpiMeta === undefined
      ? []
      : Array.isArray(options.kpiMeta)
        ? options.kpiMeta
        : isRecord(options.kpiMeta) && Array.isArray(options.kpiMeta.values)
          ? options.kpiMeta.values
          : [options.kpiMeta];
  const fromMeta = new Map<string, Indicator>();
  metaList.forEach((meta, m) => {
    const result = koladaKpiToIndicator(meta);
    if (result.ok) fromMeta.set(result.value.id, result.value);
    else
      for (const issue of result.issues) issues.items.push({ ...issue, path: ['kpiMeta', m, ...issue.path] });
  });
  const indicators: Indicator[] = [];
  for (const [id, { kpi, divided }] of kpis) {
    const given = options.indicators?.find((i) => i.id === id) ?? fromMeta.get(id);
    const indicator: Indicator = given ?? {
      id,
      title: { sv: kpi },
      unit: 'other',
      polarity: 'neutral',
      aboutPeople: divided,
      ...(divided ? { breakdowns: ['sex' as const] } : {}),
      source: { name: { ...KOLADA_SOURCE.name }, publisher: KOLADA_SOURCE.publisher, externalId: kpi },
    };
    indicators.push(options.indicator ? { ...indicator, ...options.indicator } : indicator);
  }
  const dataset: Dataset = {
    formatVersion: FORMAT_VERSION,
    source: { publisher: KOLADA_SOURCE.publisher, title: { sv: 'Kolada', en: 'Kolada' } },
    indicators,
    observations,
  };
  return { ok: true, value: dataset, issues: issues.items };
}

export interface FetchKoladaOptions extends KoladaOptions {
  /** One KPI id or several (`N33820`). */
  kpi: string | string[];
  /** dhol area codes (`00`, `19`, `1907`); they are sent as Kolada ids (`0000`, `0019`, `1907`). */
  areas: string[];
  /** Years to ask for; none (or an empty list) asks for every year Kolada has. */
  years?: (number | string)[];
  fetch: FetchLike;
  /** Retries, waiting and the clock (see `requestJson`); Kolada publishes no rate limit, so requests go one by one. */
  retries?: RequestPolicy['retries'];
  sleep?: RequestPolicy['sleep'];
  now?: RequestPolicy['now'];
  /** Also ask Kolada for the KPIs' descriptions (title, unit, split by gender) when `kpiMeta` is not given. */
  fetchMeta?: boolean;
  /** Default `KOLADA_API_BASE`. */
  baseUrl?: string;
  /** Municipality ids, and years, per request (default 25): Kolada refuses longer lists (HTTP 422). */
  batchSize?: number;
  /** Stop after this many pages in all (default 500), in case a server keeps pointing onwards. */
  maxPages?: number;
}

/** The v3 data URL for KPIs, Kolada municipality ids and years. */
export function koladaDataUrl(
  kpis: readonly string[],
  municipalities: readonly string[],
  years: readonly (number | string)[],
  baseUrl: string = KOLADA_API_BASE,
): string {
  const list = (items: readonly (string | number)[]) =>
    items.map((x) => encodeURIComponent(String(x))).join(',');
  const all = `${baseUrl.replace(/\/+$/, '')}/data/kpi/${list(kpis)}/municipality/${list(municipalities)}`;
  return years.length > 0 ? `${all}/year/${list(years)}` : all;
}

/**
 * Fetches Kolada data for KPIs, areas and years: builds the v3 data URL, sends municipality ids and years in batches,
 * follows `next_url` until there is none, and reads the pages with `parseKolada`. Never throws: a failed
 * request gives an issue.
 */
export async function fetchKolada(options: FetchKoladaOptions): Promise<Result<Dataset>> {
  const issues = new IssueList();
  const kpis = (Array.isArray(options.kpi) ? options.kpi : [options.kpi])
    .filter((k): k is string => typeof k === 'string')
    .map((k) => k.trim())
    .filter(Boolean);
  const areas: unknown[] = Array.isArray(options.areas) ? options.areas : [];
  const years: unknown[] = Array.isArray(options.years) ? options.years : [];
  const policy: RequestPolicy = {
    fetch: options.fetch,
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.now ? { now: options.now } : {}),
  };
  if (kpis.length === 0) issues.error('kolada.request.invalid', ['kpi'], { detail: 'kpi' });
  if (areas.length === 0) issues.error('kolada.request.invalid', ['areas'], { detail: 'areas' });
  const ids: string[] = [];
  areas.forEach((code, i) => {
    const id = typeof code === 'string' ? codeToKoladaArea(code) : undefined;
    if (id) ids.push(id);
    else issues.error('format.area.invalid', ['areas', i], { code: String(code) });
  });
  const yearList: string[] = [];
  years.forEach((year, i) => {
    const y = String(year).trim();
    if (/^\d{4}$/.test(y)) yearList.push(y);
    else issues.error('format.period.invalid', ['years', i], { period: y });
  });
  if (typeof options.fetch !== 'function')
    issues.error('kolada.request.invalid', ['fetch'], { detail: 'fetch' });
  if (issues.hasErrors) return { ok: false, issues: issues.items };

  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 25));
  const maxPages = options.maxPages ?? 500;
  const pages: unknown[] = [];
  const batches = (list: string[]) =>
    Array.from({ length: Math.ceil(list.length / batchSize) }, (_, i) =>
      list.slice(i * batchSize, (i + 1) * batchSize),
    );
  const yearBatches = yearList.length > 0 ? batches(yearList) : [[]];
  const requests = batches(ids).flatMap((idBatch) =>
    yearBatches.map((yearBatch) => koladaDataUrl(kpis, idBatch, yearBatch, options.baseUrl)),
  );
  for (const request of requests) {
    let url: string | undefined = request;
    const visited = new Set<string>();
    while (url !== undefined) {
      if (pages.length >= maxPages || visited.has(url)) {
        issues.error('kolada.fetch.too-many-pages', [], { pages: pages.length });
        return { ok: false, issues: issues.items };
      }
      visited.add(url);
      const answer = await requestJson(url, undefined, policy);
      if (!answer.ok) {
        reportRequestFailure(issues, 'kolada', answer, url);
        return { ok: false, issues: issues.items };
      }
      const page = answer.json;
      pages.push(page);
      // v3 names the next page `next_url`, v2 named it `next_page`; the last page has null or nothing.
      const next = isRecord(page) ? (text(page.next_url) ?? text(page.next_page)) : undefined;
      url = next === undefined ? undefined : onServerAsked(resolveUrl(next, url), options.baseUrl);
    }
  }
  let kpiMeta = options.kpiMeta;
  if (kpiMeta === undefined && options.fetchMeta) {
    // Without the KPIs' descriptions the figures still import, titled by their KPI id.
    const url = `${(options.baseUrl ?? KOLADA_API_BASE).replace(/\/+$/, '')}/kpi/${kpis.map(encodeURIComponent).join(',')}`;
    const answer = await requestJson(url, undefined, policy);
    if (answer.ok) kpiMeta = answer.json;
    else issues.warning('kolada.meta.unavailable', ['kpi'], { url });
  }
  const result = parseKolada(pages, kpiMeta === undefined ? options : { ...options, kpiMeta });
  return result.ok
    ? { ok: true, value: result.value, issues: [...issues.items, ...result.issues] }
    : { ok: false, issues: [...issues.items, ...result.issues] };
}

/**
 * A next-page link on the server that was asked: a mirror or test server (`baseUrl`) that passes on Kolada's own
 * links unchanged keeps the following pages on itself too.
 */
function onServerAsked(next: string, baseUrl: string | undefined): string {
  if (baseUrl === undefined || !next.startsWith(`${KOLADA_API_BASE}/`)) return next;
  return `${baseUrl.replace(/\/+$/, '')}${next.slice(KOLADA_API_BASE.length)}`;
}

function resolveUrl(next: string, base: string): string {
  try {
    return new URL(next, base).toString();
  } catch {
    return next;
  }
}
