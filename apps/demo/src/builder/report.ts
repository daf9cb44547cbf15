import type { Dataset, Issue } from '@dhol/core';

/** Warnings of one code, in the order they were found. */
export interface WarningGroup {
  code: string;
  issues: Issue[];
  /** Why these warnings are expected, when they are: they belong to an example and say nothing about the user's work. */
  expected?: { sv: string; en: string };
}

/**
 * Warnings an example dataset is known to give, by dataset id and issue code, with the reason. Sörmland's plan
 * names no responsible party for 21 of its activities, so the honest dataset warns 21 times.
 */
const EXPECTED: Record<string, Record<string, { sv: string; en: string }>> = {
  'sormland-handlingsplan-2026': {
    'policy.activity.no-responsible': {
      sv: 'handlingsplanen anger inte vem som ansvarar för de här aktiviteterna, så datan kan inte heller göra det.',
      en: 'the plan does not say who is responsible for these activities, so the data cannot either.',
    },
  },
};

/**
 * The report's order: every error on its own, then the warnings grouped by code, those an example is known to give
 * last, so that a warning about the user's own work stands out among an example's expected ones.
 */
export function groupIssues(
  issues: readonly Issue[],
  dataset: Dataset | undefined,
): { errors: Issue[]; warnings: WarningGroup[] } {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const groups = new Map<string, WarningGroup>();
  const known = (dataset?.id && EXPECTED[dataset.id]) || {};
  for (const issue of issues) {
    if (issue.severity !== 'warning') continue;
    let group = groups.get(issue.code);
    if (!group) {
      const expected = known[issue.code];
      group = { code: issue.code, issues: [], ...(expected ? { expected } : {}) };
      groups.set(issue.code, group);
    }
    group.issues.push(issue);
  }
  const warnings = [...groups.values()];
  return {
    errors,
    warnings: [...warnings.filter((g) => !g.expected), ...warnings.filter((g) => g.expected)],
  };
}
