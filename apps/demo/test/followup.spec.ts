import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { settledStates } from './helpers.js';

const require = createRequire(import.meta.url);

/** The text of each page of a PDF, read with PDF.js. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const standardFontDataUrl = `${require.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '')}standard_fonts/`;
  const document = await getDocument({
    data: new Uint8Array(pdf),
    standardFontDataUrl,
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}

test('the follow-up page says the example is invented, on the page and in every element', async ({
  page,
}) => {
  await page.goto('/uppfoljning/');
  expect(await settledStates(page)).toEqual([
    'dhol-followup:content',
    'dhol-plan:content',
    'dhol-agreement:content',
  ]);
  await expect(page.locator('main .notice')).toContainText('Allt på den här sidan är påhittat.');
  for (const tag of ['dhol-followup', 'dhol-plan', 'dhol-agreement']) {
    await expect(page.locator(tag).getByRole('note').first()).toContainText('Påhittat exempel');
  }
  await expect(page.locator('dhol-followup').getByRole('heading', { level: 3 }).first()).toHaveText(
    'Uppföljning: Exempelplan för psykisk hälsa och suicidprevention 2026',
  );
  await expect(
    page.locator('dhol-followup').getByRole('link', { name: 'Ladda ned statustabellen (CSV)' }),
  ).toBeVisible();
});

test('printed, the report is an A4 agenda item: a page per delmål, the plan, diarienummer and period on every page, no controls', async ({
  page,
}) => {
  await page.goto('/uppfoljning/');
  await settledStates(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
  const pages = await pdfPages(pdf);
  // The summary, flags and changes, then one page (at least) for each of the seven delmål.
  expect(pages.length).toBeGreaterThanOrEqual(8);
  const firstOf = (n: number) => pages.findIndex((text) => text.includes(`Delmål ${n}:`));
  const starts = [1, 2, 3, 4, 5, 6, 7].map(firstOf);
  expect(starts.every((index, i) => index > 0 && (i === 0 || index > starts[i - 1]!))).toBe(true);
  for (const [index, text] of pages.entries()) {
    expect(text, `page ${index + 1}`).toContain('Exempelplan för psykisk hälsa och suicidprevention 2026');
    expect(text, `page ${index + 1}`).toContain('Diarienummer EX 2026/8');
    expect(text, `page ${index + 1}`).toMatch(/Period 16 mars 2026 – \d+ \S+ \d{4}/);
    for (const control of [
      'Ladda ned statustabellen',
      'Hoppa till innehållet',
      'Bygg din kodsnutt',
      'Koden bakom sidan',
    ]) {
      expect(text, `page ${index + 1}`).not.toContain(control);
    }
  }
  expect(pages[0]).toContain('Påhittat exempel');
});
