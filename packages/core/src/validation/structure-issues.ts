import { numberFormat } from '../format/intl.js';
import type { Issue, IssuePath } from '../issues/issue.js';
import { partialDateSpan } from '../time/partial-date.js';
import { validationIssue } from './messages.js';
import type { ShapeIssue } from './shape-check.js';

// Built on first use, from the shared cache: creating the first Intl object of a page is costly.
const svNumber = { format: (n: number) => numberFormat('sv-SE').format(n) };
const enNumber = { format: (n: number) => numberFormat('en-GB').format(n) };

/**
 * The field as people see it in the file: `title`, or `scope[2]` for an entry of a list; empty for the document
 * itself, which messages then call "Dokumentet" / "The document".
 */
export function fieldName(path: IssuePath): string {
  const last = path[path.length - 1];
  if (last === undefined) return '';
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return `${parent === undefined ? '' : String(parent)}[${last}]`;
  }
  return shorten(last, 60);
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value as shown in a message: short, JSON-like, never the whole of a 10 MB string. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value, 60));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return typeof value;
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['text', 'text'],
  number: ['ett tal', 'a number'],
  int: ['ett heltal', 'a whole number'],
  boolean: ['true eller false', 'true or false'],
  array: ['en lista', 'a list'],
  object: ['ett objekt', 'an object'],
  null: ['null', 'null'],
  record: ['ett objekt', 'an object'],
};

function typeName(expected: string | undefined): [string, string] {
  return TYPE_NAMES[expected ?? ''] ?? [String(expected), String(expected)];
}

function describeFound(issue: ShapeIssue): [string, string] {
  if (issue.received === 'Infinity' || issue.received === 'NaN') {
    return [`${issue.received} (inte ett ändligt tal)`, `${issue.received} (not a finite number)`];
  }
  const input = issue.input;
  if (input === null) return ['null', 'null'];
  if (typeof input === 'string') return [`texten ${showValue(input)}`, `the text ${showValue(input)}`];
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return [`${input} (inte ett ändligt tal)`, `${input} (not a finite number)`];
    return [`talet ${input}`, `the number ${input}`];
  }
  if (typeof input === 'boolean') return [String(input), String(input)];
  if (Array.isArray(input)) return ['en lista', 'a list'];
  if (typeof input === 'object') return ['ett objekt', 'an object'];
  return [typeof input, typeof input];
}

const FORMATS: Record<string, [string, string]> = {
  id: [
    'ett id av små bokstäver a–z, siffror, ”-”, ”_” och ”.” (högst 120 tecken, t.ex. ”delmal-6”)',
    'an id of lower-case letters a–z, digits, "-", "_" and "." (at most 120 characters, e.g. "delmal-6")',
  ],
  date: ['ett datum skrivet ÅÅÅÅ-MM-DD', 'a date written YYYY-MM-DD'],
  'partial-date': [
    'ett datum skrivet ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
    'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  ],
  period: ['ett år (ÅÅÅÅ) eller ett spann av år (ÅÅÅÅ-ÅÅÅÅ)', 'a year (YYYY) or a span of years (YYYY-YYYY)'],
  'area-code': [
    'en områdeskod: 00 för riket, 2 siffror för ett län, 4 siffror för en kommun',
    'an area code: 00 for the country, 2 digits for a county, 4 digits for a municipality',
  ],
};

function formatName(issue: ShapeIssue): [string, string] {
  if (issue.format === 'regex') {
    const named = FORMATS[issue.message ?? ''];
    if (named) return named;
    if (issue.pattern === '/^\\d{4}(-\\d{4})?$/') return FORMATS['period']!;
    return [`text som matchar mönstret ${issue.pattern}`, `text matching the pattern ${issue.pattern}`];
  }
  return FORMATS[issue.format ?? ''] ?? [`i formatet ${issue.format}`, `in the format ${issue.format}`];
}

function sizeWords(issue: ShapeIssue, kind: 'min' | 'max'): [string, string] {
  const limit = (kind === 'min' ? issue.minimum : issue.maximum) ?? 0;
  const sv = svNumber.format(limit);
  const en = enNumber.format(limit);
  const input = issue.input;
  if (issue.origin === 'string') {
    const length = typeof input === 'string' ? input.length : undefined;
    const hasSv = length === undefined ? '' : ` (har ${svNumber.format(length)})`;
    const hasEn = length === undefined ? '' : ` (has ${enNumber.format(length)})`;
    if (kind === 'min' && limit <= 1) return ['får inte vara tomt', 'must not be empty'];
    return kind === 'min'
      ? [`ska ha minst ${sv} tecken${hasSv}`, `must have at least ${en} characters${hasEn}`]
      : [`får ha högst ${sv} tecken${hasSv}`, `may have at most ${en} characters${hasEn}`];
  }
  if (issue.origin === 'array') {
    const length = Array.isArray(input) ? input.length : undefined;
    const hasSv = length === undefined ? '' : ` (har ${svNumber.format(length)})`;
    const hasEn = length === undefined ? '' : ` (has ${enNumber.format(length)})`;
    return kind === 'min'
      ? [
          `ska ha minst ${sv} ${limit === 1 ? 'post' : 'poster'}${hasSv}`,
          `must have at least ${en} ${limit === 1 ? 'entry' : 'entries'}${hasEn}`,
        ]
      : [`får ha högst ${sv} poster${hasSv}`, `may have at most ${en} entries${hasEn}`];
  }
  const found = typeof input === 'number' ? [` (är ${input})`, ` (is ${input})`] : ['', ''];
  const strict = issue.inclusive === false;
  return kind === 'min'
    ? [
        `ska vara ${strict ? 'större än' : 'minst'} ${sv}${found[0]}`,
        `must be ${strict ? 'greater than' : 'at least'} ${en}${found[1]}`,
      ]
    : [
        `ska vara ${strict ? 'mindre än' : 'högst'} ${sv}${found[0]}`,
        `must be ${strict ? 'less than' : 'at most'} ${en}${found[1]}`,
      ];
}

function listAllowed(values: readonly unknown[] | undefined): string {
  return (values ?? []).map((value) => showValue(value)).join(', ');
}

/** Turns structure issues into ours, with messages a web team can act on. */
export function describeStructureIssues(issues: readonly ShapeIssue[]): Issue[] {
  return issues.flatMap(describeStructureIssue);
}

function describeStructureIssue(issue: ShapeIssue): Issue[] {
  const path = issue.path;
  const field = fieldName(path);
  switch (issue.code) {
    case 'invalid_type': {
      const [expected, expectedEn] = typeName(issue.expected);
      if (issue.input === undefined && issue.received === undefined) {
        return [validationIssue('error', 'structure.required', path, { field, expected, expectedEn })];
      }
      const [found, foundEn] = describeFound(issue);
      return [
        validationIssue('error', 'structure.type', path, { field, expected, expectedEn, found, foundEn }),
      ];
    }
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) =>
        validationIssue('error', 'structure.unknown-key', [...path, key], { key: shorten(key, 60) }),
      );
    case 'invalid_format': {
      const value = showValue(issue.input);
      // Written as a date but not one in the calendar (2026-13-45, 2025-02-29): say that, not how to write it.
      const isDateField =
        issue.format === 'date' || (issue.format === 'regex' && issue.message === 'partial-date');
      if (
        isDateField &&
        typeof issue.input === 'string' &&
        /^\d{4}-\d{2}(-\d{2})?$/.test(issue.input) &&
        partialDateSpan(issue.input) === undefined
      ) {
        return [validationIssue('error', 'date.invalid', path, { field, value })];
      }
      const [expected, expectedEn] = formatName(issue);
      return [validationIssue('error', 'structure.format', path, { field, expected, expectedEn, value })];
    }
    case 'invalid_value': {
      const value = showValue(issue.input);
      const allowed = listAllowed(issue.values);
      if (issue.input === undefined) {
        // Left out, not set to a wrong value: say it is missing and what it may be.
        const [expected, expectedEn] =
          (issue.values?.length ?? 0) === 1 ? [allowed, allowed] : [`ett av ${allowed}`, `one of ${allowed}`];
        return [validationIssue('error', 'structure.required', path, { field, expected, expectedEn })];
      }
      if (path.length === 1 && path[0] === 'formatVersion') {
        return [
          validationIssue('error', 'structure.format-version', path, {
            value,
            expected: String(issue.values?.[0]),
          }),
        ];
      }
      const code = (issue.values?.length ?? 0) === 1 ? 'structure.literal' : 'structure.enum';
      return [validationIssue('error', code, path, { field, value, allowed })];
    }
    case 'too_small': {
      const [expected, expectedEn] = sizeWords(issue, 'min');
      return [validationIssue('error', 'structure.too-small', path, { field, expected, expectedEn })];
    }
    case 'too_big': {
      const [expected, expectedEn] = sizeWords(issue, 'max');
      return [validationIssue('error', 'structure.too-big', path, { field, expected, expectedEn })];
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const input = issue.input;
        const found =
          input !== null && typeof input === 'object' && !Array.isArray(input)
            ? (input as Record<string, unknown>)[issue.discriminator]
            : undefined;
        const allowed = listAllowed(issue.options);
        if (found === undefined) {
          const [expected, expectedEn] = [`ett av ${allowed}`, `one of ${allowed}`];
          return [validationIssue('error', 'structure.required', path, { field, expected, expectedEn })];
        }
        return [
          validationIssue('error', 'structure.enum', path, { field, value: showValue(found), allowed }),
        ];
      }
      return [validationIssue('error', 'structure.union', path, { field, allowed: '' })];
    }
    default:
      return [validationIssue('error', 'structure.invalid', path, { field })];
  }
}
