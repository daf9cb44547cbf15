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

/** The shape of a framework text (`ReferenceText`) this helper needs: a sourced wording per language. */
interface Sourced {
  sv?: { text: string };
  en?: { text: string };
}

/**
 * A framework text (goal title, vision) in the element's language, or in the other language when the asked one
 * has no wording; `lang` says which, so markup can mark a fallback. Empty when neither exists (never invented).
 */
export function referenceIn(text: Sourced | undefined, lang: Lang): { value: string; lang: Lang } {
  const other: Lang = lang === 'sv' ? 'en' : 'sv';
  const wanted = text?.[lang]?.text;
  if (wanted) return { value: wanted, lang };
  const fallback = text?.[other]?.text;
  return fallback ? { value: fallback, lang: other } : { value: '', lang };
}
