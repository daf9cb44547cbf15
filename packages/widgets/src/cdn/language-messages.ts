/**
 * The text of the one issue only the folder build raises: an element that speaks English could not load its English
 * texts (see `DholElement.scheduleUpdate`). Raised bare like every issue there, it gets this text from the issues'
 * texts chunk (`issue-texts.ts`).
 *
 * Not part of the npm build (see tsup.config.ts).
 */
import type { Catalogue } from '@dhol/core';

export const languageMessages: Catalogue<'load.language'> = {
  'load.language': {
    sv: (p) =>
      `Elementets engelska texter kunde inte hämtas (${p.detail}). Kontrollera att hela mappen med dhol:s skript är publicerad, eller försök igen senare.`,
    en: (p) =>
      `The element's English texts could not be fetched (${p.detail}). Check that the whole folder of dhol's scripts is published, or try again later.`,
  },
};
