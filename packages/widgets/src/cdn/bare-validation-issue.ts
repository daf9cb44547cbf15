/**
 * The folder build's stand-in for core's `validation/messages.js` (scripts/size.mjs swaps it in, see
 * `folderBuildSwaps`): validation raises each issue with its code and parameters and, for its message, the code
 * itself. The texts of every code (about 4 KB gzip) load in a chunk of their own when there are issues to show
 * (`issue-texts.ts`), so a page whose dataset is valid never loads them.
 *
 * Not part of the npm build (see tsup.config.ts).
 */
import type {
  Catalogue,
  Issue,
  IssuePath,
  MessageParams,
  Severity,
  withStructureWords as Words,
} from '@dhol/core';
import { deferredWords } from './deferred-words.js';

/** Empty here; `issue-texts.ts` reads core's own catalogue. */
export const validationMessages: Catalogue = {};
export const validationIssueCodes: string[] = [];

export function validationIssue(
  severity: Severity,
  code: string,
  path: IssuePath,
  params: MessageParams = {},
): Issue {
  return {
    severity,
    code,
    path,
    message: { sv: code, en: code },
    ...(Object.keys(params).length > 0 ? { params } : {}),
  };
}

/**
 * Core's `withStructureWords`, which adds the words of a structure issue's message to its parameters, is message
 * text too: here it keeps the issue for `issue-texts.ts`, which adds the words when the texts load.
 */
export const withStructureWords: typeof Words = (params, issue, kind) => {
  deferredWords.set(params, (words) => words(params, issue, kind));
  return params;
};

/** Manifest validation's issues: raised the same way, their texts loaded with the others. */
export const manifestIssue = validationIssue;
