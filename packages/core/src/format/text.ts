import type { LocalizedText, ReferenceText, VerificationStatus } from '../model/index.js';
import { asLang, type Lang } from './lang.js';

/** A localised text in the asked language, falling back to Swedish; an empty string when there is none. */
export function localize(text: LocalizedText | undefined | null, lang: Lang = 'sv'): string {
  if (!text) return '';
  const wanted = asLang(lang) === 'en' ? text.en : undefined;
  if (typeof wanted === 'string') return wanted;
  return typeof text.sv === 'string' ? text.sv : '';
}

/** One wording of a reference text, with what a reader needs to judge it. */
export interface ResolvedReferenceText {
  text: string;
  /** The language the text is in, which differs from the asked one when `isFallback`. */
  lang: Lang;
  status: VerificationStatus;
  source: string;
  version?: string;
  /** True when the asked language has no wording and the other language's is shown. */
  isFallback: boolean;
}

/**
 * A framework text in the asked language, or in the other language when the asked one has no wording (then
 * `isFallback` is true, so a page can mark it). Undefined when neither exists: a wording is never invented.
 */
export function referenceText(
  text: ReferenceText | undefined | null,
  lang: Lang = 'sv',
): ResolvedReferenceText | undefined {
  if (!text) return undefined;
  const wanted = asLang(lang);
  const other: Lang = wanted === 'sv' ? 'en' : 'sv';
  for (const candidate of [wanted, other]) {
    const sourced = text[candidate];
    if (sourced && typeof sourced.text === 'string' && sourced.text.length > 0) {
      return {
        text: sourced.text,
        lang: candidate,
        status: sourced.status,
        source: sourced.source,
        ...(sourced.version !== undefined ? { version: sourced.version } : {}),
        isFallback: candidate !== wanted,
      };
    }
  }
  return undefined;
}
