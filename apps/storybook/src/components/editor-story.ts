/**
 * What the editor's stories share: drafts kept in memory for one story only, the one way to render the editor, and
 * the play steps that wait for it and go to a part of the draft as a user does.
 */
import '@dhol/editor';
import type { DholEditor } from '@dhol/editor';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Drafts kept for one story only: a fresh store in memory, so no story sees another's drafts. */
export class StoryStorage implements Storage {
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

export interface EditorArgs {
  lang: 'sv' | 'en';
  /** The dataset opened as a draft; none shows the start view. */
  data?: unknown;
}

export const editorArgTypes = {
  lang: { control: 'inline-radio', options: ['sv', 'en'] },
  data: { control: false },
} as const;

/** The editor with a clock fixed to 2026-11-24 (checks that depend on today stay put) and drafts in memory. */
export function renderEditor(args: EditorArgs) {
  // No `.data` binding without data: setting `data` opens it as a draft, even `undefined`.
  return args.data === undefined
    ? html`<dhol-editor lang=${args.lang} now="2026-11-24" .storage=${new StoryStorage()}></dhol-editor>`
    : html`<dhol-editor
        lang=${args.lang}
        now="2026-11-24"
        .storage=${new StoryStorage()}
        .data=${args.data}
      ></dhol-editor>`;
}

/** The editor once it has validated what it holds, with its shadow root to query. */
export async function ready(canvasElement: HTMLElement) {
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

/** Waits until the editor has validated again and drawn what it holds. */
export async function settled(el: DholEditor) {
  await waitFor(() => expect(el.getAttribute('data-validation')).toBe('current'));
  await el.updateComplete;
}

/** Goes to a part of the draft by its link in the navigation, as a user does. */
export async function goTo(canvasElement: HTMLElement, link: string | RegExp) {
  const { el, ui } = await ready(canvasElement);
  await userEvent.click(within(ui.getByRole('navigation')).getByRole('button', { name: link }));
  await settled(el);
  return ui;
}
