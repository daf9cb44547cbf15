import type { MessageParams } from '@dhol/core';
import { jsonSyntax } from './json-syntax.js';

/**
 * `jsonSyntax` for `load.ts`, which awaits it. The folder build (dist/cdn/esm/) puts `src/cdn/lazy-json-syntax.ts`
 * in this module's place, which loads core's JSON error finder only when a text is not JSON.
 */
export async function findJsonSyntax(text: string): Promise<MessageParams> {
  return jsonSyntax(text);
}
