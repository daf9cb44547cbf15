/**
 * Picks an organisation of the dataset by name (the file stores its id), or adds one on the spot: a button opens
 * a small form (name, kind); adding puts the organisation in the dataset's list and picks it, as one undo step.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MessageKey } from '../i18n/messages.js';
import type { EditorContext } from '../sections/section.js';
import { isObject, type JsonObject } from '../store/path.js';
import { slugify, uniqueId } from '../util/ids.js';
import {
  asText,
  type FieldOptions,
  fieldClass,
  fieldState,
  hintAndIssues,
  labelContent,
  targetValue,
} from './field.js';

export const ORGANISATION_KINDS = [
  'kommun',
  'region',
  'lansstyrelse',
  'agency',
  'civil-society',
  'research',
  'samordningsforbund',
  'care-provider',
  'unit',
  'network',
  'body',
  'other',
] as const;

const collator = new Intl.Collator('sv');
/** The choices per list of organisations and language: an edit elsewhere keeps the list, so a keystroke sorts nothing. */
const choicesCache = new WeakMap<unknown[], Partial<Record<'sv' | 'en', { id: string; name: string }[]>>>();

/** The dataset's organisations that have an id, with the name to show, sorted by name. */
export function organisationChoices(ctx: EditorContext): { id: string; name: string }[] {
  const list = ctx.get(['organisations']);
  if (!Array.isArray(list)) return [];
  let byLang = choicesCache.get(list);
  if (!byLang) {
    byLang = {};
    choicesCache.set(list, byLang);
  }
  const cached = byLang[ctx.lang];
  if (cached) return cached;
  const choices = list
    .filter((o): o is JsonObject => isObject(o) && typeof o['id'] === 'string')
    .map((o) => ({ id: o['id'] as string, name: organisationName(o, ctx.lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  byLang[ctx.lang] = choices;
  return choices;
}

/** An organisation's name in `lang` (Swedish when there is no English), with its short name after it. */
export function organisationName(o: JsonObject, lang: 'sv' | 'en'): string {
  const text = (value: unknown) => (isObject(value) ? asText(value[lang]) || asText(value['sv']) : '');
  const name = text(o['name']) || asText(o['id']);
  const short = text(o['shortName']);
  return short && short !== name ? `${name} (${short})` : name;
}

interface NewOrganisation {
  open: boolean;
  name: string;
  kind: string;
  error?: boolean;
}

export function organisationField(ctx: EditorContext, options: FieldOptions): TemplateResult {
  const state = fieldState(ctx, options);
  const raw = ctx.get(options.path);
  const value = typeof raw === 'string' ? raw : '';
  const choices = organisationChoices(ctx);
  const unknown = value !== '' && !choices.some((choice) => choice.id === value);
  const formKey = `${state.id}/new`;
  const form = ctx.uiState<NewOrganisation>(formKey, { open: false, name: '', kind: 'other' });
  const setForm = (next: Partial<NewOrganisation>) => ctx.setUiState(formKey, { ...form, ...next });
  const choose = (event: Event) => {
    const id = targetValue(event);
    ctx.edit(options.path, id === '' ? (options.optional ? undefined : '') : id, { group: null });
  };
  const create = () => {
    const name = form.name.trim();
    if (name === '') {
      setForm({ error: true });
      ctx.focusAfterUpdate(`${formKey}/name`);
      return;
    }
    const existing = ctx.get(['organisations']);
    const list = Array.isArray(existing) ? existing : [];
    const taken = list.filter(isObject).map((o) => asText(o['id']));
    const id = uniqueId(slugify(name, 'organisation'), taken);
    ctx.transact(() => {
      ctx.edit(['organisations', list.length], { id, name: { sv: name }, kind: form.kind }, { insert: true });
      ctx.edit(options.path, id);
    });
    ctx.setUiState(formKey, { open: false, name: '', kind: 'other' });
    ctx.announce(ctx.t('org.created', { name }));
    ctx.focusAfterUpdate(state.id);
  };
  // A group of its own, so that its "Typ av organisation" is not taken for the kind of the organisation being
  // edited when the field sits in an organisation's form (its "Ingår i").
  const newForm = form.open
    ? html`<fieldset class="inline-form fieldset" id=${formKey}>
        <legend class="legend">${ctx.t('org.newLegend', { label: options.label })}</legend>
        <div class="field ${form.error ? 'has-error' : ''}">
          <label class="label" for=${`${formKey}/name`}>${ctx.t('org.newName')}</label>
          ${
            form.error
              ? html`<p class="message error" id=${`${formKey}/name-error`}>
                  <span class="visually-hidden">${ctx.t('issues.error')}:</span> ${ctx.t('org.nameMissing')}
                </p>`
              : nothing
          }
          <input
            id=${`${formKey}/name`}
            class="input"
            autocomplete="organization"
            aria-invalid=${form.error ? 'true' : 'false'}
            aria-describedby=${form.error ? `${formKey}/name-error` : nothing}
            .value=${live(form.name)}
            @input=${(event: Event) => setForm({ name: targetValue(event), error: false })}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                create();
              }
            }}
          />
        </div>
        <div class="field">
          <label class="label" for=${`${formKey}/kind`}>${ctx.t('org.newKind')}</label>
          <select
            id=${`${formKey}/kind`}
            class="select"
            @change=${(event: Event) => setForm({ kind: targetValue(event) })}
          >
            ${ORGANISATION_KINDS.map(
              (kind) =>
                html`<option .value=${kind} .selected=${live(kind === form.kind)}>
                  ${ctx.t(`orgKind.${kind}` as MessageKey)}
                </option>`,
            )}
          </select>
        </div>
        <div class="button-group">
          <button type="button" @click=${create}>${ctx.t('org.create')}</button>
          <button
            type="button"
            class="secondary"
            @click=${() => {
              ctx.setUiState(formKey, { open: false, name: '', kind: 'other' });
              ctx.focusAfterUpdate(`${formKey}/toggle`);
            }}
          >
            ${ctx.t('org.cancel')}
          </button>
        </div>
      </fieldset>`
    : nothing;
  return html`<div class=${fieldClass(state, 'organisation-field')}>
    <label class="label" for=${state.id}>${labelContent(ctx, options)}</label>
    ${hintAndIssues(ctx, options, state)}
    <select
      id=${state.id}
      class="select"
      aria-describedby=${state.describedBy}
      aria-invalid=${state.hasError ? 'true' : 'false'}
      @change=${choose}
    >
      <option value="" .selected=${live(value === '')}>${ctx.t('org.choose')}</option>
      ${choices.map(
        (choice) =>
          html`<option .value=${choice.id} .selected=${live(choice.id === value)}>${choice.name}</option>`,
      )}
      ${unknown ? html`<option .value=${value} .selected=${true}>${ctx.t('org.unknown', { id: value })}</option>` : nothing}
    </select>
    <button
      type="button"
      class="link"
      id=${`${formKey}/toggle`}
      aria-expanded=${form.open ? 'true' : 'false'}
      aria-controls=${formKey}
      @click=${() => {
        setForm({ open: !form.open });
        if (!form.open) ctx.focusAfterUpdate(`${formKey}/name`);
      }}
    >
      ${ctx.t('org.new')}
    </button>
    ${newForm}
  </div>`;
}
