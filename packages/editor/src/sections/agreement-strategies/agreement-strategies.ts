/**
 * What a handslag serves and starts from: the strategies it serves (the national strategy, a regional development
 * strategy …), the delmål it aims at, and its baseline (an area, a period and the indicators whose figures for
 * them are the starting point; the figures themselves are entered under the indicators).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { areaSelectField } from '../../fields/area-select.js';
import { checkboxesField } from '../../fields/checkboxes.js';
import { selectField } from '../../fields/choice.js';
import { listField } from '../../fields/list.js';
import { organisationField } from '../../fields/organisation.js';
import { localizedField, textField } from '../../fields/text.js';
import { textBlockPatterns, textBlocksField } from '../../fields/text-blocks.js';
import { fieldId, registerFields } from '../../issues/issue-index.js';
import { isObject, type Path } from '../../store/path.js';
import { heading } from '../../util/heading.js';
import {
  agreementPreview,
  agreementRoute,
  agreementView,
  agreementViewTitle,
} from '../agreement/agreement.js';
import { goalLabel, subgoalsOf } from '../goals.js';
import { indicatorOptions } from '../indicator/indicator.js';
import { planStyles } from '../plan/plan.styles.js';
import { type EditorContext, type Route, registerSection, type Section } from '../section.js';

const S = 'agreements/*/serves/*';
const B = 'agreements/*/baseline';
const localized = (base: string) => [base, `${base}/en`];

export const STRATEGY_KINDS = ['national-strategy', 'regional-strategy', 'local-strategy', 'other'] as const;

export const AGREEMENT_STRATEGY_FIELDS = [
  'agreements/*/serves',
  ...localized(`${S}/title`),
  `${S}/kind`,
  `${S}/framework`,
  `${S}/owner`,
  `${S}/abbreviation`,
  ...localized(`${S}/note`),
  'agreements/*/goals',
  B,
  `${B}/area`,
  `${B}/period`,
  `${B}/indicators`,
  ...textBlockPatterns(`${B}/text`),
];

function render(ctx: EditorContext, route: Route): TemplateResult {
  return agreementView(ctx, route, (base, t) => {
    const sub = ctx.headingLevel + 1;
    const frameworks = ctx.frameworks.map((framework) => ({
      value: framework.id,
      label: framework.title.sv?.text ?? framework.title.en?.text ?? framework.id,
    }));
    const national = ctx.frameworks.at(-1);
    const goals = subgoalsOf(national).map((goal) => ({
      value: goal.id,
      label: goalLabel(goal, national!, ctx.lang),
    }));
    const baselinePath: Path = [...base, 'baseline'];
    const baseline = ctx.get(baselinePath);
    const addBaseline = () => {
      const scope = ctx.get([...base, 'scope']);
      const area = Array.isArray(scope) && typeof scope[0] === 'string' ? scope[0] : '';
      ctx.edit(baselinePath, { area, period: '', indicators: [] }, { group: null });
      ctx.announce(t('baselineAdded'));
      ctx.focusAfterUpdate(fieldId([...baselinePath, 'area']));
    };
    const removeBaseline = () => {
      ctx.edit(baselinePath, undefined, { group: null });
      ctx.announce(t('baselineRemoved'));
      ctx.focusAfterUpdate('baseline-add');
    };
    return html`
      <div class="part">
        ${listField(ctx, {
          path: [...base, 'serves'],
          legend: t('serves'),
          hint: t('servesHint'),
          itemLabel: (i) => t('strategy', { n: i + 1 }),
          addLabel: t('addStrategy'),
          newItem: () => ({ title: { sv: '' }, kind: 'regional-strategy' }),
          focusInNew: ['title'],
          reorder: true,
          dropWhenEmpty: true,
          renderItem: (item) => html`
            ${localizedField(ctx, { path: [...item, 'title'], label: t('strategyTitle') })}
            ${selectField(ctx, {
              path: [...item, 'kind'],
              label: t('strategyKind'),
              options: STRATEGY_KINDS.map((kind) => ({ value: kind, label: t(`strategyKind.${kind}`) })),
            })}
            ${textField(ctx, {
              path: [...item, 'abbreviation'],
              label: t('abbreviation'),
              hint: t('abbreviationHint'),
              optional: true,
              width: 'short',
            })}
            ${selectField(ctx, {
              path: [...item, 'framework'],
              label: t('strategyFramework'),
              hint: t('strategyFrameworkHint'),
              options: frameworks,
              optional: true,
            })}
            ${organisationField(ctx, {
              path: [...item, 'owner'],
              label: t('strategyOwner'),
              hint: t('strategyOwnerHint'),
              optional: true,
            })}
            ${localizedField(ctx, { path: [...item, 'note'], label: t('strategyNote'), optional: true, multiline: true })}
          `,
        })}
        ${
          national
            ? checkboxesField(ctx, {
                path: [...base, 'goals'],
                label: t('goals'),
                hint: t('goalsHint'),
                optional: true,
                dropWhenEmpty: true,
                options: goals,
                toItem: (goal) => ({ framework: national.id, goal }),
                fromItem: (item) =>
                  isObject(item) && item['framework'] === national.id && typeof item['goal'] === 'string'
                    ? item['goal']
                    : undefined,
              })
            : nothing
        }
      </div>
      <div class="part">
        ${heading(sub, t('baseline'))}
        <p>${t('baselineIntro')}</p>
        ${
          isObject(baseline)
            ? html`
                ${areaSelectField(ctx, { path: [...baselinePath, 'area'], label: t('baselineArea') })}
                ${textField(ctx, {
                  path: [...baselinePath, 'period'],
                  label: t('baselinePeriod'),
                  hint: t('baselinePeriodHint'),
                  width: 'short',
                  spellcheck: false,
                })}
                ${checkboxesField(ctx, {
                  path: [...baselinePath, 'indicators'],
                  label: t('baselineIndicators'),
                  hint: t('baselineIndicatorsHint'),
                  options: indicatorOptions(ctx),
                  emptyText: t('baselineNoIndicators'),
                })}
                ${textBlocksField(ctx, { path: [...baselinePath, 'text'], legend: t('baselineText') })}
                <button type="button" class="warning" @click=${removeBaseline}>${t('removeBaseline')}</button>
              `
            : html`<button type="button" class="secondary" id="baseline-add" @click=${addBaseline}>
                ${t('addBaseline')}
              </button>`
        }
      </div>
    `;
  });
}

const KEYS = new Set(['serves', 'goals', 'baseline']);

export const agreementStrategiesSection: Section = {
  id: 'agreement-strategies',
  fields: AGREEMENT_STRATEGY_FIELDS,
  styles: planStyles,
  routeFor: (path) => agreementRoute('agreement-strategies', path, KEYS),
  title: (ctx, route) => agreementViewTitle(ctx, route, 'strategies.heading'),
  render,
  preview: (ctx, route) => agreementPreview(ctx, Number(route.path[1])),
};

registerFields(AGREEMENT_STRATEGY_FIELDS);
registerSection(agreementStrategiesSection);
