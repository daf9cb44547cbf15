import { en } from './catalogue.en.js';
import { type Entry, enStates, type Lang, type MessageKey, type Params, sv } from './catalogue.js';

export type { Entry, Lang, MessageKey, Params } from './catalogue.js';

/** The English of a shared string: the states' from the main catalogue, the rest from `catalogue.en.ts`. */
function english(key: MessageKey): Entry | undefined {
  return (
    (enStates as Partial<Record<MessageKey, Entry>>)[key] ?? (en as Partial<Record<MessageKey, Entry>>)[key]
  );
}

/** The language to use for a `lang` value: `en` for any English tag (`en`, `en-GB`), otherwise Swedish. */
export function resolveLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value) ? 'en' : 'sv';
}

/**
 * A message in one language. Unknown keys fall back to Swedish, then to the key itself, so a missing entry is
 * visible rather than a crash.
 */
export function msg(lang: Lang, key: MessageKey, params: Params = {}): string {
  const entry = (lang === 'en' ? english(key) : undefined) ?? sv[key];
  if (entry === undefined) return key;
  return typeof entry === 'function' ? entry(params) : entry;
}

/**
 * A typed message function for one element's own catalogue (`plan.messages.ts` …), with the same fallbacks as
 * `msg`: `const t = defineMessages({ sv: {...}, en: {...} }); t('en', 'filter.goal')`.
 */
export function defineMessages<K extends string>(catalogue: { sv: Record<K, Entry>; en: Record<K, Entry> }) {
  return (lang: Lang, key: K, params: Params = {}): string => {
    const entry = catalogue[lang][key] ?? catalogue.sv[key];
    if (entry === undefined) return key;
    return typeof entry === 'function' ? entry(params) : entry;
  };
}
