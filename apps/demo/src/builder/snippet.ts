import type { Dataset } from '@dhol/core';
import type { PreviewLang, PreviewTheme } from './storage.js';

export type EmbedTag =
  | 'dhol-plan'
  | 'dhol-followup'
  | 'dhol-coverage'
  | 'dhol-framework'
  | 'dhol-agreement'
  | 'dhol-indicator';

/** One element to embed: its tag and its attributes, in the order they are written. */
export interface EmbedElement {
  /** Stable between edits of the same dataset: the tag and the id it shows, e.g. `dhol-plan:sormland-2026`. */
  key: string;
  tag: EmbedTag;
  attributes: [name: string, value: string][];
  /** What it shows, for the preview's heading and the list of elements to embed. */
  label: { sv: string; en: string };
  /**
   * What the page shows before the element upgrades (JavaScript off, or dhol.js not loaded): a heading, a sentence
   * and a link, in the element's language.
   */
  fallback: { heading: string; text: string };
}

export interface SnippetSettings {
  lang: PreviewLang;
  theme: PreviewTheme;
  /** The level of the elements' top headings, 2–6, as the host page's outline needs. */
  headingLevel: number;
  scriptUrl: string;
  dataUrl: string;
  /** A page that shows the same content without JavaScript (the static export); empty when there is none. */
  staticUrl: string;
}

/** How many indicators get an element of their own; a dataset with more gets the first ones. */
export const MAX_INDICATORS = 6;

/** The heading levels the elements take. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

/** A heading level the elements take: 2–6, else 2. */
export function toHeadingLevel(value: unknown): number {
  const level = Number(value);
  return (HEADING_LEVELS as readonly number[]).includes(level) ? level : 2;
}

/** "Handslag: <title>", unless the title already starts with that word ("Handslag: Det handlar om livet"). */
function labelled(kind: string, title: string): string {
  const starts = title.trimStart().toLocaleLowerCase('sv').startsWith(kind.toLocaleLowerCase('sv'));
  return starts ? title : `${kind}: ${title}`;
}

type Words = { sv: string; en: string };

/** The sentence under each kind of element's fallback heading: what will be shown here. */
const SHOWS: Record<EmbedTag, Words> = {
  'dhol-plan': {
    sv: 'Här visas handlingsplanens dokumentinformation och aktiviteter per delmål.',
    en: "The plan's document information and its activities by sub-goal are shown here.",
  },
  'dhol-followup': {
    sv: 'Här visas planens uppföljning: status per delmål, lägesnoteringar och vad som ändrats.',
    en: "The plan's follow-up is shown here: status by sub-goal, progress notes and what has changed.",
  },
  'dhol-coverage': {
    sv: 'Här visas vilka av strategins delmål planens aktiviteter täcker.',
    en: "Which of the strategy's sub-goals the plan's activities cover is shown here.",
  },
  'dhol-framework': {
    sv: 'Här visas strategins vision, mål och delmål.',
    en: "The strategy's vision, goals and sub-goals are shown here.",
  },
  'dhol-agreement': {
    sv: 'Här visas handslagets parter, åtaganden, styrning och beslut.',
    en: "The agreement's parties, commitments, governance and decisions are shown here.",
  },
  'dhol-indicator': {
    sv: 'Här visas indikatorns värden som diagram, tabell och text.',
    en: "The indicator's values are shown here as a chart, a table and text.",
  },
};

/**
 * The elements that show what a dataset holds: its plans, their follow-up, coverage, agreements, indicators and
 * frameworks.
 */
export function elementsFor(dataset: Dataset, settings: SnippetSettings): EmbedElement[] {
  const common: [string, string][] = [
    ['src', settings.dataUrl],
    ['heading-level', String(toHeadingLevel(settings.headingLevel))],
  ];
  if (settings.lang === 'en') common.push(['lang', 'en']);
  if (settings.theme !== 'auto') common.push(['data-dhol-theme', settings.theme]);
  // `heading`: what the fallback's heading says, the title of what the element shows.
  const out: (Omit<EmbedElement, 'fallback'> & { heading: Words })[] = [];
  const plans = dataset.plans ?? [];
  const several = (list: readonly unknown[]) => list.length > 1;
  // A file of several plans names the one each element shows.
  const planAttributes = (plan: { id: string }): [string, string][] =>
    several(plans) ? [...common, ['plan', plan.id]] : [...common];
  for (const plan of plans) {
    out.push({
      key: `dhol-plan:${plan.id}`,
      tag: 'dhol-plan',
      attributes: planAttributes(plan),
      label: {
        sv: labelled('Handlingsplan', plan.title.sv),
        en: labelled('Plan', plan.title.en ?? plan.title.sv),
      },
      heading: { sv: plan.title.sv, en: plan.title.en ?? plan.title.sv },
    });
  }
  // A follow-up for each current version (one no other plan in the file replaces) that has something to follow up:
  // progress notes, or an earlier version to compare with.
  const replaced = new Set(plans.map((plan) => plan.replaces?.plan));
  for (const plan of plans) {
    const followed = plan.replaces || plan.activities.some((activity) => activity.progress?.length);
    if (replaced.has(plan.id) || !followed) continue;
    // The element's own heading says the same: "Uppföljning: <the plan's title>".
    const label = {
      sv: labelled('Uppföljning', plan.title.sv),
      en: labelled('Follow-up', plan.title.en ?? plan.title.sv),
    };
    out.push({
      key: `dhol-followup:${plan.id}`,
      tag: 'dhol-followup',
      attributes: planAttributes(plan),
      label,
      heading: label,
    });
  }
  if (plans.length > 0) {
    out.push({
      key: 'dhol-coverage',
      tag: 'dhol-coverage',
      attributes: [...common],
      label: { sv: 'Täckning av delmålen', en: 'Coverage of the sub-goals' },
      heading: { sv: 'Vilka delmål planen täcker', en: 'Which sub-goals the plan covers' },
    });
  }
  const agreements = dataset.agreements ?? [];
  for (const agreement of agreements) {
    out.push({
      key: `dhol-agreement:${agreement.id}`,
      tag: 'dhol-agreement',
      attributes: [
        ...common,
        ...(several(agreements) ? ([['agreement', agreement.id]] as [string, string][]) : []),
      ],
      label: {
        sv: labelled('Handslag', agreement.title.sv),
        en: labelled('Agreement', agreement.title.en ?? agreement.title.sv),
      },
      heading: { sv: agreement.title.sv, en: agreement.title.en ?? agreement.title.sv },
    });
  }
  for (const indicator of (dataset.indicators ?? []).slice(0, MAX_INDICATORS)) {
    out.push({
      key: `dhol-indicator:${indicator.id}`,
      tag: 'dhol-indicator',
      attributes: [...common, ['indicator', indicator.id]],
      label: {
        sv: labelled('Indikator', indicator.title.sv),
        en: labelled('Indicator', indicator.title.en ?? indicator.title.sv),
      },
      heading: { sv: indicator.title.sv, en: indicator.title.en ?? indicator.title.sv },
    });
  }
  const frameworks = dataset.frameworks ?? [];
  if (frameworks.length > 0 || plans.length > 0) {
    const first = plans[0];
    out.push({
      key: 'dhol-framework',
      tag: 'dhol-framework',
      attributes: [
        ...common,
        ...(first && frameworks.length === 0 ? ([['plan', first.id]] as [string, string][]) : []),
      ],
      label: { sv: 'Strategins mål och delmål', en: "The strategy's goals and sub-goals" },
      heading: {
        sv: 'Det handlar om livet: strategins mål och delmål',
        en: 'Det handlar om livet: the strategy’s goals and sub-goals',
      },
    });
  }
  return out.map(({ heading, ...element }) => ({
    ...element,
    fallback: { heading: heading[settings.lang], text: SHOWS[element.tag][settings.lang] },
  }));
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The link under a fallback: to the page without JavaScript when there is one, else to the data file. */
function fallbackLink(settings: SnippetSettings): string {
  const en = settings.lang === 'en';
  const [href, words] =
    settings.staticUrl.trim() !== ''
      ? [
          settings.staticUrl.trim(),
          en ? 'Read it on a page without JavaScript' : 'Läs innehållet utan JavaScript',
        ]
      : [settings.dataUrl, en ? 'Open the data file (JSON)' : 'Öppna datafilen (JSON)'];
  return `<a href="${escapeHtml(href)}">${words}</a>`;
}

/**
 * The exact HTML a web team pastes: one script tag, then each element with the text a visitor sees until it
 * upgrades. The text is in the page's own HTML, so it shows with JavaScript off and when the script cannot load.
 */
export function snippetFor(elements: readonly EmbedElement[], settings: SnippetSettings): string {
  const level = toHeadingLevel(settings.headingLevel);
  const lines = [`<script type="module" src="${escapeHtml(settings.scriptUrl)}"></script>`];
  for (const element of elements) {
    const attributes = element.attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
    lines.push(
      `<${element.tag}${attributes}>`,
      `  <h${level}>${escapeHtml(element.fallback.heading)}</h${level}>`,
      `  <p>${escapeHtml(element.fallback.text)} ${fallbackLink(settings)}</p>`,
      `</${element.tag}>`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The room each kind of element keeps while it loads: a plan or an agreement a screen, the others their usual height. */
const ROOM: Record<EmbedTag, string> = {
  'dhol-plan': '100vh',
  'dhol-followup': '100vh',
  'dhol-agreement': '100vh',
  'dhol-coverage': '28rem',
  'dhol-framework': '28rem',
  'dhol-indicator': '28rem',
};

/**
 * CSS for the host page's own stylesheet: room for each element while its script and data load, so the content
 * under it does not jump when it arrives. Only where scripts run: with JavaScript off the fallback text shows, with
 * no empty room under it. (A strict CSP forbids style attributes, so this cannot go into the snippet itself.)
 */
export function roomCssFor(elements: readonly EmbedElement[]): string {
  const byRoom = new Map<string, EmbedTag[]>();
  for (const tag of new Set(elements.map((element) => element.tag))) {
    const room = ROOM[tag];
    byRoom.set(room, [...(byRoom.get(room) ?? []), tag]);
  }
  const rules = [...byRoom].map(
    ([room, tags]) =>
      `  :is(${tags.join(', ')}):is(:not([state]), [state="loading"]) {\n    display: block;\n    min-height: ${room};\n  }`,
  );
  return `@media (scripting: enabled) {\n${rules.join('\n')}\n}\n`;
}

/** The name the data file gets on download: the last part of the address typed in the settings. */
export function downloadName(address: string): string {
  const path = address.split(/[?#]/)[0] ?? '';
  let last = path.slice(path.lastIndexOf('/') + 1);
  try {
    last = decodeURIComponent(last);
  } catch {
    // A broken escape: keep the name as typed.
  }
  // Characters file systems refuse; the browser cleans up the rest of a download's name itself.
  const name = last.replace(/[\\/:*?"<>|]/g, '').trim();
  if (name === '' || name === '.' || name === '..') return 'dataset.json';
  return /\.json$/i.test(name) ? name : `${name}.json`;
}
