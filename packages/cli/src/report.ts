import { formatPath, type Issue } from '@dhol/core';
import type { Lang } from './i18n.js';

const SEVERITY: Record<Lang, Record<Issue['severity'], string>> = {
  sv: { error: 'fel', warning: 'varning' },
  en: { error: 'error', warning: 'warning' },
};

/** An issue as one readable line: `  fel      plans[0].activities[3]  Meddelandet. [code]`. */
export function formatIssueLine(lang: Lang, issue: Issue): string {
  const width = Math.max(...Object.values(SEVERITY[lang]).map((label) => label.length));
  const where = issue.path.length > 0 ? `${formatPath(issue.path)}  ` : '';
  return `  ${SEVERITY[lang][issue.severity].padEnd(width)}  ${where}${issue.message[lang]} [${issue.code}]`;
}

/** An issue as `--json` prints it: everything the core says, plus the path written as people read it. */
export function issueToJson(issue: Issue): Issue & { location: string } {
  return { ...issue, location: formatPath(issue.path) };
}

/**
 * An issue of an input file as one line on stderr: `data.csv: fel: rad 3, kolumn ”value”: … [csv.cell.number]`.
 * CSV messages name their row and column themselves, so their path is left out.
 */
export function formatInputIssue(
  lang: Lang,
  file: string,
  issue: Issue,
  options: { showPath: boolean },
): string {
  const where = options.showPath && issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  return `${file}: ${SEVERITY[lang][issue.severity]}: ${where}${issue.message[lang]} [${issue.code}]`;
}
