/**
 * The structure issues whose words (`expected`, `found` … in their parameters) the folder build builds later, with
 * the texts: each issue's parameters object, with a call of core's `withStructureWords` that adds them. Its own
 * module, so that the stand-in that fills it (`bare-validation-issue.ts`, in core's `validation/messages.js` place)
 * and the texts' chunk that reads it (`issue-texts.ts`) share one map.
 *
 * Not part of the npm build (see tsup.config.ts).
 */
import type { MessageParams, withStructureWords } from '@dhol/core';

export const deferredWords = new WeakMap<MessageParams, (words: typeof withStructureWords) => void>();
