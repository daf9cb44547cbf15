import { currentPlan, type Dataset } from '@dhol/core';
import type { Lang } from '../i18n.js';
import type { RenderableElement } from './element.js';

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * The tag that loads the elements' script, so the static element upgrades to the live one. A module script with
 * `src` only: no inline script, so the page works under a CSP with `script-src 'self'` (or the script's origin).
 */
export function scriptTag(url: string): string {
  return `<script type="module" src="${escapeHtml(url)}"></script>`;
}

/**
 * A whole page around a rendered element: language, character set, viewport and title, and no styles of its own.
 * With `heading`, the title is also the page's `h1`, so the element's level-2 headings sit under a level 1.
 */
export function htmlPage(options: {
  lang: Lang;
  title: string;
  body: string;
  script?: string;
  heading?: boolean;
}): string {
  return [
    '<!doctype html>',
    `<html lang="${options.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    ...(options.script !== undefined ? [scriptTag(options.script)] : []),
    '</head>',
    '<body>',
    '<main>',
    ...(options.heading ? [`<h1>${escapeHtml(options.title)}</h1>`] : []),
    options.body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

type Localized = { sv?: string; en?: string } | undefined;

function pick(text: Localized, lang: Lang): string | undefined {
  return text?.[lang] ?? text?.sv ?? text?.en;
}

/**
 * The page title: the title of what the element shows (the plan, the agreement, the indicator), else the
 * dataset's own title, else the element's tag.
 */
export function pageTitle(
  element: RenderableElement,
  dataset: Dataset,
  lang: Lang,
  ids: { plan?: string; agreement?: string; indicator?: string },
): string {
  const plans = dataset.plans ?? [];
  // The follow-up shows the newest version of a plan by default; the other elements show the first plan.
  const plan =
    element === 'followup'
      ? currentPlan(plans, ids.plan)
      : ids.plan === undefined
        ? plans[0]
        : plans.find((candidate) => candidate.id === ids.plan);
  const agreements = dataset.agreements ?? [];
  const agreement =
    ids.agreement === undefined
      ? agreements[0]
      : agreements.find((candidate) => candidate.id === ids.agreement);
  const followUp = lang === 'sv' ? 'Uppföljning' : 'Follow-up';
  const own =
    element === 'plan'
      ? pick(plan?.title, lang)
      : element === 'followup' && plan
        ? `${followUp}: ${pick(plan.title, lang)}`
        : element === 'agreement'
          ? pick(agreement?.title, lang)
          : element === 'indicator'
            ? pick(
                (ids.indicator === undefined
                  ? dataset.indicators?.[0]
                  : dataset.indicators?.find((candidate) => candidate.id === ids.indicator)
                )?.title,
                lang,
              )
            : undefined;
  return own ?? pick(dataset.title, lang) ?? pick(plan?.title, lang) ?? `dhol-${element}`;
}
