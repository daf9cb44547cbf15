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
