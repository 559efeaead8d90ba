import { test as base, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** True for a URL the page may load: one of its own origins, or in-page data (data:, blob:). */
export function isOwnRequest(url: string, ownOrigins: ReadonlySet<string>): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol === 'file:') return ownOrigins.has('file:');
  return ownOrigins.has(parsed.origin);
}

interface Fixtures {
  /**
   * Origins the page may request from; the test server's by default. A test that serves the app
   * elsewhere replaces them; `file:` stands for pages opened from disk.
   */
  ownOrigins: Set<string>;
  /** Console errors a test provokes on purpose (a 404 it asked for), matched by pattern. */
  expectedConsoleErrors: RegExp[];
  failOnConsoleErrors: undefined;
  failOnForeignRequests: undefined;
}

/**
 * Every test fails on a console error or an uncaught page error, wherever it happened, and on
 * any request that leaves the page's own origins (no CDN, fonts, tiles or analytics), in any frame.
 */
export const test = base.extend<Fixtures>({
  ownOrigins: async ({ baseURL }, use) => {
    await use(new Set(baseURL ? [new URL(baseURL).origin] : []));
  },
  // eslint-disable-next-line no-empty-pattern
  expectedConsoleErrors: async ({}, use) => {
    await use([]);
  },
  failOnConsoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!expectedConsoleErrors.some((pattern) => pattern.test(text)))
          errors.push(`console: ${text}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await use(undefined);
      expect(errors, 'console errors or page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
  failOnForeignRequests: [
    async ({ page, ownOrigins }, use) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (!isOwnRequest(request.url(), ownOrigins)) foreign.push(request.url());
      });
      await use(undefined);
      expect(foreign, `requests outside ${[...ownOrigins].join(', ')}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A page, or the page inside an iframe. */
export type Root = Page | FrameLocator;

/** The article table (its caption names it). */
export function articleTable(page: Root): Locator {
  return page.getByRole('table', { name: /Articles/ });
}

/** The table's body rows, one per shown article. */
export function dataRows(page: Root): Locator {
  return articleTable(page).locator('tbody').getByRole('row');
}

/** Opens a view and waits until the dataset has loaded and the table or its empty state is shown. */
export async function openView(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'ICT Atlas' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^[\d,]+ articles?$/ })).toBeVisible();
}

/** The world map (a group of country buttons). */
export function worldMap(page: Root): Locator {
  return page.getByRole('group', { name: /World map/ });
}

/** The map region of a country, by its accessible name (`Uzbekistan, 2 articles`). */
export function mapCountry(page: Root, name: string | RegExp): Locator {
  return worldMap(page).getByRole('button', { name });
}

/** The timeline panel. */
export function timelinePanel(page: Root): Locator {
  return page.getByRole('region', { name: /Articles per (year|month)/ });
}

/** Opens one of the filter bar's drop-downs (a native disclosure) by its label. */
export async function openFilter(page: Page, label: string): Promise<void> {
  await page.getByRole('search').locator('summary', { hasText: label }).click();
}

/**
 * The three views show the seeds: the map has Uzbekistan (pressed when filtered to it), the
 * timeline has drawn its bars, and the table has `rows` rows.
 */
export async function expectDashboard(
  page: Root,
  { rows, uzbekistanSelected = false }: { rows: number; uzbekistanSelected?: boolean },
): Promise<void> {
  await expect(mapCountry(page, 'Uzbekistan, 2 articles')).toHaveAttribute(
    'aria-pressed',
    String(uzbekistanSelected),
  );
  await expect(timelinePanel(page).locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(dataRows(page)).toHaveCount(rows);
}
