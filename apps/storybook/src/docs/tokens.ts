import { adoptTokens } from '@dhol/widgets';

/** One design token as the widgets declare it: its name and its light and dark values. */
export interface TokenRow {
  name: string;
  light: string;
  dark?: string;
}

const LIGHT = ':where(:root)';
const DARK = ':where(.dhol-theme-dark, [data-dhol-theme="dark"])';

/**
 * Reads the global tokens from the sheet the widgets adopt into the page, so this list is always the one the
 * built widgets ship, never a copy that could drift.
 */
export function readTokens(doc: Document = document): TokenRow[] {
  adoptTokens(doc);
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const sheet of doc.adoptedStyleSheets) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSStyleRule)) continue;
      const target = rule.selectorText === LIGHT ? light : rule.selectorText === DARK ? dark : undefined;
      if (!target) continue;
      for (const property of Array.from(rule.style)) {
        if (property.startsWith('--dhol-'))
          target.set(property, rule.style.getPropertyValue(property).trim());
      }
    }
  }
  return [...light].map(([name, value]) => {
    const darkValue = dark.get(name);
    return darkValue === undefined ? { name, light: value } : { name, light: value, dark: darkValue };
  });
}

/** Whether a token holds a colour (and gets a swatch). */
export function isColourToken(name: string): boolean {
  return name.startsWith('--dhol-color-');
}
