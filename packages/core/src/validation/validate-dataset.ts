import type { Issue, IssuePath, Result } from '../issues/issue.js';
import type { Agreement } from '../model/agreement.js';
import type { Dataset } from '../model/dataset.js';
import type { Framework } from '../model/framework.js';
import type { Indicator, Observation } from '../model/indicator.js';
import type { Organisation } from '../model/organisation.js';
import type { Plan } from '../model/plan.js';
import { isRecord } from '../util/is-record.js';
import { checkAgreement } from './agreement-checks.js';
import {
  type CheckContext,
  contextFromOptions,
  indexFramework,
  observationKey,
  type ValidateEntityOptions,
  withIds,
} from './context.js';
import { checkDuplicateIds } from './duplicates.js';
import { checkPlanVersions } from './followup-checks.js';
import { checkFramework } from './framework-checks.js';
import { checkDuplicateObservations, checkIndicator, checkObservation } from './indicator-checks.js';
import { validationIssue } from './messages.js';
import { checkOrganisation } from './organisation-checks.js';
import { checkPlan } from './plan-checks.js';
import { checkIndicatorPolicy } from './policy.js';
import { checkShape, type ShapeResult } from './shape-check.js';
import { describeStructureIssues } from './structure-issues.js';
import { checkUrl } from './urls.js';

/** The collections of a dataset, each possibly with holes where an item failed the structure check. */
interface Collections {
  frameworks: (Framework | undefined)[];
  organisations: (Organisation | undefined)[];
  plans: (Plan | undefined)[];
  agreements: (Agreement | undefined)[];
  indicators: (Indicator | undefined)[];
  observations: (Observation | undefined)[];
  /** Every id found in each raw collection, also of items that failed the structure check. */
  rawIds: Record<'frameworks' | 'organisations' | 'indicators', Set<string>>;
  source?: { url?: string | undefined } | undefined;
  related?: ({ url?: string | undefined } | undefined)[] | undefined;
}

/**
 * Validates a dataset: its structure, then every reference, date and value, then (unless `policy` is false) the
 * policy rules. Never throws: any input gives a result. `ok` is true when no issue is an error; `value` is then
 * the dataset itself (the input, not a copy: the model has no defaults or transforms). Options may also carry
 * known `organisations`, `indicators` and `observations`, which count as if they were in the dataset.
 */
export function validateDataset(input: unknown, options?: ValidateEntityOptions): Result<Dataset> {
  try {
    return run(input, options);
  } catch {
    return { ok: false, issues: [validationIssue('error', 'internal.error', [])] };
  }
}

function run(input: unknown, options: ValidateEntityOptions | undefined): Result<Dataset> {
  let parsed: ShapeResult<Dataset>;
  try {
    parsed = checkShape('dataset', input);
  } catch {
    // Getters that throw, proxies and the like: not data that came from JSON.
    return { ok: false, issues: [validationIssue('error', 'input.unreadable', [])] };
  }
  const structureIssues = parsed.success ? [] : describeStructureIssues(parsed.issues);
  const collections = parsed.success ? fromValid(parsed.data) : salvage(input, structureIssues);
  const ctx = buildContext(collections, options);
  ctx.issues = structureIssues;
  checkCollections(collections, ctx);
  const ok = ctx.issues.every((issue) => issue.severity !== 'error');
  return ok && parsed.success
    ? { ok: true, value: parsed.data, issues: ctx.issues }
    : { ok: false, issues: ctx.issues };
}

function fromValid(dataset: Dataset): Collections {
  const rawIds = {
    frameworks: new Set((dataset.frameworks ?? []).map((f) => f.id)),
    organisations: new Set((dataset.organisations ?? []).map((o) => o.id)),
    indicators: new Set((dataset.indicators ?? []).map((i) => i.id)),
  };
  return {
    frameworks: dataset.frameworks ?? [],
    organisations: dataset.organisations ?? [],
    plans: dataset.plans ?? [],
    agreements: dataset.agreements ?? [],
    indicators: dataset.indicators ?? [],
    observations: dataset.observations ?? [],
    rawIds,
    source: dataset.source,
    related: dataset.related,
  };
}

/**
 * When the structure check failed, keeps the items that had no structure issue (zod copies values without
 * changing them, so the raw item is what a successful parse would give) so their references can still be checked.
 */
function salvage(input: unknown, issues: readonly Issue[]): Collections {
  const raw = isRecord(input) ? input : {};
  const broken = new Set<string>();
  const brokenRoot = new Set<string>();
  for (const issue of issues) {
    const [head, index] = issue.path;
    if (typeof head === 'string' && typeof index === 'number') broken.add(`${head}|${index}`);
    else if (typeof head === 'string') brokenRoot.add(head);
  }
  const pick = <T>(key: string): (T | undefined)[] => {
    const list = raw[key];
    if (!Array.isArray(list) || brokenRoot.has(key)) return [];
    const out: (T | undefined)[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) out[i] = broken.has(`${key}|${i}`) ? undefined : (list[i] as T);
    return out;
  };
  const ids = (key: string): Set<string> => {
    const list = raw[key];
    const set = new Set<string>();
    if (Array.isArray(list))
      for (const item of list) if (isRecord(item) && typeof item.id === 'string') set.add(item.id);
    return set;
  };
  const collections: Collections = {
    frameworks: pick('frameworks'),
    organisations: pick('organisations'),
    plans: pick('plans'),
    agreements: pick('agreements'),
    indicators: pick('indicators'),
    observations: pick('observations'),
    rawIds: {
      frameworks: ids('frameworks'),
      organisations: ids('organisations'),
      indicators: ids('indicators'),
    },
  };
  if (!brokenRoot.has('source') && isRecord(raw.source))
    collections.source = raw.source as Collections['source'];
  if (!brokenRoot.has('related')) collections.related = pick('related');
  return collections;
}

function buildContext(collections: Collections, options: ValidateEntityOptions | undefined): CheckContext {
  const ctx = contextFromOptions(options);
  // The dataset's own frameworks win over known ones with the same id.
  const frameworks = new Map<string, ReturnType<typeof indexFramework>>();
  for (const framework of collections.frameworks) {
    if (framework && !frameworks.has(framework.id)) frameworks.set(framework.id, indexFramework(framework));
  }
  ctx.brokenFrameworks = new Set();
  for (const id of collections.rawIds.frameworks) if (!frameworks.has(id)) ctx.brokenFrameworks.add(id);
  for (const [id, index] of ctx.frameworks) {
    if (!frameworks.has(id) && !ctx.brokenFrameworks.has(id)) frameworks.set(id, index);
  }
  ctx.frameworks = frameworks;
  ctx.checkFrameworks = true;

  const organisations = new Set(collections.rawIds.organisations);
  for (const organisation of withIds<Organisation>(options?.organisations))
    organisations.add(organisation.id);
  ctx.organisations = organisations;

  const indicators = new Map<string, Indicator | undefined>();
  for (const id of collections.rawIds.indicators) indicators.set(id, undefined);
  for (const indicator of withIds<Indicator>(options?.indicators)) indicators.set(indicator.id, indicator);
  for (const indicator of collections.indicators) if (indicator) indicators.set(indicator.id, indicator);
  ctx.indicators = indicators;

  const keys = ctx.observationKeys ?? new Set<string>();
  for (const o of collections.observations) if (o) keys.add(observationKey(o.indicator, o.area, o.period));
  ctx.observationKeys = keys;
  return ctx;
}

function checkCollections(c: Collections, ctx: CheckContext): void {
  checkDuplicateIds(c.frameworks, ['frameworks'], 'duplicate.framework', ctx);
  checkDuplicateIds(c.organisations, ['organisations'], 'duplicate.organisation', ctx);
  checkDuplicateIds(c.plans, ['plans'], 'duplicate.plan', ctx);
  checkDuplicateIds(c.agreements, ['agreements'], 'duplicate.agreement', ctx);
  checkDuplicateIds(c.indicators, ['indicators'], 'duplicate.indicator', ctx);
  checkDuplicateObservations(c.observations, ['observations'], ctx);
  each(c.frameworks, 'frameworks', (item, path) => checkFramework(item, path, ctx));
  each(c.organisations, 'organisations', (item, path) => checkOrganisation(item, path, ctx));
  each(c.plans, 'plans', (item, path) => checkPlan(item, path, ctx));
  checkPlanVersions(c.plans, ctx);
  each(c.agreements, 'agreements', (item, path) => checkAgreement(item, path, ctx));
  const sexes = ctx.policy ? sexesByIndicator(c.observations) : undefined;
  each(c.indicators, 'indicators', (item, path) => {
    checkIndicator(item, path, ctx);
    if (ctx.policy) checkIndicatorPolicy(item, sexes?.get(item.id), path, ctx);
  });
  each(c.observations, 'observations', (item, path) => checkObservation(item, path, ctx));
  checkUrl(c.source?.url, ctx, [], 'source', 'url');
  if (c.related) {
    for (let i = 0; i < c.related.length; i++) checkUrl(c.related[i]?.url, ctx, [], 'related', i, 'url');
  }
}

function each<T>(
  items: readonly (T | undefined)[],
  key: string,
  check: (item: T, path: IssuePath) => void,
): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item !== undefined) check(item, [key, i]);
  }
}

/** Which sexes each indicator's observations use. */
export function sexesByIndicator(
  observations: readonly (Observation | undefined)[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const o of observations) {
    if (!o) continue;
    let set = out.get(o.indicator);
    if (!set) {
      set = new Set();
      out.set(o.indicator, set);
    }
    set.add(o.sex);
  }
  return out;
}
