/**
 * The start view, shown when no draft is open: the ways to start (a new handlingsplan, and whatever other
 * sections register: a handslag, indicator figures, a file) and the drafts kept in this browser, to resume one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DraftStorage } from '../../drafts/draft-storage.js';
import { formatMoment } from '../../util/format.js';
import { heading } from '../../util/heading.js';
import { allStarters, type StartContext } from '../section.js';

export function renderStart(
  ctx: StartContext,
  drafts: DraftStorage | undefined,
  resume: (id: string) => void,
): TemplateResult {
  const level = ctx.headingLevel;
  const list = drafts?.list() ?? [];
  const confirming = ctx.uiState<string | undefined>('start/remove', undefined);
  const remove = (id: string, name: string) => {
    drafts?.remove(id);
    ctx.setUiState('start/remove', undefined);
    ctx.announce(ctx.t('start.removed', { name }));
    ctx.focusAfterUpdate('drafts-heading');
  };
  return html`<div class="start">
    ${heading(level, ctx.t('start.heading'), { id: 'start-heading', className: 'view-heading', focusable: true })}
    <p>${ctx.t('start.intro')}</p>
    ${allStarters().map((starter) => starter.render(ctx))}
    <section aria-labelledby="drafts-heading">
      ${heading(level + 1, ctx.t('start.drafts'), { id: 'drafts-heading', focusable: true })}
      ${
        list.length === 0
          ? html`<p>${ctx.t(drafts?.available ? 'start.noDrafts' : 'start.noStorage')}</p>`
          : html`<table class="drafts">
              <caption class="visually-hidden">${ctx.t('start.drafts')}</caption>
              <thead>
                <tr>
                  <th scope="col">${ctx.t('start.draftName')}</th>
                  <th scope="col">${ctx.t('start.draftUpdated')}</th>
                  <th scope="col"><span class="visually-hidden">${ctx.t('start.draftActions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${list.map(
                  (draft) => html`<tr>
                    <td>${draft.name}</td>
                    <td>${formatMoment(draft.updated, ctx.lang)}</td>
                    <td>
                      ${
                        confirming === draft.id
                          ? html`<p class="confirm" id=${`confirm-${draft.id}`}>${ctx.t('start.confirmRemove', { name: draft.name })}</p>
                              <div class="button-group">
                                <button
                                  type="button"
                                  class="warning small"
                                  id=${`remove-yes-${draft.id}`}
                                  aria-describedby=${`confirm-${draft.id}`}
                                  @click=${() => remove(draft.id, draft.name)}
                                >
                                  ${ctx.t('start.removeYes')}
                                </button>
                                <button
                                  type="button"
                                  class="secondary small"
                                  @click=${() => {
                                    ctx.setUiState('start/remove', undefined);
                                    ctx.focusAfterUpdate(`remove-${draft.id}`);
                                  }}
                                >
                                  ${ctx.t('start.removeNo')}
                                </button>
                              </div>`
                          : html`<div class="button-group">
                              <button
                                type="button"
                                class="small"
                                aria-label=${ctx.t('start.resumeNamed', { name: draft.name })}
                                @click=${() => resume(draft.id)}
                              >
                                ${ctx.t('start.resume')}
                              </button>
                              <button
                                type="button"
                                class="warning small"
                                id=${`remove-${draft.id}`}
                                aria-label=${ctx.t('start.removeNamed', { name: draft.name })}
                                @click=${() => {
                                  ctx.setUiState('start/remove', draft.id);
                                  ctx.focusAfterUpdate(`remove-yes-${draft.id}`);
                                }}
                              >
                                ${ctx.t('start.remove')}
                              </button>
                            </div>`
                      }
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
      }
    </section>
    ${nothing}
  </div>`;
}
