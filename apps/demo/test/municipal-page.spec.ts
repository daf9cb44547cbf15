// The builder's snippets on a municipal page: the theme's aggressive CSS, files at CMS file-archive addresses, the
// guide's strict CSP, and a visitor on a phone in dark mode. See municipal.ts for the page.
import { expect, test } from '@playwright/test';
import { cspViolations, settledStates, watchCsp, watchProblems } from './helpers.js';
import { darkPhoneVisitor, openMunicipalPage } from './municipal.js';

test.use(darkPhoneVisitor);

test('the snippets show every element from archive addresses under the strict CSP, with no error', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await watchCsp(page);
  await openMunicipalPage(page);
  expect(await settledStates(page)).toEqual([
    'dhol-plan:content',
    'dhol-coverage:content',
    'dhol-framework:content',
    'dhol-agreement:content',
    'dhol-indicator:content',
    'dhol-indicator:content',
  ]);
  await expect(page.locator('dhol-plan')).toContainText('Besökskort');
  expect(await cspViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});
