import type { Result } from '../issues/issue.js';
import type { Dataset } from '../model/dataset.js';
import type { ValidateEntityOptions } from './context.js';
import { parseJson } from './json-text.js';
import { locateIssues } from './positions.js';
import { validateDataset } from './validate-dataset.js';

/**
 * Reads a dataset from JSON text and validates it in one pass, like `validateDataset`. Every issue carries the
 * line and column of the value it concerns; a syntax error is one `json.syntax` issue at the place the text breaks,
 * with the usual cause there. Never throws.
 */
export function parseDatasetJson(text: string, options?: ValidateEntityOptions): Result<Dataset> {
  if (typeof text !== 'string') return validateDataset(text, options);
  const json = parseJson(text);
  if (!json.ok) return json;
  const result = validateDataset(json.value, options);
  return { ...result, issues: locateIssues(text, result.issues) } as Result<Dataset>;
}
