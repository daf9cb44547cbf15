import type { Issue } from '@dhol/core';
import type { Lang } from './catalogue.js';

/**
 * Runs an element's update once the texts of its language are here: at once in this build, which carries English
 * inside every element. The folder build (dist/cdn/esm/) puts `cdn/lazy-english.ts` in this module's place, which
 * first loads the English texts, in chunks of their own, the first time an element speaks English, and calls
 * `failed` with the issue to show when they cannot be loaded.
 */
export function whenLanguageReady<R>(
  _lang: Lang,
  update: () => R,
  _failed: (issue: Issue) => void,
): R | Promise<R> {
  return update();
}
