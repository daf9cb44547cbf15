/**
 * Starting a new handslag: its title and its two parties (the huvudman and the party giving knowledge and process
 * support), each added to the dataset's organisations. The handslag gets both parties with their roles, and two
 * decision steps laid out to fill in (one body of each party decides and someone signs for it, as handslag do).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ORGANISATION_KINDS } from '../../fields/organisation.js';
import type { MessageKey } from '../../i18n/messages.js';
import { DATASET_SCHEMA_URL, FORMAT_VERSION } from '../../util/format-version.js';
import { heading } from '../../util/heading.js';
import { slugify, uniqueId } from '../../util/ids.js';
import type { StartContext } from '../section.js';
import { type AgreementMessage, at } from './agreement.messages.js';

export interface NewParty {
  name: string;
  kind: string;
}

/** A dataset holding one new handslag between `owner` and `support`. */
export function newAgreementDataset(
  title: string,
  owner: NewParty,
  support: NewParty,
): Record<string, unknown> {
  const id = slugify(title, 'handslag');
  const ownerId = slugify(owner.name, 'part-1');
  const supportId = uniqueId(slugify(support.name, 'part-2'), [ownerId]);
  return {
    $schema: DATASET_SCHEMA_URL,
    formatVersion: FORMAT_VERSION,
    id,
    organisations: [
      { id: ownerId, name: { sv: owner.name }, kind: owner.kind },
      { id: supportId, name: { sv: support.name }, kind: support.kind },
    ],
    agreements: [
      {
        id,
        kind: 'handslag',
        title: { sv: title },
        status: 'draft',
        parties: [
          { organisation: ownerId, role: 'owner', duties: [] },
          { organisation: supportId, role: 'support', duties: [] },
        ],
        // Empty on purpose: the forms ask for each body and decision, and validation says what is missing.
        decisionSteps: [
          { body: '', decision: { sv: '' } },
          { body: '', decision: { sv: '' } },
        ],
      },
    ],
  };
}

interface NewAgreementForm {
  title: string;
  owner: NewParty;
  support: NewParty;
  /** Which fields were found empty when the user tried to create. */
  missing: ('title' | 'owner' | 'support')[];
}

const KEY = 'new-agreement';
const initial: NewAgreementForm = {
  title: '',
  owner: { name: '', kind: 'kommun' },
  support: { name: '', kind: 'region' },
  missing: [],
};

export function renderNewAgreement(ctx: StartContext): TemplateResult {
  const form = ctx.uiState<NewAgreementForm>(KEY, initial);
  const set = (next: Partial<NewAgreementForm>) => ctx.setUiState(KEY, { ...form, ...next });
  const t = (key: AgreementMessage, params = {}) => at(ctx.lang, key, params);
  const create = (event: Event) => {
    event.preventDefault();
    const title = form.title.trim();
    const owner = { ...form.owner, name: form.owner.name.trim() };
    const support = { ...form.support, name: form.support.name.trim() };
    const missing = [
      ...(title === '' ? (['title'] as const) : []),
      ...(owner.name === '' ? (['owner'] as const) : []),
      ...(support.name === '' ? (['support'] as const) : []),
    ];
    if (missing.length > 0) {
      set({ missing });
      ctx.focusAfterUpdate(`new-agreement-${missing[0]}${missing[0] === 'title' ? '' : '-name'}`);
      return;
    }
    ctx.setUiState(KEY, initial);
    ctx.open(newAgreementDataset(title, owner, support), { name: title });
    ctx.announce(t('new.created', { title }));
  };
  const error = (id: string, text: string) =>
    html`<p class="message error" id=${`${id}-error`}>
      <span class="visually-hidden">${ctx.t('issues.error')}:</span> ${text}
    </p>`;
  const party = (which: 'owner' | 'support') => {
    const value = form[which];
    const id = `new-agreement-${which}`;
    const missing = form.missing.includes(which);
    const update = (next: Partial<NewParty>) =>
      set({ [which]: { ...value, ...next }, missing: form.missing.filter((m) => m !== which) });
    return html`<div class="field ${missing ? 'has-error' : ''}">
      <fieldset class="fieldset" aria-describedby=${`${id}-hint`}>
        <legend class="legend">${t(which === 'owner' ? 'new.owner' : 'new.support')}</legend>
        <p class="hint" id=${`${id}-hint`}>${t(which === 'owner' ? 'new.ownerHint' : 'new.supportHint')}</p>
        <div class="field">
          <label class="label" for=${`${id}-name`}>${t('new.partyName')}</label>
          ${missing ? error(`${id}-name`, t('new.nameMissing')) : nothing}
          <input
            id=${`${id}-name`}
            class="input"
            autocomplete="organization"
            aria-invalid=${missing ? 'true' : 'false'}
            aria-describedby=${missing ? `${id}-name-error` : nothing}
            .value=${live(value.name)}
            @input=${(event: Event) => update({ name: (event.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label class="label" for=${`${id}-kind`}>${t('new.partyKind')}</label>
          <select
            id=${`${id}-kind`}
            class="select"
            @change=${(event: Event) => update({ kind: (event.target as HTMLSelectElement).value })}
          >
            ${ORGANISATION_KINDS.map(
              (kind) =>
                html`<option .value=${kind} .selected=${live(kind === value.kind)}>
                  ${ctx.t(`orgKind.${kind}` as MessageKey)}
                </option>`,
            )}
          </select>
        </div>
      </fieldset>
    </div>`;
  };
  const titleMissing = form.missing.includes('title');
  return html`<section class="starter" aria-labelledby="new-agreement-heading">
    ${heading(ctx.headingLevel + 1, t('new.heading'), { id: 'new-agreement-heading' })}
    <p>${t('new.intro')}</p>
    <form novalidate @submit=${create}>
      <div class="field ${titleMissing ? 'has-error' : ''}">
        <label class="label" for="new-agreement-title">${t('new.title')}</label>
        <p class="hint" id="new-agreement-title-hint">${t('new.titleHint')}</p>
        ${titleMissing ? error('new-agreement-title', t('new.titleMissing')) : nothing}
        <input
          id="new-agreement-title"
          class="input"
          autocomplete="off"
          aria-describedby=${titleMissing ? 'new-agreement-title-hint new-agreement-title-error' : 'new-agreement-title-hint'}
          aria-invalid=${titleMissing ? 'true' : 'false'}
          .value=${live(form.title)}
          @input=${(event: Event) =>
            set({
              title: (event.target as HTMLInputElement).value,
              missing: form.missing.filter((m) => m !== 'title'),
            })}
        />
      </div>
      ${party('owner')} ${party('support')}
      <button type="submit">${t('new.create')}</button>
    </form>
  </section>`;
}
