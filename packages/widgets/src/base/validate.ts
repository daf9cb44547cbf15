import { type Area, Dataset, type Framework, type Issue, type Result } from '@dhol/core';

export interface ValidateOptions {
  frameworks: readonly Framework[];
  areas: readonly Area[];
}

/**
 * Validates a dataset for display. Until core's `validateDataset` (cross-references and policy rules) is
 * available this checks the structure with the model's schema; the result shape is the same.
 */
export function validateForDisplay(input: unknown, _options: ValidateOptions): Result<Dataset> {
  const parsed = Dataset.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  const issues: Issue[] = parsed.error.issues.map((issue) => ({
    severity: 'error',
    code: `structure.${issue.code}`,
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: {
      sv: svMessage(issue.code, issue as { keys?: readonly string[]; expected?: unknown }),
      en: issue.message,
    },
  }));
  return { ok: false, issues };
}

function svMessage(code: string, issue: { keys?: readonly string[]; expected?: unknown }): string {
  switch (code) {
    case 'invalid_type':
      return issue.expected === undefined
        ? 'Fel typ av värde.'
        : `Fel typ av värde (väntade ${String(issue.expected)}).`;
    case 'unrecognized_keys':
      return `Okänt fält: ${(issue.keys ?? []).join(', ')}.`;
    case 'too_small':
      return 'Värdet är för kort eller för litet.';
    case 'too_big':
      return 'Värdet är för långt eller för stort.';
    case 'invalid_format':
      return 'Värdet har fel format.';
    case 'invalid_value':
      return 'Värdet är inte ett av de tillåtna.';
    default:
      return 'Värdet följer inte formatet.';
  }
}
