/** How serious a finding is: an `error` makes a document invalid; a `warning` is a policy finding to act on. */
export type Severity = 'error' | 'warning';

/** A JSON path into the document: `['plans', 0, 'activities', 12, 'goals', 0]`. */
export type IssuePath = (string | number)[];

/** A message in both languages the library speaks. */
export interface Message {
  sv: string;
  en: string;
}

/** One finding about a document, addressed by a JSON path. */
export interface Issue {
  severity: Severity;
  /** Stable across releases, e.g. `reference.goal.unknown`; safe to match on. */
  code: string;
  path: IssuePath;
  message: Message;
  /** The values the message was built from, for callers that format their own text. */
  params?: Record<string, string | number>;
  /**
   * Where the value the issue concerns is in the source text (1-based, as an editor shows it), when the issue came
   * from text: `parseDatasetJson` and `locateIssues` set them. A missing field is placed at the object that lacks it.
   */
  line?: number;
  column?: number;
}

export type Result<T> =
  | { ok: true; value: T; issues: Issue[] }
  | { ok: false; value?: undefined; issues: Issue[] };

/** Parameters a message may interpolate. */
export type MessageParams = Record<string, string | number>;

/** A message template per language. */
export interface MessageTemplate {
  sv: (params: MessageParams) => string;
  en: (params: MessageParams) => string;
}

/** A module's messages, keyed by issue code. One catalogue per module keeps codes next to the code that raises them. */
export type Catalogue<Code extends string = string> = Record<Code, MessageTemplate>;

/** Builds issues from one catalogue, so every issue of a module is raised the same way. */
export function issueFactory<Code extends string>(catalogue: Catalogue<Code>) {
  return (severity: Severity, code: Code, path: IssuePath, params: MessageParams = {}): Issue => {
    const template = catalogue[code];
    return {
      severity,
      code,
      path,
      message: { sv: template.sv(params), en: template.en(params) },
      ...(Object.keys(params).length > 0 ? { params } : {}),
    };
  };
}

/** True when no issue is an error. */
export function hasNoErrors(issues: readonly Issue[]): boolean {
  return issues.every((issue) => issue.severity !== 'error');
}

/** Formats a path the way people read it in an editor: `plans[0].activities[12].goals[0]`. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(root)';
}
