import AxeBuilder from '@axe-core/playwright';
import { test, expect, dataRows, openFilter, openView } from './fixtures.ts';

async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious or critical violation on the dashboard', async ({ page }) => {
      await openView(page, '?country=UZ');
      await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('axe finds no serious or critical violation in embed mode, theme overridden', async ({
      page,
    }) => {
      // The other theme than the system's: the override must be complete, native controls too.
      const theme = colorScheme === 'light' ? 'dark' : 'light';
      await page.goto(`./?embed=1&views=map,table&theme=${theme}`);
      await expect(dataRows(page)).toHaveCount(5);
      await expect(page.getByRole('group', { name: /World map/ })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('axe finds no serious or critical violation in the article view', async ({ page }) => {
      await openView(page);
      await dataRows(page).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('axe passes on a small screen with a filter open', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openView(page);
  await openFilter(page, 'Country');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a broken dataset shows a clear message', async ({ page }) => {
  await page.route('**/data/articles.index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":2}' }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    './data/articles.index.json does not match the schema',
  );
});

test('a broken document behind a missing index shows a clear message', async ({
  page,
  expectedConsoleErrors,
}) => {
  expectedConsoleErrors.push(/Failed to load resource: .*404/);
  await page.route('**/data/articles.index.json', (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.route('**/data/articles.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion":2}' }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    './data/articles.json does not match the schema',
  );
});
