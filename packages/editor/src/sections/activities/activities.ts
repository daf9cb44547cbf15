/**
 * A plan's activities: a form to add one (its name, the delmål the plan lists it under, what the plan calls it
 * there), which offers to link an existing activity of the same name instead of making a copy, and the list of
 * activities in the plan's order, filtered by delmål or a search, each with a link to its form and buttons to move
 * it. A long plan's list is drawn a hundred at a time.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Option } from '../../fields/choice.js';
import { targetValue } from '../../fields/field.js';
import type { MessageKey } from '../../i18n/messages.js';
import { isObject, type JsonObject, type Path } from '../../store/path.js';
import { formatCount } from '../../util/format.js';
import { heading } from '../../util/heading.js';
import { frameworkOf, goalOptions } from '../goals.js';
import { textOf } from '../names.js';
import { addPlanNav, planPreview, planTitle } from '../plan/plan.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';
import { at } from './activities.messages.js';
import { activitiesStyles } from './activities.styles.js';
import { goalsOf, goalsText, linkToGoal, newActivity, normaliseTitle, sameTitle } from './same-activity.js';

/** How many activities the list draws at first, and how many more each "Visa fler" adds. */
export const PAGE = 100;

export const ACTIVITY_KINDS = ['ongoing', 'development', 'new'] as const;
export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'completed', 'paused', 'cancelled'] as const;

/** The status a new activity of a kind starts with: what is going on is ongoing, the rest is planned. */
const statusFor = (kind: string) => (kind === 'ongoing' ? 'ongoing' : 'planned');

interface AddForm {
  title: string;
  goal: string;
  kind: string;
  status: string;
  statusTouched: boolean;
  errors: { title?: boolean; goal?: boolean; kind?: boolean };
  /** Activities of the same name, found when the form was sent: the user decides. */
  matches?: number[];
  /** The activity just added or linked, for the "Öppna" link. */
  added?: { index: number; message: string };
}

const emptyForm = (goal = ''): AddForm => ({
  title: '',
  goal,
  kind: '',
  status: '',
  statusTouched: false,
  errors: {},
});

export const activityRoute = (planIndex: number, index: number): Route => ({
  section: 'activity',
  path: ['plans', planIndex, 'activities', index],
});

export const activitiesRoute = (planIndex: number): Route => ({
  section: 'activities',
  path: ['plans', planIndex, 'activities'],
});

/** The activities of the plan at `planPath`, as they are (entries that are not objects included). */
export function activitiesAt(ctx: EditorContext, planPath: Path): unknown[] {
  const list = ctx.get([...planPath, 'activities']);
  return Array.isArray(list) ? list : [];
}

export function activityTitle(ctx: EditorContext, activity: unknown): string {
  return (
    (isObject(activity) ? textOf(activity['title'], ctx.lang).trim() : '') || at(ctx.lang, 'list.untitled')
  );
}

function addForm(ctx: EditorContext, planPath: Path, planIndex: number): TemplateResult {
  const t = (key: Parameters<typeof at>[1], params = {}) => at(ctx.lang, key, params);
  const key = `activities/add/${planIndex}`;
  const filter = ctx.uiState<string>(`activities/filter/${planIndex}`, '');
  const form = ctx.uiState<AddForm>(key, emptyForm(filter && filter !== '-' ? filter : ''));
  const set = (next: Partial<AddForm>) => ctx.setUiState(key, { ...form, ...next });
  const framework = frameworkOf(ctx, planPath);
  const goals: Option[] = goalOptions(framework, ctx.lang);
  const goalName = (id: string) => goalsText([id], framework, ctx.lang);
  const activities = activitiesAt(ctx, planPath);

  const create = () => {
    const taken = activities.flatMap((a) => (isObject(a) && typeof a['id'] === 'string' ? [a['id']] : []));
    const activity = newActivity(
      form.title.trim(),
      form.goal,
      form.kind,
      form.status || statusFor(form.kind),
      taken,
    );
    const index = activities.length;
    ctx.edit([...planPath, 'activities', index], activity, { insert: true, group: null });
    const message = t('add.added', { title: form.title.trim(), goal: goalName(form.goal) });
    ctx.setUiState(key, { ...emptyForm(form.goal), kind: form.kind, added: { index, message } });
    ctx.announce(message);
    ctx.focusAfterUpdate('add-activity-title');
  };
  const link = (index: number) => {
    const title = activityTitle(ctx, activities[index]);
    linkToGoal(ctx, [...planPath, 'activities', index], form.goal, form.kind);
    const message = t('add.linked', { title, goal: goalName(form.goal) });
    ctx.setUiState(key, { ...emptyForm(form.goal), kind: form.kind, added: { index, message } });
    ctx.announce(message);
    ctx.focusAfterUpdate('add-activity-title');
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const errors = {
      ...(form.title.trim() === '' ? { title: true } : {}),
      ...(form.goal === '' ? { goal: true } : {}),
      ...(form.kind === '' ? { kind: true } : {}),
    };
    if (Object.keys(errors).length > 0) {
      set({ errors, matches: undefined });
      ctx.focusAfterUpdate(
        errors.title ? 'add-activity-title' : errors.goal ? 'add-activity-goal' : 'add-activity-kind-0',
      );
      return;
    }
    const matches = sameTitle(activities, form.title);
    if (matches.length > 0) {
      set({ errors: {}, matches, added: undefined });
      ctx.focusAfterUpdate('add-activity-match');
      return;
    }
    create();
  };

  const error = (shown: boolean | undefined, id: string, text: string) =>
    shown
      ? html`<p class="message error" id=${id}><span class="visually-hidden">${ctx.t('issues.error')}:</span> ${text}</p>`
      : nothing;

  let matchPanel: TemplateResult | typeof nothing = nothing;
  if (form.matches && form.matches.length > 0) {
    const first = form.matches[0]!;
    const existing = activities[first];
    const title = activityTitle(ctx, existing);
    const already = form.matches.find((index) => goalsOf(activities[index]).includes(form.goal));
    matchPanel = html`<div class="notice match" id="add-activity-match" tabindex="-1" role="group" aria-labelledby="add-activity-match-text">
      ${
        already !== undefined
          ? html`<p id="add-activity-match-text">${t('add.alreadyThere', { title, goal: goalName(form.goal) })}</p>
              <div class="button-group">
                <button type="button" @click=${() => ctx.navigate(activityRoute(planIndex, already))}>
                  ${t('add.open', { title })}
                </button>
                <button type="button" class="secondary" @click=${create}>${t('add.copy')}</button>
              </div>`
          : html`<p id="add-activity-match-text">
                ${t('add.existing', { title, goals: goalsText(goalsOf(existing), framework, ctx.lang) })}
              </p>
              <div class="button-group">
                <button type="button" @click=${() => link(first)}>${t('add.link', { goal: goalName(form.goal) })}</button>
                <button type="button" class="secondary" @click=${create}>${t('add.copy')}</button>
              </div>`
      }
    </div>`;
  }

  return html`<section class="add-activity" aria-labelledby="add-activity-heading">
    ${heading(ctx.headingLevel + 1, t('add.heading'), { id: 'add-activity-heading' })}
    ${
      form.added
        ? html`<div class="notice">
            <p>${form.added.message}</p>
            <button
              type="button"
              class="link"
              @click=${() => ctx.navigate(activityRoute(planIndex, form.added!.index))}
            >
              ${t('add.open', { title: activityTitle(ctx, activities[form.added.index]) })}
            </button>
          </div>`
        : nothing
    }
    <form novalidate @submit=${submit}>
      <div class="field ${form.errors.title ? 'has-error' : ''}">
        <label class="label" for="add-activity-title">${t('add.title')}</label>
        <p class="hint" id="add-activity-title-hint">${t('add.titleHint')}</p>
        ${error(form.errors.title, 'add-activity-title-error', t('add.titleMissing'))}
        <input
          id="add-activity-title"
          class="input"
          autocomplete="off"
          aria-invalid=${form.errors.title ? 'true' : 'false'}
          aria-describedby=${form.errors.title ? 'add-activity-title-hint add-activity-title-error' : 'add-activity-title-hint'}
          .value=${live(form.title)}
          @input=${(event: Event) => {
            const title = targetValue(event);
            // A changed name is a new question: the offer to link belongs to the old one.
            const sameName = normaliseTitle(title) === normaliseTitle(form.title);
            set({
              title,
              errors: { ...form.errors, title: false },
              ...(sameName ? {} : { matches: undefined }),
            });
          }}
        />
      </div>
      <div class="field ${form.errors.goal ? 'has-error' : ''}">
        <label class="label" for="add-activity-goal">${t('add.goal')}</label>
        <p class="hint" id="add-activity-goal-hint">${t('add.goalHint')}</p>
        ${error(form.errors.goal, 'add-activity-goal-error', t('add.goalMissing'))}
        <select
          id="add-activity-goal"
          class="select"
          aria-invalid=${form.errors.goal ? 'true' : 'false'}
          aria-describedby=${form.errors.goal ? 'add-activity-goal-hint add-activity-goal-error' : 'add-activity-goal-hint'}
          @change=${(event: Event) => set({ goal: targetValue(event), errors: { ...form.errors, goal: false }, matches: undefined })}
        >
          <option value="" .selected=${live(form.goal === '')}>${ctx.t('field.choose')}</option>
          ${goals.map((goal) => html`<option .value=${goal.value} .selected=${live(goal.value === form.goal)}>${goal.label}</option>`)}
        </select>
      </div>
      <div class="field ${form.errors.kind ? 'has-error' : ''}">
        <fieldset class="fieldset" aria-describedby=${form.errors.kind ? 'add-activity-kind-error' : nothing}>
          <legend class="legend">${t('add.kind')}</legend>
          ${error(form.errors.kind, 'add-activity-kind-error', t('add.kindMissing'))}
          <div class="radios">
            ${ACTIVITY_KINDS.map(
              (kind, i) => html`<div class="radio">
                <input
                  type="radio"
                  id=${`add-activity-kind-${i}`}
                  name="add-activity-kind"
                  .checked=${live(form.kind === kind)}
                  @change=${() =>
                    set({
                      kind,
                      errors: { ...form.errors, kind: false },
                      ...(form.statusTouched ? {} : { status: statusFor(kind) }),
                    })}
                />
                <label for=${`add-activity-kind-${i}`}>${ctx.t(`activityKind.${kind}` as MessageKey)}</label>
              </div>`,
            )}
          </div>
        </fieldset>
      </div>
      <div class="field">
        <label class="label" for="add-activity-status">${at(ctx.lang, 'status')}</label>
        <select
          id="add-activity-status"
          class="select"
          @change=${(event: Event) => set({ status: targetValue(event), statusTouched: true })}
        >
          ${ACTIVITY_STATUSES.map(
            (status) =>
              html`<option .value=${status} .selected=${live(status === (form.status || statusFor(form.kind)))}>
                ${ctx.t(`status.${status}` as MessageKey)}
              </option>`,
          )}
        </select>
      </div>
      ${matchPanel}
      ${form.matches ? nothing : html`<button type="submit">${t('add.submit')}</button>`}
    </form>
  </section>`;
}

function list(ctx: EditorContext, planPath: Path, planIndex: number): TemplateResult {
  const t = (key: Parameters<typeof at>[1], params = {}) => at(ctx.lang, key, params);
  const activities = activitiesAt(ctx, planPath);
  const framework = frameworkOf(ctx, planPath);
  const filterKey = `activities/filter/${planIndex}`;
  const queryKey = `activities/query/${planIndex}`;
  const shownKey = `activities/shown/${planIndex}`;
  const filter = ctx.uiState<string>(filterKey, '');
  const query = ctx.uiState<string>(queryKey, '');
  const limit = ctx.uiState<number>(shownKey, PAGE);
  const wanted = normaliseTitle(query);
  const visible: number[] = [];
  activities.forEach((activity, index) => {
    const goals = goalsOf(activity);
    if (filter === '-' ? goals.length > 0 : filter !== '' && !goals.includes(filter)) return;
    if (wanted && !normaliseTitle(activityTitle(ctx, activity)).includes(wanted)) return;
    visible.push(index);
  });
  const shown = visible.slice(0, limit);
  const move = (position: number, to: number) => {
    const from = visible[position]!;
    const target = visible[to]!;
    const item = activities[from];
    ctx.transact(() => {
      ctx.edit([...planPath, 'activities', from], undefined);
      ctx.edit([...planPath, 'activities', target], item, { insert: true });
    });
    const title = activityTitle(ctx, item);
    ctx.announce(t('list.moved', { title, position: to + 1 }));
    const edge = to === 0 ? 'down' : to === visible.length - 1 ? 'up' : to < position ? 'up' : 'down';
    ctx.focusAfterUpdate(`activity-row-${target}-${edge}`);
  };
  const goals = goalOptions(framework, ctx.lang);
  return html`<section class="activity-list" aria-labelledby="activity-list-heading">
    ${heading(ctx.headingLevel + 1, t('nav.activities'), { id: 'activity-list-heading' })}
    <div class="filters">
      <div class="field">
        <label class="label" for="activity-filter">${t('list.filter')}</label>
        <select
          id="activity-filter"
          class="select"
          @change=${(event: Event) => {
            const value = targetValue(event);
            ctx.setUiState(filterKey, value);
            ctx.setUiState(shownKey, PAGE);
            // The add form follows the filter: adding under the delmål one is looking at.
            if (value && value !== '-') {
              const addKey = `activities/add/${planIndex}`;
              ctx.setUiState(addKey, { ...ctx.uiState<AddForm>(addKey, emptyForm()), goal: value });
            }
          }}
        >
          <option value="" .selected=${live(filter === '')}>${t('list.filterAll')}</option>
          ${goals.map((goal) => html`<option .value=${goal.value} .selected=${live(goal.value === filter)}>${goal.label}</option>`)}
          <option value="-" .selected=${live(filter === '-')}>${t('list.filterNone')}</option>
        </select>
      </div>
      <div class="field">
        <label class="label" for="activity-search">${t('list.search')}</label>
        <input
          id="activity-search"
          class="input width-medium"
          type="search"
          autocomplete="off"
          .value=${live(query)}
          @input=${(event: Event) => {
            ctx.setUiState(queryKey, targetValue(event));
            ctx.setUiState(shownKey, PAGE);
          }}
        />
      </div>
    </div>
    <p role="status" class="count">
      ${t('list.count', { shown: formatCount(visible.length, ctx.lang), total: formatCount(activities.length, ctx.lang) })}
    </p>
    ${
      activities.length === 0
        ? html`<p>${t('list.empty')}</p>`
        : visible.length === 0
          ? html`<p>${t('list.noMatch')}</p>`
          : html`<ol class="activities">
              ${shown.map((index, position) => row(ctx, planPath, planIndex, activities[index], index, position, visible.length, move))}
            </ol>`
    }
    ${
      visible.length > shown.length
        ? html`<button
            type="button"
            class="secondary"
            @click=${() => ctx.setUiState(shownKey, limit + PAGE)}
          >
            ${t('list.more', { count: formatCount(Math.min(PAGE, visible.length - shown.length), ctx.lang) })}
          </button>`
        : nothing
    }
  </section>`;
}

function row(
  ctx: EditorContext,
  planPath: Path,
  planIndex: number,
  activity: unknown,
  index: number,
  position: number,
  count: number,
  move: (position: number, to: number) => void,
): TemplateResult {
  const t = (key: Parameters<typeof at>[1], params = {}) => at(ctx.lang, key, params);
  const title = activityTitle(ctx, activity);
  const object: JsonObject = isObject(activity) ? activity : {};
  const goals = goalsOf(activity);
  const framework = frameworkOf(ctx, planPath);
  const kind = typeof object['kind'] === 'string' ? object['kind'] : '';
  const status = typeof object['status'] === 'string' ? object['status'] : '';
  const word = (key: string) => {
    const label = ctx.t(key as MessageKey);
    return label === key ? '' : label;
  };
  const issues = ctx.issues.countUnder([...planPath, 'activities', index]);
  const meta = [
    goals.length > 0 ? goalsText(goals, framework, ctx.lang) : t('list.noGoals'),
    word(`activityKind.${kind}`),
    word(`status.${status}`),
  ].filter(Boolean);
  const problems = t('list.issues', { errors: issues.errors, warnings: issues.warnings });
  return html`<li class="activity-row">
    <div class="row-main">
      <button type="button" class="link title" @click=${() => ctx.navigate(activityRoute(planIndex, index))}>${title}</button>
      <p class="meta">
        ${meta.join(' · ')}${
          problems
            ? html` · <span class=${issues.errors > 0 ? 'message error' : 'message warning'}>${problems}</span>`
            : nothing
        }
      </p>
    </div>
    <div class="item-actions">
      <button
        type="button"
        class="secondary small"
        id=${`activity-row-${index}-up`}
        ?disabled=${position === 0}
        aria-label=${ctx.t('field.moveUpItem', { item: title })}
        @click=${() => move(position, position - 1)}
      >
        ${ctx.t('field.moveUp')}
      </button>
      <button
        type="button"
        class="secondary small"
        id=${`activity-row-${index}-down`}
        ?disabled=${position === count - 1}
        aria-label=${ctx.t('field.moveDownItem', { item: title })}
        @click=${() => move(position, position + 1)}
      >
        ${ctx.t('field.moveDown')}
      </button>
    </div>
  </li>`;
}

export const activitiesSection: Section = {
  id: 'activities',
  fields: [],
  styles: activitiesStyles,
  routeFor(path: Path): Route | undefined {
    if (path[0] !== 'plans' || typeof path[1] !== 'number' || path[2] !== 'activities' || path.length !== 3)
      return undefined;
    return activitiesRoute(path[1]);
  },
  title: (ctx, route) => at(ctx.lang, 'list.heading', { plan: planTitle(ctx, Number(route.path[1])) }),
  render(ctx, route) {
    const planIndex = Number(route.path[1]);
    const planPath = route.path.slice(0, 2);
    if (!isObject(ctx.get(planPath)))
      return html`<p class="notice problem">${ctx.t('editor.cannotShow')}</p>`;
    return html`<p>${at(ctx.lang, 'list.intro')}</p>
      ${addForm(ctx, planPath, planIndex)} ${list(ctx, planPath, planIndex)}`;
  },
  preview: (ctx, route) => planPreview(ctx, Number(route.path[1])),
};

addPlanNav(20, (ctx, index) => [
  {
    label: at(ctx.lang, 'nav.activities'),
    count: activitiesAt(ctx, ['plans', index]).length,
    route: activitiesRoute(index),
  },
]);

registerSection(activitiesSection);
