/**
 * One activity: its name and description, kind and status, the delmål it belongs to (each with the words the plan
 * uses there and its kind there), who is responsible and in which role (an organisation of the dataset, or one
 * added on the spot), target groups, links, period, how it is followed up, and its progress notes. When another
 * activity has the same name, the form offers to merge the two into one activity linked to all their delmål.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { radiosField, selectField } from '../../fields/choice.js';
import { dateField } from '../../fields/date.js';
import { listField } from '../../fields/list.js';
import { organisationField } from '../../fields/organisation.js';
import { localizedField, textField } from '../../fields/text.js';
import { textBlockPatterns, textBlocksField } from '../../fields/text-blocks.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { FieldSpec } from '../../issues/issue-index.js';
import { isObject, type JsonObject, type Path } from '../../store/path.js';
import { heading } from '../../util/heading.js';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  activitiesAt,
  activitiesRoute,
  activityRoute,
  activityTitle,
} from '../activities/activities.js';
import { at } from '../activities/activities.messages.js';
import { goalsOf, goalsText, mergeActivities, sameTitle } from '../activities/same-activity.js';
import { frameworkOf, goalOptions } from '../goals.js';
import { planPreview } from '../plan/plan.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

const A = 'plans/*/activities/*';
const f = (pattern: string, key: Parameters<typeof at>[1]): FieldSpec => [pattern, (lang) => at(lang, key)];
const localized = (pattern: string, key: Parameters<typeof at>[1]): FieldSpec[] => [
  f(pattern, key),
  `${pattern}/en`,
];

export const ACTIVITY_FIELDS: FieldSpec[] = [
  f(`${A}/id`, 'id'),
  ...localized(`${A}/title`, 'title'),
  ...textBlockPatterns(`${A}/description`, (lang) => at(lang, 'description')),
  f(`${A}/kind`, 'kind'),
  f(`${A}/status`, 'status'),
  f(`${A}/goals`, 'goals'),
  f(`${A}/goals/*/goal`, 'goalLinkGoal'),
  ...localized(`${A}/goals/*/listedAs`, 'listedAs'),
  f(`${A}/goals/*/kind`, 'linkKind'),
  f(`${A}/responsible`, 'responsible'),
  f(`${A}/responsible/*/organisation`, 'partyOrganisation'),
  f(`${A}/responsible/*/role`, 'partyRole'),
  ...localized(`${A}/responsible/*/label`, 'partyLabel'),
  f(`${A}/targetGroups`, 'targetGroups'),
  ...localized(`${A}/targetGroups/*`, 'targetGroupText'),
  f(`${A}/links`, 'links'),
  f(`${A}/links/*/url`, 'linkUrl'),
  ...localized(`${A}/links/*/label`, 'linkLabel'),
  f(`${A}/period/start`, 'periodStart'),
  f(`${A}/period/end`, 'periodEnd'),
  ...textBlockPatterns(`${A}/followUp`, (lang) => at(lang, 'followUp')),
  f(`${A}/progress`, 'progress'),
  f(`${A}/progress/*/date`, 'noteDate'),
  f(`${A}/progress/*/status`, 'noteStatus'),
  ...localized(`${A}/progress/*/text`, 'noteText'),
  f(`${A}/progress/*/reportedBy`, 'noteReportedBy'),
  f(`${A}/progress/*/links`, 'links'),
  f(`${A}/progress/*/links/*/url`, 'linkUrl'),
  ...localized(`${A}/progress/*/links/*/label`, 'linkLabel'),
];

export const PARTY_ROLES = [
  'lead',
  'coordinator',
  'performer',
  'owner',
  'support',
  'partner',
  'responsible',
] as const;

/** The plan shown by the preview of one activity: that activity alone, under its delmål. */
export function onlyActivity(validated: unknown, planIndex: number, index: number): unknown {
  if (!isObject(validated) || !Array.isArray(validated['plans'])) return validated;
  const plan = validated['plans'][planIndex];
  if (!isObject(plan) || !Array.isArray(plan['activities'])) return validated;
  const activity = plan['activities'][index];
  if (activity === undefined) return validated;
  const goals = new Set(goalsOf(activity));
  const sections = Array.isArray(plan['sections'])
    ? plan['sections'].filter((s) => isObject(s) && goals.has(String(s['goal'])))
    : undefined;
  const trimmed: JsonObject = { ...plan, activities: [activity] };
  if (sections) trimmed['sections'] = sections;
  const plans = [...validated['plans']];
  plans[planIndex] = trimmed;
  return { ...validated, plans };
}

function duplicateNotice(ctx: EditorContext, planPath: Path, index: number): TemplateResult | typeof nothing {
  const activities = activitiesAt(ctx, planPath);
  const activity = activities[index];
  const title =
    isObject(activity) && isObject(activity['title']) ? String(activity['title']['sv'] ?? '') : '';
  const others = sameTitle(activities, title, index);
  if (others.length === 0) return nothing;
  const framework = frameworkOf(ctx, planPath);
  const other = others[0]!;
  const merge = () => {
    const into = mergeActivities(ctx, planPath, index, other);
    const goals = goalsText(goalsOf(ctx.get([...planPath, 'activities', into])), framework, ctx.lang);
    ctx.announce(at(ctx.lang, 'merged', { title, goals }));
    ctx.navigate(activityRoute(Number(planPath[1]), into));
  };
  return html`<div class="notice" role="group" aria-labelledby="duplicate-text">
    <p id="duplicate-text">
      ${at(ctx.lang, 'duplicate', { goals: goalsText(goalsOf(activities[other]), framework, ctx.lang) })}
    </p>
    <button type="button" @click=${merge}>${at(ctx.lang, 'merge')}</button>
  </div>`;
}

/** A list of links (https addresses with an optional label): an activity's, or a progress note's. */
function linksField(ctx: EditorContext, path: Path): TemplateResult {
  const t = (key: Parameters<typeof at>[1], params = {}) => at(ctx.lang, key, params);
  return listField(ctx, {
    path,
    legend: t('links'),
    itemLabel: (i) => t('link', { n: i + 1 }),
    addLabel: t('addLink'),
    newItem: () => ({ url: 'https://' }),
    focusInNew: ['url'],
    reorder: true,
    dropWhenEmpty: true,
    renderItem: (itemPath) => html`
      ${textField(ctx, {
        path: [...itemPath, 'url'],
        label: t('linkUrl'),
        hint: t('linkUrlHint'),
        type: 'url',
        spellcheck: false,
      })}
      ${localizedField(ctx, { path: [...itemPath, 'label'], label: t('linkLabel'), hint: t('linkLabelHint'), optional: true })}
    `,
  });
}

function render(ctx: EditorContext, route: Route): TemplateResult {
  const path = route.path;
  const planPath = path.slice(0, 2);
  const planIndex = Number(path[1]);
  const index = Number(path[3]);
  const activity = ctx.get(path);
  if (!isObject(activity)) return html`<p class="notice problem">${ctx.t('editor.cannotShow')}</p>`;
  const t = (key: Parameters<typeof at>[1], params = {}) => at(ctx.lang, key, params);
  const sub = ctx.headingLevel + 1;
  const framework = frameworkOf(ctx, planPath);
  const goals = goalOptions(framework, ctx.lang);
  const activities = activitiesAt(ctx, planPath);
  const kinds = ACTIVITY_KINDS.map((kind) => ({
    value: kind,
    label: ctx.t(`activityKind.${kind}` as MessageKey),
    hint: t(`kind.${kind}.hint` as Parameters<typeof at>[1]),
  }));
  const statuses = ACTIVITY_STATUSES.map((status) => ({
    value: status,
    label: ctx.t(`status.${status}` as MessageKey),
  }));
  const roles = PARTY_ROLES.map((role) => ({ value: role, label: ctx.t(`role.${role}` as MessageKey) }));
  const confirmKey = `activity/remove/${planIndex}/${index}`;
  const confirming = ctx.uiState<boolean>(confirmKey, false);
  const title = activityTitle(ctx, activity);
  const previous = index > 0 ? activities[index - 1] : undefined;
  const next = index < activities.length - 1 ? activities[index + 1] : undefined;

  const remove = () => {
    ctx.setUiState(confirmKey, false);
    ctx.edit(path, undefined, { group: null });
    ctx.announce(t('removed', { title }));
    ctx.navigate(activitiesRoute(planIndex));
  };

  /** The latest progress note (by date, the last listed on a tie) sets the activity's status too. */
  const noteStatus = (notePath: Path) => (value: string | undefined) => {
    const notes = ctx.get([...path, 'progress']);
    const list = Array.isArray(notes) ? notes : [];
    const noteIndex = Number(notePath.at(-1));
    const date = (n: unknown) => (isObject(n) && typeof n['date'] === 'string' ? n['date'] : '');
    const latest = list.every(
      (note, i) =>
        i === noteIndex ||
        date(note) < date(list[noteIndex]) ||
        (date(note) === date(list[noteIndex]) && i < noteIndex),
    );
    ctx.transact(() => {
      ctx.edit([...notePath, 'status'], value);
      if (latest && value) ctx.edit([...path, 'status'], value);
    });
  };

  return html`
    <div class="form-nav">
      <button type="button" class="link" @click=${() => ctx.navigate(activitiesRoute(planIndex))}>${t('form.back')}</button>
      ${
        previous !== undefined
          ? html`<button type="button" class="link" @click=${() => ctx.navigate(activityRoute(planIndex, index - 1))}>
              ${t('form.previous', { title: activityTitle(ctx, previous) })}
            </button>`
          : nothing
      }
      ${
        next !== undefined
          ? html`<button type="button" class="link" @click=${() => ctx.navigate(activityRoute(planIndex, index + 1))}>
              ${t('form.next', { title: activityTitle(ctx, next) })}
            </button>`
          : nothing
      }
    </div>
    ${duplicateNotice(ctx, planPath, index)}
    <div class="part">
      ${heading(sub, t('form.about'))}
      ${localizedField(ctx, { path: [...path, 'title'], label: t('title'), hint: t('titleHint') })}
      ${textBlocksField(ctx, { path: [...path, 'description'], legend: t('description') })}
      ${radiosField(ctx, { path: [...path, 'kind'], label: t('kind'), options: kinds })}
      ${radiosField(ctx, { path: [...path, 'status'], label: t('status'), options: statuses })}
    </div>
    <div class="part">
      ${heading(sub, t('form.goalsPart'))}
      ${listField(ctx, {
        path: [...path, 'goals'],
        legend: t('goals'),
        hint: t('goalsHint'),
        itemLabel: (i) => t('goal', { n: i + 1 }),
        addLabel: t('addGoal'),
        newItem: () => ({ goal: '' }),
        focusInNew: ['goal'],
        reorder: true,
        renderItem: (itemPath) => html`
          ${selectField(ctx, { path: [...itemPath, 'goal'], label: t('goalLinkGoal'), options: goals })}
          ${localizedField(ctx, {
            path: [...itemPath, 'listedAs'],
            label: t('listedAs'),
            hint: t('listedAsHint'),
            optional: true,
            multiline: true,
          })}
          ${selectField(ctx, {
            path: [...itemPath, 'kind'],
            label: t('linkKind'),
            options: kinds,
            optional: true,
            noneLabel: t('linkKindSame'),
          })}
        `,
      })}
    </div>
    <div class="part">
      ${heading(sub, t('form.responsiblePart'))}
      ${listField(ctx, {
        path: [...path, 'responsible'],
        legend: t('responsible'),
        hint: t('responsibleHint'),
        itemLabel: (i) => t('party', { n: i + 1 }),
        addLabel: t('addParty'),
        newItem: () => ({ organisation: '', role: 'responsible' }),
        focusInNew: ['organisation'],
        reorder: true,
        renderItem: (itemPath) => html`
          ${organisationField(ctx, { path: [...itemPath, 'organisation'], label: t('partyOrganisation') })}
          ${selectField(ctx, { path: [...itemPath, 'role'], label: t('partyRole'), options: roles })}
          ${localizedField(ctx, {
            path: [...itemPath, 'label'],
            label: t('partyLabel'),
            hint: t('partyLabelHint'),
            optional: true,
          })}
        `,
      })}
      ${listField(ctx, {
        path: [...path, 'targetGroups'],
        legend: t('targetGroups'),
        itemLabel: (i) => t('targetGroup', { n: i + 1 }),
        addLabel: t('addTargetGroup'),
        newItem: () => ({ sv: '' }),
        reorder: true,
        dropWhenEmpty: true,
        renderItem: (itemPath) => localizedField(ctx, { path: itemPath, label: t('targetGroupText') }),
      })}
    </div>
    <div class="part">
      ${heading(sub, t('form.timePart'))}
      ${dateField(ctx, { path: [...path, 'period', 'start'], label: t('periodStart'), precision: 'partial', optional: true })}
      ${dateField(ctx, { path: [...path, 'period', 'end'], label: t('periodEnd'), precision: 'partial', optional: true })}
      ${linksField(ctx, [...path, 'links'])}
      ${textBlocksField(ctx, { path: [...path, 'followUp'], legend: t('followUp') })}
    </div>
    <div class="part">
      ${heading(sub, t('form.progressPart'))}
      ${listField(ctx, {
        path: [...path, 'progress'],
        legend: t('progress'),
        hint: t('progressHint'),
        itemLabel: (i) => t('note', { n: i + 1 }),
        addLabel: t('addNote'),
        newItem: () => ({
          date: ctx.today(),
          status: typeof activity['status'] === 'string' ? activity['status'] : 'ongoing',
          text: { sv: '' },
          reportedBy: '',
        }),
        focusInNew: ['text'],
        dropWhenEmpty: true,
        renderItem: (itemPath) => html`
          ${dateField(ctx, { path: [...itemPath, 'date'], label: t('noteDate'), precision: 'day' })}
          ${selectField(ctx, {
            path: [...itemPath, 'status'],
            label: t('noteStatus'),
            options: statuses,
            write: noteStatus(itemPath),
          })}
          ${localizedField(ctx, { path: [...itemPath, 'text'], label: t('noteText'), multiline: true })}
          ${organisationField(ctx, { path: [...itemPath, 'reportedBy'], label: t('noteReportedBy') })}
          ${linksField(ctx, [...itemPath, 'links'])}
        `,
      })}
    </div>
    <details class="part technical">
      <summary>${t('form.technical')}</summary>
      ${textField(ctx, { path: [...path, 'id'], label: t('id'), hint: t('idHint'), width: 'medium', spellcheck: false })}
    </details>
    <div class="part danger-zone">
      ${
        confirming
          ? html`<p id="remove-activity-question">${t('removeConfirm', { title })}</p>
              <div class="button-group">
                <button
                  type="button"
                  class="warning"
                  id="remove-activity-yes"
                  aria-describedby="remove-activity-question"
                  @click=${remove}
                >
                  ${t('removeYes')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  @click=${() => {
                    ctx.setUiState(confirmKey, false);
                    ctx.focusAfterUpdate('remove-activity');
                  }}
                >
                  ${t('removeNo')}
                </button>
              </div>`
          : html`<button
              type="button"
              class="warning"
              id="remove-activity"
              @click=${() => {
                ctx.setUiState(confirmKey, true);
                ctx.focusAfterUpdate('remove-activity-yes');
              }}
            >
              ${t('remove')}
            </button>`
      }
    </div>
  `;
}

export const activitySection: Section = {
  id: 'activity',
  fields: ACTIVITY_FIELDS,
  routeFor(path: Path): Route | undefined {
    if (
      path[0] !== 'plans' ||
      typeof path[1] !== 'number' ||
      path[2] !== 'activities' ||
      typeof path[3] !== 'number'
    ) {
      return undefined;
    }
    return activityRoute(path[1], path[3]);
  },
  title: (ctx, route) => at(ctx.lang, 'form.heading', { title: activityTitle(ctx, ctx.get(route.path)) }),
  render,
  preview: (ctx, route) => ({
    ...planPreview(ctx, Number(route.path[1])),
    trim: (validated) => onlyActivity(validated, Number(route.path[1]), Number(route.path[3])),
  }),
};

registerSection(activitySection);
