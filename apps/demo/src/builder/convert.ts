import {
  type Dataset,
  FORMAT_VERSION,
  type Issue,
  parseDatasetJson,
  parseFiguresCsv,
  parseJsonStat,
  type Result,
  type ValidateOptions,
  validateDataset,
} from '@dhol/core';
import { builderIssue } from './messages.js';

/** What the pasted or uploaded text is: a dhol dataset (JSON), observations as CSV, or a JSON-stat 2.0 cube. */
export type InputFormat = 'json' | 'csv' | 'jsonstat';

export const INPUT_FORMATS: readonly InputFormat[] = ['json', 'csv', 'jsonstat'];

export function isInputFormat(value: unknown): value is InputFormat {
  return typeof value === 'string' && (INPUT_FORMATS as readonly string[]).includes(value);
}

/**
 * Reads text in the given format into a validated dataset. Never throws: a syntax error, a format problem and a
 * validation finding all become issues.
 */
export function readDataset(text: string, format: InputFormat, options: ValidateOptions): Result<Dataset> {
  if (text.trim() === '') return { ok: false, issues: [builderIssue('error', 'builder.empty', [])] };
  try {
    switch (format) {
      case 'json':
        return parseDatasetJson(text, options);
      case 'jsonstat':
        return readJsonStat(text, options);
      case 'csv':
        return readObservationsCsv(text, options);
    }
  } catch (error) {
    // The readers promise not to throw; if one does, the user still gets an answer and keeps the text.
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'builder.internal',
          path: [],
          message: {
            sv: `Texten kunde inte läsas (${String(error)}).`,
            en: `The text could not be read (${String(error)}).`,
          },
        },
      ],
    };
  }
}

function readJsonStat(text: string, options: ValidateOptions): Result<Dataset> {
  let cube: unknown;
  try {
    cube = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // The dataset reader words a syntax error with line and column, in both languages.
    return parseDatasetJson(text, options);
  }
  // The areas the dataset is validated against: a code none of them has is left out with a warning, as dhol import does.
  const read = parseJsonStat(cube, options.areas ? { knownAreas: options.areas } : {});
  if (!read.ok) return read;
  return withIssues(validateDataset(read.value, options), read.issues);
}

function readObservationsCsv(text: string, options: ValidateOptions): Result<Dataset> {
  // A file from `dhol export csv` describes its indicators in `indicator_meta`; a hand-made one may not.
  const read = parseFiguresCsv(text);
  if (!read.ok) return read;
  const { indicators, observations } = read.value;
  const dataset: Dataset = {
    formatVersion: FORMAT_VERSION,
    ...(indicators.length > 0 ? { indicators } : {}),
    observations,
  };
  const validated = withIssues(validateDataset(dataset, options), read.issues);
  if (validated.ok) return validated;
  const unknownIndicator = validated.issues.some(
    (issue) => issue.path[0] === 'observations' && issue.path[2] === 'indicator',
  );
  return unknownIndicator
    ? { ...validated, issues: [builderIssue('warning', 'builder.csv.indicators', []), ...validated.issues] }
    : validated;
}

function withIssues(result: Result<Dataset>, earlier: Issue[]): Result<Dataset> {
  return earlier.length === 0 ? result : { ...result, issues: [...earlier, ...result.issues] };
}

/** Guesses the format of a file from its name and, for JSON, from its shape. */
export function guessFormat(fileName: string, text: string): InputFormat {
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  try {
    const value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<string, unknown>;
    if (value && typeof value === 'object' && !('formatVersion' in value)) {
      if (value['version'] === '2.0' || 'dimension' in value || value['class'] === 'collection')
        return 'jsonstat';
    }
  } catch {
    // Not JSON: leave it to the reader to say so.
  }
  return 'json';
}
