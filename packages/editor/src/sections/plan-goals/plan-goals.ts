/**
 * What a plan says about each delmål: the description and the introductions to its lists of ongoing activities and
 * development areas (the model's `sections`). A plan started with the seven delmål laid out has one entry per
 * delmål to fill in; each entry links to the activities listed under it.
 */
import { html, type TemplateResult } from 'lit';
import { selectField } from '../../fields/choice.js';
import { listField } from '../../fields/list.js';
import { textBlockPatterns, textBlocksField } from '../../fields/text-blocks.js';
import { defineMessages } from '../../i18n/messages.js';
import type { FieldSpec } from '../../issues/issue-index.js';
import { isObject, type Path } from '../../store/path.js';
import { formatCount } from '../../util/format.js';
import { activitiesAt, activitiesRoute } from '../activities/activities.js';
import { goalsOf, goalsText } from '../activities/same-activity.js';
import { frameworkOf, goalOptions } from '../goals.js';
import { addPlanNav, planPreview, planTitle } from '../plan/plan.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

const t = defineMessages({
  sv: {
    nav: 'Delmål',
    heading: (p) => `Delmål: ${p.plan}`,
    intro:
      'Det planen skriver om varje delmål: en beskrivning och inledningar till listorna av pågående aktiviteter och utvecklingsområden. Aktiviteterna själva lägger du till under Aktiviteter.',
    sections: 'Delmålen i planen',
    section: (p) => `Avsnitt ${p.n}`,
    sectionNamed: (p) => `Avsnitt ${p.n}: ${p.goal}`,
    goal: 'Delmål',
    description: 'Beskrivning av delmålet',
    ongoingIntro: 'Inledning till pågående aktiviteter',
    developmentIntro: 'Inledning till utvecklingsområden',
    closing: 'Text efter aktiviteterna',
    add: 'Lägg till ett delmål',
    activities: (p) =>
      `${p.count} ${Number(p.count) === 1 ? 'aktivitet' : 'aktiviteter'} under ${p.goal}: visa dem`,
  },
  en: {
    nav: 'Sub-goals',
    heading: (p) => `Sub-goals: ${p.plan}`,
    intro:
      'What the plan says about each sub-goal: a description and introductions to its lists of ongoing activities and development areas. The activities themselves are added under Activities.',
    sections: "The plan's sub-goals",
    section: (p) => `Section ${p.n}`,
    sectionNamed: (p) => `Section ${p.n}: ${p.goal}`,
    goal: 'Sub-goal',
    description: 'Description of the sub-goal',
    ongoingIntro: 'Introduction to ongoing activities',
    developmentIntro: 'Introduction to development areas',
    closing: 'Text after the activities',
    add: 'Add a sub-goal',
    activities: (p) =>
      `${p.count} ${Number(p.count) === 1 ? 'activity' : 'activities'} under ${p.goal}: show them`,
  },
});

const S = 'plans/*/sections/*';
export const PLAN_GOAL_FIELDS: FieldSpec[] = [
  ['plans/*/sections', (lang) => t(lang, 'sections')],
  [`${S}/goal`, (lang) => t(lang, 'goal')],
  ...(['description', 'ongoingIntro', 'developmentIntro', 'closing'] as const).flatMap((key) =>
    textBlockPatterns(`${S}/${key}`, (lang) => t(lang, key)),
  ),
];

function render(ctx: EditorContext, route: Route): TemplateResult {
  const base = route.path;
  if (!isObject(ctx.get(base))) return html`<p class="notice problem">${ctx.t('editor.cannotShow')}</p>`;
  const l = (key: Parameters<typeof t>[1], params = {}) => t(ctx.lang, key, params);
  const framework = frameworkOf(ctx, base);
  const planIndex = Number(base[1]);
  const activities = activitiesAt(ctx, base);
  const goalOf = (i: number) => {
    const section = ctx.get([...base, 'sections', i]);
    return isObject(section) && typeof section['goal'] === 'string' ? section['goal'] : '';
  };
  const label = (i: number) => {
    const goal = goalOf(i);
    return goal
      ? l('sectionNamed', { n: i + 1, goal: goalsText([goal], framework, ctx.lang) })
      : l('section', { n: i + 1 });
  };
  return html`<p>${l('intro')}</p>
    ${listField(ctx, {
      path: [...base, 'sections'],
      legend: l('sections'),
      itemLabel: label,
      addLabel: l('add'),
      newItem: () => ({ goal: '' }),
      focusInNew: ['goal'],
      reorder: true,
      dropWhenEmpty: true,
      renderItem: (itemPath: Path, i: number) => {
        const goal = goalOf(i);
        const count = goal ? activities.filter((a) => goalsOf(a).includes(goal)).length : 0;
        return html`
          ${selectField(ctx, { path: [...itemPath, 'goal'], label: l('goal'), options: goalOptions(framework, ctx.lang) })}
          ${
            goal
              ? html`<button
                  type="button"
                  class="link"
                  @click=${() => {
                    ctx.setUiState(`activities/filter/${planIndex}`, goal);
                    ctx.navigate(activitiesRoute(planIndex));
                  }}
                >
                  ${l('activities', { count: formatCount(count, ctx.lang), goal: goalsText([goal], framework, ctx.lang) })}
                </button>`
              : ''
          }
          ${textBlocksField(ctx, { path: [...itemPath, 'description'], legend: l('description') })}
          ${textBlocksField(ctx, { path: [...itemPath, 'ongoingIntro'], legend: l('ongoingIntro') })}
          ${textBlocksField(ctx, { path: [...itemPath, 'developmentIntro'], legend: l('developmentIntro') })}
          ${textBlocksField(ctx, { path: [...itemPath, 'closing'], legend: l('closing') })}
        `;
      },
    })}`;
}

export const planGoalsSection: Section = {
  id: 'plan-goals',
  fields: PLAN_GOAL_FIELDS,
  routeFor(path: Path): Route | undefined {
    if (path[0] !== 'plans' || typeof path[1] !== 'number' || path[2] !== 'sections') return undefined;
    return { section: 'plan-goals', path: ['plans', path[1]] };
  },
  title: (ctx, route) => t(ctx.lang, 'heading', { plan: planTitle(ctx, Number(route.path[1])) }),
  render,
  preview: (ctx, route) => planPreview(ctx, Number(route.path[1])),
};

addPlanNav(10, (ctx, index) => [
  { label: t(ctx.lang, 'nav'), route: { section: 'plan-goals', path: ['plans', index] } },
]);
registerSection(planGoalsSection);
