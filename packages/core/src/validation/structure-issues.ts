import type { Issue } from '../issues/issue.js';
import { partialDateSpan } from '../time/partial-date.js';
import { fieldName, listAllowed, shorten, showValue } from './field-text.js';
import { validationIssue, withStructureWords } from './messages.js';
import type { ShapeIssue } from './shape-check.js';

export { fieldName, showValue } from './field-text.js';

/** Turns structure issues into ours, with messages a web team can act on. */
export function describeStructureIssues(issues: readonly ShapeIssue[]): Issue[] {
  return issues.flatMap(describeStructureIssue);
}

function describeStructureIssue(issue: ShapeIssue): Issue[] {
  const path = issue.path;
  const field = fieldName(path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && issue.received === undefined) {
        return [
          validationIssue('error', 'structure.required', path, withStructureWords({ field }, issue, 'type')),
        ];
      }
      return [
        validationIssue('error', 'structure.type', path, withStructureWords({ field }, issue, 'type-found')),
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
      const params = withStructureWords({ field }, issue, 'format');
      params['value'] = value;
      return [validationIssue('error', 'structure.format', path, params)];
    }
    case 'invalid_value': {
      const value = showValue(issue.input);
      const allowed = listAllowed(issue.values);
      if (issue.input === undefined) {
        // Left out, not set to a wrong value: say it is missing and what it may be.
        const params =
          (issue.values?.length ?? 0) === 1
            ? { field, expected: allowed, expectedEn: allowed }
            : withStructureWords({ field }, issue, 'one-of');
        return [validationIssue('error', 'structure.required', path, params)];
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
    case 'too_small':
      return [
        validationIssue('error', 'structure.too-small', path, withStructureWords({ field }, issue, 'min')),
      ];
    case 'too_big':
      return [
        validationIssue('error', 'structure.too-big', path, withStructureWords({ field }, issue, 'max')),
      ];
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const input = issue.input;
        const found =
          input !== null && typeof input === 'object' && !Array.isArray(input)
            ? (input as Record<string, unknown>)[issue.discriminator]
            : undefined;
        if (found === undefined) {
          return [
            validationIssue(
              'error',
              'structure.required',
              path,
              withStructureWords({ field }, issue, 'one-of'),
            ),
          ];
        }
        return [
          validationIssue('error', 'structure.enum', path, {
            field,
            value: showValue(found),
            allowed: listAllowed(issue.options),
          }),
        ];
      }
      return [validationIssue('error', 'structure.union', path, { field, allowed: '' })];
    }
    default:
      return [validationIssue('error', 'structure.invalid', path, { field })];
  }
}
