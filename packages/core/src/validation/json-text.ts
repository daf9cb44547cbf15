import type { Issue, Result } from '../issues/issue.js';
import { validationIssue } from './messages.js';

// Reading JSON text that people wrote by hand or pasted from a word processor. `JSON.parse` says only that a text is
// broken, and engines word that differently (V8 names no position for a single quote); this finds where, and says
// what the usual mistake there is.

/** A place in a text as an editor shows it: 1-based line and column (a `\r\n` line break counts once). */
export interface TextPosition {
  line: number;
  column: number;
}

/** Where a JSON text breaks and what was found there, with a hint at the usual cause. */
export interface JsonSyntaxError extends TextPosition {
  /** The offset in the text (after a byte order mark). */
  offset: number;
  /** The character found where something else was expected; undefined at the end of the text. */
  found?: string;
  /** What went wrong, in words, per language (`unexpected character '''; JSON puts text in double quotes`). */
  detail: { sv: string; en: string };
}

/** Removes a leading byte order mark, which some Windows editors write and `JSON.parse` refuses. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses JSON text. A text that is not JSON gives one `json.syntax` error with the line and column where it
 * breaks and the usual cause there (single quotes, a word processor's curly quotes, a comma before `}` or `]`, a
 * comment, a name without quotes, a missing comma, a text that ends too early). A byte order mark is accepted.
 * Never throws.
 */
export function parseJson(text: string): Result<unknown> {
  if (typeof text !== 'string') return { ok: true, value: text, issues: [] };
  const body = stripBom(text);
  try {
    return { ok: true, value: JSON.parse(body), issues: [] };
  } catch {
    return { ok: false, issues: [jsonSyntaxIssue(findJsonSyntaxError(body) ?? describeJsonError(body, 0))] };
  }
}

/** The `json.syntax` issue of a syntax error: its message names the line, the column and the cause. */
function jsonSyntaxIssue(error: JsonSyntaxError): Issue {
  const issue = validationIssue('error', 'json.syntax', [], {
    line: error.line,
    column: error.column,
    detailSv: error.detail.sv,
    detailEn: error.detail.en,
  });
  return { ...issue, line: error.line, column: error.column };
}

/** The 1-based line and column of an offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** How a found character is shown in a message: `'x'`, or `U+0009` for a character one cannot see. */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || code === 0xa0 || code === 0xfeff) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${character}'`;
}

const CURLY_QUOTES = new Set(['“', '”', '„', '‘', '’', '‚', '«', '»']);

/**
 * The syntax error at `offset` of a text, with a hint at the usual cause. A comma just before `}` or `]` is
 * reported at the comma, since that is what to remove.
 */
function describeJsonError(text: string, offset: number): JsonSyntaxError {
  const found = offset < text.length ? text[offset] : undefined;
  if (text.trim() === '') return at(text, offset, found, { sv: 'texten är tom', en: 'the text is empty' });
  if (found === undefined) {
    return at(text, offset, undefined, {
      sv: 'texten tar slut för tidigt (saknas ett avslutande }, ] eller ")',
      en: 'the text ends too early (a closing }, ] or " is missing)',
    });
  }
  const shown = describeCharacter(found);
  const unexpected = { sv: `oväntat tecken ${shown}`, en: `unexpected character ${shown}` };
  const hint = (sv: string, en: string) => ({ sv: `${unexpected.sv}: ${sv}`, en: `${unexpected.en}: ${en}` });
  if (found === '}' || found === ']') {
    const comma = previousNonSpace(text, offset);
    if (comma !== undefined && text[comma] === ',') {
      return at(text, comma, ',', {
        sv: `ett kommatecken före ${found}; ta bort det sista kommatecknet`,
        en: `a comma before ${found}; remove the last comma`,
      });
    }
  }
  if (CURLY_QUOTES.has(found)) {
    return at(
      text,
      offset,
      found,
      hint(
        'typografiska citattecken (som Word skriver); JSON kräver raka dubbla citattecken "',
        'typographic quotes (as Word writes them); JSON needs straight double quotes "',
      ),
    );
  }
  if (found === "'") {
    return at(
      text,
      offset,
      found,
      hint(
        'JSON skriver text inom dubbla citattecken ", inte enkla',
        'JSON puts text in double quotes ", not single',
      ),
    );
  }
  if (found === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) {
    return at(text, offset, found, hint('JSON tillåter inga kommentarer', 'JSON allows no comments'));
  }
  if (/[A-Za-z_$]/.test(found) && isAfterOpening(text, offset)) {
    return at(
      text,
      offset,
      found,
      hint('ett fältnamn ska stå inom dubbla citattecken', 'a field name must be in double quotes'),
    );
  }
  if (found === '"' && isAfterValue(text, offset)) {
    return at(
      text,
      offset,
      found,
      hint('ett kommatecken saknas före det här fältet', 'a comma is missing before this field'),
    );
  }
  return at(text, offset, found, unexpected);
}

function at(
  text: string,
  offset: number,
  found: string | undefined,
  detail: JsonSyntaxError['detail'],
): JsonSyntaxError {
  return { offset, ...positionAt(text, offset), ...(found === undefined ? {} : { found }), detail };
}

function previousNonSpace(text: string, offset: number): number | undefined {
  for (let index = offset - 1; index >= 0; index--) if (!WHITESPACE.has(text[index]!)) return index;
  return undefined;
}

/** Whether the offset starts a member of an object: just after `{` or `,`. */
function isAfterOpening(text: string, offset: number): boolean {
  const before = previousNonSpace(text, offset);
  return before !== undefined && (text[before] === '{' || text[before] === ',');
}

/** Whether the offset follows a finished value (a string, number, literal or container) on an earlier line. */
function isAfterValue(text: string, offset: number): boolean {
  const before = previousNonSpace(text, offset);
  return before !== undefined && /["\d}\]el]/.test(text[before]!);
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const isDigit = (character: string | undefined) =>
  character !== undefined && character >= '0' && character <= '9';

/**
 * The first syntax error in a JSON text, or undefined when it is valid. Iterative, so a deeply nested file cannot
 * overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const offset = findErrorOffset(text);
  return offset === undefined ? undefined : describeJsonError(text, offset);
}

/** The offset of the first syntax error, by the grammar of RFC 8259. */
function findErrorOffset(text: string): number | undefined {
  let index = 0;
  const stack: ('{' | '[')[] = [];

  const skipWhitespace = () => {
    while (index < text.length && WHITESPACE.has(text[index]!)) index++;
  };
  /** Scans a string starting at `"`; returns the error offset or undefined. */
  const scanString = (): number | undefined => {
    index++;
    for (;;) {
      if (index >= text.length) return index;
      const character = text[index]!;
      if (character === '"') {
        index++;
        return undefined;
      }
      if (character === '\\') {
        const escaped = text[index + 1];
        if (escaped === undefined) return index + 1;
        if (escaped === 'u') {
          if (!HEX.test(text.slice(index + 2, index + 6))) return index + 2;
          index += 6;
        } else if (ESCAPES.has(escaped)) index += 2;
        else return index + 1;
        continue;
      }
      if (character.charCodeAt(0) < 0x20) return index;
      index++;
    }
  };
  /** Scans one value that opens no container; returns the error offset or undefined. */
  const scanScalar = (): number | undefined => {
    const character = text[index];
    if (character === '"') return scanString();
    for (const literal of ['true', 'false', 'null']) {
      if (character === literal[0]) {
        for (let k = 0; k < literal.length; k++) if (text[index + k] !== literal[k]) return index + k;
        index += literal.length;
        return undefined;
      }
    }
    if (character === '-' || isDigit(character)) {
      if (character === '-') index++;
      if (text[index] === '0') index++;
      else if (isDigit(text[index])) while (isDigit(text[index])) index++;
      else return index;
      if (text[index] === '.') {
        index++;
        if (!isDigit(text[index])) return index;
        while (isDigit(text[index])) index++;
      }
      if (text[index] === 'e' || text[index] === 'E') {
        index++;
        if (text[index] === '+' || text[index] === '-') index++;
        if (!isDigit(text[index])) return index;
        while (isDigit(text[index])) index++;
      }
      return undefined;
    }
    return index;
  };
  /** Scans `"key" :` inside an object; returns the error offset or undefined. */
  const scanKey = (): number | undefined => {
    if (text[index] !== '"') return index;
    const error = scanString();
    if (error !== undefined) return error;
    skipWhitespace();
    if (text[index] !== ':') return index;
    index++;
    return undefined;
  };

  // state: 'value' expects a value; 'after' has just finished one.
  let state: 'value' | 'after' = 'value';
  for (;;) {
    skipWhitespace();
    if (state === 'value') {
      const character = text[index];
      if (character === '{' || character === '[') {
        index++;
        skipWhitespace();
        if (text[index] === (character === '{' ? '}' : ']')) {
          index++;
          state = 'after';
          continue;
        }
        stack.push(character);
        if (character === '{') {
          const error = scanKey();
          if (error !== undefined) return error;
        }
        continue;
      }
      const error = scanScalar();
      if (error !== undefined) return error;
      state = 'after';
      continue;
    }
    const top = stack.at(-1);
    if (top === undefined) return index < text.length ? index : undefined;
    const character = text[index];
    if (character === ',') {
      index++;
      skipWhitespace();
      if (top === '{') {
        const error = scanKey();
        if (error !== undefined) return error;
      }
      state = 'value';
      continue;
    }
    if (character === (top === '{' ? '}' : ']')) {
      index++;
      stack.pop();
      continue;
    }
    return index;
  }
}
