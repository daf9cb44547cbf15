import { formatIssue, formatPath, type Issue } from '@dhol/core';
import { inputName } from './files.js';
import type { Lang } from './i18n.js';

/** An issue as `--json` prints it: everything the core says, plus the path written as people read it. */
export function issueToJson(issue: Issue): Issue & { location: string } {
  return { ...issue, location: formatPath(issue.path) };
}

/**
 * An issue of an input file as one line, as core's `formatIssue` writes it:
 * `data.json:12:5: fel: plans[0].owner: … [reference.organisation.unknown]`. CSV messages name their row and
 * column themselves, so their path is left out.
 */
export function formatInputIssue(
  lang: Lang,
  file: string,
  issue: Issue,
  options: { showPath: boolean },
): string {
  return formatIssue(issue, { lang, file: inputName(file), path: options.showPath });
}
