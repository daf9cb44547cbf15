import * as z from 'zod/mini';
import { AreaCode } from './primitives.js';

/** `country` (riket, code `00`), `lan` (a county, two digits), `kommun` (a municipality, four digits). */
export const AreaKind = z.enum(['country', 'lan', 'kommun']);
export type AreaKind = z.infer<typeof AreaKind>;

/** A geographic area that observations and plans refer to. */
export const Area = z.strictObject({
  code: AreaCode,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: AreaKind,
  /** The area this one lies in: a kommun's län, a län's country. */
  parent: z.optional(AreaCode),
});
export type Area = z.infer<typeof Area>;

/** The code of the area one level up: kommun `1907` → län `19` → country `00`; the country has none. */
export function parentAreaCode(code: string): string | undefined {
  if (/^\d{4}$/.test(code)) return code.slice(0, 2);
  if (/^\d{2}$/.test(code) && code !== '00') return '00';
  return undefined;
}

/** The chain of areas from one up to the country: `1907` → [`1907`, `19`, `00`]. */
export function areaLineage(code: string): string[] {
  const chain = [code];
  for (let parent = parentAreaCode(code); parent !== undefined; parent = parentAreaCode(parent))
    chain.push(parent);
  return chain;
}
