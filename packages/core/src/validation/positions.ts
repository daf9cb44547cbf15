import type { Issue, IssuePath } from '../issues/issue.js';
import type { TextPosition } from './json-text.js';

// Where in a JSON text each issue's value is, so the CLI can print `plan.json:412:18` and an editor can mark the
// line. One pass over the text, guided by a tree of the paths asked for: containers no path goes into are skipped
// without being read, so a 1,000-activity file with a handful of issues costs about one scan of its characters.
// The scanner is tolerant: on text that is not JSON it stops where it cannot go on and places what it has found.

/** One step of the paths asked for, with where its value (and, in an object, its key) starts. */
interface Step {
  children?: Map<string | number, Step>;
  value?: number;
  key?: number;
}

/**
 * The position of each path's value in a JSON text: the value itself when it is there, else the nearest
 * enclosing value that is (the object that lacks a field). `keys` asks for the key instead, where the path ends
 * at a member of an object. Undefined only when not even the document's first value can be found.
 */
export function locatePaths(
  text: string,
  paths: readonly IssuePath[],
  options: { keys?: readonly boolean[] } = {},
): (TextPosition | undefined)[] {
  const root: Step = {};
  const ends: Step[][] = paths.map((path) => {
    const chain = [root];
    let step = root;
    for (const part of path) {
      step.children ??= new Map();
      let next = step.children.get(part);
      if (!next) {
        next = {};
        step.children.set(part, next);
      }
      chain.push(next);
      step = next;
    }
    return chain;
  });
  new Scanner(text).value(root);
  const lines = lineStarts(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return ends.map((chain, index) => {
    const last = chain[chain.length - 1]!;
    const wantsKey = options.keys?.[index] === true && last.key !== undefined;
    let offset = wantsKey ? last.key : undefined;
    for (let i = chain.length - 1; offset === undefined && i >= 0; i--) offset = chain[i]!.value;
    return offset === undefined ? undefined : position(lines, offset, bom);
  });
}

/**
 * The issues with the line and column of the value each concerns in `text`, the JSON text they were found in
 * (an unknown field at its name). Issues that already carry a position keep it. Never throws.
 */
export function locateIssues(text: string, issues: readonly Issue[]): Issue[] {
  if (typeof text !== 'string' || issues.length === 0) return [...issues];
  const open = issues.filter((issue) => issue.line === undefined);
  let found: (TextPosition | undefined)[];
  try {
    found = locatePaths(
      text,
      open.map((issue) => issue.path),
      { keys: open.map((issue) => issue.code === 'structure.unknown-key') },
    );
  } catch {
    return [...issues];
  }
  const byIssue = new Map(open.map((issue, index) => [issue, found[index]]));
  return issues.map((issue) => {
    const where = byIssue.get(issue);
    return where ? { ...issue, line: where.line, column: where.column } : issue;
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

function position(starts: readonly number[], offset: number, bom: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 - (low === 0 ? bom : 0) };
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;

class Scanner {
  private index: number;

  constructor(private readonly text: string) {
    this.index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** Reads one value, recording where it starts; goes into it only where a path does (so at most path-deep). */
  value(step: Step | undefined): void {
    this.space();
    if (this.index >= this.text.length) return;
    if (step) step.value = this.index;
    const children = step?.children;
    const open = this.text[this.index];
    if (!children || (open !== '{' && open !== '[')) {
      this.skip();
      return;
    }
    this.index++;
    const close = open === '{' ? '}' : ']';
    for (let position = 0; ; position++) {
      this.space();
      if (this.text[this.index] === close) {
        this.index++;
        return;
      }
      let child: Step | undefined;
      if (open === '{') {
        if (this.text.charCodeAt(this.index) !== QUOTE) return;
        const keyAt = this.index;
        const key = this.string();
        this.space();
        if (this.text[this.index] !== ':') return;
        this.index++;
        child = children.get(key);
        if (child) child.key = keyAt;
      } else {
        child = children.get(position);
      }
      this.value(child);
      this.space();
      const next = this.text[this.index];
      if (next !== ',') {
        if (next === close) this.index++;
        return;
      }
      this.index++;
    }
  }

  private space(): void {
    const text = this.text;
    let index = this.index;
    for (;;) {
      const code = text.charCodeAt(index);
      if (code === SPACE || code === LF || code === CR || code === TAB) index++;
      else break;
    }
    this.index = index;
  }

  /** Reads a string at `"` and gives its value (escapes decoded); stops at the end of the text. */
  private string(): string {
    const text = this.text;
    const start = this.index;
    let index = start + 1;
    let escaped = false;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) break;
      if (code === BACKSLASH) {
        escaped = true;
        index++;
      }
      index++;
    }
    this.index = Math.min(index + 1, text.length);
    const raw = text.slice(start + 1, Math.min(index, text.length));
    if (!escaped) return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return raw;
    }
  }

  /** Steps over one value without reading it: strings whole, containers by counting brackets outside strings. */
  private skip(): void {
    const text = this.text;
    const first = text.charCodeAt(this.index);
    if (first === QUOTE) {
      this.string();
      return;
    }
    if (first !== 123 && first !== 91) {
      // A number or literal: up to the next delimiter.
      let index = this.index;
      while (index < text.length && !',]}: \t\r\n'.includes(text[index]!)) index++;
      this.index = Math.max(index, this.index + 1);
      return;
    }
    let depth = 0;
    let index = this.index;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) {
        this.index = index;
        this.string();
        index = this.index;
        continue;
      }
      if (code === 123 || code === 91) depth++;
      else if (code === 125 || code === 93) {
        depth--;
        if (depth === 0) {
          index++;
          break;
        }
      }
      index++;
    }
    this.index = index;
  }
}
