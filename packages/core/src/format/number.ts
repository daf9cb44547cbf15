import type { IndicatorUnit, LocalizedText } from '../model/index.js';
import { numberFormat, pluralRulesFor } from './intl.js';
import { asLang, type Lang, localeOf } from './lang.js';

/** How to format a number: the language and, when set, exactly this many decimals. */
export interface NumberFormatOptions {
  lang?: Lang;
  /** Exactly this many decimals; without it, up to one decimal is shown and trailing zeros are dropped. */
  decimals?: number;
}

export interface ValueFormatOptions extends NumberFormatOptions {
  /** The indicator's own unit wording, shown after the number instead of the default for the unit. */
  unitLabel?: LocalizedText;
}

/** Shown for a value that is not a finite number. */
export const NO_VALUE = '–';

function digits(decimals: number | undefined): Intl.NumberFormatOptions {
  if (decimals === undefined || !Number.isFinite(decimals)) return { maximumFractionDigits: 1 };
  const d = Math.min(6, Math.max(0, Math.trunc(decimals)));
  return { minimumFractionDigits: d, maximumFractionDigits: d };
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A number as Swedish (`1 234,5`) or English (`1,234.5`) readers write it; `–` when there is no number. */
export function formatNumber(value: number | null | undefined, options: NumberFormatOptions = {}): string {
  if (!isNumber(value)) return NO_VALUE;
  return numberFormat(localeOf(options?.lang), digits(options?.decimals)).format(value);
}

const PER_SV = (n: string) => `per ${n} invånare`;
const PER_EN = (n: string) => `per ${n} inhabitants`;

function unitSuffix(unit: IndicatorUnit, value: number, lang: Lang): string {
  const locale = localeOf(lang);
  switch (unit) {
    case 'per100k':
    case 'per1000': {
      const base = numberFormat(locale).format(unit === 'per100k' ? 100_000 : 1_000);
      return lang === 'en' ? PER_EN(base) : PER_SV(base);
    }
    case 'days': {
      const one = pluralRulesFor(locale).select(value) === 'one';
      if (lang === 'en') return one ? 'day' : 'days';
      return one ? 'dag' : 'dagar';
    }
    default:
      return '';
  }
}

/**
 * A value with its unit: `48 %` (with the non-breaking space Swedish uses) or `48%`, `12,3 per 100 000 invånare`,
 * `3 dagar`. A percent value is a share 0–100, as the model stores it. `–` when there is no number.
 */
export function formatValue(
  value: number | null | undefined,
  unit: IndicatorUnit | undefined,
  options: ValueFormatOptions = {},
): string {
  if (!isNumber(value)) return NO_VALUE;
  const lang = asLang(options?.lang);
  if (options?.unitLabel) {
    const label = options?.unitLabel[lang] ?? options?.unitLabel.sv;
    return `${formatNumber(value, { ...options, lang })}\u00a0${label}`;
  }
  if (unit === 'percent') {
    return numberFormat(localeOf(lang), { style: 'percent', ...digits(options?.decimals) }).format(
      value / 100,
    );
  }
  const number = formatNumber(value, { ...options, lang });
  const suffix = unit ? unitSuffix(unit, value, lang) : '';
  return suffix ? `${number}\u00a0${suffix}` : number;
}

/**
 * A difference between two values, always signed: `+4 procentenheter` / `+4 percentage points` for percentages,
 * otherwise the number with the unit (`−2,1 per 100 000 invånare`). `–` when there is no number.
 */
export function formatDifference(
  value: number | null | undefined,
  unit: IndicatorUnit | undefined,
  options: ValueFormatOptions = {},
): string {
  if (!isNumber(value)) return NO_VALUE;
  const lang = asLang(options?.lang);
  const signed = numberFormat(localeOf(lang), {
    signDisplay: 'exceptZero',
    ...digits(options?.decimals),
  }).format(value);
  if (unit === 'percent' && !options?.unitLabel) {
    const one = Math.abs(value) === 1;
    const label =
      lang === 'en'
        ? one
          ? 'percentage point'
          : 'percentage points'
        : one
          ? 'procentenhet'
          : 'procentenheter';
    return `${signed}\u00a0${label}`;
  }
  const suffix = options?.unitLabel
    ? (options?.unitLabel[lang] ?? options?.unitLabel.sv)
    : unit
      ? unitSuffix(unit, value, lang)
      : '';
  return suffix ? `${signed}\u00a0${suffix}` : signed;
}
