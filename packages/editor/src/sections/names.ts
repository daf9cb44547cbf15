/**
 * Names of things in a dataset as people read them: in the list of drafts, in the navigation, in the error
 * summary. Everything is read defensively: the draft may be any JSON.
 */
import { type Lang, msg } from '../i18n/messages.js';
import { isObject } from '../store/path.js';

/** A localized text in `lang`, falling back to Swedish; empty when there is none. */
export function textOf(value: unknown, lang: Lang): string {
  if (!isObject(value)) return '';
  const own = value[lang];
  if (typeof own === 'string' && own.trim() !== '') return own;
  const sv = value['sv'];
  return typeof sv === 'string' ? sv : '';
}

/** The title of the item at `collection[index]` (a plan, an agreement, an indicator). */
export function titleOf(data: unknown, collection: string, index: number, lang: Lang): string {
  const list = isObject(data) ? data[collection] : undefined;
  const item = Array.isArray(list) ? list[index] : undefined;
  return isObject(item) ? textOf(item['title'], lang) : '';
}

/** The name a draft goes by: its first plan's, handslag's or indicator's title, or the dataset's own. */
export function datasetName(data: unknown, lang: Lang): string {
  for (const collection of ['plans', 'agreements', 'indicators']) {
    const title = titleOf(data, collection, 0, lang).trim();
    if (title) return title;
  }
  const own = isObject(data) ? textOf(data['title'], lang).trim() : '';
  return own || msg(lang, 'draft.untitled');
}
