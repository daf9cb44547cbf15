/**
 * The goals a plan's activities link to, as people name them: "Delmål 4: Ett inkluderande samhälle med delaktiga
 * invånare". Read from the plan's framework (the dataset's own, or the national one).
 */
import { delmalOf, type Framework, type Goal, referenceText } from '@dhol/core';
import type { Option } from '../fields/choice.js';
import type { Lang } from '../i18n/messages.js';
import { isObject } from '../store/path.js';
import type { EditorContext } from './section.js';

/** The framework a plan (the object at `planPath`) links to; the national one when it names none known. */
export function frameworkOf(
  ctx: EditorContext,
  planPath: readonly (string | number)[],
): Framework | undefined {
  const plan = ctx.get(planPath);
  const id = isObject(plan) ? plan['framework'] : undefined;
  return ctx.frameworks.find((f) => f.id === id) ?? (id === undefined ? ctx.frameworks.at(-1) : undefined);
}

/** "Delmål 4: …", "Övergripande mål 2: …", "Prioritering under delmål 3: …". */
export function goalLabel(goal: Goal, framework: Framework, lang: Lang): string {
  const text = referenceText(goal.title, lang)?.text ?? goal.id;
  const sv = lang === 'sv';
  if (goal.kind === 'subgoal')
    return `${sv ? 'Delmål' : 'Sub-goal'} ${goal.number ?? ''}: ${text}`.replace(' :', ':');
  if (goal.kind === 'overarching')
    return `${sv ? 'Övergripande mål' : 'Overarching goal'} ${goal.number ?? ''}: ${text}`.replace(' :', ':');
  const parent = framework.goals.find((g) => g.id === goal.parent);
  const under =
    parent?.number !== undefined
      ? sv
        ? ` under delmål ${parent.number}`
        : ` under sub-goal ${parent.number}`
      : '';
  return `${sv ? 'Prioritering' : 'Priority'}${under}: ${text}`;
}

/** A short name: "Delmål 4". */
export function goalShortLabel(goal: Goal, lang: Lang): string {
  if (goal.kind === 'subgoal' && goal.number !== undefined)
    return `${lang === 'sv' ? 'Delmål' : 'Sub-goal'} ${goal.number}`;
  return referenceText(goal.title, lang)?.text ?? goal.id;
}

/** The goals to choose among: the delmål first, then their priorities, then the overarching goals. */
export function goalOptions(framework: Framework | undefined, lang: Lang): Option[] {
  if (!framework) return [];
  const delmal = delmalOf(framework);
  const priorities = framework.goals.filter((g) => g.kind === 'priority');
  const overarching = framework.goals.filter((g) => g.kind === 'overarching');
  return [...delmal, ...priorities, ...overarching].map((goal) => ({
    value: goal.id,
    label: goalLabel(goal, framework, lang),
  }));
}

/** The delmål of a framework, in the strategy's order. */
export function subgoalsOf(framework: Framework | undefined): Goal[] {
  return framework ? delmalOf(framework) : [];
}
