import type { Issue } from '@dhol/core';
import { errorText } from '../base/load.js';
import type { Lang } from '../i18n/catalogue.js';

/**
 * The folder build's `i18n/english.ts` (scripts/size.mjs swaps it in, see `folderBuildSwaps`). There each English
 * catalogue (`*.en.ts`) is a chunk of its own, and the module that imported it gets an empty object instead, which
 * `englishLater` fills when the chunk arrives. Swedish, the default, is inside each element; a page whose elements
 * all speak Swedish never requests an English chunk.
 *
 * Not part of the npm build (see tsup.config.ts).
 */

/** The English catalogues registered and not yet arrived, each with its loading once that has begun. */
const waiting = new Map<() => Promise<void>, Promise<void> | undefined>();

/** Registers the loading of one English catalogue; it starts the first time an element asks for English. */
export function englishLater(load: () => Promise<void>): void {
  waiting.set(load, undefined);
}

/**
 * `undefined` when every English catalogue registered so far has arrived; else a promise that resolves once they
 * have, or rejects when one could not be loaded (the next call tries that one again).
 */
function englishReady(): Promise<void> | undefined {
  if (waiting.size === 0) return undefined;
  const loadings = [...waiting].map(([load, loading]) => {
    if (loading) return loading;
    const started = load().then(
      () => {
        waiting.delete(load);
      },
      (error: unknown) => {
        waiting.set(load, undefined);
        throw error;
      },
    );
    waiting.set(load, started);
    return started;
  });
  return Promise.all(loadings).then(() => undefined);
}

/**
 * Runs an element's update once the texts of its language are here: for English, after its chunks have arrived; when
 * they cannot be loaded, `failed` gets the issue to show, and the update runs (to show it).
 */
export function whenLanguageReady<R>(
  lang: Lang,
  update: () => R,
  failed: (issue: Issue) => void,
): R | Promise<R> {
  const english = lang === 'en' ? englishReady() : undefined;
  if (!english) return update();
  return english.then(update, (error: unknown) => {
    console.error('dhol: the English texts could not be loaded', error);
    // Raised bare, as the folder build raises every issue: its texts come with the others' (issue-texts.ts).
    failed({
      severity: 'error',
      code: 'load.language',
      path: [],
      message: { sv: 'load.language', en: 'load.language' },
      params: { detail: errorText(error) },
    });
    return update();
  });
}
