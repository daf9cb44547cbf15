import type { IssuePath, Result } from '../issues/issue.js';
import type { Agreement } from '../model/agreement.js';
import type { Framework } from '../model/framework.js';
import type { Indicator, Observation } from '../model/indicator.js';
import type { Plan } from '../model/plan.js';
import { checkAgreement } from './agreement-checks.js';
import { type CheckContext, contextFromOptions, type ValidateEntityOptions } from './context.js';
import { checkFramework } from './framework-checks.js';
import { checkDuplicateObservations, checkIndicator, checkObservation } from './indicator-checks.js';
import { validationIssue } from './messages.js';
import { checkPlan } from './plan-checks.js';
import { checkIndicatorPolicy } from './policy.js';
import { checkShape, type ShapeResult } from './shape-check.js';
import type { ShapeRoot } from './shape-table.js';
import { describeStructureIssues } from './structure-issues.js';
import { sexesByIndicator } from './validate-dataset.js';

/**
 * Validates one entity: structure, then the checks that apply to it. References are checked against the
 * collections passed in options (`organisations`, `indicators`, `observations`, `frameworks`, `areas`); a kind of
 * reference whose collection is not given is not checked. Never throws.
 */
function validateEntity<T>(
  root: ShapeRoot | 'observations',
  input: unknown,
  options: ValidateEntityOptions | undefined,
  check: (value: T, path: IssuePath, ctx: CheckContext) => void,
): Result<T> {
  try {
    let parsed: ShapeResult<T>;
    try {
      parsed = checkShape<T>(root, input);
    } catch {
      return { ok: false, issues: [validationIssue('error', 'input.unreadable', [])] };
    }
    if (!parsed.success) return { ok: false, issues: describeStructureIssues(parsed.issues) };
    const ctx = contextFromOptions(options);
    check(parsed.data, [], ctx);
    const ok = ctx.issues.every((issue) => issue.severity !== 'error');
    return ok ? { ok: true, value: parsed.data, issues: ctx.issues } : { ok: false, issues: ctx.issues };
  } catch {
    return { ok: false, issues: [validationIssue('error', 'internal.error', [])] };
  }
}

/** Validates a plan (handlingsplan) and its activities. */
export function validatePlan(input: unknown, options?: ValidateEntityOptions): Result<Plan> {
  return validateEntity<Plan>('plan', input, options, checkPlan);
}

/** Validates an agreement (handslag); its baseline is checked against `options.observations` when given. */
export function validateAgreement(input: unknown, options?: ValidateEntityOptions): Result<Agreement> {
  return validateEntity<Agreement>('agreement', input, options, checkAgreement);
}

/** Validates a framework: its goal tree, period and links. */
export function validateFramework(input: unknown, options?: ValidateEntityOptions): Result<Framework> {
  return validateEntity<Framework>('framework', input, options, checkFramework);
}

/** Validates an indicator; the split-by-sex rule looks at `options.observations` when given. */
export function validateIndicator(input: unknown, options?: ValidateEntityOptions): Result<Indicator> {
  return validateEntity<Indicator>('indicator', input, options, (indicator, path, ctx) => {
    checkIndicator(indicator, path, ctx);
    if (!ctx.policy) return;
    const observations = Array.isArray(options?.observations) ? options.observations : undefined;
    const sexes = observations ? sexesByIndicator(observations).get(indicator.id) : undefined;
    checkIndicatorPolicy(indicator, sexes, path, ctx);
  });
}

/** Validates one observation; its value is checked against its indicator's unit when `options.indicators` has it. */
export function validateObservation(input: unknown, options?: ValidateEntityOptions): Result<Observation> {
  return validateEntity<Observation>('observation', input, options, checkObservation);
}

/** Validates a list of observations, including that no two share indicator, area, period and sex. */
export function validateObservations(input: unknown, options?: ValidateEntityOptions): Result<Observation[]> {
  return validateEntity<Observation[]>('observations', input, options, (list, path, ctx) => {
    checkDuplicateObservations(list, path, ctx);
    for (let i = 0; i < list.length; i++) checkObservation(list[i]!, [...path, i], ctx);
  });
}
