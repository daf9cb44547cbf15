// The builder's snippets on a municipal page: the theme's aggressive CSS, files at CMS file-archive addresses, the
// guide's strict CSP, and a visitor on a phone in dark mode. See municipal.ts for the page.
import { expect, test } from '@playwright/test';
import { cspViolations, settledStates, watchCsp, watchProblems } from './helpers.js';
import { ARCHIVE, darkPhoneVisitor, openMunicipalPage } from './municipal.js';

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

test('the plan and the handslag name every organisation and say nothing twice', async ({ page }) => {
  await openMunicipalPage(page);
  await settledStates(page);
  const plan = page.locator('dhol-plan');
  const participants = plan.getByRole('region', { name: 'Medverkande' }).getByRole('listitem');
  await expect(participants.first()).toHaveText(/^Länsstyrgruppen i Sörmland – /);
  await expect(participants.filter({ hasText: /^Har medverkat/ })).toHaveCount(0);
  await expect(plan.getByText(/\(Samordnas av/)).toHaveCount(0);
  await expect(
    page.locator('dhol-agreement').getByRole('heading', { name: 'Beslutsprocess', exact: true }),
  ).toHaveCount(1);
});

test('an activity’s status stands beside its title, apart from what the document listed it as', async ({
  page,
}) => {
  await openMunicipalPage(page);
  await settledStates(page);
  const sikta = page.getByRole('article', { name: 'SIKTA mot arbetslivet' });
  const article = page.locator('dhol-plan').getByRole('article', { name: 'SIKTA mot arbetslivet' });
  const group = page.locator('dhol-plan .kind').filter({ has: sikta });
  await expect(group.getByRole('heading').first()).toHaveText('Listade som pågående aktiviteter');
  const title = await article.getByRole('link', { name: 'SIKTA mot arbetslivet' }).boundingBox();
  const status = await article.getByText('Pågår', { exact: true }).boundingBox();
  expect(status && title && status.y < title.y + title.height).toBe(true);
});

/**
 * Each dhol element's text before it upgrades (its own light-DOM content), as written: the theme shows headings in
 * capitals, which innerText would report.
 */
async function fallbackTexts(page: import('@playwright/test').Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('dhol-') && (el as HTMLElement).offsetHeight > 0)
      .map((el) => `${el.localName}: ${el.textContent?.replace(/\s+/g, ' ').trim()}`),
  );
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('each element shows the title, a sentence and a link the builder wrote into the snippet', async ({
    page,
  }) => {
    await openMunicipalPage(page);
    const texts = await fallbackTexts(page);
    expect(texts).toHaveLength(6);
    expect(texts[0]).toMatch(
      /^dhol-plan: Det handlar om livet – En länsgemensam handlingsplan .+ Öppna datafilen/,
    );
    expect(texts[3]).toMatch(/^dhol-agreement: Handslag: Det handlar om livet Här visas handslagets parter/);
    await expect(
      page.locator('dhol-plan').getByRole('link', { name: 'Öppna datafilen (JSON)' }),
    ).toHaveAttribute('href', ARCHIVE.plan);
  });
});

test('when the archive sends dhol.js with the wrong type, the text in the snippet stays on show', async ({
  page,
}) => {
  await openMunicipalPage(page, { scriptType: 'application/octet-stream' });
  await expect(
    page.locator('dhol-agreement').getByRole('heading', { name: 'Handslag: Det handlar om livet' }),
  ).toBeVisible();
  expect(await page.evaluate(() => customElements.get('dhol-plan'))).toBeUndefined();
  for (const text of await fallbackTexts(page))
    expect(text).toMatch(/: .+ Här visas .+ Öppna datafilen \(JSON\)$/);
});

test('a data file the archive gave a new address: the visitor reads one sentence, the editor the address that failed', async ({
  page,
}) => {
  await openMunicipalPage(page, {
    answers: {
      [ARCHIVE.plan]: {
        status: 404,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="sv"><title>Sidan hittades inte</title><h1>Sidan hittades inte</h1></html>',
      },
    },
  });
  const plan = page.locator('dhol-plan');
  await expect(plan).toHaveAttribute('state', 'error');
  const alert = plan.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Uppgifterna kan inte visas just nu' })).toBeVisible();
  await expect(
    alert.getByText('Försök igen senare, eller kontakta den som ansvarar för sidan.'),
  ).toBeVisible();
  const details = alert.getByText('För den som publicerar sidan');
  await expect(alert.getByText(/Datafilen hittades inte \(HTTP 404\)/)).toBeHidden();
  await details.click();
  await expect(alert.getByText(/Datafilen hittades inte \(HTTP 404\)/)).toContainText(
    `https://www.kommun.example${ARCHIVE.plan}`,
  );
  await expect(page.locator('dhol-agreement')).toHaveAttribute('state', 'content');
});
