/**
 * Starting a new handlingsplan: its title, its kind, and whether the national framework's seven delmål are laid
 * out to fill in (one `sections` entry per delmål, as Sörmland's plan has) or the plan starts empty.
 */
import { delmalOf } from '@dhol/core';
import { nationalFramework } from '@dhol/data';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MessageKey } from '../../i18n/messages.js';
import { DATASET_SCHEMA_URL, FORMAT_VERSION } from '../../util/format-version.js';
import { heading } from '../../util/heading.js';
import { slugify } from '../../util/ids.js';
import type { StartContext } from '../section.js';
import { pt } from './plan.messages.js';

export type PlanKindChoice = 'local' | 'regional' | 'national';

/** A dataset holding one new plan. */
export function newPlanDataset(
  title: string,
  kind: PlanKindChoice,
  withGoals: boolean,
): Record<string, unknown> {
  const id = slugify(title, 'handlingsplan');
  return {
    $schema: DATASET_SCHEMA_URL,
    formatVersion: FORMAT_VERSION,
    id,
    organisations: [],
    plans: [
      {
        id,
        kind,
        title: { sv: title },
        scope: [],
        framework: nationalFramework.id,
        ...(withGoals ? { sections: delmalOf(nationalFramework).map((goal) => ({ goal: goal.id })) } : {}),
        activities: [],
      },
    ],
  };
}

interface NewPlanForm {
  title: string;
  kind: PlanKindChoice;
  layout: 'goals' | 'blank';
  error: boolean;
}

const KEY = 'new-plan';
const initial: NewPlanForm = { title: '', kind: 'local', layout: 'goals', error: false };

export function renderNewPlan(ctx: StartContext): TemplateResult {
  const form = ctx.uiState<NewPlanForm>(KEY, initial);
  const set = (next: Partial<NewPlanForm>) => ctx.setUiState(KEY, { ...form, ...next });
  const t = (key: Parameters<typeof pt>[1], params = {}) => pt(ctx.lang, key, params);
  const create = (event: Event) => {
    event.preventDefault();
    const title = form.title.trim();
    if (title === '') {
      set({ error: true });
      ctx.focusAfterUpdate('new-plan-title');
      return;
    }
    ctx.setUiState(KEY, initial);
    ctx.open(newPlanDataset(title, form.kind, form.layout === 'goals'), { name: title });
    ctx.announce(t('new.created', { title }));
  };
  const radio = (
    name: string,
    value: string,
    label: string,
    checked: boolean,
    onPick: () => void,
    hint?: string,
  ) => {
    const id = `new-plan-${name}-${value}`;
    return html`<div class="radio">
      <input
        type="radio"
        id=${id}
        name=${`new-plan-${name}`}
        .checked=${live(checked)}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        @change=${onPick}
      />
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint option-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    </div>`;
  };
  return html`<section class="starter" aria-labelledby="new-plan-heading">
    ${heading(ctx.headingLevel + 1, t('new.heading'), { id: 'new-plan-heading' })}
    <form novalidate @submit=${create}>
      <div class="field ${form.error ? 'has-error' : ''}">
        <label class="label" for="new-plan-title">${t('new.title')}</label>
        <p class="hint" id="new-plan-title-hint">${t('new.titleHint')}</p>
        ${
          form.error
            ? html`<p class="message error" id="new-plan-title-error">
                <span class="visually-hidden">${ctx.t('issues.error')}:</span> ${t('new.titleMissing')}
              </p>`
            : nothing
        }
        <input
          id="new-plan-title"
          class="input"
          autocomplete="off"
          aria-describedby=${form.error ? 'new-plan-title-hint new-plan-title-error' : 'new-plan-title-hint'}
          aria-invalid=${form.error ? 'true' : 'false'}
          .value=${live(form.title)}
          @input=${(event: Event) => set({ title: (event.target as HTMLInputElement).value, error: false })}
        />
      </div>
      <div class="field">
        <fieldset class="fieldset">
          <legend class="legend">${t('new.kind')}</legend>
          <div class="radios">
            ${(['local', 'regional', 'national'] as const).map((kind) =>
              radio('kind', kind, ctx.t(`planKind.${kind}` as MessageKey), form.kind === kind, () =>
                set({ kind }),
              ),
            )}
          </div>
        </fieldset>
      </div>
      <div class="field">
        <fieldset class="fieldset">
          <legend class="legend">${t('new.layout')}</legend>
          <div class="radios">
            ${radio(
              'layout',
              'goals',
              t('new.layout.goals'),
              form.layout === 'goals',
              () => set({ layout: 'goals' }),
              t('new.layout.goalsHint'),
            )}
            ${radio(
              'layout',
              'blank',
              t('new.layout.blank'),
              form.layout === 'blank',
              () => set({ layout: 'blank' }),
              t('new.layout.blankHint'),
            )}
          </div>
        </fieldset>
      </div>
      <button type="submit">${t('new.create')}</button>
    </form>
  </section>`;
}
