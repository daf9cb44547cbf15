// Driving a page the way a keyboard user does: Tab to a control found by its role and visible name, then type,
// press Enter, Space or the arrows. Shared by the end-to-end journeys through the editor.
import { expect, type Locator, type Page } from '@playwright/test';

/** Whether `target` has focus, looking through shadow roots. */
export async function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus: the way a keyboard user reaches a field. `limit` bounds the
 * presses, so that a control Tab cannot reach, or one far from the last, fails the test instead of hanging it.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { back = false, limit = 400 }: { back?: boolean; limit?: number } = {},
): Promise<void> {
  await target.waitFor({ timeout: 30_000 });
  for (let i = 0; i <= limit; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${limit} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${target}`);
}

/** Types into the focused field: short text key by key, long text as one input (as a paste or dictation would). */
export async function write(page: Page, text: string): Promise<void> {
  if (text.length <= 40) await page.keyboard.type(text);
  else await page.keyboard.insertText(text);
}

/**
 * Picks the option named `label` in a focused select the way the keyboard does: Home (the first option), then the
 * arrow down until it is chosen. Type-ahead would need letters such as "å", which the test's keyboard cannot send
 * to a select.
 */
export async function pickOption(page: Page, select: Locator, label: string): Promise<void> {
  await expect(select).toBeFocused();
  const labels = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => option.textContent?.trim() ?? ''));
  const index = labels.indexOf(label);
  expect(index, `"${label}" is among ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(select.locator('option:checked')).toHaveText(label);
}
