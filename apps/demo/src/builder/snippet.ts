import type { Dataset } from '@dhol/core';
import type { PreviewLang, PreviewTheme } from './storage.js';

/** One element to embed: its tag and its attributes, in the order they are written. */
export interface EmbedElement {
  tag: 'dhol-plan' | 'dhol-coverage' | 'dhol-framework' | 'dhol-agreement' | 'dhol-indicator';
  attributes: [name: string, value: string][];
  /** What it shows, for the preview's heading. */
  label: { sv: string; en: string };
}

export interface SnippetSettings {
  lang: PreviewLang;
  theme: PreviewTheme;
  scriptUrl: string;
  dataUrl: string;
}

/** How many indicators get an element of their own; a dataset with more gets the first ones. */
export const MAX_INDICATORS = 6;

/** "Handslag: <title>", unless the title already starts with that word ("Handslag: Det handlar om livet"). */
function labelled(kind: string, title: string): string {
  const starts = title.trimStart().toLocaleLowerCase('sv').startsWith(kind.toLocaleLowerCase('sv'));
  return starts ? title : `${kind}: ${title}`;
}

/** The elements that show what a dataset holds: its plans, coverage, agreements, indicators and frameworks. */
export function elementsFor(dataset: Dataset, settings: SnippetSettings): EmbedElement[] {
  const common: [string, string][] = [['src', settings.dataUrl]];
  if (settings.lang === 'en') common.push(['lang', 'en']);
  if (settings.theme !== 'auto') common.push(['data-dhol-theme', settings.theme]);
  const out: EmbedElement[] = [];
  const plans = dataset.plans ?? [];
  const several = (list: readonly unknown[]) => list.length > 1;
  for (const plan of plans) {
    out.push({
      tag: 'dhol-plan',
      attributes: [...common, ...(several(plans) ? ([['plan', plan.id]] as [string, string][]) : [])],
      label: {
        sv: labelled('Handlingsplan', plan.title.sv),
        en: labelled('Plan', plan.title.en ?? plan.title.sv),
      },
    });
  }
  if (plans.length > 0) {
    out.push({
      tag: 'dhol-coverage',
      attributes: [...common],
      label: { sv: 'Täckning av delmålen', en: 'Coverage of the sub-goals' },
    });
  }
  const agreements = dataset.agreements ?? [];
  for (const agreement of agreements) {
    out.push({
      tag: 'dhol-agreement',
      attributes: [
        ...common,
        ...(several(agreements) ? ([['agreement', agreement.id]] as [string, string][]) : []),
      ],
      label: {
        sv: labelled('Handslag', agreement.title.sv),
        en: labelled('Agreement', agreement.title.en ?? agreement.title.sv),
      },
    });
  }
  for (const indicator of (dataset.indicators ?? []).slice(0, MAX_INDICATORS)) {
    out.push({
      tag: 'dhol-indicator',
      attributes: [...common, ['indicator', indicator.id]],
      label: {
        sv: labelled('Indikator', indicator.title.sv),
        en: labelled('Indicator', indicator.title.en ?? indicator.title.sv),
      },
    });
  }
  const frameworks = dataset.frameworks ?? [];
  if (frameworks.length > 0 || plans.length > 0) {
    const first = plans[0];
    out.push({
      tag: 'dhol-framework',
      attributes: [
        ...common,
        ...(first && frameworks.length === 0 ? ([['plan', first.id]] as [string, string][]) : []),
      ],
      label: { sv: 'Strategins mål och delmål', en: "The strategy's goals and sub-goals" },
    });
  }
  return out;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The exact HTML a web team pastes: one script tag and one line per element. */
export function snippetFor(elements: readonly EmbedElement[], settings: SnippetSettings): string {
  const lines = [`<script type="module" src="${escapeAttribute(settings.scriptUrl)}"></script>`];
  for (const element of elements) {
    const attributes = element.attributes
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    lines.push(`<${element.tag}${attributes}></${element.tag}>`);
  }
  return `${lines.join('\n')}\n`;
}
