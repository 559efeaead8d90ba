import { test, expect, dataRows, openView } from './fixtures.ts';

test('a row opens the article view with its evidence, in the URL, and Escape closes it', async ({
  page,
}) => {
  await openView(page, '?country=VN');
  await dataRows(page).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/article=[a-z0-9_-]+/);
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText('Vietnam');
  // Date with the sentence it came from.
  await expect(dialog.getByText('2 May 2019')).toBeVisible();
  await expect(dialog.locator('dd', { hasText: '2 May 2019' }).locator('blockquote')).toContainText(
    '2019',
  );
  // Partner countries, each with its evidence sentence.
  const partners = dialog
    .locator('dt', { hasText: 'Partner countries' })
    .locator('xpath=following-sibling::dd[1]');
  await expect(partners).toContainText('Vietnam');
  await expect(partners).toContainText('Cuba');
  expect(await partners.locator('blockquote').count()).toBe(2);
  // The text with extracted mentions highlighted.
  await expect(dialog.locator('.article-text mark').first()).toBeVisible();

  const url = page.url();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('article')).toBe(false);

  // The URL alone reopens it, and back returns to it.
  await page.goBack();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.goto(url);
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('article text is rendered as text, never as markup', async ({ page }) => {
  await openView(page);
  await dataRows(page).first().click();
  const text = page.getByRole('dialog').locator('.article-text');
  await expect(text).toBeVisible();
  expect(await text.locator('script, img, iframe, a').count()).toBe(0);
});
