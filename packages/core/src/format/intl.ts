/**
 * `Intl` formatters cached per locale and options. Building an `Intl.NumberFormat` costs far more than using one
 * (a chart of a few thousand values spent most of its time constructing them), so every formatter in dhol comes
 * from here. The caches are small: dhol speaks two locales and uses a handful of option sets.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * The cache key of a locale and options: each option's name, type and value in the order given (callers build their
 * options the same way each time). Every option of these formatters is a string, number or boolean; anything else,
 * or a name or value holding the separator, falls back to JSON. Cheaper than `JSON.stringify` on every call, which
 * showed in profiles of tables of hundreds of dates.
 */
function keyOf(locale: string, options: object | undefined): string {
  if (!options) return locale;
  let key = locale;
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const type = typeof value;
    if (
      (type !== 'string' && type !== 'number' && type !== 'boolean') ||
      name.includes('\u0000') ||
      (type === 'string' && (value as string).includes('\u0000'))
    )
      return `${locale}\u0001${JSON.stringify(options)}`;
    key += `\u0000${name}\u0000${type.charAt(0)}${String(value)}`;
  }
  return key;
}

function cached<F, O extends object>(cache: Map<string, F>, create: new (locale: string, options?: O) => F) {
  return (locale: string, options?: O): F => {
    const key = keyOf(locale, options);
    let formatter = cache.get(key);
    if (!formatter) {
      formatter = new create(locale, options);
      cache.set(key, formatter);
    }
    return formatter;
  };
}

/** A shared `Intl.NumberFormat` for this locale and these options. */
export const numberFormat: (locale: string, options?: Intl.NumberFormatOptions) => Intl.NumberFormat =
  /* @__PURE__ */ cached(numberFormats, Intl.NumberFormat);

/** A shared `Intl.DateTimeFormat` for this locale and these options. */
export const dateTimeFormat: (locale: string, options?: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat =
  /* @__PURE__ */ cached(dateFormats, Intl.DateTimeFormat);

/** A shared `Intl.PluralRules` for this locale and these options. */
export const pluralRulesFor: (locale: string, options?: Intl.PluralRulesOptions) => Intl.PluralRules =
  /* @__PURE__ */ cached(pluralRules, Intl.PluralRules);

/** A shared `Intl.ListFormat` for this locale and these options. */
export const listFormat: (locale: string, options?: Intl.ListFormatOptions) => Intl.ListFormat =
  /* @__PURE__ */ cached(listFormats, Intl.ListFormat);
