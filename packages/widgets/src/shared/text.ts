import type { LocalizedText } from '@dhol/core';
import type { Lang } from '../i18n/index.js';

/**
 * The wording of a text in the element's language. English falls back to Swedish (the only required language);
 * `lang` tells which language the returned words are in, so markup can say so for screen readers.
 */
export function textIn(text: LocalizedText | undefined, lang: Lang): { value: string; lang: Lang } {
  if (!text) return { value: '', lang };
  if (lang === 'en' && text.en) return { value: text.en, lang: 'en' };
  return { value: text.sv, lang: 'sv' };
}

/** Just the words of `textIn`. */
export function loc(text: LocalizedText | undefined, lang: Lang): string {
  return textIn(text, lang).value;
}
