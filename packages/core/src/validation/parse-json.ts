import type { Result } from '../issues/issue.js';
import type { Dataset } from '../model/dataset.js';
import type { ValidateEntityOptions } from './context.js';
import { validationIssue } from './messages.js';
import { validateDataset } from './validate-dataset.js';

/**
 * Reads a dataset from JSON text and validates it. A syntax error becomes a `json.syntax` issue that names the
 * line and column. Never throws.
 */
export function parseDatasetJson(text: string, options?: ValidateEntityOptions): Result<Dataset> {
  if (typeof text !== 'string') {
    return validateDataset(text, options);
  }
  let data: unknown;
  try {
    // A byte-order mark is common in files saved by Windows editors; JSON.parse refuses it.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(text, error)] };
  }
  return validateDataset(data, options);
}

function syntaxIssue(text: string, error: unknown) {
  const detail = error instanceof Error ? error.message : String(error);
  const offset = errorOffset(text, detail);
  const { line, column } = lineAndColumn(text, offset);
  const atEnd = offset >= text.trimEnd().length;
  return validationIssue('error', 'json.syntax', [], {
    line,
    column,
    detailSv: atEnd ? 'texten tar slut för tidigt' : `oväntat tecken ${JSON.stringify(text.charAt(offset))}`,
    detailEn: atEnd
      ? 'the text ends too early'
      : `unexpected character ${JSON.stringify(text.charAt(offset))}`,
  });
}

/** Where the parser stopped. Engines word their errors differently; V8 and SpiderMonkey name a position. */
function errorOffset(text: string, detail: string): number {
  const position = /position (\d+)/.exec(detail);
  if (position) return Math.min(Number(position[1]), text.length);
  const lineCol = /line (\d+) column (\d+)/.exec(detail);
  if (lineCol) {
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < Number(lineCol[1]) - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
    return Math.min(offset + Number(lineCol[2]) - 1, text.length);
  }
  return text.length;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
