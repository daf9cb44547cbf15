import {
  type Coverage,
  type CoverageMatrix,
  coverage,
  coverageMatrix,
  currentPlan,
  type Goal,
  localize,
  type Plan,
  referenceText,
} from '@dhol/core';
import { nationalFramework } from '@dhol/data';
import { CliError, commonOptions, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readInput } from '../files.js';
import type { Lang } from '../i18n.js';
import { formatReport, summarise, validateText } from './validate.js';

/** A delmål as a line names it: `Delmål 6 Stärkt suicidpreventivt arbete`. */
function goalName(goal: Goal, lang: Lang): string {
  const word = lang === 'sv' ? 'Delmål' : 'Sub-goal';
  const title = referenceText(goal.title, lang)?.text ?? goal.id;
  return goal.number !== undefined ? `${word} ${goal.number} ${title}` : title;
}

function planReport(plan: Plan, result: Coverage, lang: Lang): string {
  const sv = lang === 'sv';
  const covered = result.goals.length - result.uncovered.length;
  const lines = [
    localize(plan.title, lang) || plan.id,
    sv
      ? `${covered} av ${result.goals.length} delmål har minst en aktivitet (${result.totalActivities} aktiviteter).`
      : `${covered} of ${result.goals.length} sub-goals have at least one activity (${result.totalActivities} activities).`,
    '',
  ];
  for (const entry of result.goals) {
    const count = entry.activities.length;
    const what = sv ? (count === 1 ? 'aktivitet' : 'aktiviteter') : count === 1 ? 'activity' : 'activities';
    lines.push(
      `  ${goalName(entry.goal, lang)}: ${count === 0 ? (sv ? 'ingen aktivitet' : 'no activity') : `${count} ${what}`}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function organisationReport(plan: Plan, matrix: CoverageMatrix, lang: Lang): string {
  const sv = lang === 'sv';
  const lines = [localize(plan.title, lang) || plan.id, ''];
  for (const column of matrix.columns) {
    const served = matrix.rows.filter(
      (row) => (row.cells.find((cell) => cell.column === column.id)?.count ?? 0) > 0,
    );
    const name = localize(column.label, lang) || column.id;
    const numbers = served.map((row) => row.goal.number ?? row.goal.id).join(', ');
    lines.push(
      `  ${name}: ${served.length === 0 ? (sv ? 'inget delmål' : 'no sub-goal') : `${sv ? 'delmål' : 'sub-goals'} ${numbers}`}`,
    );
  }
  if (matrix.uncovered.length > 0) {
    const numbers = matrix.uncovered.map((goal) => goal.number ?? goal.id).join(', ');
    lines.push('', sv ? `  Delmål utan aktivitet: ${numbers}.` : `  Sub-goals with no activity: ${numbers}.`);
  }
  return `${lines.join('\n')}\n`;
}

export const coverageCommand: Command = {
  name: 'coverage',
  summary: {
    sv: 'vilka delmål en plans aktiviteter täcker, som text eller JSON',
    en: 'which sub-goals (delmål) a plan’s activities cover, as text or JSON',
  },
  help: {
    sv: [
      'Användning: dhol coverage <dataset|-> [--plan <id>] [--by organisation] [--json]',
      '',
      'Visar för varje delmål i den nationella strategin hur många av planens aktiviteter som tar upp det,',
      'och vilka delmål ingen aktivitet tar upp. Datasetet kontrolleras först, som med dhol validate.',
      '',
      'Flaggor:',
      '  --plan <id>           planen (standard: den senaste versionen)',
      '  --by organisation     i stället: vilka delmål varje ansvarig organisation arbetar med',
      '  --json                skriv resultatet som JSON',
      '  --lang <sv|en>        språk (standard: sv)',
      '',
      'Slutkoder: 0 klart, 1 datasetet är ogiltigt eller har ingen plan, 2 felaktigt anrop eller oläslig fil.',
      '',
    ].join('\n'),
    en: [
      'Usage: dhol coverage <dataset|-> [--plan <id>] [--by organisation] [--json]',
      '',
      'Shows, for each sub-goal (delmål) of the national strategy, how many of the plan’s activities address it,',
      'and which sub-goals no activity addresses. The dataset is checked first, as by dhol validate.',
      '',
      'Options:',
      '  --plan <id>           the plan (default: the newest version)',
      '  --by organisation     instead: which sub-goals each responsible organisation works on',
      '  --json                write the result as JSON',
      '  --lang <sv|en>        language (default: sv)',
      '',
      'Exit codes: 0 done, 1 the dataset is invalid or has no plan, 2 wrong usage or an unreadable file.',
      '',
    ].join('\n'),
  },
  async run(argv, { io, lang }) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...commonOptions,
      plan: { type: 'string' },
      by: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.stdout(this.help[lang]);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) {
      throw new CliError({
        sv: 'ange ett dataset: dhol coverage <dataset>',
        en: 'name one dataset: dhol coverage <dataset>',
      });
    }
    if (values.by !== undefined && values.by !== 'organisation') {
      throw new CliError({
        sv: `--by tar organisation, inte "${values.by}"`,
        en: `--by takes organisation, not "${values.by}"`,
      });
    }
    const { report, dataset } = validateText(file, await readInput(io, file), {
      now: io.now(),
      policy: false,
    });
    if (report.status === 'unreadable') {
      throw new CliError(
        report.error?.message ?? { sv: `${file}: kunde inte läsas`, en: `${file}: could not be read` },
      );
    }
    if (!dataset) {
      io.stderr(formatReport(lang, summarise([report]), true));
      return 1;
    }
    const plans = dataset.plans ?? [];
    const plan = currentPlan(plans, values.plan);
    if (!plan) {
      const ids = plans.map((item) => item.id).join(', ');
      throw new CliError(
        values.plan !== undefined && plans.length > 0
          ? {
              sv: `${file}: har ingen plan med id "${values.plan}" (planer: ${ids})`,
              en: `${file}: has no plan with id "${values.plan}" (plans: ${ids})`,
            }
          : { sv: `${file}: innehåller ingen handlingsplan`, en: `${file}: holds no action plan` },
        values.plan !== undefined && plans.length > 0 ? 2 : 1,
      );
    }
    const frameworks = [...(dataset.frameworks ?? []), nationalFramework];
    const framework = frameworks.find((item) => item.id === plan.framework) ?? nationalFramework;
    if (values.by === 'organisation') {
      const matrix = coverageMatrix([plan], framework, {
        by: 'organisation',
        organisations: dataset.organisations ?? [],
      });
      if (values.json) {
        io.stdout(
          `${JSON.stringify(
            {
              plan: plan.id,
              organisations: matrix.columns.map((column) => ({
                id: column.id,
                name: localize(column.label, lang) || undefined,
                activities: column.total,
                goals: matrix.rows
                  .map((row) => ({
                    goal: row.goal.id,
                    activities: row.cells.find((c) => c.column === column.id)?.count ?? 0,
                  }))
                  .filter((cell) => cell.activities > 0),
              })),
              uncovered: matrix.uncovered.map((goal) => goal.id),
            },
            null,
            2,
          )}\n`,
        );
      } else io.stdout(organisationReport(plan, matrix, lang));
      return 0;
    }
    const result = coverage(plan, framework);
    if (values.json) {
      io.stdout(
        `${JSON.stringify(
          {
            plan: plan.id,
            framework: framework.id,
            activities: result.totalActivities,
            goals: result.goals.map((entry) => ({
              id: entry.goal.id,
              number: entry.goal.number,
              title: referenceText(entry.goal.title, lang)?.text,
              activities: entry.activities.map((activity) => activity.id),
              organisations: entry.organisations,
            })),
            uncovered: result.uncovered.map((goal) => goal.id),
          },
          null,
          2,
        )}\n`,
      );
    } else io.stdout(planReport(plan, result, lang));
    return 0;
  },
};
