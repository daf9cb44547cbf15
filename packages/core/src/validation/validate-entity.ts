import type { IssuePath, Result } from '../issues/issue.js';
import type { Agreement } from '../model/agreement.js';
import type { Framework } from '../model/framework.js';
import type { Indicator, Observation } from '../model/indicator.js';
import type { Plan } from '../model/plan.js';
import { checkAgreement } from './agreement-checks.js';
import { type CheckContext, contextFromOptions, type ValidateEntityOptions } from './context.js';
import { checkFramework } from './framework-checks.js';
import { checkDuplicateObservations, checkIndicator, checkObservation } from './indicator-checks.js';
import { checkPlan } from './plan-checks.js';
import { checkIndicatorPolicy } from './policy.js';
import { finish, structureOf } from './run.js';
import type { ShapeRoot } from './shape-table.js';
import type { Loose } from './sound-view.js';
import { sexesByIndicator } from './validate-dataset.js';

/**
 * Validates one entity in one pass: structure, then the checks that apply to it in every part whose structure is
 * sound. References are checked against the collections passed in options (`organisations`, `indicators`,
 * `observations`, `frameworks`, `areas`); a kind of reference whose collection is not given is not checked. Never
 * throws.
 */
function validateEntity<T>(
  root: ShapeRoot | 'observations',
  input: unknown,
  options: ValidateEntityOptions | undefined,
  check: (value: Loose<T>, path: IssuePath, ctx: CheckContext) => void,
): Result<T> {
  return finish<T>(options, () => {
    const structure = structureOf<T>(root, input);
    if (!structure.checked) return structure;
    const ctx = contextFromOptions(options);
    ctx.pruned = structure.pruned;
    ctx.issues = structure.issues;
    if (structure.view !== undefined) check(structure.view as Loose<T>, [], ctx);
    return { ...structure, ctx };
  });
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
    const sexes =
      observations && indicator.id !== undefined
        ? sexesByIndicator(observations).get(indicator.id)
        : undefined;
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
    for (let i = 0; i < list.length; i++) {
      const observation = list[i];
      if (observation) checkObservation(observation, [...path, i], ctx);
    }
  });
}
