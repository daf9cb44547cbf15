/**
 * Where core's issues show in the form: the one place that maps an issue's path (`plans.0.activities.12.title.sv`)
 * to the field that shows it. Each section registers the paths of its fields as patterns (`*` for any index:
 * `plans/<n>/activities/<n>/title`); an issue belongs to the deepest registered field on its path. An issue with no
 * field (a rule about a whole activity, say) shows at the top of the part of the form it concerns, and every
 * issue is listed in the error summary.
 */
import type { Issue, IssuePath } from '@dhol/core';
import { type Path, pathKey } from '../store/path.js';

const patterns = new Set<string>();

/** Registers field patterns: `plans/<n>/title` is the title field of any plan. */
export function registerFields(list: readonly string[]): void {
  for (const pattern of list) patterns.add(pattern);
}

const patternOf = (path: Path): string =>
  path.map((key) => (typeof key === 'number' ? '*' : key.replaceAll('/', '%2F'))).join('/');

/** The path of the field that shows an issue at `path`, or undefined when no field does. */
export function fieldPathFor(path: IssuePath | Path): Path | undefined {
  for (let length = path.length; length > 0; length--) {
    const prefix = path.slice(0, length);
    if (patterns.has(patternOf(prefix))) return prefix;
  }
  return undefined;
}

/** The element id of the field for `path` (its input, or the first input of a group of inputs). */
export function fieldId(path: Path): string {
  return `f/${pathKey(path)}`;
}

/** Issues sorted for showing: errors before warnings, each in the order core found them (the file's order). */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [
    ...issues.filter((issue) => issue.severity === 'error'),
    ...issues.filter((issue) => issue.severity !== 'error'),
  ];
}

/** One validation's issues, indexed by the field that shows each one. */
export class IssueIndex {
  readonly issues: readonly Issue[];
  readonly errors: number;
  readonly warnings: number;
  readonly #byField = new Map<string, Issue[]>();
  readonly #fieldOf = new Map<Issue, Path | undefined>();
  /** Counts of issues at or under every path that has any, built once: a list of 1,000 activities asks often. */
  readonly #counts = new Map<string, { errors: number; warnings: number }>();

  constructor(issues: readonly Issue[] = []) {
    this.issues = sortIssues(issues);
    this.errors = issues.filter((issue) => issue.severity === 'error').length;
    this.warnings = issues.length - this.errors;
    for (const issue of this.issues) {
      const field = fieldPathFor(issue.path);
      this.#fieldOf.set(issue, field);
      const key = field ? pathKey(field) : `~${pathKey(issue.path)}`;
      const list = this.#byField.get(key);
      if (list) list.push(issue);
      else this.#byField.set(key, [issue]);
      for (let length = 0; length <= issue.path.length; length++) {
        const prefix = pathKey(issue.path.slice(0, length));
        let count = this.#counts.get(prefix);
        if (!count) {
          count = { errors: 0, warnings: 0 };
          this.#counts.set(prefix, count);
        }
        if (issue.severity === 'error') count.errors++;
        else count.warnings++;
      }
    }
  }

  /** The issues a field at `path` shows. */
  at(path: Path): readonly Issue[] {
    return this.#byField.get(pathKey(path)) ?? [];
  }

  /** The field an issue shows at, or undefined when none does. */
  fieldOf(issue: Issue): Path | undefined {
    return this.#fieldOf.get(issue);
  }

  /** How many issues lie at or under `prefix` (an activity, say), by severity. */
  countUnder(prefix: Path): { errors: number; warnings: number } {
    return this.#counts.get(pathKey(prefix)) ?? { errors: 0, warnings: 0 };
  }
}
