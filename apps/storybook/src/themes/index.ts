import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { isColourToken } from '../docs/tokens.js';
import './story.css';
import './high-contrast.css';
import './exempelkommun.css';

/** The themes a story can be shown in; the toolbar's "Tema" menu lists them in this order. */
export const themes = {
  default: { title: 'Standard (ljust)', icon: 'sun' },
  dark: { title: 'Mörkt', icon: 'moon' },
  'high-contrast': { title: 'Hög kontrast', icon: 'contrast' },
  exempelkommun: { title: 'Exempelkommun', icon: 'paintbrush' },
  eget: { title: 'Eget tema', icon: 'edit' },
} as const;

export type ThemeName = keyof typeof themes;

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && Object.hasOwn(themes, value);
}

/** Where the designer's own theme CSS is kept in the browser, so that it survives a reload. */
export const OWN_THEME_KEY = 'dhol-storybook-eget-tema';
const OWN_THEME_STYLE_ID = 'dhol-eget-tema';

/** The designer's own theme CSS, as last saved ('' when none, or when the browser keeps no storage). */
export function ownThemeCss(): string {
  try {
    return localStorage.getItem(OWN_THEME_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the designer's own theme CSS and, when it is the theme shown, applies it at once. */
export function saveOwnTheme(css: string): void {
  try {
    localStorage.setItem(OWN_THEME_KEY, css);
  } catch {
    // Private mode with no storage: the theme still applies until the page is left.
  }
  const style = document.getElementById(OWN_THEME_STYLE_ID);
  if (style) style.textContent = css;
}

/** Puts the own theme's stylesheet on the page while it is the chosen theme, and takes it away otherwise. */
function applyOwnTheme(isOn: boolean): void {
  let style = document.getElementById(OWN_THEME_STYLE_ID);
  if (!isOn) {
    style?.remove();
    return;
  }
  if (!style) {
    style = document.createElement('style');
    style.id = OWN_THEME_STYLE_ID;
    document.head.append(style);
  }
  style.textContent = ownThemeCss();
}

/**
 * The values typed into the Controls panel's "CSS Custom Properties" fields (args named `--dhol-…`), to set on
 * the story's frame: the elements inherit them, so a change shows at once.
 */
function tokenArgs(args: Record<string, unknown>): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) {
    if (name.startsWith('--') && typeof value === 'string' && value.trim()) tokens[name] = value;
  }
  return tokens;
}

/**
 * Gives every custom property an element documents a control in the Controls panel: a colour picker for
 * colours, a text field for the rest (a font, a size, a scheme).
 */
export function tokenControls({ argTypes }: { argTypes: ArgTypes }): ArgTypes {
  const enhanced: ArgTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const isToken = name.startsWith('--');
    const isColour =
      isColourToken(name) ||
      /-(accent|color|colour|background|border|surface|highlight|series-\d+)$/.test(name);
    enhanced[name] = isToken ? { ...argType, control: isColour ? 'color' : 'text' } : argType;
  }
  return enhanced;
}

/**
 * Wraps a story in a frame with the chosen theme, the way a host page would: the frame declares the page's colour
 * scheme (dark for the dark theme, light otherwise; the own theme decides its own with `--dhol-color-scheme`) and,
 * for a brand theme, carries the class that sets its `--dhol-*` tokens. It declares no token itself, so a value set
 * on `:root` (in devtools, or in the own theme) reaches the story; values from the Controls panel are set on it.
 * On a docs page the frame is a screenful that scrolls (see story.css), so the docs table follows close below.
 */
export const withTheme: Decorator = (story, context) => {
  const theme: ThemeName = isThemeName(context.globals['theme']) ? context.globals['theme'] : 'default';
  applyOwnTheme(theme === 'eget');
  // An element's story on its docs page; the introduction's pages show their stories (tokens, blocks) whole.
  const inDocs = context.viewMode === 'docs' && context.title.startsWith('Element/');
  const frame = inDocs ? 'dhol-story--docs' : context.viewMode === 'story' ? 'dhol-story--canvas' : '';
  const scheme = theme === 'dark' ? 'dark' : theme === 'eget' ? nothing : 'light';
  return html`<div
    class="dhol-story theme-${theme} ${frame}"
    data-dhol-theme=${scheme}
    style=${styleMap(tokenArgs(context.args))}
    role=${inDocs ? 'region' : nothing}
    aria-label=${inDocs ? `Exempel: ${context.name}` : nothing}
    tabindex=${inDocs ? '0' : nothing}
  >
    ${story()}
  </div>`;
};
