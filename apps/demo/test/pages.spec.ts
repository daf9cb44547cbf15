import { expect, test } from '@playwright/test';
import {
  axeViolations,
  cspViolations,
  settledStates,
  sitePages,
  watchCsp,
  watchProblems,
} from './helpers.js';

for (const site of sitePages) {
  test(`${site.name} loads under the strict CSP with no console error`, async ({ page }) => {
    const problems = watchProblems(page);
    await watchCsp(page);
    await page.goto(site.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.heading);
    await settledStates(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test(`${site.name} has no axe-core violations`, async ({ page }) => {
    test.slow(site.slow === true);
    await page.goto(site.path);
    await settledStates(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the municipality page shows the handslag, both baseline indicators and the framework', async ({
  page,
}) => {
  await page.goto('/surahammar/');
  expect(await settledStates(page)).toEqual([
    'dhol-agreement:content',
    'dhol-indicator:content',
    'dhol-indicator:content',
    'dhol-framework:content',
  ]);
  await expect(page.locator('dhol-indicator').first()).toContainText('48');
});

test('the region page shows the plan, its coverage and says the plan names no indicators yet', async ({
  page,
}) => {
  await page.goto('/sormland/');
  expect(await settledStates(page)).toEqual([
    'dhol-plan:content',
    'dhol-coverage:content',
    'dhol-framework:content',
    'dhol-indicator:empty',
  ]);
  await expect(page.locator('dhol-indicator')).toContainText('Filen innehåller inga indikatorer.');
});

test('the example pages load only the public snippet: one script, dhol.js, and no other code', async ({
  page,
}) => {
  for (const path of ['/surahammar/', '/sormland/']) {
    await page.goto(path);
    const scripts = await page
      .locator('script')
      .evaluateAll((list) =>
        list.map((s) =>
          `${s.getAttribute('type')} ${s.getAttribute('src')} ${s.textContent?.trim() ?? ''}`.trim(),
        ),
      );
    expect(scripts).toEqual(['module /dhol/dhol.js']);
  }
});

test('the guide gives the same CSP header the demo is served with', async ({ page, request }) => {
  const response = await request.get('/webbteam/');
  const served = response.headers()['content-security-policy'];
  await page.goto('/webbteam/');
  await expect(page.locator('#csp-header')).toHaveText(`Content-Security-Policy: ${served}`);
});

for (const site of sitePages) {
  test(`${site.name} fits a 320 px wide screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.path);
    await settledStates(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
