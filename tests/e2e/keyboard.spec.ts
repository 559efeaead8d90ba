import type { Page } from '@playwright/test';
import { test, expect, dataRows, openView } from './fixtures.ts';

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluateHandle(() => document.activeElement ?? document.body);
    if (await focused.evaluate(matches)) return;
  }
  throw new Error('focus never reached the target');
}

test('keyboard only: filter from the map, open an article, close it', async ({ page }) => {
  await openView(page);
  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Uzbekistan, 2 articles');
  // A visible focus indicator.
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return `${style.outlineStyle} ${style.stroke} ${style.strokeWidth}`;
  });
  expect(outline).not.toBe('none  ');
  await page.keyboard.press('Enter');
  await expect(dataRows(page)).toHaveCount(2);

  await tabTo(page, (el) => el.tagName === 'TR');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Focus goes back to the row that opened the article.
  await expect(dataRows(page).first()).toBeFocused();
});

test('keyboard only: the country picker searches and selects', async ({ page }) => {
  await openView(page);
  await tabTo(
    page,
    (el) => el.tagName === 'SUMMARY' && el.textContent?.startsWith('Country') === true,
  );
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('serb');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(page).toHaveURL(/country=RS/);
});
