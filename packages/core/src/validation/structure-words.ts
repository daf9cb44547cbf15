import { numberFormat } from '../format/intl.js';
import type { MessageParams } from '../issues/issue.js';
import { listAllowed, showValue } from './field-text.js';
import type { ShapeIssue } from './shape-check.js';

// The words of a structure issue's message (what was expected, what was found), in Swedish and English: message
// text, like the catalogue in messages.ts, which re-exports `withStructureWords` so that the two travel together.
// The folder build of the widgets (dist/cdn/esm/) puts a stand-in in the catalogue's place that keeps the issue for
// later, and builds these words with the catalogue's texts in a chunk of their own, only when there are issues to
// show.

// Built on first use, from the shared cache: creating the first Intl object of a page is costly.
const svNumber = { format: (n: number) => numberFormat('sv-SE').format(n) };
const enNumber = { format: (n: number) => numberFormat('en-GB').format(n) };

/**
 * Which words a structure issue's message needs: the expected type (`type`), with what was found (`type-found`), the
 * expected format (`format`), a lower or upper limit (`min`, `max`), or one of the allowed values (`one-of`).
 */
export type StructureWordKind = 'type' | 'type-found' | 'format' | 'min' | 'max' | 'one-of';

/**
 * Adds to `params` the words of a structure issue's message: `expected` and `expectedEn`, and with `type-found` also
 * `found` and `foundEn`. Returns `params` itself (the folder build's stand-in keeps that object to add the words to
 * later).
 */
export function withStructureWords(
  params: MessageParams,
  issue: ShapeIssue,
  kind: StructureWordKind,
): MessageParams {
  const [expected, expectedEn] = expectedWords(issue, kind);
  params['expected'] = expected;
  params['expectedEn'] = expectedEn;
  if (kind === 'type-found') {
    const [found, foundEn] = describeFound(issue);
    params['found'] = found;
    params['foundEn'] = foundEn;
  }
  return params;
}

function expectedWords(issue: ShapeIssue, kind: StructureWordKind): [string, string] {
  switch (kind) {
    case 'format':
      return formatName(issue);
    case 'min':
    case 'max':
      return sizeWords(issue, kind);
    case 'one-of': {
      const allowed = listAllowed(issue.values ?? issue.options);
      return [`ett av ${allowed}`, `one of ${allowed}`];
    }
    default:
      return typeName(issue.expected);
  }
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
