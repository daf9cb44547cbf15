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
