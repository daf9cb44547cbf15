// Renders an element with Lit SSR, given Lit and Lit SSR: no Node API, so the demo's builder runs the same code in
// the browser that `dhol render` runs in Node (see browser.ts).
import { type Dataset, observationsToCsv } from '@dhol/core';
import type { Lang } from '../i18n.js';
import { escapeHtml } from './page.js';

/** The elements `dhol render` can write as static HTML, by the name the command takes. */
export const RENDERABLE_ELEMENTS = [
  'plan',
  'framework',
  'agreement',
  'coverage',
  'indicator',
  'followup',
] as const;

export type RenderableElement = (typeof RENDERABLE_ELEMENTS)[number];

export function isRenderableElement(value: unknown): value is RenderableElement {
  return (RENDERABLE_ELEMENTS as readonly unknown[]).includes(value);
}

/** What to render: one element showing one valid dataset. */
export interface ElementRenderOptions {
  element: RenderableElement;
  /** A dataset that has passed validation; the element validates it again, exactly as it would in a browser. */
  dataset: Dataset;
  lang: Lang;
  /** The plan to show (`plan`, `framework`), by id. */
  plan?: string;
  /** The agreement to show (`agreement`), by id. */
  agreement?: string;
  /** The indicator to show (`indicator`), by id. */
  indicator?: string;
  /** The follow-up period's first and last day (`followup`); a year or month means its first or last day. */
  from?: string;
  to?: string;
  /** The level of the element's top headings, 1–6. */
  headingLevel?: number;
  /** Leaves out the support notice (112, 1177, Mind Självmordslinjen) of `plan`, `agreement` and `followup`. */
  noSupportNotice?: boolean;
  /** A publisher's own support sentence instead of the notice's second line (`plan`, `agreement`, `followup`). */
  supportText?: string;
  /**
   * The dataset's URL, written as the element's `src` attribute, so the element reads the same data again when
   * its script loads. The server-rendered content stays on show until then.
   */
  src?: string;
  /** The clock for "overdue" and "next revision"; the element's own default is the time of rendering. */
  now?: Date;
}

/** Lit and Lit SSR, as the caller loaded them: Node with its DOM shim, or a browser realm of its own. */
export interface SsrModules {
  html: typeof import('lit').html;
  render: typeof import('@lit-labs/ssr').render;
  collectResult: typeof import('@lit-labs/ssr/lib/render-result.js').collectResult;
  ifDefined: typeof import('lit/directives/if-defined.js').ifDefined;
}

/**
 * Lit's part markers (`<!--lit-part …-->`, `<!--lit-node n-->`) are only read when a page hydrates the server's
 * DOM; the elements re-render instead (see `DholElement`), so they are left out. Text and attribute values from
 * data are escaped by Lit, so no data can contain a comment opener that this would match.
 */
function stripPartMarkers(markup: string): string {
  return markup.replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '').replace(/<!--\?lit\$[0-9]+\$-->/g, '');
}

/**
 * Renders one dhol element with Lit SSR: the element's tag with its attributes and a declarative shadow root
 * (`<template shadowrootmode="open">`) holding its styles and everything it shows, so a browser draws it
 * without JavaScript.
 */
export async function renderElementWith(ssr: SsrModules, options: ElementRenderOptions): Promise<string> {
  const { html, render, collectResult, ifDefined } = ssr;
  const { dataset, lang, now } = options;
  const level = options.headingLevel ?? 2;
  const src = ifDefined(options.src);
  const plan = ifDefined(options.plan);
  const agreement = ifDefined(options.agreement);
  const indicator = ifDefined(options.indicator);
  const from = ifDefined(options.from);
  const to = ifDefined(options.to);
  const noNotice = options.noSupportNotice === true;
  const supportText = ifDefined(options.supportText);
  // One template per element: Lit SSR needs the tag written in the template, not bound.
  const result = (() => {
    switch (options.element) {
      case 'plan':
        return html`<dhol-plan .data=${dataset} .now=${now} lang=${lang} heading-level=${level} plan=${plan} ?no-support-notice=${noNotice} support-text=${supportText} src=${src}></dhol-plan>`;
      case 'framework':
        return html`<dhol-framework .data=${dataset} .now=${now} lang=${lang} heading-level=${level} plan=${plan} src=${src}></dhol-framework>`;
      case 'agreement':
        return html`<dhol-agreement .data=${dataset} .now=${now} lang=${lang} heading-level=${level} agreement=${agreement} ?no-support-notice=${noNotice} support-text=${supportText} src=${src}></dhol-agreement>`;
      case 'coverage':
        return html`<dhol-coverage .data=${dataset} .now=${now} lang=${lang} heading-level=${level} src=${src}></dhol-coverage>`;
      case 'indicator':
        return html`<dhol-indicator .data=${dataset} .now=${now} lang=${lang} heading-level=${level} indicator=${indicator} src=${src}></dhol-indicator>`;
      case 'followup':
        return html`<dhol-followup .data=${dataset} .now=${now} lang=${lang} heading-level=${level} plan=${plan} from=${from} to=${to} ?no-support-notice=${noNotice} support-text=${supportText} src=${src}></dhol-followup>`;
    }
  })();
  const markup = stripPartMarkers(await collectResult(render(result)));
  // Lit leaves a space for each bound attribute it left out; one space between attributes is enough.
  const element = markup.replace(/^(<dhol-[a-z]+)\s+/, '$1 ');
  return options.element === 'indicator' ? withCsvDownload(element, dataset, options.indicator) : element;
}

/** Elements that show the support notice, so `noSupportNotice` and `supportText` apply to them. */
export const SUPPORT_NOTICE_ELEMENTS: readonly RenderableElement[] = ['plan', 'agreement', 'followup'];

/**
 * Points the indicator's "Ladda ner värdena som CSV" link at the values themselves, as a `data:` address. The live
 * element makes the file in the browser when the link is reached for; a static page has no script to do that, and
 * its `href="#"` would download the HTML page instead. The values are the ones the element shows: every
 * observation of the chosen indicator (the first without `indicatorId`), written by the same function.
 */
function withCsvDownload(markup: string, dataset: Dataset, indicatorId: string | undefined): string {
  const indicators = dataset.indicators ?? [];
  const indicator =
    indicatorId === undefined ? indicators[0] : indicators.find((candidate) => candidate.id === indicatorId);
  const link = /<a part="download" href="#"/.exec(markup);
  if (!indicator || !link) return markup;
  const csv = observationsToCsv((dataset.observations ?? []).filter((o) => o.indicator === indicator.id));
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  return `${markup.slice(0, link.index)}<a part="download" href="${escapeHtml(href)}"${markup.slice(link.index + link[0].length)}`;
}

/** An element's markup with the styles of its shadow root taken out, and those styles. */
export interface SeparatedStyles {
  markup: string;
  css: string;
}

/**
 * Moves the `<style>` elements at the start of the element's declarative shadow root into a stylesheet the root
 * links to, so the page needs no inline style: a CSP with `style-src 'self'` blocks inline `<style>`, also in a
 * shadow root. A `<link rel="stylesheet">` in a shadow root styles that root only, as the `<style>` did.
 */
export function linkStyles(markup: string, href: string): SeparatedStyles {
  const opening = /^(<dhol-[a-z]+[^>]*><template [^>]*>)((?:<style>[\s\S]*?<\/style>)+)/.exec(markup);
  if (!opening) return { markup, css: '' };
  const [whole, start = '', styles = ''] = opening;
  const css = [...styles.matchAll(/<style>([\s\S]*?)<\/style>/g)]
    .map((match) => (match[1] ?? '').trim())
    .join('\n');
  const link = `<link rel="stylesheet" href="${escapeHtml(href)}">`;
  return { markup: `${start}${link}${markup.slice(whole.length)}`, css: `${css}\n` };
}
