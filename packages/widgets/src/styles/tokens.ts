import { type CSSResult, unsafeCSS } from 'lit';

/**
 * The design tokens: every `--dhol-*` custom property a host page may set, with the value the elements use when
 * it does not. Nothing is declared on the host page: each element reads `var(--dhol-<token>, <default>)` in its
 * own shadow styles, so a page's value wins wherever it is set (on `:root`, on a container, on the element) and
 * nothing here can override a brand token. What each token is for, for designers and the manifest, is in
 * `token-docs.ts`.
 */

/**
 * What a colour is for decides how light it may be in each colour scheme. A host's colour keeps its hue and
 * chroma; its OKLCH lightness is held in the range its role needs against the scheme's background, so a theme
 * written for light pages still reads on a dark one (and the other way round), and text keeps 4.5:1.
 * `[light scheme, dark scheme]`; `l` is the colour's own lightness.
 */
const LIMITS = {
  /** The element's background. */
  background: ['max(l,.96)', 'min(l,.24)'],
  /** Cards, header blocks, highlighted rows: text is drawn on them. */
  surface: ['max(l,.92)', 'min(l,.34)'],
  /** Body text and headings. */
  ink: ['min(l,.4)', 'max(l,.86)'],
  /** Secondary text, links, status words, the accent (also a fill under text in the background colour). */
  text: ['min(l,.5)', 'max(l,.76)'],
  /** Borders of controls and markers, the focus ring: 3:1 against the background. */
  line: ['min(l,.62)', 'max(l,.6)'],
} as const;

export type ColourRole = keyof typeof LIMITS;

/** A colour token: its light and dark defaults and its role (none: kept as given, such as decorative rules). */
type Colour = readonly [light: string, dark: string, role?: ColourRole];

/** The global colour tokens (`--dhol-color-*`). */
export const colours = {
  'color-text': ['#1b1b1f', '#ececf1', 'ink'],
  'color-text-muted': ['#4a4a55', '#c0c0cc', 'text'],
  'color-background': ['#ffffff', '#17171c', 'background'],
  'color-surface': ['#f4f4f7', '#25252d', 'surface'],
  'color-border': ['#6e6e7a', '#9a9aa8', 'line'],
  'color-input-border': ['var(--_color-border)', 'var(--_color-border)', 'line'],
  'color-rule': ['#c4c4cc', '#4a4a55'],
  'color-accent': ['#00577a', '#7cc8ea', 'text'],
  'color-link': ['#0a4f9e', '#9ccaff', 'text'],
  'color-focus': ['#b3006b', '#ff8ad0', 'line'],
  'color-error': ['#a50e0e', '#ffb3b3', 'text'],
  'color-error-surface': ['#fdeeee', '#3a1616', 'surface'],
  'color-warning': ['#7a4a00', '#ffd27a', 'text'],
  'color-warning-surface': ['#fff4dc', '#3a2c10', 'surface'],
  'color-success': ['#1b6332', '#8fdca5', 'text'],
  'color-info-surface': ['#e8f2f8', '#15303d', 'surface'],
  'color-highlight': ['#fff2b3', '#3d3510', 'surface'],
  'heading-color': ['var(--_color-text)', 'var(--_color-text)', 'ink'],
} as const satisfies Record<string, Colour>;

export type ColourToken = keyof typeof colours;

/**
 * Sizes, spacing and type. Lengths are in `em`, so they follow the element's own text size: the host page's body
 * text by default, whatever the root font size (a CMS theme's `html { font-size: 62.5% }` does not shrink them).
 */
export const scale = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size': '1em',
  'font-size-small': '0.875em',
  'font-line-height': '1.5',
  'heading-font-family': 'var(--dhol-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif)',
  'heading-font-weight': '700',
  'heading-line-height': '1.25',
  'heading-size-title': '1.75em',
  'heading-size-section': '1.375em',
  'heading-size-group': '1.1875em',
  'heading-size-subgroup': '1.0625em',
  'heading-size-item': '1em',
  measure: '70ch',
  'space-xs': '0.25em',
  'space-s': '0.5em',
  'space-m': '1em',
  'space-l': '1.5em',
  'space-xl': '2.5em',
  radius: '0.25em',
  'focus-width': '3px',
  'focus-style': 'solid',
  'focus-offset': '2px',
} as const;

export type ScaleToken = keyof typeof scale;
export type Token = ColourToken | ScaleToken | 'color-scheme';

/**
 * A token as shadow styles read it. A colour is the element's resolved private property (`--_color-text`, set on
 * `:host` by `colourProperties`); anything else is `var(--dhol-<token>, <default>)`.
 */
export function token(name: ColourToken | ScaleToken): CSSResult {
  return unsafeCSS(name in colours ? `var(--_${name})` : `var(--dhol-${name}, ${scale[name as ScaleToken]})`);
}

/** Browsers that pick a value by colour scheme and derive colours from colours (2024 on). */
const MODERN = '@supports (color:light-dark(oklch(from red l c h),red))';

/**
 * Declares on `:host` one private property `--_<name>` per public colour property `--dhol-<name>`: the host's
 * value or the default, in the element's colour scheme and, for a colour with a role, within its lightness range.
 * Older browsers get the host's value or the light default as given.
 */
export function colourProperties(entries: Readonly<Record<string, Colour>>): CSSResult {
  let plain = '';
  let modern = '';
  for (const [name, [light, dark, role]] of Object.entries(entries)) {
    const value = (fallback: string) => `var(--dhol-${name},${fallback})`;
    plain += `--_${name}:${value(light)};`;
    const limits = role && LIMITS[role];
    modern += `--_${name}:${
      limits
        ? `light-dark(oklch(from ${value(light)} ${limits[0]} c h),oklch(from ${value(dark)} ${limits[1]} c h))`
        : value(light === dark ? light : `light-dark(${light},${dark})`)
    };`;
  }
  return unsafeCSS(`:host{${plain}}${MODERN}{:host{${modern}}}`);
}

/**
 * The one document-level rule: `data-dhol-theme` (or the classes `dhol-theme-light` / `dhol-theme-dark`) on any
 * container locks the elements inside it to one scheme by setting `--dhol-color-scheme`. It sets no other token,
 * so a site's brand tokens always stay. Zero specificity, so a page's own value wins.
 */
export const documentTokens = unsafeCSS(
  `:where([data-dhol-theme=light],.dhol-theme-light){--dhol-color-scheme:light}
:where([data-dhol-theme=dark],.dhol-theme-dark){--dhol-color-scheme:dark}
:where([data-dhol-theme=auto]){--dhol-color-scheme:light dark}`,
);

/**
 * Adopts a sheet of document-level rules once per page, whichever copy of the script runs first: the flag is a
 * global symbol named by `key`. `first` puts it before the page's own adopted sheets. Does nothing without a
 * document or constructable stylesheets.
 */
export function adoptDocumentSheet(
  sheet: CSSResult,
  key: string,
  { doc = globalThis.document, first = false }: { doc?: Document | undefined; first?: boolean } = {},
): void {
  if (!doc) return;
  const flag = Symbol.for(key);
  const flagged = doc as Document & { [flag]?: boolean };
  if (flagged[flag]) return;
  flagged[flag] = true;
  try {
    const styleSheet = sheet.styleSheet;
    if (styleSheet) {
      doc.adoptedStyleSheets = first
        ? [styleSheet, ...doc.adoptedStyleSheets]
        : [...doc.adoptedStyleSheets, styleSheet];
    }
  } catch {
    // Old browsers without adoptedStyleSheets.
  }
}

/** Adopts the scheme lock into the document once per page. Safe to call from `connectedCallback`. */
export function adoptTokens(doc: Document | undefined = globalThis.document): void {
  adoptDocumentSheet(documentTokens, 'dhol.tokens.adopted', { doc, first: true });
}
