/**
 * Starting a new set of indicator figures: the set's name and its first indicator's name. The indicator opens
 * with what it measures still to fill in (unit, direction, source …; validation lists what is missing), and its
 * values are entered in the grid.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DATASET_SCHEMA_URL, FORMAT_VERSION } from '../../util/format-version.js';
import { heading } from '../../util/heading.js';
import { slugify } from '../../util/ids.js';
import type { StartContext } from '../section.js';
import { type IndicatorMessage, it } from './indicator.messages.js';

/** A dataset holding a set of figures with one indicator to describe. */
export function newIndicatorsDataset(title: string, first: string): Record<string, unknown> {
  return {
    $schema: DATASET_SCHEMA_URL,
    formatVersion: FORMAT_VERSION,
    id: slugify(title, 'indikatorer'),
    title: { sv: title },
    indicators: [{ id: slugify(first, 'indikator'), title: { sv: first } }],
    observations: [],
  };
}

interface Form {
  title: string;
  first: string;
  missing: ('title' | 'first')[];
}

const KEY = 'new-indicators';
const initial: Form = { title: '', first: '', missing: [] };

export function renderNewIndicators(ctx: StartContext): TemplateResult {
  const form = ctx.uiState<Form>(KEY, initial);
  const t = (key: IndicatorMessage, params = {}) => it(ctx.lang, key, params);
  const create = (event: Event) => {
    event.preventDefault();
    const title = form.title.trim();
    const first = form.first.trim();
    const missing = [
      ...(title === '' ? (['title'] as const) : []),
      ...(first === '' ? (['first'] as const) : []),
    ];
    if (missing.length > 0) {
      ctx.setUiState(KEY, { ...form, missing });
      ctx.focusAfterUpdate(`new-indicators-${missing[0]}`);
      return;
    }
    ctx.setUiState(KEY, initial);
    ctx.open(newIndicatorsDataset(title, first), {
      name: title,
      route: { section: 'indicator', path: ['indicators', 0] },
    });
    ctx.announce(t('new.created', { title }));
  };
  const field = (
    name: 'title' | 'first',
    label: IndicatorMessage,
    hint: IndicatorMessage,
    missingText: IndicatorMessage,
  ) => {
    const id = `new-indicators-${name}`;
    const missing = form.missing.includes(name);
    return html`<div class="field ${missing ? 'has-error' : ''}">
      <label class="label" for=${id}>${t(label)}</label>
      <p class="hint" id=${`${id}-hint`}>${t(hint)}</p>
      ${
        missing
          ? html`<p class="message error" id=${`${id}-error`}>
              <span class="visually-hidden">${ctx.t('issues.error')}:</span> ${t(missingText)}
            </p>`
          : nothing
      }
      <input
        id=${id}
        class="input"
        autocomplete="off"
        aria-describedby=${missing ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid=${missing ? 'true' : 'false'}
        .value=${live(form[name])}
        @input=${(event: Event) =>
          ctx.setUiState(KEY, {
            ...form,
            [name]: (event.target as HTMLInputElement).value,
            missing: form.missing.filter((m) => m !== name),
          })}
      />
    </div>`;
  };
  return html`<section class="starter" aria-labelledby="new-indicators-heading">
    ${heading(ctx.headingLevel + 1, t('new.heading'), { id: 'new-indicators-heading' })}
    <p>${t('new.intro')}</p>
    <form novalidate @submit=${create}>
      ${field('title', 'new.set', 'new.setHint', 'new.setMissing')}
      ${field('first', 'new.first', 'new.firstHint', 'new.firstMissing')}
      <button type="submit">${t('new.create')}</button>
    </form>
  </section>`;
}
