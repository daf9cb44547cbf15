/**
 * The folder build's `base/load-messages.ts` for `base/load.ts` (scripts/size.mjs swaps it in, see
 * `folderBuildSwaps`): the issues of reading a file are raised with their code for their message, like validation's
 * (`bare-validation-issue.ts`), and get their texts from the same chunk (`issue-texts.ts`), only when there are
 * issues to show.
 *
 * Not part of the npm build (see tsup.config.ts).
 */
import type { Catalogue, MessageTemplate } from '@dhol/core';
import type { LoadCode } from '../base/load-messages.js';

const bare = (code: LoadCode): MessageTemplate => ({ sv: () => code, en: () => code });

export const loadMessages: Catalogue<LoadCode> = {
  'load.notFound': bare('load.notFound'),
  'load.server': bare('load.server'),
  'load.http': bare('load.http'),
  'load.notJson': bare('load.notJson'),
  'load.json': bare('load.json'),
  'load.network': bare('load.network'),
  'load.timeout': bare('load.timeout'),
};
