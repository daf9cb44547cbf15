import { asLang, type Lang } from '../format/lang.js';
import { formatPath, type Issue } from './issue.js';

/** How `formatIssue` writes an issue. */
export interface FormatIssueOptions {
  /** The language of the severity and the message; Swedish by default. */
  lang?: Lang;
  /** The file the issue was found in, written first as editors and CI logs link it: `plan.json:412:18`. */
  file?: string;
  /** Whether to write the path into the document (`plans[0].activities[22].status`); true by default. */
  path?: boolean;
}

const SEVERITY: Record<Lang, Record<Issue['severity'], string>> = {
  sv: { error: 'fel', warning: 'varning' },
  en: { error: 'error', warning: 'warning' },
};

/**
 * An issue as one line, the way `dhol validate` prints it and editors and CI logs link it:
 * `plan.json:412:18: fel: plans[0].activities[22].status: Fältet ”status” har värdet "klar"; … [structure.enum]`.
 * The file, the line and column (when the issue carries them) and the path are left out when unknown. Takes a
 * language (`formatIssue(issue, 'en')`) or options. Never throws.
 */
export function formatIssue(issue: Issue, options: Lang | FormatIssueOptions = {}): string {
  const {
    lang: asked,
    file,
    path: withPath = true,
  } = typeof options === 'string' ? { lang: options } : options;
  const lang = asLang(asked);
  const position =
    typeof issue.line === 'number' && typeof issue.column === 'number' ? `${issue.line}:${issue.column}` : '';
  const where = [file, position].filter(Boolean).join(':');
  const path =
    withPath && Array.isArray(issue.path) && issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  const severity = SEVERITY[lang][issue.severity] ?? issue.severity;
  const message = issue.message?.[lang] ?? issue.message?.sv ?? '';
  return `${where ? `${where}: ` : ''}${severity}: ${path}${message} [${issue.code}]`;
}
