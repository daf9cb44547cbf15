import { formatPeriod } from '../format/date.js';
import { listFormat } from '../format/intl.js';
import { sexLabel } from '../format/labels.js';
import { asLang, type Lang, localeOf } from '../format/lang.js';
import { formatNumber, formatValue } from '../format/number.js';
import { localize } from '../format/text.js';
import type { Area, Dataset, Indicator, Observation, Sex } from '../model/index.js';
import { isAboutYoungPeople } from './audience.js';
import { compareAreas, type ParentDifference, sexGap } from './compare.js';
import { type Figure, hasValue } from './figures.js';
import { trend } from './trend.js';

/** An indicator with its observations, and optionally the areas that name codes and give parents. */
export interface IndicatorData {
  indicator: Indicator;
  observations: readonly Observation[];
  areas?: readonly Area[];
}

export interface IndicatorSelection {
  /** The indicator id; needed for a dataset holding several indicators. */
  indicator?: string;
  /** The area code to describe, e.g. `1907`. */
  area: string;
  /** Defaults to the latest period with figures for the area. */
  period?: string;
  /** Area names and parents, added to any the data carries. */
  areas?: readonly Area[];
  /** Say girls and boys rather than women and men; by default guessed from the indicator's population and title. */
  young?: boolean;
}

const SEXES: readonly Sex[] = ['T', 'K', 'M'];

function resolve(
  input: Dataset | IndicatorData | undefined | null,
  selection: IndicatorSelection | undefined,
): IndicatorData | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const extraAreas = selection?.areas ?? [];
  if ('indicator' in input && input.indicator && typeof input.indicator === 'object') {
    const data = input as IndicatorData;
    if (selection?.indicator !== undefined && data.indicator.id !== selection.indicator) return undefined;
    return {
      indicator: data.indicator,
      observations: Array.isArray(data.observations) ? data.observations : [],
      areas: [...extraAreas, ...(data.areas ?? [])],
    };
  }
  const dataset = input as Dataset;
  const indicators = Array.isArray(dataset.indicators) ? dataset.indicators : [];
  const indicator =
    selection?.indicator !== undefined
      ? indicators.find((i) => i?.id === selection.indicator)
      : indicators.length === 1
        ? indicators[0]
        : undefined;
  if (!indicator) return undefined;
  return {
    indicator,
    observations: Array.isArray(dataset.observations) ? dataset.observations : [],
    areas: [...extraAreas],
  };
}

function areaName(code: string, areas: readonly Area[] | undefined, lang: Lang): string {
  if (code === '00') return lang === 'en' ? 'Sweden' : 'riket';
  const found = areas?.find((a) => a?.code === code);
  if (found?.name) return found.name;
  if (/^\d{2}$/.test(code)) return lang === 'en' ? `county ${code}` : `län ${code}`;
  return lang === 'en' ? `municipality ${code}` : `kommun ${code}`;
}

function list(items: string[], lang: Lang): string {
  return listFormat(localeOf(lang), { type: 'conjunction' }).format(items);
}

function periodPhrase(period: string, lang: Lang): string {
  const span = period.includes('-');
  const text = formatPeriod(period);
  if (lang === 'en') return `in ${text}`;
  return span ? `åren ${text}` : `år ${text}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

interface Words {
  noIndicator: string;
  noFigures: string;
  allSuppressed: string;
  noValues: string;
  among: (label: string) => string;
  total: string;
  everyone: string;
  suppressed: (labels: string[]) => string;
  missing: (labels: string[]) => string;
  comparison: (items: string[]) => string;
  better: string;
  worse: string;
  same: string;
  higher: string;
  lower: string;
  that: (clauses: string[]) => string;
  notClear: (names: string[]) => string;
  sexNotClear: (women: string, men: string) => string;
  preliminary: string;
  trend: Record<'better' | 'worse' | 'changed', string>;
  trendSentence: (from: string, to: string, verb: string, a: string, b: string) => string;
  unchanged: (from: string, to: string, b: string) => string;
  trendNotClear: (from: string, a: string, to: string, b: string) => string;
  gapsSuppressed: (n: number, count: string) => string;
  gapsMissing: (n: number, count: string) => string;
}

const WORDS: Record<Lang, Words> = {
  sv: {
    noIndicator: 'Det finns ingen indikator att beskriva.',
    noFigures: 'det finns inga värden',
    allSuppressed: 'alla värden är sekretessmarkerade',
    noValues: 'inga värden är publicerade',
    among: (label) => `bland ${label}`,
    total: 'totalt',
    everyone: 'samtliga',
    suppressed: (labels) =>
      labels.length === 1
        ? `Värdet för ${labels[0]} är sekretessmarkerat.`
        : `Värdena för ${list(labels, 'sv')} är sekretessmarkerade.`,
    missing: (labels) =>
      labels.length === 1 ? `Värdet för ${labels[0]} saknas.` : `Värdena för ${list(labels, 'sv')} saknas.`,
    comparison: (items) => `Som jämförelse: ${list(items, 'sv')}.`,
    better: 'bättre än i',
    worse: 'sämre än i',
    same: 'på samma nivå som i',
    higher: 'högre än i',
    lower: 'lägre än i',
    that: (clauses) => `Det är ${list(clauses, 'sv')}.`,
    notClear: (names) => `Skillnaden mot ${list(names, 'sv')} är inte statistiskt säker.`,
    sexNotClear: (women, men) => `Skillnaden mellan ${women} och ${men} är inte statistiskt säker.`,
    preliminary: 'Värdena är preliminära och kan ändras.',
    trend: { better: 'förbättrats', worse: 'försämrats', changed: 'ändrats' },
    trendSentence: (from, to, verb, a, b) =>
      `Från ${from} till ${to} har värdet ${verb} från ${a} till ${b}.`,
    unchanged: (from, to, b) => `Från ${from} till ${to} är värdet oförändrat (${b}).`,
    trendNotClear: (from, a, to, b) =>
      `Förändringen från ${from} (${a}) till ${to} (${b}) är inte statistiskt säker.`,
    gapsSuppressed: (n, count) =>
      n === 1
        ? 'Ett värde i tidsserien är sekretessmarkerat.'
        : `${count} värden i tidsserien är sekretessmarkerade.`,
    gapsMissing: (n, count) =>
      n === 1 ? 'Ett värde i tidsserien saknas.' : `${count} värden i tidsserien saknas.`,
  },
  en: {
    noIndicator: 'There is no indicator to describe.',
    noFigures: 'there are no figures',
    allSuppressed: 'all values are suppressed',
    noValues: 'no values are published',
    among: (label) => `among ${label}`,
    total: 'overall',
    everyone: 'everyone',
    suppressed: (labels) =>
      labels.length === 1
        ? `The value for ${labels[0]} is suppressed.`
        : `The values for ${list(labels, 'en')} are suppressed.`,
    missing: (labels) =>
      labels.length === 1
        ? `There is no value for ${labels[0]}.`
        : `There are no values for ${list(labels, 'en')}.`,
    comparison: (items) => `For comparison: ${list(items, 'en')}.`,
    better: 'better than in',
    worse: 'worse than in',
    same: 'at the same level as in',
    higher: 'higher than in',
    lower: 'lower than in',
    that: (clauses) => `That is ${list(clauses, 'en')}.`,
    notClear: (names) => `The difference from ${list(names, 'en')} is not statistically clear.`,
    sexNotClear: (women, men) => `The difference between ${women} and ${men} is not statistically clear.`,
    preliminary: 'The values are preliminary and may change.',
    trend: { better: 'improved', worse: 'worsened', changed: 'changed' },
    trendSentence: (from, to, verb, a, b) => `From ${from} to ${to} the value ${verb} from ${a} to ${b}.`,
    unchanged: (from, to, b) => `From ${from} to ${to} the value stayed the same (${b}).`,
    trendNotClear: (from, a, to, b) =>
      `The change from ${from} (${a}) to ${to} (${b}) is not statistically clear.`,
    gapsSuppressed: (n, count) =>
      n === 1 ? 'One value in the series is suppressed.' : `${count} values in the series are suppressed.`,
    gapsMissing: (n, count) =>
      n === 1 ? 'One value in the series is missing.' : `${count} values in the series are missing.`,
  },
};

/**
 * A short text, in Swedish or English, that says what a chart of an indicator shows for an area: the latest (or
 * chosen) period's value overall and by sex, which values are suppressed or missing, the parent areas' values and
 * how the area compares (by the indicator's polarity, and whether the difference is statistically clear), and the
 * change over time when there are several periods. Built from the data, so it changes when the data does.
 */
export function summariseIndicator(
  input: Dataset | IndicatorData | undefined | null,
  selection: IndicatorSelection,
  lang: Lang = 'sv',
): string {
  const language = asLang(lang);
  const w = WORDS[language];
  const data = resolve(input, selection);
  if (!data) return w.noIndicator;
  const { indicator, observations, areas } = data;
  const area = typeof selection?.area === 'string' ? selection.area : '';
  const title = localize(indicator.title, language) || indicator.id;
  const name = areaName(area, areas, language);
  const young = selection?.young ?? isAboutYoungPeople(indicator);
  const label = (sex: Sex) => (sex === 'T' ? w.everyone : sexLabel(sex, language, { young }));
  const show = (figure: Figure & { value: number }) =>
    formatValue(figure.value, indicator.unit, {
      lang: language,
      ...(indicator.decimals !== undefined ? { decimals: indicator.decimals } : {}),
      ...(indicator.unitLabel ? { unitLabel: indicator.unitLabel } : {}),
    });

  const comparison = compareAreas(observations as Observation[], {
    indicator,
    area,
    ...(selection?.period ? { period: selection.period } : {}),
    ...(areas && areas.length > 0 ? { areas } : {}),
  });
  const own = comparison.areas[0];
  const where = `${title} ${language === 'en' ? 'in' : 'i'} ${name}`;
  if (!comparison.period || !own || Object.keys(own.values).length === 0) return `${where}: ${w.noFigures}.`;

  const lead = `${where} ${periodPhrase(comparison.period, language)}`;
  const sentences: string[] = [];
  const present = SEXES.filter((sex) => own.values[sex] !== undefined);
  const valued = present.filter((sex) => hasValue(own.values[sex]));

  if (valued.length === 0) {
    const allSuppressed = present.every((sex) => own.values[sex]?.status === 'suppressed');
    sentences.push(`${lead}: ${allSuppressed ? w.allSuppressed : w.noValues}.`);
  } else {
    const parts = valued.map((sex) => {
      const text = show(own.values[sex] as Figure & { value: number });
      if (sex === 'T') return valued.length > 1 ? `${text} ${w.total}` : text;
      return `${text} ${w.among(sexLabel(sex, language, { young }))}`;
    });
    sentences.push(`${lead}: ${list(parts, language)}.`);
    const suppressed = present.filter((sex) => own.values[sex]?.status === 'suppressed').map(label);
    const missing = present
      .filter((sex) => !hasValue(own.values[sex]) && own.values[sex]?.status !== 'suppressed')
      .map(label);
    if (suppressed.length > 0) sentences.push(w.suppressed(suppressed));
    if (missing.length > 0) sentences.push(w.missing(missing));
    if (valued.some((sex) => own.values[sex]?.status === 'preliminary')) sentences.push(w.preliminary);
    const gap = sexGap(observations as Observation[], { indicator, area, period: comparison.period });
    if (gap.isClear === false) sentences.push(w.sexNotClear(label('K'), label('M')));
    sentences.push(
      ...compareSentences(comparison.areas.slice(1), own.differences, own.values, areas, language, show),
    );
  }

  const series = trend(observations as Observation[], { indicator, area, sex: 'T' });
  if (series.points.length > 1) {
    if (series.first && series.last) {
      const from = formatPeriod(series.first.period);
      const to = formatPeriod(series.last.period);
      const a = show(series.first as Figure & { value: number });
      const b = show(series.last as Figure & { value: number });
      if (series.verdict === 'unchanged') sentences.push(w.unchanged(from, to, b));
      else if (series.verdict === 'unclear') sentences.push(w.trendNotClear(from, a, to, b));
      else sentences.push(w.trendSentence(from, to, w.trend[series.verdict], a, b));
    }
    const count = (n: number) => formatNumber(n, { lang: language, decimals: 0 });
    if (series.suppressed > 0) sentences.push(w.gapsSuppressed(series.suppressed, count(series.suppressed)));
    if (series.missing > 0) sentences.push(w.gapsMissing(series.missing, count(series.missing)));
  }
  return sentences.map(capitalise).join(' ');
}

function compareSentences(
  parents: { code: string; values: Partial<Record<Sex, Figure>> }[],
  differences: ParentDifference[],
  ownValues: Partial<Record<Sex, Figure>>,
  areas: readonly Area[] | undefined,
  lang: Lang,
  show: (figure: Figure & { value: number }) => string,
): string[] {
  const w = WORDS[lang];
  const items: string[] = [];
  for (const parent of parents) {
    const value = parent.values.T;
    if (hasValue(value)) items.push(`${areaName(parent.code, areas, lang)} ${show(value)}`);
  }
  if (items.length === 0 || !hasValue(ownValues.T)) return items.length > 0 ? [w.comparison(items)] : [];
  const clauses: Record<'better' | 'worse' | 'same' | 'higher' | 'lower', string[]> = {
    better: [],
    worse: [],
    same: [],
    higher: [],
    lower: [],
  };
  const notClear: string[] = [];
  for (const entry of differences) {
    const result = entry.bySex.T;
    if (!result || result.difference === undefined) continue;
    const name = areaName(entry.parent, areas, lang);
    if (result.verdict === 'unclear') notClear.push(name);
    else if (result.verdict === 'different') clauses[result.difference > 0 ? 'higher' : 'lower'].push(name);
    else clauses[result.verdict].push(name);
  }
  const phrases = (Object.keys(clauses) as (keyof typeof clauses)[])
    .filter((key) => clauses[key].length > 0)
    .map((key) => `${w[key]} ${list(clauses[key], lang)}`);
  const out = [w.comparison(items)];
  if (phrases.length > 0) out.push(w.that(phrases));
  if (notClear.length > 0) out.push(w.notClear(notClear));
  return out;
}
