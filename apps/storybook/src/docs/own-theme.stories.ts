import '@dhol/widgets/components/agreement/dhol-agreement.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { surahammarHandslag } from '../fixtures.js';
import { ownThemeCss, saveOwnTheme } from '../themes/index.js';
import './blocks-demo.js';

/** An example to start from: a colour, a font, corners and spacing. */
const EXAMPLE = `/* Exempel: byt värdena mot er egen grafiska profil. */
:root {
  --dhol-color-accent: #00664d;
  --dhol-color-link: #004f8c;
  --dhol-font-family: Georgia, serif;
  --dhol-radius: 4px;
  --dhol-space-m: 1.25em;
}`;

/**
 * Klistra in er egen tema-CSS (till exempel `:root { --dhol-color-accent: #00664d; }`) och se den direkt på
 * byggstenarna och ett handslag här under. Temat sparas i webbläsaren och gäller i alla berättelser när
 * verktygsfältets **Tema** står på *Eget tema*, också efter en omladdning. *Paste your own theme CSS; it applies
 * at once, is kept in the browser, and applies to every story when the toolbar's theme is "Eget tema".*
 */
const meta = {
  title: 'Introduktion/Eget tema',
  tags: ['!autodocs'],
  globals: { theme: 'eget' },
  render: () =>
    html`<form style="display:grid;gap:0.5rem;margin-block-end:1.5rem;font-family:system-ui,sans-serif"
        @submit=${(event: SubmitEvent) => event.preventDefault()}>
        <label for="eget-tema" style="font-weight:bold">Temats CSS</label>
        <p id="eget-tema-hint" style="margin:0">
          Gäller direkt och sparas i den här webbläsaren. Välj <strong>Eget tema</strong> under Tema i verktygsfältet
          för att se det i alla berättelser.
        </p>
        <textarea id="eget-tema" aria-describedby="eget-tema-hint" rows="12" spellcheck="false"
          style="font-family:ui-monospace,monospace;font-size:0.875rem;inline-size:100%;box-sizing:border-box"
          .value=${ownThemeCss()}
          @input=${(event: InputEvent) => saveOwnTheme((event.target as HTMLTextAreaElement).value)}></textarea>
        <details>
          <summary>Ett exempel att börja från</summary>
          <pre style="font-size:0.875rem">${EXAMPLE}</pre>
        </details>
      </form>
      <dhol-blocks-demo></dhol-blocks-demo>
      <dhol-agreement .data=${surahammarHandslag} no-support-notice></dhol-agreement>`,
} satisfies Meta;

export default meta;

/** Fältet för temat, byggstenarna och ett handslag i temat. */
export const EgetTema: StoryObj = { name: 'Eget tema' };

/**
 * Testet av sidan, dolt i Storybooks meny (det ändrar det sparade temat och lämnar tillbaka det efteråt): radien
 * som klistras in syns direkt på ett kort och finns kvar i webbläsarens lagring.
 */
export const EgetTemaTest: StoryObj = {
  name: 'Eget tema: klistra in och se det direkt',
  tags: ['!dev'],
  play: async ({ canvasElement }) => {
    const before = ownThemeCss();
    const canvas = within(canvasElement);
    const field = canvas.getByRole('textbox', { name: 'Temats CSS' });
    const demo = canvasElement.querySelector('dhol-blocks-demo') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await demo.updateComplete;
    const card = demo.shadowRoot?.querySelector('.card') as HTMLElement;
    try {
      await userEvent.clear(field);
      await userEvent.paste(':root { --dhol-radius: 7px; }');
      await waitFor(() => expect(getComputedStyle(card).borderTopLeftRadius).toBe('7px'));
      await expect(ownThemeCss()).toBe(':root { --dhol-radius: 7px; }');
      await userEvent.clear(field);
      await userEvent.paste(':root { --dhol-radius: 0px; }');
      await waitFor(() => expect(getComputedStyle(card).borderTopLeftRadius).toBe('0px'));
    } finally {
      saveOwnTheme(before);
    }
  },
};
