import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Every test fails on a console error or an uncaught page error, wherever it happened. */
export const test = base.extend<{ failOnConsoleErrors: undefined }>({
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use(undefined);
      expect(errors, 'console errors or page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The article table (its caption names it). */
export function articleTable(page: Page): Locator {
  return page.getByRole('table', { name: /Articles/ });
}

/** The table's body rows, one per shown article. */
export function dataRows(page: Page): Locator {
  return articleTable(page).locator('tbody').getByRole('row');
}

/** Opens a view and waits until the dataset has loaded and the table or its empty state is shown. */
export async function openView(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'ICT Atlas' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^\d+ articles?$/ })).toBeVisible();
}

/** The map region of a country, by its accessible name (`Uzbekistan, 2 articles`). */
export function mapCountry(page: Page, name: string | RegExp): Locator {
  return page.getByRole('group', { name: /World map/ }).getByRole('button', { name });
}

/** Opens one of the filter bar's drop-downs (a native disclosure) by its label. */
export async function openFilter(page: Page, label: string): Promise<void> {
  await page.getByRole('search').locator('summary', { hasText: label }).click();
}
