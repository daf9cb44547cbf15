import type { Issue } from '@dhol/core';

/**
 * Resolves once `issues` have their texts; `undefined` when they have them already. Core's validation gives every
 * issue its texts at once, so here it is always `undefined`: elements call it before they show issues or announce
 * them, for the folder build, which puts `src/cdn/deferred-texts.ts` in this module's place and loads the texts only
 * when a dataset has issues to show.
 */
export function textsFor(_issues: readonly Issue[]): Promise<void> | undefined {
  return undefined;
}
