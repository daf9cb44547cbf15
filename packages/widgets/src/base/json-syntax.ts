import { type MessageParams, parseJson } from '@dhol/core';

/**
 * Where a text that is not JSON breaks (line, column) and the usual cause there, per language, as core words it:
 * the parameters of the widgets' `load.json` issue. Its parser only: the dataset's own checks and their positions
 * would add 3 KB to every element for a text that is not JSON anyway.
 */
export function jsonSyntax(text: string): MessageParams {
  const syntax = parseJson(text).issues.find((issue) => issue.code === 'json.syntax')?.params ?? {};
  return {
    line: syntax['line'] ?? 1,
    column: syntax['column'] ?? 1,
    detailSv: syntax['detailSv'] ?? '',
    detailEn: syntax['detailEn'] ?? '',
  };
}
