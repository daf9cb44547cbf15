import { expect, type Page, test } from '@playwright/test';
import { settledStates, sitePages } from './helpers.js';

/** Describes the focused element, looking through shadow roots, and whether its focus is visible. */
async function focused(page: Page) {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    const path: string[] = [];
    while (active?.shadowRoot?.activeElement) {
      path.push(active.localName);
      active = active.shadowRoot.activeElement;
    }
    if (!active || active === document.body) return undefined;
    const style = getComputedStyle(active);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none';
    // In SVG charts the focus ring is a stroke in the focus colour on the focused mark or on its children.
    const probe = document.createElement('span');
    probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--dhol-color-focus');
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const stroked =
      active instanceof SVGElement &&
      [active, ...active.querySelectorAll('*')].some((el) => getComputedStyle(el).stroke === focusColour);
    const box = active.getBoundingClientRect();
    const label = (active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40);
    return {
      id: `${[...path, active.localName].join(' > ')} “${label}”`,
      visible: outline || ring || stroked,
      hasSize: box.width > 0 && box.height > 0,
    };
  });
}

for (const site of sitePages) {
  test(`a keyboard user skips to the content of ${site.name} and tabs through it with focus always visible`, async ({
    page,
  }) => {
    await page.goto(site.path);
    await settledStates(page);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    const seen: string[] = [];
    const hidden: string[] = [];
    for (let i = 0; i < 600; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now) break; // focus left the page after the last stop: no trap
      if (!now.visible || !now.hasSize) hidden.push(now.id);
      seen.push(now.id);
      expect(seen.length, 'focus runs out before 600 Tab presses').toBeLessThan(600);
    }
    expect(hidden, 'stops without a visible focus indicator').toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
  });
}

test('a keyboard user can load an example, read the report and copy the snippet in the builder', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/builder/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Hämta exempel: Surahammars handslag' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#report-summary')).toContainText('Datan är giltig');
  const copy = page.getByRole('button', { name: 'Kopiera kodsnutten' });
  // Reach the copy button with Tab alone, from the example button.
  for (let i = 0; i < 40 && !(await copy.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Kodsnutten är kopierad.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<dhol-agreement');
});
