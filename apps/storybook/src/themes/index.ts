import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import './story.css';
import './high-contrast.css';
import './exempelkommun.css';

/** The themes a story can be shown in; the toolbar's "Tema" menu lists them in this order. */
export const themes = {
  default: { title: 'Standard (ljust)', icon: 'sun' },
  dark: { title: 'Mörkt', icon: 'moon' },
  'high-contrast': { title: 'Hög kontrast', icon: 'contrast' },
  exempelkommun: { title: 'Exempelkommun', icon: 'paintbrush' },
} as const;

export type ThemeName = keyof typeof themes;

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && Object.hasOwn(themes, value);
}

/**
 * Wraps a story in a frame with the chosen theme, the way a host page would: the frame declares the page's colour
 * scheme (dark for the dark theme, light otherwise) and, for a brand theme, carries the class that sets its
 * `--dhol-*` tokens. It declares no token itself, so a value set on `:root` (in devtools, say) reaches the story.
 */
export const withTheme: Decorator = (story, context) => {
  const theme: ThemeName = isThemeName(context.globals['theme']) ? context.globals['theme'] : 'default';
  const canvas = context.viewMode === 'story' ? 'dhol-story--canvas' : '';
  return html`<div
    class="dhol-story theme-${theme} ${canvas}"
    data-dhol-theme=${theme === 'dark' ? 'dark' : 'light'}
  >
    ${story()}
  </div>`;
};
