// The host page decides the look: on the municipal test page (a light-only theme with a 62.5 % root font size and
// global rules, see municipal.ts), a visitor on a 375 px phone in dark mode sees the elements in the page's scheme,
// at the page's text size, with headings by the elements' own scale and tables that fit or scroll in view.
import { expect, type Page, test } from '@playwright/test';
import { settledStates } from './helpers.js';
import { darkPhoneVisitor, openMunicipalPage } from './municipal.js';

test.use(darkPhoneVisitor);

const TAGS = 'dhol-plan, dhol-framework, dhol-agreement, dhol-coverage, dhol-indicator';

async function open(page: Page): Promise<void> {
  await openMunicipalPage(page);
  await settledStates(page);
}

test('a visitor in dark mode sees the elements light, as the page is, with text as large as its body text', async ({
  page,
}) => {
  await open(page);
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
  // The theme's body text: 1.6rem on a 62.5 % root.
  const body = await page.evaluate(
    () => getComputedStyle(document.querySelector('main') as Element).fontSize,
  );
  expect(body).toBe('16px');
  const looks = await page.evaluate((tags) => {
    const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    const lightness = (colour: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0] = canvas.getImageData(0, 0, 1, 1).data;
      return Math.round(((r + g + b) / 765) * 100) / 100;
    };
    return [...document.querySelectorAll(tags)].map((el) => {
      const style = getComputedStyle(el.shadowRoot?.querySelector('.dhol') as Element);
      return `${el.localName} ${style.fontSize} ${lightness(style.backgroundColor) > 0.9 ? 'light' : 'dark'}`;
    });
  }, TAGS);
  expect(looks.length).toBeGreaterThanOrEqual(5);
  for (const look of looks) expect(look).toMatch(/ 16px light$/);
});

test('headings take their size from the elements’ scale: none below the body text, a delmål above its activities', async ({
  page,
}) => {
  await open(page);
  const sizes = await page.evaluate((tags) => {
    const px = (el: Element | null | undefined) =>
      el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0;
    const headings = [...document.querySelectorAll(tags)].flatMap((el) => [
      ...(el.shadowRoot?.querySelectorAll('h2, h3, h4, h5, h6, [role="heading"]') ?? []),
    ]);
    const plan = document.querySelector('dhol-plan')?.shadowRoot;
    return {
      smallest: Math.min(...headings.map(px)),
      goal: px(plan?.querySelector('[part~="goal-heading"]')),
      group: px(plan?.querySelector('[part~="kind-heading"]')),
      activity: px(plan?.querySelector('[part~="activity-heading"]')),
    };
  }, TAGS);
  expect(sizes.smallest).toBeGreaterThanOrEqual(16);
  expect(sizes.goal).toBeGreaterThan(sizes.group);
  expect(sizes.group).toBeGreaterThan(sizes.activity);
});

test('at 375 px no table widens the page; one too wide scrolls in a region a keyboard reaches, and says so', async ({
  page,
}) => {
  await open(page);
  const coverage = page.locator('dhol-coverage');
  await coverage.scrollIntoViewIfNeeded();
  const scroller = coverage.locator('[part~="table-scroll"]');
  await expect(scroller).toHaveAttribute('data-scrolls', /true|false/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  if ((await scroller.getAttribute('data-scrolls')) === 'true') {
    await expect(scroller).toHaveAttribute('tabindex', '0');
    await expect(scroller.getByText(/rulla i sidled/)).toBeVisible();
    await scroller.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  } else {
    await expect(scroller).not.toHaveAttribute('tabindex');
  }
});

test('at 375 px the handslag’s baseline table breaks no word and splits no value', async ({ page }) => {
  await open(page);
  const table = page.locator('dhol-agreement').getByRole('table', { name: /^Utgångsläge/ });
  await table.scrollIntoViewIfNeeded();
  await expect(table).toContainText('Flickor');
  const broken = await table.evaluate((el) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/[^ \t\n]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) found.push(match[0]);
      }
    }
    return found;
  });
  expect(broken).toEqual([]);
  await expect(table).toContainText('44\u00a0%');
});
