import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, within } from 'storybook/test';
import { isColourToken, readTokens, schemeValues } from './tokens.js';

const swatch = (value: string | undefined) =>
  value && !value.startsWith('var(')
    ? html`<span
        aria-hidden="true"
        style="display:inline-block;inline-size:1.25rem;block-size:1.25rem;vertical-align:middle;margin-inline-end:0.5rem;border:1px solid #6e6e7a;background:${value}"
      ></span>`
    : nothing;

const cell = (name: string, value: string | undefined) =>
  html`<td style="padding:0.25rem 1rem 0.25rem 0">
    ${isColourToken(name) ? swatch(value) : nothing}${value ? html`<code>${value}</code>` : '–'}
  </td>`;

/** De globala tokens, ur widgetarnas egen tabell: standardvärde i ljust och mörkt schema och vad de används till. */
const meta = {
  title: 'Introduktion/Tokens',
  tags: ['!autodocs'],
  render: () => {
    const tokens = readTokens();
    return html`<table style="border-collapse:collapse;font-family:system-ui,sans-serif;font-size:0.875rem">
      <caption style="text-align:start;font-weight:bold;padding-block-end:0.5rem">
        Globala tokens (--dhol-*) · Global tokens
      </caption>
      <thead>
        <tr>
          <th scope="col" style="text-align:start;padding:0.25rem 1rem 0.25rem 0">Token</th>
          <th scope="col" style="text-align:start;padding:0.25rem 1rem 0.25rem 0">Ljust · Light</th>
          <th scope="col" style="text-align:start;padding:0.25rem 1rem 0.25rem 0">Mörkt · Dark</th>
          <th scope="col" style="text-align:start;padding:0.25rem 1rem 0.25rem 0">Används till</th>
        </tr>
      </thead>
      <tbody>
        ${tokens.map((token) => {
          const { light, dark } = schemeValues(token.default);
          return html`<tr style="border-block-start:1px solid #d0d0d8">
            <th scope="row" style="text-align:start;font-weight:normal;padding:0.25rem 1rem 0.25rem 0">
              <code>${token.name}</code>
            </th>
            ${cell(token.name, light)} ${cell(token.name, dark === light ? undefined : dark)}
            <td style="padding:0.25rem 1rem 0.25rem 0">${token.sv}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  },
} satisfies Meta;

export default meta;

export const Table: StoryObj = {
  name: 'Tabell',
  globals: { theme: 'default' },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: /Globala tokens/ });
    await expect(within(table).getByRole('rowheader', { name: '--dhol-color-text' })).toBeVisible();
    await expect(within(table).getByRole('rowheader', { name: '--dhol-font-family' })).toBeVisible();
  },
};
