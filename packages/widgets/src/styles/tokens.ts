import { type CSSResult, css, unsafeCSS } from 'lit';

/**
 * The global design tokens. Each value is written once here: the document sheet declares them inside
 * `:where(:root)` (zero specificity, so a host page's own `--dhol-*` values win) and shadow styles read them with
 * the same value as a `var()` fallback, so an element looks right even before the sheet is adopted.
 */
export const light = {
  'color-text': '#1b1b1f',
  'color-text-muted': '#4a4a55',
  'color-background': '#ffffff',
  'color-surface': '#f4f4f7',
  'color-border': '#6e6e7a',
  'color-accent': '#00577a',
  'color-link': '#0a4f9e',
  'color-focus': '#b3006b',
  'color-error': '#a50e0e',
  'color-error-surface': '#fdeeee',
  'color-warning': '#7a4a00',
  'color-warning-surface': '#fff4dc',
  'color-success': '#1b6332',
  'color-info-surface': '#e8f2f8',
  'color-highlight': '#fff2b3',
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '1rem',
  'space-l': '1.5rem',
  'space-xl': '2.5rem',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size': '1rem',
  'font-size-small': '0.875rem',
  'font-line-height': '1.5',
  radius: '0.25rem',
} as const;

export type Token = keyof typeof light;

/** Dark values: used under `prefers-color-scheme: dark`, or on `.dhol-theme-dark` / `[data-dhol-theme="dark"]`. */
export const dark: Partial<Record<Token, string>> = {
  'color-text': '#ececf1',
  'color-text-muted': '#c0c0cc',
  'color-background': '#17171c',
  'color-surface': '#25252d',
  'color-border': '#9a9aa8',
  'color-accent': '#7cc8ea',
  'color-link': '#9ccaff',
  'color-focus': '#ff8ad0',
  'color-error': '#ffb3b3',
  'color-error-surface': '#3a1616',
  'color-warning': '#ffd27a',
  'color-warning-surface': '#3a2c10',
  'color-success': '#8fdca5',
  'color-info-surface': '#15303d',
  'color-highlight': '#4d4210',
};

const declarations = (values: Partial<Record<Token, string>>) =>
  Object.entries(values)
    .map(([name, value]) => `--dhol-${name}: ${value};`)
    .join(' ');

/** `var(--dhol-<token>, <default>)` for use inside shadow styles. */
export function token(name: Token): CSSResult {
  return unsafeCSS(`var(--dhol-${name}, ${light[name]})`);
}

/** The document-level sheet: defaults, dark theme by preference and by class, light theme by class. */
export const documentTokens = unsafeCSS(
  `:where(:root) { ${declarations(light)} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :where(:root) { ${declarations(dark)} } }
:where(.dhol-theme-dark, [data-dhol-theme="dark"]) { ${declarations(dark)} color-scheme: dark; }
:where(.dhol-theme-light, [data-dhol-theme="light"]) { ${declarations(light)} color-scheme: light; }`,
);

/**
 * Adopts a sheet of document-level tokens once per page, whichever copy of the script runs first: the flag is a
 * global symbol named by `key`. `first` puts it before the page's own adopted sheets. Does nothing without a
 * document or constructable stylesheets, where the var() fallbacks in shadow styles still apply.
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

/**
 * Adopts the token sheet into the document once per page. Safe to call from `connectedCallback`.
 */
export function adoptTokens(doc: Document | undefined = globalThis.document): void {
  adoptDocumentSheet(documentTokens, 'dhol.tokens.adopted', { doc, first: true });
}

/**
 * Styles every element shares: typography, colours, focus ring, visually hidden text, forced colours and print.
 * The shadow tree follows the document theme through inherited custom properties; when the page is dark by
 * preference but has not adopted the sheet, the fallbacks flip too.
 */
export const baseStyles = css`
  :host {
    display: block;
    color: ${token('color-text')};
    background: ${token('color-background')};
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('font-line-height')};
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * A host page's reset ("* { all: unset !important }") reaches the host element itself: important declarations
   * of the shadow tree win over the page's, so the element stays a block and a size container (its narrow layouts depend on it) and carries no
   * decorations of the page.
   * Use the "hidden" attribute to hide an element.
   */
  :host {
    display: block !important;
    container-type: inline-size !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host::before,
  :host::after {
    content: none !important;
  }
  /*
   * The wrapper sets every inherited text property again, so a host page's global CSS (a reset with !important on
   * every element, odd fonts, upper case) that reaches the host element stops there: only --dhol-* tokens pass.
   */
  .dhol {
    color: ${token('color-text')};
    background: ${token('color-background')};
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('font-line-height')};
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    font-feature-settings: normal;
    font-kerning: auto;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    overflow-wrap: anywhere;
    list-style: initial;
    quotes: auto;
    cursor: auto;
    visibility: visible;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: ${token('space-l')} 0 ${token('space-s')};
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 ${token('space-s')};
  }
  a {
    color: ${token('color-link')};
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid ${token('color-focus')};
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: ${token('color-text-muted')};
  }
  .badge {
    display: inline-block;
    padding: 0 ${token('space-s')};
    border: 1px solid currentColor;
    border-radius: ${token('radius')};
    font-size: ${token('font-size-small')};
    white-space: nowrap;
  }
  .state {
    padding: ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }
  .errors {
    border-color: ${token('color-error')};
    background: ${token('color-error-surface')};
  }
  .errors ol {
    padding-inline-start: ${token('space-l')};
  }
  .errors li {
    margin-block-end: ${token('space-s')};
  }
  .issue-error {
    color: ${token('color-error')};
    border-color: ${token('color-error')};
  }
  .issue-warning {
    color: ${token('color-warning')};
    border-color: ${token('color-warning')};
  }
  code {
    font-size: ${token('font-size-small')};
    overflow-wrap: anywhere;
  }
  .support {
    margin: ${token('space-m')} 0;
    padding: ${token('space-m')};
    border-inline-start: 4px solid ${token('color-accent')};
    background: ${token('color-info-surface')};
  }
  .support p:last-child {
    margin-bottom: 0;
  }
  .external-marker {
    display: inline-block;
    margin-inline-start: 0.15em;
  }
  @media (prefers-color-scheme: dark) {
    :host,
    .dhol {
      color: var(--dhol-color-text, ${unsafeCSS(dark['color-text'])});
      background: var(--dhol-color-background, ${unsafeCSS(dark['color-background'])});
    }
  }
  @media (forced-colors: active) {
    :host,
    .dhol {
      color: CanvasText;
      background: Canvas;
    }
    .badge,
    .state,
    .support {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    a {
      color: LinkText;
    }
  }
  @media print {
    :host,
    .dhol {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    a {
      color: #000;
    }
    .no-print {
      display: none !important;
    }
    .state,
    .support {
      background: none;
      border: 1px solid #000;
    }
  }
`;
