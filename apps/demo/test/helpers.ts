import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);

/** Every page of the demo, with its main heading (`slow`: a page whose checks need more time). */
export const sitePages: readonly { path: string; name: string; heading: RegExp; slow?: boolean }[] = [
  { path: '/', name: 'start', heading: /Visa arbetet med Det handlar om livet/ },
  { path: '/surahammar/', name: 'kommunexemplet', heading: /Exempel: Surahammars kommun/ },
  { path: '/sormland/', name: 'regionexemplet', heading: /Exempel: Sörmlands länsgemensamma handlingsplan/ },
  { path: '/uppfoljning/', name: 'uppföljningsexemplet', heading: /Påhittat exempel: uppföljning/ },
  { path: '/vastmanland/', name: 'länsexemplet', heading: /Exempel: Västmanlands län/ },
  {
    path: '/riket/',
    name: 'hela landet med genererade testdata',
    heading: /Exempel med genererade testdata: hela landet/,
    // 311 sources and a table of 4,000 cells: axe and the keyboard walk take longer than on the other pages.
    slow: true,
  },
  { path: '/builder/', name: 'kodbyggaren', heading: /Bygg din kodsnutt/ },
  { path: '/redigera/', name: 'redigeraren', heading: /Skriv eller redigera en plan/ },
  { path: '/utan-javascript/', name: 'sidan om statisk export', heading: /Fungerar utan JavaScript/ },
  { path: '/webbteam/', name: 'guiden för webbteam', heading: /För webbteam/ },
];

/** Absolute path of an example dataset in @dhol/data. */
export function datasetPath(file: string): string {
  return require.resolve(`@dhol/data/datasets/${file}`);
}

export function datasetText(file: string): string {
  return readFileSync(datasetPath(file), 'utf8');
}

/** Collects what a page reports as wrong: console errors, uncaught exceptions, failed and 4xx/5xx requests. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Listens for Content Security Policy violations inside the page (they also reach the console). */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/** The states of the dhol elements on the page, once none is idle or loading any more. */
export async function settledStates(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dhol-'));
    return elements.every((el) => {
      const state = (el as Element & { state?: string }).state;
      return customElements.get(el.localName) !== undefined && state !== undefined && state !== 'loading';
    });
  });
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('dhol-'))
      .map((el) => `${el.localName}:${(el as Element & { state?: string }).state}`),
  );
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA, plus best practice) on the whole page, shadow trees included. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations;
  });
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
