/**
 * Where core's issues show in the form: the one place that maps an issue's path (`plans.0.activities.12.title.sv`)
 * to the field that shows it. Each section registers the paths of its fields as patterns (`*` for any index:
 * `plans/<n>/activities/<n>/title`); an issue belongs to the deepest registered field on its path. An issue with no
 * field (a rule about a whole activity, say) shows at the top of the part of the form it concerns, and every
 * issue is listed in the error summary.
 */
import type { Issue, IssuePath } from '@dhol/core';
import { type Lang, msg } from '../i18n/messages.js';
import { type Path, pathKey } from '../store/path.js';
import { issueText } from './issue-text.js';

/** A field's label in a language, for saying an issue about it in the error summary. */
export type FieldLabel = (lang: Lang) => string;

/** A field pattern, with the field's label when issues about it should name it. */
export type FieldSpec = string | readonly [pattern: string, label: FieldLabel];

const patterns = new Map<string, FieldLabel | undefined>();

/** Registers field patterns: `plans/<n>/title` is the title field of any plan. */
export function registerFields(list: readonly FieldSpec[]): void {
  for (const spec of list) {
    if (typeof spec === 'string') {
      if (!patterns.has(spec)) patterns.set(spec, undefined);
    } else patterns.set(spec[0], spec[1]);
  }
}

/** The label of the field at `path`; an English field without a label of its own is "<label> på engelska". */
export function labelFor(path: Path, lang: Lang): string | undefined {
  const pattern = patternOf(path);
  const own = patterns.get(pattern);
  if (own) return own(lang);
  if (path.at(-1) === 'en') {
    const base = patterns.get(pattern.slice(0, -'/en'.length));
    if (base) return msg(lang, 'field.english', { label: base(lang) });
  }
  return undefined;
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

  /** The issue in words, naming its field (for the error summary, where the field is not beside it). */
  text(issue: Issue, lang: Lang): string {
    const field = this.#fieldOf.get(issue);
    return issueText(issue, lang, field ? labelFor(field, lang) : undefined);
  }

  /** How many issues lie at or under `prefix` (an activity, say), by severity. */
  countUnder(prefix: Path): { errors: number; warnings: number } {
    return this.#counts.get(pathKey(prefix)) ?? { errors: 0, warnings: 0 };
  }
}
