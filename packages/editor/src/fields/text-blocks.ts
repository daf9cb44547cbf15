/**
 * Running text as the model keeps it (`TextBlock`s): paragraphs, bullet lists and headings, never markup. Each
 * block is a text area of its own, named "Stycke 2" or "Punktlista 3"; a list is written one item per line, so a
 * list copied from a document keeps its items. Blocks can be added, moved and removed, each as one undo step.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type FieldLabel, type FieldSpec, fieldId } from '../issues/issue-index.js';
import type { EditorContext } from '../sections/section.js';
import { isObject, type JsonObject, type Path } from '../store/path.js';
import { asText, fieldClass, fieldState, hintAndIssues, targetValue } from './field.js';
import { moveItem } from './list.js';

export interface TextBlocksOptions {
  path: Path;
  /** The legend: "Syfte", "Beskrivning". */
  legend: string;
  hint?: string;
}

type BlockType = 'paragraph' | 'list' | 'heading';

/** The field patterns of a text-blocks field at `base` (a pattern such as `plans/*` + `/purpose`), with its legend. */
export function textBlockPatterns(base: string, legend?: FieldLabel): FieldSpec[] {
  return legend
    ? [[base, legend], [`${base}/*`, legend], `${base}/*/text/en`]
    : [base, `${base}/*`, `${base}/*/text/en`];
}

const itemsOf = (block: JsonObject): unknown[] => (Array.isArray(block['items']) ? block['items'] : []);

/** A list's items from lines of text in one language, keeping the other language of each item by position. */
export function itemsFromLines(
  items: readonly unknown[],
  lines: readonly string[],
  lang: 'sv' | 'en',
): unknown[] {
  if (lang === 'sv') {
    return lines.map((line, k) => {
      const old = items[k];
      return isObject(old) ? { ...old, sv: line } : { sv: line };
    });
  }
  return items.map((item, k) => {
    const base: JsonObject = isObject(item) ? { ...item } : { sv: asText(item) };
    const line = lines[k] ?? '';
    if (line === '') delete base['en'];
    else base['en'] = line;
    return base;
  });
}

const linesOf = (items: readonly unknown[], lang: 'sv' | 'en'): string =>
  items.map((item) => (isObject(item) ? asText(item[lang]) : '')).join('\n');

export function textBlocksField(ctx: EditorContext, options: TextBlocksOptions): TemplateResult {
  const state = fieldState(ctx, { path: options.path, label: options.legend, hint: options.hint });
  const raw = ctx.get(options.path);
  const blocks = Array.isArray(raw) ? raw : [];
  const add = (type: BlockType) => {
    const block = type === 'list' ? { type, items: [{ sv: '' }] } : { type, text: { sv: '' } };
    ctx.edit([...options.path, blocks.length], block, { insert: true, group: null });
    ctx.focusAfterUpdate(fieldId([...options.path, blocks.length]));
  };
  const counters = { paragraph: 0, list: 0, heading: 0 };
  const addId = `${state.id}/add`;
  return html`<div class=${fieldClass(state, 'blocks-field')}>
    <fieldset class="fieldset" aria-describedby=${state.describedBy}>
      <legend class="legend">${options.legend} <span class="optional">${ctx.t('field.optional')}</span></legend>
      ${hintAndIssues(ctx, { path: options.path, label: options.legend, hint: options.hint }, state)}
      ${blocks.length === 0 ? html`<p class="empty">${ctx.t('blocks.empty')}</p>` : nothing}
      ${blocks.map((block, index) => {
        const type: BlockType | undefined =
          isObject(block) &&
          (block['type'] === 'paragraph' || block['type'] === 'list' || block['type'] === 'heading')
            ? block['type']
            : undefined;
        const n = type ? ++counters[type] : index + 1;
        const label = ctx.t(
          type === 'list' ? 'blocks.list' : type === 'heading' ? 'blocks.heading' : 'blocks.paragraph',
          {
            n,
          },
        );
        return blockEditor(ctx, options.path, index, blocks.length, block, type, label, addId);
      })}
      <div class="button-group">
        <button type="button" class="secondary" id=${addId} @click=${() => add('paragraph')}>
          ${ctx.t('blocks.addParagraph')}
        </button>
        <button type="button" class="secondary" @click=${() => add('list')}>${ctx.t('blocks.addList')}</button>
        <button type="button" class="secondary" @click=${() => add('heading')}>${ctx.t('blocks.addHeading')}</button>
      </div>
    </fieldset>
  </div>`;
}

function blockEditor(
  ctx: EditorContext,
  path: Path,
  index: number,
  count: number,
  block: unknown,
  type: BlockType | undefined,
  label: string,
  addId: string,
): TemplateResult {
  const blockPath = [...path, index];
  const hint = type === 'list' ? ctx.t('blocks.listHint') : undefined;
  const state = fieldState(ctx, { path: blockPath, label, ...(hint ? { hint } : {}) });
  const object = isObject(block) ? block : {};
  let sv: TemplateResult | typeof nothing = nothing;
  let en: TemplateResult | typeof nothing = nothing;
  const seal = () => ctx.seal();
  if (type === 'list') {
    const items = itemsOf(object);
    const itemsPath = [...blockPath, 'items'];
    // The items as they are when the key is pressed, not as they were drawn.
    const write = (lang: 'sv' | 'en') => (event: Event) => {
      const now = ctx.get(itemsPath);
      ctx.edit(
        itemsPath,
        itemsFromLines(Array.isArray(now) ? now : [], targetValue(event).split('\n'), lang),
      );
    };
    // Empty lines go when the text area loses focus: while typing, Enter must make a line that stays.
    const tidy = () => {
      const current = ctx.get(itemsPath);
      if (Array.isArray(current)) {
        const kept = current.filter(
          (item) => !(isObject(item) && asText(item['sv']).trim() === '' && !item['en']),
        );
        if (kept.length !== current.length && kept.length > 0) ctx.edit(itemsPath, kept);
      }
      ctx.seal();
    };
    sv = html`<textarea
      id=${state.id}
      class="input"
      rows=${Math.max(3, items.length + 1)}
      aria-describedby=${state.describedBy}
      aria-invalid=${state.hasError ? 'true' : 'false'}
      .value=${live(linesOf(items, 'sv'))}
      @input=${write('sv')}
      @change=${tidy}
    ></textarea>`;
    if (ctx.english) {
      const id = `${state.id}/en`;
      en = html`<label class="label" for=${id}>${ctx.t('field.english', { label })}</label>
        <textarea
          id=${id}
          class="input"
          lang="en"
          rows=${Math.max(3, items.length + 1)}
          .value=${live(linesOf(items, 'en'))}
          @input=${write('en')}
          @change=${seal}
        ></textarea>`;
    }
  } else if (type) {
    const text = isObject(object['text']) ? object['text'] : {};
    const tag = type === 'heading' ? 'input' : 'textarea';
    const svPath = [...blockPath, 'text', 'sv'];
    sv =
      tag === 'input'
        ? html`<input
            id=${state.id}
            class="input"
            aria-describedby=${state.describedBy}
            aria-invalid=${state.hasError ? 'true' : 'false'}
            .value=${live(asText(text['sv']))}
            @input=${(event: Event) => ctx.edit(svPath, targetValue(event))}
            @change=${seal}
          />`
        : html`<textarea
            id=${state.id}
            class="input"
            rows="4"
            aria-describedby=${state.describedBy}
            aria-invalid=${state.hasError ? 'true' : 'false'}
            .value=${live(asText(text['sv']))}
            @input=${(event: Event) => ctx.edit(svPath, targetValue(event))}
            @change=${seal}
          ></textarea>`;
    if (ctx.english) {
      const enPath = [...blockPath, 'text', 'en'];
      const id = fieldId(enPath);
      const enState = fieldState(ctx, { path: enPath, label });
      const onInput = (event: Event) => ctx.edit(enPath, targetValue(event) || undefined);
      en = html`<label class="label" for=${id}>${ctx.t('field.english', { label })}</label>
        ${hintAndIssues(ctx, { path: enPath, label }, enState)}
        ${
          tag === 'input'
            ? html`<input id=${id} class="input" lang="en" .value=${live(asText(text['en']))} @input=${onInput} @change=${seal} />`
            : html`<textarea
                id=${id}
                class="input"
                lang="en"
                rows="4"
                .value=${live(asText(text['en']))}
                @input=${onInput}
                @change=${seal}
              ></textarea>`
        }`;
    }
  }
  const remove = () => {
    if (count === 1) ctx.edit(path, undefined, { group: null });
    else ctx.edit(blockPath, undefined, { group: null });
    ctx.announce(ctx.t('field.removed', { item: label }));
    ctx.focusAfterUpdate(addId);
  };
  const move = (to: number) => {
    moveItem(ctx, path, index, to);
    ctx.announce(ctx.t('field.moved', { item: label, position: to + 1 }));
    ctx.focusAfterUpdate(fieldId([...path, to]));
  };
  return html`<div class=${fieldClass(state, 'block')}>
    ${
      type
        ? html`<label class="label" for=${state.id}>${label}</label>`
        : html`<p class="label">${ctx.t('editor.cannotShow')}</p>`
    }
    ${hintAndIssues(ctx, { path: blockPath, label, ...(hint ? { hint } : {}) }, state)} ${sv} ${en}
    <div class="item-actions">
      <button
        type="button"
        class="secondary small"
        ?disabled=${index === 0}
        aria-label=${ctx.t('field.moveUpItem', { item: label })}
        @click=${() => move(index - 1)}
      >
        ${ctx.t('field.moveUp')}
      </button>
      <button
        type="button"
        class="secondary small"
        ?disabled=${index === count - 1}
        aria-label=${ctx.t('field.moveDownItem', { item: label })}
        @click=${() => move(index + 1)}
      >
        ${ctx.t('field.moveDown')}
      </button>
      <button
        type="button"
        class="warning small"
        aria-label=${ctx.t('field.removeItem', { item: label })}
        @click=${remove}
      >
        ${ctx.t('field.remove')}
      </button>
    </div>
  </div>`;
}
