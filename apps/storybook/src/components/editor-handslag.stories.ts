import { surahammarHandslag } from '@dhol/data';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { type EditorArgs, editorArgTypes, goTo, ready, renderEditor } from './editor-story.js';

/**
 * `<dhol-editor>` writing a handslag and indicator figures: the forms of the handslag's parts and the grid of an
 * indicator's values. The drafts of these stories are kept in memory only.
 */
const meta = {
  title: 'Redigeraren/Handslag och indikatorvärden',
  component: 'dhol-editor',
  args: { lang: 'sv' },
  argTypes: editorArgTypes,
  render: renderEditor,
} satisfies Meta<EditorArgs>;

export default meta;
type Story = StoryObj<EditorArgs>;

/** The start view: a new handslag is its title and its two parties; a new set of figures its first indicator. */
export const NewHandslag: Story = {
  name: 'Nytt handslag',
  play: async ({ canvasElement }) => {
    const { ui } = await ready(canvasElement);
    await expect(ui.getByRole('heading', { name: 'Skriv ett nytt handslag' })).toBeVisible();
  },
};

/** The Surahammar handslag's parties: each organisation, its role in words, and its duties. */
export const HandslagParties: Story = {
  name: 'Handslag: parter',
  args: { data: surahammarHandslag },
  play: async ({ canvasElement }) => {
    const ui = await goTo(canvasElement, 'Parter');
    await expect(ui.getByRole('group', { name: 'Part 1' })).toBeVisible();
  },
};

/** Governance and the decision steps: who decides, and who signs for each body. */
export const HandslagDecisions: Story = {
  name: 'Handslag: styrning och beslut',
  args: { data: surahammarHandslag },
  play: async ({ canvasElement }) => {
    const ui = await goTo(canvasElement, 'Styrning och beslut');
    await expect(ui.getByRole('group', { name: 'Beslutssteg 2' })).toBeVisible();
  },
};

/** The handslag's status and check-ins (avstämningar). */
export const HandslagFollowUp: Story = {
  name: 'Handslag: uppföljning',
  args: { data: surahammarHandslag },
  play: async ({ canvasElement }) => {
    const ui = await goTo(canvasElement, 'Uppföljning');
    await expect(ui.getByRole('group', { name: /^Var står handslaget\?/ })).toBeVisible();
  },
};

/** The grid of an indicator's values: area × period × sex, a cell named by all three. */
export const IndicatorGrid: Story = {
  name: 'Indikatorvärden',
  args: { data: surahammarHandslag },
  play: async ({ canvasElement }) => {
    const ui = await goTo(canvasElement, /^Fullgod psykisk hälsa bland ungdomar: värden/);
    await expect(ui.getByRole('textbox', { name: 'Surahammar, 2023, kvinnor' })).toHaveValue('44');
  },
};

/** Invented figures (said so in the indicator's name) with a value that is no number and a hidden one. */
const withProblems = {
  formatVersion: '1.0',
  indicators: [
    {
      id: 'pahittad',
      title: { sv: 'Påhittad indikator (exempel med fel)' },
      unit: 'percent',
      polarity: 'higher-is-better',
      aboutPeople: true,
      breakdowns: ['sex'],
      source: { name: { sv: 'Påhittade värden för Storybook' } },
    },
  ],
  observations: [
    { indicator: 'pahittad', area: '1907', period: '2023', sex: 'T', value: 50, status: 'ok' },
    { indicator: 'pahittad', area: '1907', period: '2023', sex: 'K', value: null, status: 'suppressed' },
    { indicator: 'pahittad', area: '1907', period: '2023', sex: 'M', value: '5,2,1', status: 'ok' },
  ],
};

/** A value that is no number shows at its cell and under the grid; a hidden value is marked `..`. */
export const IndicatorGridWithErrors: Story = {
  name: 'Indikatorvärden med fel',
  args: { data: withProblems },
  play: async ({ canvasElement }) => {
    const ui = await goTo(canvasElement, /^Påhittad indikator \(exempel med fel\): värden/);
    await expect(ui.getByRole('textbox', { name: 'Surahammar, 2023, kvinnor' })).toHaveValue('..');
    await expect(ui.getByRole('textbox', { name: 'Surahammar, 2023, män' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};
