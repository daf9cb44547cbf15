import { followUpExample, sormlandHandlingsplan2026 } from '@dhol/data';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type EditorArgs, editorArgTypes, goTo, ready, renderEditor, settled } from './editor-story.js';

/**
 * `<dhol-editor>` writing a handlingsplan: the start view, a blank plan with the national framework's seven delmål,
 * a plan with errors and its error summary, the activities and one activity's progress notes. The drafts of these
 * stories are kept in memory only.
 */
const meta = {
  title: 'Redigeraren/Handlingsplan',
  component: 'dhol-editor',
  args: { lang: 'sv' },
  argTypes: editorArgTypes,
  render: renderEditor,
} satisfies Meta<EditorArgs>;

export default meta;
type Story = StoryObj<EditorArgs>;

/** Nothing open yet: what the editor offers (a new plan, handslag or figures, a file, a saved draft). */
export const Start: Story = {
  name: 'Start',
  play: async ({ canvasElement }) => {
    const { ui } = await ready(canvasElement);
    await expect(ui.getByRole('heading', { name: 'Vad vill du göra?' })).toBeVisible();
    await expect(ui.getByRole('textbox', { name: 'Planens titel' })).toBeVisible();
  },
};

/** A new plan, blank: its facts to fill in and one section per delmål of the national framework. */
export const BlankPlan: Story = {
  name: 'Ny tom plan',
  play: async ({ canvasElement }) => {
    const { el, ui } = await ready(canvasElement);
    await userEvent.type(ui.getByRole('textbox', { name: 'Planens titel' }), 'Påhittad plan (exempel)');
    await userEvent.click(ui.getByRole('button', { name: 'Skapa planen' }));
    await settled(el);
    await expect(ui.getByRole('heading', { name: /^Om planen/ })).toBeVisible();
  },
};

/** Sörmland's plan with two mistakes: a date that does not exist and a status the format does not know. */
const withErrors = structuredClone(sormlandHandlingsplan2026);
withErrors.plans![0]!.decision!.date = '2026-13-45';
(withErrors.plans![0]!.activities[0] as { status: string }).status = 'klar';

/** The error summary at the top lists every issue, each a link to its field; the field says it too. */
export const PlanWithErrors: Story = {
  name: 'Plan med fel',
  args: { data: withErrors },
  play: async ({ canvasElement }) => {
    const { ui } = await ready(canvasElement);
    const summary = within(ui.getByRole('region', { name: 'Det finns problem' }));
    await expect(summary.getByRole('link', { name: /2026-13-45/ })).toBeVisible();
  },
};

/** Sörmland's activities: filtered by delmål, found by name, each opening its own form. */
export const Activities: Story = {
  name: 'Aktiviteter',
  args: { data: sormlandHandlingsplan2026 },
  play: async ({ canvasElement }) => {
    const ui = await goTo(canvasElement, /^Aktiviteter/);
    await expect(ui.getByRole('button', { name: 'Besökskort' })).toBeVisible();
  },
};

/** One activity of the invented follow-up example and its progress notes: date, status from then on, text, who. */
export const ProgressNotes: Story = {
  name: 'Aktivitet med lägesrapporter (påhittat exempel)',
  args: { data: followUpExample },
  play: async ({ canvasElement }) => {
    const { el } = await ready(canvasElement);
    const ui = await goTo(canvasElement, 'Aktiviteter (9)');
    await userEvent.click(
      ui.getByRole('button', { name: 'Föräldraskapsstöd i alla kommuner och stadsdelar' }),
    );
    await settled(el);
    await expect(ui.getByRole('group', { name: 'Lägesrapport 3' })).toBeVisible();
  },
};

/** The invented example's plan of 2026: its version, the version it replaces, and a revision that is done. */
export const VersionsAndRevisions: Story = {
  name: 'Version och revideringar (påhittat exempel)',
  args: { data: followUpExample },
  play: async ({ canvasElement }) => {
    const { ui } = await ready(canvasElement);
    await expect(ui.getByRole('button', { name: 'Starta nästa version av planen' })).toBeVisible();
    await expect(ui.getByRole('group', { name: 'Revidering 1' })).toBeVisible();
  },
};
