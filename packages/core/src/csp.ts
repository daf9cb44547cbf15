import * as z from 'zod/mini';

/**
 * Makes zod validate without compiling code at run time (`new Function`), which strict Content Security
 * Policies (`script-src 'self'`, Trusted Types) block. Call it once before the first parse; calling it again is
 * harmless. The widgets call it when they load.
 */
export function useJitlessValidation(): void {
  z.config({ jitless: true });
}
