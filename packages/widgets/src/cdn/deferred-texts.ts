/**
 * The folder build's `base/texts.ts` (scripts/size.mjs puts it in that module's place, see `folderBuildSwaps`):
 * there validation raises issues without their texts (`bare-validation-issue.ts`), and the texts load from a chunk
 * of their own the first time a dataset has issues to show.
 *
 * Not part of the npm build (see tsup.config.ts).
 */
import type { Issue } from '@dhol/core';

/** Whether an issue came without its text: its message is its code. */
function lacksText(issue: Issue): boolean {
  return issue.message?.sv === issue.code;
}

/** Set once the texts' chunk could not be loaded: issues then show their codes rather than nothing. */
let unavailable = false;

/**
 * `undefined` when every issue has its text; else resolves once `issues` have their texts, or once loading them
 * failed (they keep their codes).
 */
export function textsFor(issues: readonly Issue[]): Promise<void> | undefined {
  if (unavailable || !issues.some(lacksText)) return undefined;
  return import('./issue-texts.js').then(
    (texts) => texts.addTexts(issues),
    (error: unknown) => {
      unavailable = true;
      console.error('dhol: the texts of the issues could not be loaded', error);
    },
  );
}
