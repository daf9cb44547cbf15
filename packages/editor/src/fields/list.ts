/**
 * "Add another" (GOV.UK): a list of like items (participants, goal links, responsible parties, links), each in a
 * fieldset named "Ansvarig 2", with buttons to move it up or down and to remove it, and one button to add an
 * item. Each button is one undoable step; focus goes where the user's attention is (the new item's first field,
 * the item that moved, the add button after a removal) and a live message says what happened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from '../issues/issue-index.js';
import type { EditorContext } from '../sections/section.js';
import type { Path } from '../store/path.js';
import { fieldClass, fieldState, hintAndIssues } from './field.js';

export interface ListFieldOptions {
  /** The array in the dataset. */
  path: Path;
  /** The legend of the whole list. */
  legend: string;
  hint?: string;
  /** The name of one item, numbered from 1: "Ansvarig 2". */
  itemLabel: (index: number) => string;
  /** The fields of one item. */
  renderItem: (itemPath: Path, index: number) => TemplateResult;
  /** A new item's value. */
  newItem: () => unknown;
  /** The add button's text: "Lägg till en ansvarig". */
  addLabel: string;
  /** The field to focus in a new item, relative to the item. */
  focusInNew?: Path;
  /** Whether items can be moved up and down. */
  reorder?: boolean;
  /** Remove the whole array from the file when its last item is removed (an optional list). */
  dropWhenEmpty?: boolean;
  /** Shown when the list is empty. */
  emptyText?: string;
}

/** Moves the item at `from` to `to` as one step (remove, then insert). */
export function moveItem(ctx: EditorContext, path: Path, from: number, to: number): void {
  const list = ctx.get(path);
  if (!Array.isArray(list) || to < 0 || to >= list.length || from === to) return;
  const item = list[from];
  ctx.transact(() => {
    ctx.edit([...path, from], undefined);
    ctx.edit([...path, to], item, { insert: true });
  });
}

export function listField(ctx: EditorContext, options: ListFieldOptions): TemplateResult {
  const state = fieldState(ctx, { path: options.path, label: options.legend, hint: options.hint });
  const raw = ctx.get(options.path);
  const items = Array.isArray(raw) ? raw : [];
  const addId = `${state.id}/add`;
  const add = () => {
    const index = items.length;
    ctx.edit([...options.path, index], options.newItem(), { insert: true, group: null });
    const label = options.itemLabel(index);
    ctx.announce(ctx.t('field.added', { item: label }));
    ctx.focusAfterUpdate(fieldId([...options.path, index, ...(options.focusInNew ?? [])]));
  };
  const remove = (index: number) => {
    const label = options.itemLabel(index);
    if (items.length === 1 && options.dropWhenEmpty) ctx.edit(options.path, undefined, { group: null });
    else ctx.edit([...options.path, index], undefined, { group: null });
    ctx.announce(ctx.t('field.removed', { item: label }));
    ctx.focusAfterUpdate(addId);
  };
  const move = (index: number, to: number) => {
    moveItem(ctx, options.path, index, to);
    ctx.announce(ctx.t('field.moved', { item: options.itemLabel(index), position: to + 1 }));
    // Focus stays on the same button of the moved item, or on the other one at the end of the list.
    const edge = to === 0 ? 'down' : to === items.length - 1 ? 'up' : to < index ? 'up' : 'down';
    ctx.focusAfterUpdate(`${state.id}/${to}/${edge}`);
  };
  return html`<div class=${fieldClass(state, 'list-field')}>
    <fieldset class="fieldset" aria-describedby=${state.describedBy}>
      <legend class="legend">${options.legend}</legend>
      ${hintAndIssues(ctx, { path: options.path, label: options.legend, hint: options.hint }, state)}
      ${items.length === 0 && options.emptyText ? html`<p class="empty">${options.emptyText}</p>` : nothing}
      ${items.map((_, index) => {
        const label = options.itemLabel(index);
        return html`<fieldset class="item">
          <legend class="item-legend">${label}</legend>
          ${options.renderItem([...options.path, index], index)}
          <div class="item-actions">
            ${
              options.reorder
                ? html`<button
                      type="button"
                      class="secondary small"
                      id=${`${state.id}/${index}/up`}
                      ?disabled=${index === 0}
                      aria-label=${ctx.t('field.moveUpItem', { item: label })}
                      @click=${() => move(index, index - 1)}
                    >
                      ${ctx.t('field.moveUp')}
                    </button>
                    <button
                      type="button"
                      class="secondary small"
                      id=${`${state.id}/${index}/down`}
                      ?disabled=${index === items.length - 1}
                      aria-label=${ctx.t('field.moveDownItem', { item: label })}
                      @click=${() => move(index, index + 1)}
                    >
                      ${ctx.t('field.moveDown')}
                    </button>`
                : nothing
            }
            <button
              type="button"
              class="warning small"
              aria-label=${ctx.t('field.removeItem', { item: label })}
              @click=${() => remove(index)}
            >
              ${ctx.t('field.remove')}
            </button>
          </div>
        </fieldset>`;
      })}
      <button type="button" class="secondary" id=${addId} @click=${add}>${options.addLabel}</button>
    </fieldset>
  </div>`;
}
