/**
 * The file a draft is downloaded as, and the code a web team pastes to show it. Both are plain functions of the
 * dataset so the editor, a host page and the tests write the same text.
 */
import { isObject } from '../../store/path.js';
import { DATASET_SCHEMA_URL } from '../../util/format-version.js';
import { slugify } from '../../util/ids.js';
import { datasetName } from '../names.js';

/** The dataset as the downloaded file holds it: `$schema` first (added when missing), two-space JSON. */
export function datasetFileText(dataset: unknown): string {
  const value =
    isObject(dataset) && dataset['$schema'] === undefined
      ? { $schema: DATASET_SCHEMA_URL, ...dataset }
      : dataset;
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A file name for the dataset: its id, or its name made into one (`sormland-handlingsplan-2026.json`). */
export function datasetFileName(dataset: unknown): string {
  const id = isObject(dataset) && typeof dataset['id'] === 'string' ? dataset['id'] : '';
  return `${slugify(id || datasetName(dataset, 'sv'), 'dataset')}.json`;
}

export interface SnippetSettings {
  /** Where the web team hosts `dhol.js`. */
  scriptUrl: string;
  /** Where the web team hosts the dataset file. */
  dataUrl: string;
  lang: 'sv' | 'en';
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a web team pastes: the script tag, then one element per plan and handslag and one per indicator (the
 * first six), each reading the dataset from `dataUrl`. A dataset with more than one of a kind names which one.
 */
export function embedSnippet(dataset: unknown, settings: SnippetSettings): string {
  const ids = (key: string): string[] => {
    const list = isObject(dataset) && Array.isArray(dataset[key]) ? dataset[key] : [];
    return list.flatMap((item) => (isObject(item) && typeof item['id'] === 'string' ? [item['id']] : []));
  };
  const common = ` src="${attribute(settings.dataUrl)}"${settings.lang === 'en' ? ' lang="en"' : ''}`;
  const lines = [`<script type="module" src="${attribute(settings.scriptUrl)}"></script>`];
  const plans = ids('plans');
  for (const id of plans) {
    lines.push(`<dhol-plan${common}${plans.length > 1 ? ` plan="${attribute(id)}"` : ''}></dhol-plan>`);
  }
  if (plans.length > 0) lines.push(`<dhol-coverage${common}></dhol-coverage>`);
  const agreements = ids('agreements');
  for (const id of agreements) {
    lines.push(
      `<dhol-agreement${common}${agreements.length > 1 ? ` agreement="${attribute(id)}"` : ''}></dhol-agreement>`,
    );
  }
  for (const id of ids('indicators').slice(0, 6)) {
    lines.push(`<dhol-indicator${common} indicator="${attribute(id)}"></dhol-indicator>`);
  }
  return `${lines.join('\n')}\n`;
}
