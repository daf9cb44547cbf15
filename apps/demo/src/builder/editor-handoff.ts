// The builder's side of the hand-over with the editor (/redigera/): "Öppna i redigeraren" takes the builder's data
// there, and data the editor sends arrives in the builder's text box, ready for the snippet step.
import type { Dataset, Result } from '@dhol/core';
import { sendHandoff, takeHandoff } from '../handoff.js';
import type { InputFormat } from './convert.js';

/**
 * The text to open in the editor: a JSON dataset as it is (the editor shows its issues), or what the builder
 * read from CSV or JSON-stat; a message instead when there is nothing the editor can open.
 */
export function textForEditor(
  text: string,
  format: InputFormat,
  result: Result<Dataset> | undefined,
): { text: string } | { message: string } {
  if (text.trim() === '')
    return { message: 'Det finns ingen data att öppna. Klistra in text eller hämta ett exempel först.' };
  if (format === 'json') {
    try {
      JSON.parse(text);
      return { text };
    } catch {
      return {
        message:
          'Texten är inte giltig JSON, så redigeraren kan inte öppna den. Rätta felen i rapporten först.',
      };
    }
  }
  if (result?.value) return { text: `${JSON.stringify(result.value, null, 2)}\n` };
  return {
    message: 'Datan kunde inte läsas, så den kan inte öppnas i redigeraren. Rätta felen i rapporten först.',
  };
}

/** Sends the builder's data to the editor and opens it; returns a message when that cannot be done. */
export function openInEditor(
  text: string,
  format: InputFormat,
  result: Result<Dataset> | undefined,
): string | undefined {
  const outcome = textForEditor(text, format, result);
  if ('message' in outcome) return outcome.message;
  if (!sendHandoff('editor', outcome.text)) {
    return 'Webbläsaren tillåter inte att datan lämnas över. Ladda ner filen och öppna den i redigeraren.';
  }
  window.location.assign('/redigera/#fran-kodbyggaren');
  return undefined;
}

/** The dataset the editor left for the builder, if any (taken once). */
export function takeFromEditor(): string | undefined {
  return takeHandoff('builder');
}
