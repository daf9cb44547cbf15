import type { IssuePath, Result } from '../issues/issue.js';
import type { Dataset } from '../model/dataset.js';
import type { Framework } from '../model/framework.js';
import type { Indicator, Observation } from '../model/indicator.js';
import type { Organisation } from '../model/organisation.js';
import { isRecord } from '../util/is-record.js';
import { checkAgreement } from './agreement-checks.js';
import {
  type CheckContext,
  contextFromOptions,
  type FrameworkIndex,
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
import { recogniseOtherFormat } from './other-formats.js';
import { checkPlan } from './plan-checks.js';
import { checkIndicatorPolicy } from './policy.js';
import { finish, structureOf } from './run.js';
import type { Loose } from './sound-view.js';
import { checkUrl } from './urls.js';

type View = Loose<Dataset>;

/**
 * Validates a dataset in one pass: its structure, and every reference, date, value and link (then, unless
 * `policy` is false, the policy rules) in every part whose own structure is sound, down to the single field, so a
 * bad date in one activity hides neither a bad link in another nor the references of its own other fields. Never
 * throws: any input gives a result. `ok` is true when no issue is an error; `value` is then the dataset itself
 * (the input, not a copy: the model has no defaults or transforms). Options may also carry known
 * `organisations`, `indicators` and `observations`, which count as if they were in the dataset.
 */
export function validateDataset(input: unknown, options?: ValidateEntityOptions): Result<Dataset> {
  return finish<Dataset>(options, () => {
    const structure = structureOf<Dataset>('dataset', input);
    if (!structure.checked) return structure;
    const other = structure.value === undefined ? recogniseOtherFormat(input) : undefined;
    if (other) return { ...structure, issues: [validationIssue('error', `input.${other}`, [])] };
    const view = isRecord(structure.view) ? (structure.view as View) : undefined;
    const ctx = buildContext(input, view, options);
    ctx.pruned = structure.pruned;
    ctx.issues = structure.issues;
    if (view) checkCollections(view, ctx);
    return { ...structure, ctx };
  });
}

/** The ids found in a raw collection, also of items that failed the structure check. */
function rawIds(input: unknown, key: string): Set<string> {
  const ids = new Set<string>();
  const list = isRecord(input) ? input[key] : undefined;
  if (Array.isArray(list))
    for (const item of list) if (isRecord(item) && typeof item.id === 'string') ids.add(item.id);
  return ids;
}

/** A framework whose goal ids are all readable: references into it can be checked. */
function isIndexable(framework: Loose<Framework>): framework is Loose<Framework> & { id: string } {
  const goals = framework.goals;
  if (framework.id === undefined || !goals) return false;
  for (const goal of goals) if (goal?.id === undefined) return false;
  return true;
}

function buildContext(
  input: unknown,
  view: View | undefined,
  options: ValidateEntityOptions | undefined,
): CheckContext {
  const ctx = contextFromOptions(options);
  // The dataset's own frameworks win over known ones with the same id. One whose goals cannot all be read is
  // "broken": references to it are not reported, since they may well be right.
  const frameworks = new Map<string, FrameworkIndex>();
  for (const framework of view?.frameworks ?? []) {
    if (framework && isIndexable(framework) && !frameworks.has(framework.id))
      frameworks.set(framework.id, indexFramework(framework));
  }
  ctx.brokenFrameworks = new Set();
  for (const id of rawIds(input, 'frameworks')) if (!frameworks.has(id)) ctx.brokenFrameworks.add(id);
  for (const [id, index] of ctx.frameworks) {
    if (!frameworks.has(id) && !ctx.brokenFrameworks.has(id)) frameworks.set(id, index);
  }
  ctx.frameworks = frameworks;
  ctx.checkFrameworks = true;
  ctx.warnUncheckedAreas = ctx.areas === undefined;

  const organisations = rawIds(input, 'organisations');
  for (const organisation of withIds<Organisation>(options?.organisations))
    organisations.add(organisation.id);
  ctx.organisations = organisations;

  const indicators = new Map<string, Loose<Indicator> | undefined>();
  for (const id of rawIds(input, 'indicators')) indicators.set(id, undefined);
  for (const indicator of withIds<Indicator>(options?.indicators)) indicators.set(indicator.id, indicator);
  for (const indicator of view?.indicators ?? []) {
    if (indicator?.id !== undefined) indicators.set(indicator.id, indicator);
  }
  ctx.indicators = indicators;

  const keys = ctx.observationKeys ?? new Set<string>();
  // The figures' keys serve only agreements' baselines: built only for a dataset that has one (a national set of
  // plans has thousands of figures and no baseline).
  if (view?.agreements?.some((agreement) => agreement?.baseline !== undefined)) {
    for (const o of view.observations ?? []) {
      if (o?.indicator !== undefined && o.area !== undefined && o.period !== undefined)
        keys.add(observationKey(o.indicator, o.area, o.period));
    }
  }
  ctx.observationKeys = keys;
  return ctx;
}

function checkCollections(d: View, ctx: CheckContext): void {
  const { frameworks, organisations, plans, agreements, indicators, observations } = d;
  if (frameworks) checkDuplicateIds(frameworks, ['frameworks'], 'duplicate.framework', ctx);
  if (organisations) checkDuplicateIds(organisations, ['organisations'], 'duplicate.organisation', ctx);
  if (plans) checkDuplicateIds(plans, ['plans'], 'duplicate.plan', ctx);
  if (agreements) checkDuplicateIds(agreements, ['agreements'], 'duplicate.agreement', ctx);
  if (indicators) checkDuplicateIds(indicators, ['indicators'], 'duplicate.indicator', ctx);
  if (observations) checkDuplicateObservations(observations, ['observations'], ctx);
  each(frameworks, 'frameworks', (item, path) => checkFramework(item, path, ctx));
  each(organisations, 'organisations', (item, path) => checkOrganisation(item, path, ctx));
  each(plans, 'plans', (item, path) => checkPlan(item, path, ctx));
  if (plans) checkPlanVersions(plans, ctx);
  each(agreements, 'agreements', (item, path) => checkAgreement(item, path, ctx));
  const sexes = ctx.policy && observations ? sexesByIndicator(observations) : undefined;
  each(indicators, 'indicators', (item, path) => {
    checkIndicator(item, path, ctx);
    if (ctx.policy)
      checkIndicatorPolicy(item, item.id === undefined ? undefined : sexes?.get(item.id), path, ctx);
  });
  each(observations, 'observations', (item, path) => checkObservation(item, path, ctx));
  checkUrl(d.source?.url, ctx, [], 'source', 'url');
  const related = d.related;
  if (related)
    for (let i = 0; i < related.length; i++) checkUrl(related[i]?.url, ctx, [], 'related', i, 'url');
}

function each<T>(
  items: readonly (T | undefined)[] | undefined,
  key: string,
  check: (item: T, path: IssuePath) => void,
): void {
  if (!items) return;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item !== undefined) check(item, [key, i]);
  }
}

/**
 * Which sexes each indicator's observations use. An observation whose indicator or sex failed the structure check
 * leaves the answer open: its indicator is then left out, so the split-by-sex rule says nothing about it.
 */
export function sexesByIndicator(
  observations: readonly (Loose<Observation> | undefined)[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const unknown = new Set<string>();
  for (const o of observations) {
    if (o?.indicator === undefined) continue;
    if (o.sex === undefined) {
      unknown.add(o.indicator);
      continue;
    }
    let set = out.get(o.indicator);
    if (!set) {
      set = new Set();
      out.set(o.indicator, set);
    }
    set.add(o.sex);
  }
  for (const id of unknown) out.delete(id);
  return out;
}
