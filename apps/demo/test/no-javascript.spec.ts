// With JavaScript off (or a script that never runs), every page of the demo shows text where its elements go: the
// text inside each element, written there by the snippet, and no empty room kept for content that never comes.
import { expect, test } from '@playwright/test';
import { sitePages } from './helpers.js';

test.use({ javaScriptEnabled: false });

for (const site of sitePages) {
  test(`${site.name} shows text in every element, with no empty room, when JavaScript is off`, async ({
    page,
  }) => {
    await page.goto(site.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.heading);
    const elements = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('dhol-'))
        .map((el) => {
          const box = el.getBoundingClientRect();
          const last = el.lastElementChild?.getBoundingClientRect();
          return {
            tag: el.localName,
            // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is innerText.
            text: (el as HTMLElement).innerText.trim(),
            emptyBelow: Math.round(box.bottom - (last?.bottom ?? box.top)),
          };
        }),
    );
    for (const element of elements) {
      expect(element.text, `${element.tag} has text`).not.toBe('');
      expect(element.emptyBelow, `${element.tag} keeps no empty room`).toBeLessThan(48);
    }
  });
}
