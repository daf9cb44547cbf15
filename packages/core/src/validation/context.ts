import type { Issue, IssuePath, MessageParams, Severity } from '../issues/issue.js';
import type { Area } from '../model/area.js';
import type { Framework, Goal } from '../model/framework.js';
import type { Indicator, Observation } from '../model/indicator.js';
import type { Organisation } from '../model/organisation.js';
import { toIsoDay } from '../time/partial-date.js';
import { type DatasetIssueCode, validationIssue } from './messages.js';
import type { Loose, Pruned } from './sound-view.js';

/** How to validate. */
export interface ValidateOptions {
  /** Frameworks known besides the dataset's own, e.g. the national framework from `@dhol/data`. */
  frameworks?: readonly Framework[];
  /** The known areas; when given, area codes are checked against them (`00`, the whole country, always passes). */
  areas?: readonly Area[];
  /** The clock for overdue checks: a Date, an ISO string or epoch milliseconds. Defaults to now. */
  now?: Date | string | number;
  /** Whether to run the policy rules, which give warnings. Defaults to true. */
  policy?: boolean;
  /**
   * Warnings to leave out, by code (`policy.activity.no-responsible`) or by a family of codes ending in `.*`
   * (`policy.*`). Errors are never left out: a document with an error is invalid whatever is ignored.
   */
  ignore?: readonly string[];
  /**
   * Whether a local plan (`kind: "local"`) is warned about each delmål none of its activities address
   * (`policy.subgoal.no-activity`). Defaults to false: a municipality often addresses some delmål on purpose.
   * National and regional plans are always held to the whole framework (unless the code is ignored).
   */
  localPlanCoverage?: boolean;
}

/**
 * Options for validating one entity on its own. Entities it refers to may be passed in; a kind of reference is
 * checked only when its collection is given (here or, for frameworks and areas, as above).
 */
export interface ValidateEntityOptions extends ValidateOptions {
  organisations?: readonly Organisation[];
  indicators?: readonly Indicator[];
  observations?: readonly Observation[];
}

/** A framework with its goals by id, built once per validation. */
export interface FrameworkIndex {
  framework: Loose<Framework>;
  goals: Map<string, Loose<Goal>>;
}

/** What checks need: lookups built once, the clock, and where issues go. */
export interface CheckContext {
  issues: Issue[];
  frameworks: Map<string, FrameworkIndex>;
  /** Whether framework references are checked (for a single entity, only when frameworks are given). */
  checkFrameworks: boolean;
  /** Ids of frameworks that exist but failed the structure check: references to them are not reported. */
  brokenFrameworks?: Set<string>;
  /** Known organisation ids; undefined means organisation references are not checked. */
  organisations: Set<string> | undefined;
  /** Known indicators by id; undefined means indicator references are not checked. */
  indicators: Map<string, Loose<Indicator> | undefined> | undefined;
  /** Keys `indicator|area|period` of the known observations; undefined means baselines are not checked. */
  observationKeys: Set<string> | undefined;
  /** Known area codes; undefined means areas are checked only by form. */
  areas: Set<string> | undefined;
  /**
   * Whether to warn, once, that area codes go unchecked because no `areas` were given: for a whole dataset only
   * (an entity on its own checks each kind of reference only when its collection is given). Cleared once said.
   */
  warnUncheckedAreas?: boolean;
  /** How many frameworks the caller passed: with none, the message about an unknown framework says where one is. */
  frameworksKnown: number;
  /** Today, `YYYY-MM-DD`. */
  today: string;
  policy: boolean;
  /** Whether local plans are held to every delmål (see `ValidateOptions.localPlanCoverage`). */
  localPlanCoverage: boolean;
  /** Partial dates already read, with the days they cover. */
  spans?: Map<string, { first: string; last: string } | undefined>;
  /** The fields the structure check cut out of the document (see `soundView`); undefined when it was sound. */
  pruned?: Pruned;
}

export function report(
  ctx: CheckContext,
  severity: Severity,
  code: DatasetIssueCode,
  path: IssuePath,
  params: MessageParams = {},
): void {
  ctx.issues.push(validationIssue(severity, code, path, params));
}

export function indexFramework(framework: Loose<Framework>): FrameworkIndex {
  const goals = new Map<string, Loose<Goal>>();
  for (const goal of framework.goals ?? []) {
    if (typeof goal?.id === 'string' && !goals.has(goal.id)) goals.set(goal.id, goal);
  }
  return { framework, goals };
}

/** Today as `YYYY-MM-DD`; a clock value that is not a date falls back to the current time. */
export function resolveToday(now: unknown): string {
  if (now instanceof Date || typeof now === 'string' || typeof now === 'number') {
    const date = now instanceof Date ? now : new Date(now);
    if (!Number.isNaN(date.getTime())) return toIsoDay(date);
  }
  return toIsoDay(new Date());
}

/** The known area codes from options, read defensively (options come from callers, not from a schema). */
export function areaSet(areas: unknown): Set<string> | undefined {
  if (!Array.isArray(areas)) return undefined;
  const codes = new Set<string>(['00']);
  for (const area of areas) {
    if (area !== null && typeof area === 'object' && typeof (area as { code?: unknown }).code === 'string') {
      codes.add((area as { code: string }).code);
    }
  }
  return codes;
}

/** Items of a list from options that look like entities with an id. */
export function withIds<T extends { id: string }>(list: unknown): T[] {
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is T =>
      item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string',
  );
}

export function observationKey(indicator: string, area: string, period: string): string {
  return `${indicator}|${area}|${period}`;
}

/** Builds a context from options alone (used for single entities). */
export function contextFromOptions(options: ValidateEntityOptions | undefined): CheckContext {
  const opts = options ?? {};
  const frameworks = new Map<string, FrameworkIndex>();
  for (const framework of withIds<Framework>(opts.frameworks)) {
    if (!frameworks.has(framework.id) && Array.isArray(framework.goals)) {
      frameworks.set(framework.id, indexFramework(framework));
    }
  }
  const organisations =
    opts.organisations === undefined
      ? undefined
      : new Set(withIds<Organisation>(opts.organisations).map((organisation) => organisation.id));
  const indicators =
    opts.indicators === undefined
      ? undefined
      : new Map(withIds<Indicator>(opts.indicators).map((indicator) => [indicator.id, indicator] as const));
  let observationKeys: Set<string> | undefined;
  if (Array.isArray(opts.observations)) {
    observationKeys = new Set();
    for (const o of opts.observations as unknown[]) {
      const obs = o as Partial<Observation> | null;
      if (obs && typeof obs === 'object' && typeof obs.indicator === 'string') {
        observationKeys.add(observationKey(obs.indicator, String(obs.area), String(obs.period)));
      }
    }
  }
  return {
    issues: [],
    frameworks,
    checkFrameworks: opts.frameworks !== undefined,
    frameworksKnown: frameworks.size,
    organisations,
    indicators,
    observationKeys,
    areas: areaSet(opts.areas),
    today: resolveToday(opts.now),
    policy: opts.policy !== false,
    localPlanCoverage: opts.localPlanCoverage === true,
  };
}
