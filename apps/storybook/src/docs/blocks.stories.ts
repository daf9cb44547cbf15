import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, within } from 'storybook/test';
import './blocks-demo.js';
import type { DholBlocksDemo } from './blocks-demo.js';

/**
 * Byggstenarna som alla element är gjorda av: rubriker efter roll, märken i sina toner, kort med accent, noter,
 * tabellen som rullar i sidled när den inte får plats, och tidslinjen. De ritas med elementens egna stilar, så
 * ett tema (verktygsfältets **Tema**, eller *Eget tema*) ändrar dem här som i elementen.
 */
const meta = {
  title: 'Introduktion/Byggstenar',
  tags: ['!autodocs'],
  render: () => html`<dhol-blocks-demo></dhol-blocks-demo>`,
} satisfies Meta;

export default meta;

export const Byggstenar: StoryObj = {
  name: 'Byggstenar',
  play: async ({ canvasElement }) => {
    const demo = canvasElement.querySelector('dhol-blocks-demo') as DholBlocksDemo;
    await demo.updateComplete;
    const shadow = within(demo.shadowRoot as unknown as HTMLElement);
    await expect(shadow.getByRole('heading', { name: 'Post (item)', level: 7 })).toBeVisible();
    await expect(shadow.getByText('Pågår')).toBeVisible();
    await expect(shadow.getByRole('table', { name: /^En tabell som får plats/ })).toBeVisible();
    await expect(shadow.getByRole('list')).toBeVisible();
  },
};

/** Ett värde i Controls-panelens fält för CSS-egenskaper sätts på berättelsens ram och når byggstenarna direkt. */
export const ControlsValue: StoryObj = {
  name: 'Ett värde från Controls-panelen',
  tags: ['!dev'],
  args: { '--dhol-radius': '9px' },
  play: async ({ canvasElement }) => {
    const demo = canvasElement.querySelector('dhol-blocks-demo') as DholBlocksDemo;
    await demo.updateComplete;
    const card = demo.shadowRoot?.querySelector('.card') as HTMLElement;
    await expect(getComputedStyle(card).borderTopLeftRadius).toBe('9px');
  },
};
