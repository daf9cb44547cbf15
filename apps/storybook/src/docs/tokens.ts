import { tokenTable } from '@dhol/widgets/styles/token-docs.js';

/** One design token as the widgets document it: its name, default and what it is for. */
export interface TokenRow {
  name: string;
  /** One value, or `light-dark(light, dark)`. */
  default: string;
  sv: string;
  en: string;
}

/**
 * The global tokens from the widgets' own table (`styles/token-docs.ts`), the one that also documents them in
 * custom-elements.json: this list is what the built widgets ship, never a copy that could drift.
 */
export function readTokens(): TokenRow[] {
  return tokenTable;
}

/** The light and dark values of a default written `light-dark(a, b)`, or the one value for both. */
export function schemeValues(value: string): { light: string; dark: string } {
  const pair = /^light-dark\((.+), (.+)\)$/.exec(value);
  return pair ? { light: pair[1] as string, dark: pair[2] as string } : { light: value, dark: value };
}

/** Whether a token holds a colour (and gets a swatch). */
export function isColourToken(name: string): boolean {
  return name.startsWith('--dhol-color-') && name !== '--dhol-color-scheme';
}
