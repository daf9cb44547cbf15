import {
  type Activity,
  type ActivityChange,
  activityStatusLabel,
  currentPlan,
  type Dataset,
  diffPlans,
  type FieldChange,
  type Plan,
  type PlanDiff,
  type PlanLabel,
} from '@dhol/core';
import { CliError, commonOptions, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { readInput } from '../files.js';
import { countOf, type Lang, type Noun } from '../i18n.js';
import { formatReport, summarise, validateText } from './validate.js';

const ADDED: Noun = {
  sv: ['tillagd aktivitet', 'tillagda aktiviteter'],
  en: ['activity added', 'activities added'],
};
const REMOVED: Noun = {
  sv: ['borttagen aktivitet', 'borttagna aktiviteter'],
  en: ['activity removed', 'activities removed'],
};
const CHANGED: Noun = {
  sv: ['ändrad aktivitet', 'ändrade aktiviteter'],
  en: ['activity changed', 'activities changed'],
};
const UNCHANGED: Noun = {
  sv: ['oförändrad aktivitet', 'oförändrade aktiviteter'],
  en: ['activity unchanged', 'activities unchanged'],
};

const KIND: Record<Lang, Record<string, string>> = {
  sv: { ongoing: 'pågående', development: 'utvecklingsområde', new: 'ny' },
  en: { ongoing: 'ongoing', development: 'development area', new: 'new' },
};

/** Reads a dataset for `diff`: unreadable or invalid input is bad input (exit 2), with validate's report. */
async function readDataset(
  file: string,
  io: Parameters<Command['run']>[1]['io'],
  lang: Lang,
): Promise<Dataset> {
  const text = await readInput(io, file);
  const { report, dataset } = validateText(file, text, { now: io.now(), policy: false });
  if (report.status === 'unreadable') {
    throw new CliError(
      report.error?.message ?? { sv: `${file}: kunde inte läsas`, en: `${file}: could not be read` },
    );
  }
  if (!dataset) {
    io.stderr(formatReport(lang, summarise([report]), true));
    throw new CliError({ sv: `${file}: datasetet är ogiltigt`, en: `${file}: the dataset is invalid` });
  }
  return dataset;
}

function pickPlan(file: string, dataset: Dataset, id: string | undefined, flag: string): Plan {
  const plan = currentPlan(dataset.plans, id);
  if (plan) return plan;
  const ids = (dataset.plans ?? []).map((p) => p.id).join(', ');
  throw new CliError(
    id === undefined
      ? { sv: `${file}: innehåller ingen handlingsplan`, en: `${file}: holds no action plan` }
      : {
          sv: `${file}: har ingen plan med id "${id}" (${flag}${ids ? `; planer: ${ids}` : ''})`,
          en: `${file}: has no plan with id "${id}" (${flag}${ids ? `; plans: ${ids}` : ''})`,
        },
  );
}

function planName(label: PlanLabel, lang: Lang): string {
  const title = label.title?.[lang] ?? label.title?.sv ?? label.id ?? '?';
  const version = label.version
    ? lang === 'sv'
      ? ` (version ${label.version})`
      : ` (version ${label.version})`
    : '';
  return `${title}${version}`;
}

function titleOf(activity: Activity, lang: Lang): string {
  return activity.title?.[lang] ?? activity.title?.sv ?? '';
}

/** One changed field as a line of the report. */
export function describeChange(change: FieldChange, lang: Lang): string {
  const sv = lang === 'sv';
  const list = (items: readonly string[]) => items.join(', ');
  switch (change.field) {
    case 'id':
      return `id: ${change.before} → ${change.after}`;
    case 'title':
      return `${sv ? 'titel' : 'title'}: ”${change.before[lang] ?? change.before.sv}” → ”${change.after[lang] ?? change.after.sv}”`;
    case 'description':
      return sv ? 'beskrivningen är ändrad' : 'the description changed';
    case 'goals':
      return `${sv ? 'delmål' : 'goals'}: ${[
        ...change.added.map((g) => `+ ${g}`),
        ...change.removed.map((g) => `− ${g}`),
      ].join(', ')}`;
    case 'kind':
      return `${sv ? 'typ' : 'kind'}: ${KIND[lang][change.before] ?? change.before} → ${KIND[lang][change.after] ?? change.after}`;
    case 'status':
      return `status: ${activityStatusLabel(change.before, lang)} → ${activityStatusLabel(change.after, lang)}`;
    case 'responsible':
      return `${sv ? 'ansvariga' : 'responsible'}: ${list([
        ...change.added.map((p) => `+ ${p.organisation} (${p.role})`),
        ...change.removed.map((p) => `− ${p.organisation} (${p.role})`),
      ])}`;
  }
}

/** The report people read. */
export function formatDiff(diff: PlanDiff, lang: Lang): string {
  const sv = lang === 'sv';
  const lines = [
    `${sv ? 'Jämförelse' : 'Comparison'}: ${planName(diff.before, lang)} → ${planName(diff.after, lang)}`,
    '',
  ];
  if (diff.identical) {
    lines.push(
      sv
        ? `Inga skillnader: ${countOf(lang, diff.unchanged, UNCHANGED)}.`
        : `No differences: ${countOf(lang, diff.unchanged, UNCHANGED)}.`,
    );
    return `${lines.join('\n')}\n`;
  }
  const section = (noun: Noun, count: number, items: string[]) => {
    if (count === 0) return;
    lines.push(`${capitalise(countOf(lang, count, noun))}:`, ...items, '');
  };
  section(
    ADDED,
    diff.added.length,
    diff.added.map((a) => `  + ${a.id}  ${titleOf(a, lang)}`),
  );
  section(
    REMOVED,
    diff.removed.length,
    diff.removed.map((a) => `  − ${a.id}  ${titleOf(a, lang)}`),
  );
  section(
    CHANGED,
    diff.changed.length,
    diff.changed.flatMap((c: ActivityChange) => [
      `  ~ ${c.after.id}  ${titleOf(c.after, lang)}${c.matchedBy === 'title' ? (sv ? ' (hittad på titeln)' : ' (matched by title)') : ''}`,
      ...c.changes.map((change) => `      ${describeChange(change, lang)}`),
    ]),
  );
  lines.push(`${capitalise(countOf(lang, diff.unchanged, UNCHANGED))}.`);
  return `${lines.join('\n')}\n`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The diff as `--json` prints it: activities by id and title, changes as the analysis gives them. */
export function diffToJson(diff: PlanDiff): unknown {
  const brief = (a: Activity) => ({ id: a.id, title: a.title });
  return {
    identical: diff.identical,
    before: diff.before,
    after: diff.after,
    added: diff.added.map(brief),
    removed: diff.removed.map(brief),
    changed: diff.changed.map((c) => ({
      id: c.after.id,
      ...(c.before.id !== c.after.id ? { previousId: c.before.id } : {}),
      title: c.after.title,
      matchedBy: c.matchedBy,
      changes: c.changes,
    })),
    unchanged: diff.unchanged,
  };
}

export const diffCommand: Command = {
  name: 'diff',
  summary: {
    sv: 'visa vad som ändrats mellan två versioner av en handlingsplan',
    en: 'show what changed between two versions of an action plan',
  },
  help: {
    sv: [
      'Användning: dhol diff <gammal> <ny> [--json] [--old-plan <id>] [--new-plan <id>]',
      '',
      'Jämför handlingsplanen i två dataset: vilka aktiviteter som lagts till, tagits bort och ändrats',
      '(titel, beskrivning, delmål, typ, status, ansvariga). Aktiviteter paras ihop på id och, där id',
      'skiljer sig, på titeln. Lägesrapporter jämförs inte. Båda filerna kontrolleras först.',
      '',
      'Flaggor:',
      '  --json             skriv skillnaderna som JSON',
      '  --old-plan <id>    planen i den gamla filen (standard: den nyaste planen i filen)',
      '  --new-plan <id>    planen i den nya filen (standard: den nyaste planen i filen)',
      '  --lang <sv|en>     språk för rapporten (standard: sv)',
      '',
      'Slutkoder: 0 inga skillnader, 1 något har ändrats, 2 felaktigt anrop eller fil som inte kan',
      'läsas, är ogiltig eller saknar en plan.',
      '',
    ].join('\n'),
    en: [
      'Usage: dhol diff <old> <new> [--json] [--old-plan <id>] [--new-plan <id>]',
      '',
      'Compares the action plan in two datasets: which activities were added, removed and changed (title,',
      'description, goals, kind, status, responsible parties). Activities are paired by id and, where the',
      'ids differ, by title. Progress notes are not compared. Both files are checked first.',
      '',
      'Options:',
      '  --json             write the differences as JSON',
      '  --old-plan <id>    the plan in the old file (default: the newest plan in the file)',
      '  --new-plan <id>    the plan in the new file (default: the newest plan in the file)',
      '  --lang <sv|en>     language of the report (default: sv)',
      '',
      'Exit codes: 0 no differences, 1 something changed, 2 wrong usage or a file that cannot be read,',
      'is invalid or holds no plan.',
      '',
    ].join('\n'),
  },
  async run(argv, { io, lang }) {
    const { values, positionals } = parseCommandArgs(argv, {
      ...commonOptions,
      json: { type: 'boolean' },
      'old-plan': { type: 'string' },
      'new-plan': { type: 'string' },
    });
    if (values.help) {
      io.stdout(this.help[lang]);
      return 0;
    }
    const [oldFile, newFile, ...extra] = positionals;
    if (oldFile === undefined || newFile === undefined || extra.length > 0) {
      throw new CliError({
        sv: 'ange två dataset: dhol diff <gammal> <ny>',
        en: 'name two datasets: dhol diff <old> <new>',
      });
    }
    const before = pickPlan(oldFile, await readDataset(oldFile, io, lang), values['old-plan'], '--old-plan');
    const after = pickPlan(newFile, await readDataset(newFile, io, lang), values['new-plan'], '--new-plan');
    const diff = diffPlans(before, after);
    io.stdout(values.json ? `${JSON.stringify(diffToJson(diff), null, 2)}\n` : formatDiff(diff, lang));
    return diff.identical ? 0 : 1;
  },
};
