import '@dhol/editor';
import { surahammarHandslag } from '@dhol/data';
import type { DholEditor } from '@dhol/editor';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Drafts kept for one story only: a fresh store in memory, so no story sees another's drafts. */
class StoryStorage implements Storage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
}

interface EditorArgs {
  lang: 'sv' | 'en';
  /** The dataset opened as a draft; none shows the start view. */
  data?: unknown;
}

/** The editor once it has validated what it holds, with its shadow root to query. */
async function ready(canvasElement: HTMLElement) {
  const el = await waitFor(() => {
    const found = canvasElement.querySelector<DholEditor>('dhol-editor');
    expect(found?.getAttribute('data-validation') ?? (found?.isOpen === false ? 'current' : undefined)).toBe(
      'current',
    );
    return found!;
  });
  await el.updateComplete;
  return { el, ui: within(el.shadowRoot as unknown as HTMLElement) };
}

/** Goes to a part of the draft by its link in the navigation, as a user does. */
async function goTo(canvasElement: HTMLElement, link: string | RegExp) {
  const { el, ui } = await ready(canvasElement);
  await userEvent.click(within(ui.getByRole('navigation')).getByRole('button', { name: link }));
  await waitFor(() => expect(el.getAttribute('data-validation')).toBe('current'));
  await el.updateComplete;
  return ui;
}

/**
 * `<dhol-editor>` writing a handslag and indicator figures: the forms of the handslag's parts and the grid of an
 * indicator's values. The drafts of these stories are kept in memory only.
 */
const meta = {
  title: 'Redigeraren/Handslag och indikatorvärden',
  component: 'dhol-editor',
  args: { lang: 'sv' },
  argTypes: { lang: { control: 'inline-radio', options: ['sv', 'en'] }, data: { control: false } },
  // No `.data` binding without data: setting `data` opens it as a draft, even `undefined`.
  render: (args) =>
    args.data === undefined
      ? html`<dhol-editor lang=${args.lang} now="2026-11-24" .storage=${new StoryStorage()}></dhol-editor>`
      : html`<dhol-editor
          lang=${args.lang}
          now="2026-11-24"
          .storage=${new StoryStorage()}
          .data=${args.data}
        ></dhol-editor>`,
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
