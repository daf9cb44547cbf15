// A municipal page for the end-to-end tests: an invented municipality's page with a CMS theme's aggressive CSS
// (test/fixtures/kommun/), the builder's snippets pasted into it, every file at a CMS file-archive address and the
// guide's strict CSP as a header. Served only to the tests, through Playwright's routing: it is not part of the
// demo site. Other specs use it too (the theme and layout checks); keep its options general.
import { readFileSync } from 'node:fs';
import type { Dataset } from '@dhol/core';
import type { Page } from '@playwright/test';
// @ts-expect-error: a plain ESM module without types, shared with the static server.
import { SECURITY_HEADERS } from '../scripts/csp.mjs';
import { elementsFor, type SnippetSettings, snippetFor } from '../src/builder/snippet.js';
import { defaultDraft } from '../src/builder/storage.js';
import { datasetText } from './helpers.js';

/** The municipality's origin: a reserved name, answered only by the routes below. */
export const MUNICIPAL_ORIGIN = 'https://www.kommun.example';

/** The page the web editor put the snippets on. */
export const MUNICIPAL_PAGE = `${MUNICIPAL_ORIGIN}/omsorg-och-stod/psykisk-halsa.html`;

/**
 * Where the CMS's file archive put the uploaded files: each upload gets an address of its own (id and time
 * stamp), so no file can reach another by a relative address.
 */
export const ARCHIVE = {
  script: '/download/18.abc123/1700000000000/dhol.js',
  plan: '/download/18.def456/1700000000001/sormland-handlingsplan-2026.json',
  agreement: '/download/18.fed789/1700000000002/surahammar-handslag.json',
  theme: '/webdav/files/system/tema/kommun.css',
} as const;

/** A visitor on a phone with the operating system in dark mode: the page declares light only. */
export const darkPhoneVisitor = {
  viewport: { width: 375, height: 812 },
  colorScheme: 'dark',
  deviceScaleFactor: 2,
  hasTouch: true,
} as const;

/** What one address answers. */
export interface Answer {
  status?: number;
  contentType: string;
  body: string | Buffer;
}

export interface MunicipalPageOptions {
  /** The Content-Type the archive sends dhol.js with (archives have been seen to send `application/octet-stream`). */
  scriptType?: string;
  /** Answers that replace the archive's for some paths, e.g. a data file that is gone. */
  answers?: Record<string, Answer>;
  /** Builder settings for both snippets, beyond the archive addresses. */
  settings?: Partial<SnippetSettings>;
}

const fixture = (name: string) => new URL(`fixtures/kommun/${name}`, import.meta.url);
const built = (path: string) => new URL(`../dist/${path}`, import.meta.url);

/** The builder's snippet for an example dataset, with the archive addresses typed into its settings. */
export function builderSnippet(
  file: string,
  dataUrl: string,
  settings: Partial<SnippetSettings> = {},
): string {
  const dataset = JSON.parse(datasetText(file)) as Dataset;
  const all: SnippetSettings = { ...defaultDraft, scriptUrl: ARCHIVE.script, dataUrl, ...settings };
  return snippetFor(elementsFor(dataset, all), all);
}

/** The CMS's own answer for an address it does not have: an HTML page with status 404, as real sites send. */
const notFound: Answer = {
  status: 404,
  contentType: 'text/html; charset=utf-8',
  body: '<!doctype html><html lang="sv"><title>Sidan hittades inte</title><h1>Sidan hittades inte</h1></html>',
};

/**
 * Routes the municipality's origin and opens the page. Every address the page asks for is answered here: the page
 * with the builder's snippets, the theme, dhol.js as built for the demo and the example datasets; anything else
 * gets the CMS's HTML 404 page. Every answer carries the guide's CSP header.
 */
export async function openMunicipalPage(page: Page, options: MunicipalPageOptions = {}): Promise<void> {
  const html = readFileSync(fixture('sida.html'), 'utf8')
    .replace(
      '<!-- dhol:plan -->',
      builderSnippet('sormland-handlingsplan-2026.json', ARCHIVE.plan, options.settings),
    )
    .replace(
      '<!-- dhol:agreement -->',
      builderSnippet('surahammar-handslag.json', ARCHIVE.agreement, options.settings),
    );
  const answers: Record<string, Answer> = {
    [new URL(MUNICIPAL_PAGE).pathname]: { contentType: 'text/html; charset=utf-8', body: html },
    [ARCHIVE.theme]: { contentType: 'text/css', body: readFileSync(fixture('kommun.css')) },
    [ARCHIVE.script]: {
      contentType: options.scriptType ?? 'text/javascript',
      body: readFileSync(built('dhol/dhol.js')),
    },
    [ARCHIVE.plan]: {
      contentType: 'application/json',
      body: datasetText('sormland-handlingsplan-2026.json'),
    },
    [ARCHIVE.agreement]: { contentType: 'application/json', body: datasetText('surahammar-handslag.json') },
    ...options.answers,
  };
  await page.route(`${MUNICIPAL_ORIGIN}/**`, (route) => {
    const answer = answers[new URL(route.request().url()).pathname] ?? notFound;
    return route.fulfill({
      status: answer.status ?? 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': answer.contentType },
      body: answer.body,
    });
  });
  await page.goto(MUNICIPAL_PAGE);
}
