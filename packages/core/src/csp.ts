import * as z from 'zod/mini';

/**
 * Makes zod validate without compiling code at run time (`new Function`), which strict Content Security
 * Policies (`script-src 'self'`, Trusted Types) block. Call it once before the first parse; calling it again is
 * harmless. Only needed where a page parses with the exported zod schemas (the JSON-stat and Kolada readers do):
 * `validateDataset` and the other validators check against the shape table and never generate code.
 */
export function useJitlessValidation(): void {
  z.config({ jitless: true });
}
