// How a structure issue names a field and shows a value: shared by the structure check's issues, their words
// (structure-words.ts) and the other checks.
import type { IssuePath } from '../issues/issue.js';

/**
 * The field as people see it in the file: `title`, or `scope[2]` for an entry of a list; empty for the document
 * itself, which messages then call "Dokumentet" / "The document".
 */
export function fieldName(path: IssuePath): string {
  const last = path[path.length - 1];
  if (last === undefined) return '';
  if (typeof last === 'number') {
    const parent = path[path.length - 2];
    return `${parent === undefined ? '' : String(parent)}[${last}]`;
  }
  return shorten(last, 60);
}

export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value as shown in a message: short, JSON-like, never the whole of a 10 MB string. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value, 60));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return typeof value;
}

/** The allowed values of an enum or a union, as a message lists them. */
export function listAllowed(values: readonly unknown[] | undefined): string {
  return (values ?? []).map((value) => showValue(value)).join(', ');
}
