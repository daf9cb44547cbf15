/**
 * The folder build's `base/find-json-syntax.ts` (scripts/size.mjs swaps it in, see `folderBuildSwaps`): core's JSON
 * error finder (about 1.3 KB gzip) loads in a chunk of its own the first time a text is not JSON, instead of with
 * every element.
 *
 * Not part of the npm build (see tsup.config.ts).
 */
import type { MessageParams } from '@dhol/core';

export async function findJsonSyntax(text: string): Promise<MessageParams> {
  return (await import('../base/json-syntax.js')).jsonSyntax(text);
}
