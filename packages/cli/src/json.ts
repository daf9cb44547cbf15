/** Where a JSON text breaks: the offset, the line and column people see in an editor (1-based), and what was found. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  /** The character found where something else was expected; undefined at the end of the text. */
  found?: string;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/** Removes a leading byte order mark, which some Windows editors write and `JSON.parse` rejects. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses JSON; on a syntax error says where it is, whatever the engine's own message looks like. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const offset = findJsonSyntaxError(text) ?? 0;
    return { ok: false, error: positionAt(text, offset) };
  }
}

/** The 1-based line and column of an offset; `\r\n` counts as one line break. */
export function positionAt(text: string, offset: number): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  const found = offset < text.length ? text[offset] : undefined;
  return { offset, line, column: offset - lineStart + 1, ...(found === undefined ? {} : { found }) };
}

/** How a found character is shown in a message: `'x'`, or `U+0009` for a character one cannot see. */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || code === 0xa0 || code === 0xfeff) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${character}'`;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const isDigit = (character: string | undefined) =>
  character !== undefined && character >= '0' && character <= '9';

/**
 * The offset of the first syntax error in a JSON text, or undefined when it is valid. Iterative, so a deeply
 * nested file cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): number | undefined {
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

  /** Scans `"key" :` inside an object; returns the error offset or undefined. */
  function scanKey(): number | undefined {
    if (text[index] !== '"') return index;
    const error = scanString();
    if (error !== undefined) return error;
    skipWhitespace();
    if (text[index] !== ':') return index;
    index++;
    return undefined;
  }
}
