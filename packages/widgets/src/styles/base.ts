import { type CSSResult, css } from 'lit';
import { blockStyles } from '../shared/blocks/index.js';
import { colourProperties, colours, token } from './tokens.js';

/**
 * Styles every element shares: the colour scheme, typography and the type scale, colours, the focus ring,
 * visually hidden text, forced colours and print.
 */
const shared = css`
  /*
   * The element draws in the host page's colour scheme: light unless the page declares "color-scheme: light dark"
   * (or dark), whatever the visitor's system prefers. --dhol-color-scheme (or data-dhol-theme) locks one.
   */
  :host {
    display: block;
    color-scheme: var(--dhol-color-scheme);
    color: ${token('color-text')};
    background: ${token('color-background')};
    font-family: ${token('font-family')};
    line-height: ${token('font-line-height')};
    overflow-wrap: anywhere;
    container-type: inline-size;
    /*
     * A size container takes no width from its content, so in a host's flex row, grid of auto columns or layout
     * table it would be 0 px wide, one character per line. It counts as 20rem wide when the host sizes it by its
     * content, takes a flex row's free space, and never shrinks below a readable width the row can give. Host CSS
     * on the element still wins over all three.
     */
    contain-intrinsic-inline-size: 20rem;
    flex-grow: 1;
    min-inline-size: min(100%, 20rem);
  }
  :host([data-dhol-theme='light']) {
    color-scheme: light;
  }
  :host([data-dhol-theme='dark']) {
    color-scheme: dark;
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
   * The text size is the one exception: 1em is the size of the text around the element (the host's body text),
   * so a CMS theme's root font size ("html { font-size: 62.5% }") does not shrink it.
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
  /* Headings: one type scale, chosen by what a heading is (see heading()), never by its level. */
  .h {
    font-family: ${token('heading-font-family')};
    font-weight: ${token('heading-font-weight')};
    line-height: ${token('heading-line-height')};
    color: ${token('heading-color')};
    margin: ${token('space-l')} 0 ${token('space-s')};
  }
  .h-title {
    font-size: ${token('heading-size-title')};
    margin-top: 0;
  }
  .h-section {
    font-size: ${token('heading-size-section')};
  }
  .h-group {
    font-size: ${token('heading-size-group')};
  }
  .h-subgroup {
    font-size: ${token('heading-size-subgroup')};
  }
  .h-item {
    font-size: ${token('heading-size-item')};
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 ${token('space-s')};
  }
  /* Running text keeps a readable line length, however wide the page's column. */
  p:not(.state),
  dd,
  .text li {
    max-inline-size: ${token('measure')};
  }
  a {
    color: ${token('color-link')};
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: ${token('focus-width')} ${token('focus-style')} ${token('color-focus')};
    outline-offset: ${token('focus-offset')};
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
  /* Controls that work only with the element's script (filters, view switches, downloads written on demand): hidden
     while the element is not defined, that is in static HTML (dhol render) read without JavaScript or before the
     script has loaded. The live element draws them again. */
  :host(:not(:defined)) .needs-script {
    display: none !important;
  }
  .muted {
    color: ${token('color-text-muted')};
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
  code {
    font-size: ${token('font-size-small')};
    overflow-wrap: anywhere;
  }
  .support {
    margin: ${token('space-m')} 0;
  }
  .support p:last-child {
    margin-bottom: 0;
  }
  .external-marker {
    display: inline-block;
    margin-inline-start: 0.15em;
  }
  @media (forced-colors: active) {
    :host,
    .dhol {
      color: CanvasText;
      background: Canvas;
    }
    .state {
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
    :host {
      color-scheme: light !important;
    }
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
    .state {
      background: none;
      border: 1px solid #000;
    }
  }
`;

/** The base styles of every element: the resolved colour tokens on `:host`, then the shared rules. */
export const baseStyles: CSSResult[] = [colourProperties(colours), shared, ...blockStyles];
