/**
 * What `dhol import` and `dhol fetch` share once figures are read: the indicator flags (`--indicator-title`,
 * `--unit`, `--polarity`), putting the figures into an existing dataset (`--dataset`, `--replace`), checking that
 * the result is a valid dataset, and writing it.
 */
import {
  type Dataset,
  FORMAT_VERSION,
  type Indicator,
  IndicatorUnit,
  type Issue,
  mergeFigures,
  Polarity,
  type Result,
  validateDataset,
} from '@dhol/core';
import { areas, nationalFramework } from '@dhol/data';
import { oneOf } from '../args.js';
import { type Context, printLine } from '../command.js';
import { readJsonInput, writeOutput } from '../files.js';
import { countOf, type Lang, nouns } from '../i18n.js';
import { formatInputIssue } from '../report.js';

/** The flags of the indicator that figures are read into, for the sources that describe it poorly or not at all. */
export const indicatorFlags = {
  'indicator-title': { type: 'string' },
  unit: { type: 'string' },
  polarity: { type: 'string' },
} as const;

/** The flags that put figures into an existing dataset. */
export const datasetFlags = {
  dataset: { type: 'string' },
  replace: { type: 'boolean' },
} as const;

/** The indicator metadata the flags give, merged over what the source says. */
export function indicatorMeta(values: {
  'indicator-title'?: string | undefined;
  unit?: string | undefined;
  polarity?: string | undefined;
}): Partial<Omit<Indicator, 'id'>> | undefined {
  const meta: Partial<Omit<Indicator, 'id'>> = {};
  if (values['indicator-title'] !== undefined) meta.title = { sv: values['indicator-title'] };
  const unit = oneOf('unit', values.unit, IndicatorUnit.options);
  if (unit !== undefined) meta.unit = unit;
  const polarity = oneOf('polarity', values.polarity, Polarity.options);
  if (polarity !== undefined) meta.polarity = polarity;
  return Object.keys(meta).length > 0 ? meta : undefined;
}

/** Help lines for the flags above, per language. */
export const figuresHelp: Record<Lang, string[]> = {
  sv: [
    '  --indicator-title <text>   indikatorns titel (över källans)',
    `  --unit <enhet>             indikatorns enhet: ${IndicatorUnit.options.join(', ')}`,
    `  --polarity <riktning>      vad som är bättre: ${Polarity.options.join(', ')}`,
    '  --dataset <fil>            lägg värdena i ett befintligt dataset: ett värde med samma indikator, område,',
    '                             period och kön ersätts där det står, nya läggs till, resten av filen behålls',
    '  --replace                  med --dataset: ta också bort indikatorns värden som inte längre finns i källan',
  ],
  en: [
    '  --indicator-title <text>   the indicator’s title (over the source’s)',
    `  --unit <unit>              the indicator’s unit: ${IndicatorUnit.options.join(', ')}`,
    `  --polarity <direction>     which way is better: ${Polarity.options.join(', ')}`,
    '  --dataset <file>           put the figures into an existing dataset: a figure with the same indicator, area,',
    '                             period and sex is replaced where it stands, new ones are added, the rest is kept',
    '  --replace                  with --dataset: also remove the indicator’s figures the source no longer holds',
  ],
};

/** Prints each issue of a source as one line naming it. */
export function reportIssues(
  context: Context,
  name: string,
  issues: readonly Issue[],
  options: { showPath: boolean },
): void {
  for (const issue of issues)
    printLine(context.io.stderr, formatInputIssue(context.lang, name, issue, options));
}

/**
 * Puts figures read from a source into `--dataset` (or keeps them as a dataset of their own), checks that the
 * result is a valid dataset, and writes it to `--out` or standard output. Returns the exit code: 1 when the
 * result would not be valid, so a broken file is never written.
 */
export async function writeFigures(
  context: Context,
  name: string,
  figures: Dataset,
  values: {
    dataset?: string | undefined;
    replace?: boolean | undefined;
    out?: string | undefined;
    force?: boolean | undefined;
  },
  inputs: readonly string[],
): Promise<number> {
  const { io, lang } = context;
  // Without --dataset the figures are a dataset of their own, keeping what the source said of itself.
  const { indicators: _indicators, observations: _observations, ...own } = figures;
  const base: unknown =
    values.dataset === undefined
      ? { ...own, formatVersion: FORMAT_VERSION }
      : await readJsonInput(io, values.dataset, 1);
  const merged = mergeFigures(base, figures, { replace: values.replace === true });
  let result: Result<Dataset>;
  if (!merged.ok) result = merged;
  else {
    // The figures' own parts plus whatever the dataset held: the whole file must still be valid.
    const { dataset } = merged.value;
    const checked = validateDataset(dataset, {
      frameworks: [nationalFramework],
      areas,
      policy: false,
      now: io.now(),
    });
    result = checked.ok ? { ok: true, value: dataset, issues: [] } : { ok: false, issues: checked.issues };
  }
  if (!result.ok) {
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    const file = values.dataset ?? name;
    reportIssues(context, file, errors, { showPath: true });
    printLine(
      io.stderr,
      lang === 'sv'
        ? `dhol: ${name}: värdena ger inget giltigt dataset (${countOf(lang, errors.length, nouns.error)}); inget skrevs`
        : `dhol: ${name}: the figures do not make a valid dataset (${countOf(lang, errors.length, nouns.error)}); nothing was written`,
    );
    return 1;
  }
  if (merged.ok && values.dataset !== undefined) {
    const { added, changed, unchanged, removed } = merged.value.changes;
    printLine(
      io.stderr,
      lang === 'sv'
        ? `dhol: ${values.dataset}: ${added} nya värden, ${changed} ändrade, ${unchanged} oförändrade, ${removed} borttagna`
        : `dhol: ${values.dataset}: ${added} new figures, ${changed} changed, ${unchanged} unchanged, ${removed} removed`,
    );
  }
  const json = `${JSON.stringify(result.value, null, 2)}\n`;
  if (values.out === undefined) io.stdout(json);
  else {
    const all = [...inputs, values.dataset].filter((input): input is string => input !== undefined);
    await writeOutput(io, values.out, json, { force: values.force === true, inputs: all });
  }
  return 0;
}
