// What `dhol render` writes around a rendered element: the note on which data it shows, the styles inline or in a
// stylesheet, and the fragment or the whole page. No Node API: the demo's builder writes its "statisk HTML" with
// this same code in the browser.
import { currentPlan, type Dataset } from '@dhol/core';
import type { Lang } from '../i18n.js';
import { linkStyles, type RenderableElement } from './element.js';
import { htmlPage, pageTitle, scriptTag } from './page.js';

/** Which data a static element shows: enough to tell it from another version of the same file. */
export interface DataVersion {
  /** The dataset's `id`, when it has one. */
  dataset?: string;
  /** The dataset's `updated` date. */
  updated?: string;
  /** The shown plan's `version` (plan, framework and followup elements). */
  planVersion?: string;
  /** The first 16 hex digits of the SHA-256 of the dataset as JSON: differs whenever the content does. */
  sha256: string;
  /** The day the HTML was written, `YYYY-MM-DD`. */
  rendered: string;
}

/** The data version of `dataset` as shown by `element`, written on `now`. */
export async function dataVersion(
  dataset: Dataset,
  element: RenderableElement,
  ids: { plan?: string },
  now: Date,
): Promise<DataVersion> {
  const bytes = new TextEncoder().encode(JSON.stringify(dataset));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  const sha256 = [...digest.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  const plans = dataset.plans ?? [];
  // The plan the element shows, as pageTitle picks it: the newest version for a follow-up, else the first.
  const plan =
    element === 'followup'
      ? currentPlan(plans, ids.plan)
      : element === 'plan' || element === 'framework'
        ? ids.plan === undefined
          ? plans[0]
          : plans.find((candidate) => candidate.id === ids.plan)
        : undefined;
  return {
    ...(dataset.id !== undefined ? { dataset: dataset.id } : {}),
    ...(dataset.updated !== undefined ? { updated: dataset.updated } : {}),
    ...(plan?.version !== undefined ? { planVersion: plan.version } : {}),
    sha256,
    rendered: now.toISOString().slice(0, 10),
  };
}

/** Text for inside an HTML comment: no `--`, no angle brackets. */
const commentSafe = (text: string) => text.replace(/-{2,}/g, '–').replace(/[<>]/g, '');

/**
 * A comment for the person who reads the page's source: what the static element shows and from which data, and
 * that it must be written again when the data changes.
 */
function versionComment(
  element: RenderableElement,
  title: string,
  version: DataVersion,
  lang: Lang,
  tool: string,
): string {
  const sv = lang === 'sv';
  const facts = [
    version.dataset !== undefined ? `${sv ? 'datasetet' : 'dataset'} ${version.dataset}` : undefined,
    version.planVersion !== undefined
      ? `${sv ? 'planens version' : 'plan version'} ${version.planVersion}`
      : undefined,
    version.updated !== undefined ? `${sv ? 'uppdaterat' : 'updated'} ${version.updated}` : undefined,
    `${sv ? 'innehåll' : 'content'} sha256:${version.sha256}`,
  ].filter((fact) => fact !== undefined);
  const text = sv
    ? `Statisk HTML skriven ${version.rendered} med dhol ${tool}: dhol-${element} med ”${title}” ur ${facts.join(', ')}. Skriv den på nytt när datafilen ändras; med skriptet tar det levande elementet över.`
    : `Static HTML written ${version.rendered} with dhol ${tool}: dhol-${element} showing “${title}” from ${facts.join(', ')}. Write it again when the data file changes; with the script the live element takes over.`;
  return `<!-- ${commentSafe(text)} -->`;
}

/** The data version as attributes on the element's tag, for tools that check a page against its data file. */
function withVersionAttributes(markup: string, version: DataVersion): string {
  const attributes = [
    ['data-dhol-dataset', version.dataset],
    ['data-dhol-plan-version', version.planVersion],
    ['data-dhol-updated', version.updated],
    ['data-dhol-sha256', version.sha256],
    ['data-dhol-rendered', version.rendered],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return markup.replace(/^(<dhol-[a-z]+[^>]*)>/, `$1${attributes}>`);
}

export interface StaticOptions {
  element: RenderableElement;
  dataset: Dataset;
  lang: Lang;
  /** The plan, agreement or indicator shown, by id, for the page title and the data version. */
  plan?: string;
  agreement?: string;
  indicator?: string;
  /** Only the element (after the script tag, if any), for pasting into a page; else a whole page. */
  fragment?: boolean;
  /**
   * The level of the element's top headings. On a whole page, an element at level 1 is the page's h1; at any other
   * level (or none given) the page's title is written as its h1 above the element.
   */
  headingLevel?: number;
  /** The address of dhol.js, loaded as a module so the element comes alive. */
  script?: string;
  /**
   * The address of a stylesheet to hold the element's styles, which its shadow root then links to; without it the
   * styles stay inline (a CSP with `style-src 'self'` blocks them). In a fragment it must not be relative: the page
   * the fragment is pasted into decides what a relative address means.
   */
  cssHref?: string;
  now: Date;
  /** The version of dhol that writes the HTML. */
  tool: string;
}

/** The static HTML and, with `cssHref`, the stylesheet it links to. */
export interface StaticOutput {
  html: string;
  css?: string;
}

/** Puts a rendered element (from `renderElement`) into the HTML `dhol render` writes. */
export async function staticHtml(markup: string, options: StaticOptions): Promise<StaticOutput> {
  const { element, dataset, lang } = options;
  const ids = {
    ...(options.plan !== undefined ? { plan: options.plan } : {}),
    ...(options.agreement !== undefined ? { agreement: options.agreement } : {}),
    ...(options.indicator !== undefined ? { indicator: options.indicator } : {}),
  };
  const title = pageTitle(element, dataset, lang, ids);
  const version = await dataVersion(dataset, element, ids, options.now);
  let body = withVersionAttributes(markup, version);
  let css: string | undefined;
  if (options.cssHref !== undefined) {
    const separated = linkStyles(body, options.cssHref);
    body = separated.markup;
    css = separated.css;
  }
  body = `${versionComment(element, title, version, lang, options.tool)}\n${body}`;
  const html = options.fragment
    ? `${options.script !== undefined ? `${scriptTag(options.script)}\n` : ''}${body}\n`
    : htmlPage({
        lang,
        title,
        body,
        heading: options.headingLevel !== 1,
        ...(options.script !== undefined ? { script: options.script } : {}),
      });
  return { html, ...(css !== undefined ? { css } : {}) };
}

/** Whether an address means the same from every page: from the site's root (`/…`) or with a scheme (`https:`). */
export function isAbsoluteAddress(address: string): boolean {
  return /^\//.test(address) || /^[a-z][a-z0-9+.-]*:/i.test(address);
}
