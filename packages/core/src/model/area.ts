import * as z from 'zod/mini';
import { AreaCode } from './primitives.js';

/**
 * `country` (riket, code `00`), `lan` (a county, two digits), `kommun` (a municipality, four digits).
 * @sv Vilket slags område det är.
 * @value country Riket, kod `00`. | The whole country, code `00`.
 * @value lan Ett län, två siffror. | A county, two digits.
 * @value kommun En kommun, fyra siffror. | A municipality, four digits.
 */
export const AreaKind = z.enum(['country', 'lan', 'kommun']);
export type AreaKind = z.infer<typeof AreaKind>;

/**
 * A geographic area that observations and plans refer to.
 * @sv Ett geografiskt område som observationer och planer hänvisar till.
 */
export const Area = z.strictObject({
  /**
   * The area's code.
   * @sv Områdets kod.
   * @example "1907"
   */
  code: AreaCode,
  /**
   * The area's name.
   * @sv Områdets namn.
   * @example "Surahammar"
   */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /**
   * What kind of area it is; see `AreaKind`.
   * @sv Vilket slags område det är: riket, län eller kommun.
   * @example "kommun"
   */
  kind: AreaKind,
  /**
   * The area this one lies in: a kommun's län, a län's country.
   * @sv Området som detta ligger i: för en kommun dess län, för ett län riket.
   * @example "19"
   */
  parent: z.optional(AreaCode),
});
export type Area = z.infer<typeof Area>;
