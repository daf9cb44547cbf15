import { type InputFormat, isInputFormat } from './convert.js';
import { toHeadingLevel } from './snippet.js';

/** The language the elements speak and the theme they take. */
export type PreviewLang = 'sv' | 'en';
export type PreviewTheme = 'auto' | 'light' | 'dark';

/** Everything the builder remembers between visits. */
export interface Draft {
  text: string;
  format: InputFormat;
  lang: PreviewLang;
  theme: PreviewTheme;
  /** The level of the elements' top headings, 2–6. */
  headingLevel: number;
  /** Where the web team will host dhol.js. */
  scriptUrl: string;
  /** Where the web team will host the dataset. */
  dataUrl: string;
  /** A page with the same content without JavaScript, for the text shown before the elements upgrade. */
  staticUrl: string;
  /** The elements the web team chose not to embed, by key (`dhol-coverage`, `dhol-indicator:<id>` …). */
  omitted: string[];
  /** When the draft was last saved, ISO 8601; empty when never. */
  savedAt: string;
}

export const STORAGE_KEY = 'dhol-demo:builder:v1';

export const defaultDraft: Draft = {
  text: '',
  format: 'json',
  lang: 'sv',
  theme: 'auto',
  headingLevel: 2,
  scriptUrl: '/dhol/dhol.js',
  dataUrl: '/dhol/dataset.json',
  staticUrl: '',
  omitted: [],
  savedAt: '',
};

const isString = (value: unknown): value is string => typeof value === 'string';

/** Reads the saved draft; anything missing or malformed falls back to the defaults, field by field. */
export function loadDraft(storage: Pick<Storage, 'getItem'> | undefined): Draft | undefined {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  let value: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return undefined;
    value = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  return {
    text: isString(value['text']) ? value['text'] : defaultDraft.text,
    format: isInputFormat(value['format']) ? value['format'] : defaultDraft.format,
    lang: value['lang'] === 'en' ? 'en' : 'sv',
    theme: value['theme'] === 'light' || value['theme'] === 'dark' ? value['theme'] : 'auto',
    headingLevel: toHeadingLevel(value['headingLevel'] ?? defaultDraft.headingLevel),
    scriptUrl: isString(value['scriptUrl']) ? value['scriptUrl'] : defaultDraft.scriptUrl,
    dataUrl: isString(value['dataUrl']) ? value['dataUrl'] : defaultDraft.dataUrl,
    staticUrl: isString(value['staticUrl']) ? value['staticUrl'] : defaultDraft.staticUrl,
    omitted: Array.isArray(value['omitted']) ? value['omitted'].filter(isString) : [],
    savedAt: isString(value['savedAt']) ? value['savedAt'] : '',
  };
}

/** Saves the draft; says why when the browser refuses (storage off, full, private mode). */
export function saveDraft(
  storage: Pick<Storage, 'setItem'> | undefined,
  draft: Draft,
): { ok: true } | { ok: false; reason: string } {
  if (!storage) return { ok: false, reason: 'webbläsarens lagring är inte tillgänglig' };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(draft));
    return { ok: true };
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return { ok: false, reason: full ? 'lagringen är full' : 'webbläsaren tillåter inte lagring' };
  }
}
