import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { useSiteFromSeeds } from './support/served-seeds.ts';

const KENYA =
  'Kenya’s Ministry of ICT signed a memorandum of understanding with Huawei on a national data centre in Nairobi on 3 March 2023.\nOfficials said the centre opens next year.';

const SEEDS: Record<string, string | Buffer> = {
  'kenya.txt': `seed_url: https://example.org/kenya\ntitle: Kenya and Huawei sign data centre memorandum\n\n${KENYA}\n`,
  'copies/kenya-copy.txt': `seed_url: https://example.org/kenya\ntitle: Kenya and Huawei sign data centre memorandum\n\n${KENYA}\n`,
  'bad-url.txt': `seed_url: javascript:alert(1)\ntitle: Kenya opens a data centre\n\n${KENYA}\n`,
  'empty.txt': '',
  'image.png': Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]),
  '.DS_Store': 'x',
};

const site = useSiteFromSeeds(SEEDS);

function qualityButton(page: Page) {
  return page.getByRole('button', { name: /^Data quality:/ });
}
function qualityView(page: Page) {
  return page.getByRole('region', { name: 'Data quality' });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the header counts problems and warnings and opens the view that lists them', async ({
  page,
}) => {
  const errors = site().dataset.problems.filter((p) => p.severity === 'error').length;
  const warnings =
    site().dataset.problems.length -
    errors +
    site().dataset.articles.reduce((n, a) => n + a.warnings.length, 0);
  expect(errors).toBe(2);
  await page.goto(site().server.url);
  const button = qualityButton(page);
  await expect(button).toHaveAccessibleName(
    `Data quality: ${errors} problems · ${warnings} warnings`,
  );
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  // Events beside articles: the copy reports the same event.
  await expect(page.getByRole('list', { name: 'Shown of total' })).toContainText(
    `${site().dataset.articles.length} of ${site().dataset.articles.length} articles`,
  );
  await expect(page.getByRole('list', { name: 'Shown of total' })).toContainText(
    `${new Set(site().dataset.articles.map((a) => a.eventGroup)).size} of`,
  );

  await button.click();
  await expect(page).toHaveURL(/[?&]quality=1(?:&|$)/);
  const view = qualityView(page);
  await expect(view).toBeVisible();
  await expect(view.getByRole('heading', { name: 'Data quality' })).toBeFocused();
  const files = view.getByRole('list', { name: 'Files with problems' });
  await expect(files.getByRole('listitem').filter({ hasText: 'empty.txt' })).toContainText('error');
  await expect(files.getByRole('listitem').filter({ hasText: 'image.png' })).toContainText(
    'binary content, not text',
  );
  await expect(files).toContainText('.DS_Store');
  const duplicates = view.getByRole('list', { name: 'Duplicates' });
  await expect(duplicates).toContainText('same content as');
  await expect(duplicates).toContainText('copies/kenya-copy.txt');

  // Only errors.
  await view.getByRole('button', { name: 'Errors' }).click();
  await expect(page).toHaveURL(/[?&]quality=error(?:&|$)/);
  await expect(view.getByRole('button', { name: 'Errors' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(files.getByRole('listitem')).toHaveCount(2);
  await expect(view.getByRole('list', { name: 'Articles with warnings' })).toHaveCount(0);

  // Closing returns to the dashboard, the focus to the header's button.
  await view.getByRole('button', { name: 'Close data quality' }).click();
  await expect(view).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('quality')).toBe(false);
});

test('an article with warnings opens its article view from the list', async ({ page }) => {
  await page.goto(`${site().server.url}?quality=warning`);
  const warned = qualityView(page).getByRole('list', { name: 'Articles with warnings' });
  const entry = warned.getByRole('listitem').filter({ hasText: 'bad-url.txt' });
  await expect(entry).toContainText('source URL dropped: javascript: is not http or https');
  const id = site().dataset.articles.find((a) => a.file === 'bad-url.txt')!.id;
  const link = entry.getByRole('link', { name: 'Kenya opens a data centre' });
  await expect(link).toHaveAttribute('href', `?article=${id}&quality=warning`);
  await link.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Kenya opens a data centre');
  await expect(page).toHaveURL(new RegExp(`[?&]article=${id}(?:&|$)`));
  await expect(dialog).toContainText('source URL dropped');
  // Escape closes the article and leaves the quality view open.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(qualityView(page)).toBeVisible();
  // Back reopens the article, again from the URL alone.
  await page.goBack();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('Enter on an article of the list opens it, and it stays open', async ({ page }) => {
  await page.goto(`${site().server.url}?quality=warning`);
  const warned = qualityView(page).getByRole('list', { name: 'Articles with warnings' });
  await warned.getByRole('link', { name: 'Kenya opens a data centre' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Kenya opens a data centre');
  // The key that opened it did not also press the dialog's focused close button.
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/[?&]article=/);
});

test('the view works from the keyboard alone', async ({ page }) => {
  await page.goto(site().server.url);
  await qualityButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(qualityView(page).getByRole('heading', { name: 'Data quality' })).toBeFocused();
  // Tab reaches the close button, then the severity filters.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close data quality' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(qualityView(page).getByRole('button', { name: 'Errors' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/quality=error/);
  await page.getByRole('button', { name: 'Close data quality' }).focus();
  await page.keyboard.press('Enter');
  await expect(qualityView(page)).toHaveCount(0);
  await expect(qualityButton(page)).toBeFocused();
});

test('an invalid quality value leaves the view closed without an error', async ({ page }) => {
  await page.goto(`${site().server.url}?quality=%3Cscript%3E`);
  await expect(qualityButton(page)).toBeVisible();
  await expect(qualityView(page)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the view (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${site().server.url}?quality=1`);
    await expect(qualityView(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the view fits a 360 px screen in the dark theme, axe-clean', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${site().server.url}?quality=1`);
  const view = qualityView(page);
  await expect(view).toBeVisible();
  // Nothing wider than the screen: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(page)).toEqual([]);
});

// Screenshots for a person to look at: `QUALITY_SCREENSHOTS=/tmp npx playwright test quality`.
const shots = process.env.QUALITY_SCREENSHOTS;
test('screenshots of the view (when asked for)', async ({ page }) => {
  test.skip(!shots, 'set QUALITY_SCREENSHOTS to a folder');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${site().server.url}?quality=1`);
  await expect(qualityView(page)).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('group', { name: /World map/ })).toBeVisible();
  await page.screenshot({ path: `${shots}/quality-desktop-light.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(qualityView(page)).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/quality-mobile-dark.png`, fullPage: true });
});
