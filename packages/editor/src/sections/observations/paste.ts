/**
 * Reading figures typed into the grid or pasted from a spreadsheet. A spreadsheet copies a block of cells as text:
 * tab between cells, a line break between rows, a cell holding a tab, a line break or a quote put in quotes. A
 * cell is a number written the Swedish way (`12,5`, `1 234,5`, `−3`, a decimal point is read too, `48 %`), `..`
 * (or `x`, `:`, `...`) for a value the source hid, `saknas` for a value that does not exist, a number followed by
 * `p` or `prel` for a preliminary value, or blank for no value at all. Anything else (words, a formula, markup) is
 * no figure: it is reported, never stored as a number. Pure functions: no DOM, no editor.
 */
import { DEFAULT_SUPPRESSION_SYMBOLS, parseSwedishNumber } from '@dhol/core';

/** What one cell says. */
export type CellInput =
  | { kind: 'empty' }
  | { kind: 'value'; value: number; preliminary: boolean }
  | { kind: 'suppressed' }
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string };

/** Words for a value that does not exist, compared without case. */
export const MISSING_WORDS = ['saknas', 'missing'] as const;

/** The most cells a paste is read into; the rest is reported as left out. */
export const MAX_PASTE_CELLS = 100_000;
/** The longest cell text kept (a figure is short; a longer cell is no figure and is cut for the report). */
export const MAX_CELL_LENGTH = 200;

const PRELIMINARY = /^(.*?)\s*(?:p|prel|prel\.|preliminär|preliminary)$/i;

/** What a cell's text means. */
export function readCell(raw: string): CellInput {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  if (DEFAULT_SUPPRESSION_SYMBOLS.includes(text)) return { kind: 'suppressed' };
  if ((MISSING_WORDS as readonly string[]).includes(text.toLowerCase())) return { kind: 'missing' };
  const preliminary = PRELIMINARY.exec(text);
  const number = readNumber(preliminary ? (preliminary[1] ?? '') : text);
  if (number !== undefined) return { kind: 'value', value: number, preliminary: preliminary !== null };
  return {
    kind: 'invalid',
    text: text.length > MAX_CELL_LENGTH ? `${text.slice(0, MAX_CELL_LENGTH)}…` : text,
  };
}

/** A number as a spreadsheet shows it: core's Swedish reading, with a trailing per cent sign allowed. */
function readNumber(text: string): number | undefined {
  const withoutPercent = text.replace(/\s*%$/, '');
  if (withoutPercent === '') return undefined;
  return parseSwedishNumber(withoutPercent);
}

/** A block of pasted cells, row by row, and whether the block was cut at `MAX_PASTE_CELLS`. */
export interface PastedBlock {
  rows: string[][];
  truncated: boolean;
}

/**
 * Splits pasted text into rows of cells: tab-separated, rows ended by CRLF, LF or CR, quoted cells as spreadsheets
 * write them (`"a""b"` is `a"b`), the final line break ignored. Control characters other than tab and line breaks
 * are dropped, since no spreadsheet cell means them.
 */
export function splitPaste(input: string, maxCells = MAX_PASTE_CELLS): PastedBlock {
  // Control characters (C0 and C1, but not tab, LF, CR) carry nothing a figure needs.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const text = input.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let cells = 0;
  let truncated = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    cells++;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    if (cells >= maxCells) {
      truncated = true;
      break;
    }
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (!truncated && (cell !== '' || row.length > 0)) endRow();
  return { rows, truncated };
}

/** Whether a cell names a statistical period: `2023` or `2019-2023` (an en dash is read as a hyphen). */
export function readPeriod(text: string): string | undefined {
  const t = text
    .trim()
    .replace(/[–—]/g, '-')
    .replace(/\s*-\s*/, '-');
  return /^\d{4}(-\d{4})?$/.test(t) ? t : undefined;
}
