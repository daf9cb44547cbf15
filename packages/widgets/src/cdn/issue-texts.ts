/**
 * The texts of validation's issues and of failures to read a file, a chunk of the folder build of its own (see
 * `deferred-texts.ts`). Its `@dhol/core` is core's catalogue of validation messages (scripts/size.mjs,
 * `folderBuildSwaps`).
 */
import { type Catalogue, type Issue, validationMessages, withStructureWords } from '@dhol/core';
import { loadMessages } from '../base/load-messages.js';
import { deferredWords } from './deferred-words.js';
import { languageMessages } from './language-messages.js';

/** Validation's texts, and the widgets' own for a file or English texts that could not be read (raised bare too). */
const catalogue: Catalogue = { ...validationMessages, ...loadMessages, ...languageMessages };

/**
 * Gives every issue that validation raised without its text (its message is its code) the Swedish and English text
 * of its code, built from its parameters exactly as core builds it; a structure issue first gets the words of its
 * parameters (`expected`, `found` …) that core would have given it.
 */
export function addTexts(issues: readonly Issue[]): void {
  for (const issue of issues) {
    if (issue.message?.sv !== issue.code || !Object.hasOwn(catalogue, issue.code)) continue;
    const template = catalogue[issue.code] as Catalogue[string];
    const params = issue.params ?? {};
    deferredWords.get(params)?.(withStructureWords);
    issue.message = { sv: template.sv(params), en: template.en(params) };
  }
}
