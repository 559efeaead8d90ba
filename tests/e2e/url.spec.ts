import { test, expect, dataRows, openFilter, openView } from './fixtures.ts';

test('?from=2019&to=2019 shows the two 2019 articles', async ({ page }) => {
  await openView(page, '?from=2019&to=2019');
  await expect(dataRows(page)).toHaveCount(2);
  await expect(page.getByRole('button', { name: /Remove Dates: 2019/ })).toBeVisible();
});

test('?country=VN&from=2019&to=2019 shows one article', async ({ page }) => {
  await openView(page, '?country=VN&from=2019&to=2019');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText('Vietnam');
});

test('invalid values are ignored without an error', async ({ page }) => {
  await openView(
    page,
    '?country=ZZ,uz&from=abc&to=2019-13&type=bogus&sort=nope.up&article=%3Cx%3E',
  );
  // Only the valid, lower-cased `uz` survives.
  await expect(dataRows(page)).toHaveCount(2);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('back and forward step through filter changes', async ({ page }) => {
  await openView(page);
  await openFilter(page, 'Event type');
  await page.getByRole('checkbox', { name: /meeting/ }).check();
  await expect(dataRows(page)).toHaveCount(2);
  await expect(page).toHaveURL(/type=meeting/);
  await page.goBack();
  await expect(dataRows(page)).toHaveCount(5);
  await page.goForward();
  await expect(dataRows(page)).toHaveCount(2);
});

test('free-text search is case- and accent-insensitive, Cyrillic included, and lives in q', async ({
  page,
}) => {
  await openView(page);
  const search = page.getByRole('searchbox', { name: 'Search title, summary and text' });
  await search.fill('ВСТРЕТИЛСЯ');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(page).toHaveURL(/q=/);
  await search.fill('kragujevac');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText('Serbia');
});

test('an empty result says so and offers to clear', async ({ page }) => {
  await openView(page, '?q=zzzz-no-such-word');
  await expect(page.getByText('No articles match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).last().click();
  await expect(dataRows(page)).toHaveCount(5);
  expect(new URL(page.url()).search).toBe('');
});

test('option counts follow the other filters', async ({ page }) => {
  await openView(page, '?country=UZ');
  await openFilter(page, 'Event type');
  await expect(page.getByRole('checkbox', { name: /visit/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /agreement/ })).toHaveCount(0);
});

test('a filter list builds its options when opened, follows the filters, and keeps its search', async ({
  page,
}) => {
  await openView(page);
  const search = page.getByRole('search');
  // Closed, the list holds no checkboxes (not even hidden ones): they would be updated on every
  // filter change.
  const inPage = search.locator('input[type="checkbox"]');
  await expect(inPage).toHaveCount(0);
  await openFilter(page, 'Country');
  await expect(search.getByRole('checkbox', { name: /Uzbekistan/ })).toBeVisible();
  await search.getByRole('searchbox', { name: 'Search country' }).fill('serb');
  await expect(search.getByRole('checkbox')).toHaveCount(1);
  await openFilter(page, 'Country');
  await expect(inPage).toHaveCount(0);
  await page
    .getByRole('group', { name: /World map/ })
    .getByRole('button', { name: /^Serbia,/ })
    .click();
  await expect(dataRows(page)).toHaveCount(1);
  await openFilter(page, 'Country');
  await expect(search.getByRole('searchbox', { name: 'Search country' })).toHaveValue('serb');
  await expect(search.getByRole('checkbox', { name: /Serbia/ })).toBeChecked();
});

test('the organisation list is built when the select gets focus, and picking one filters every view', async ({
  page,
}) => {
  await openView(page);
  const select = page.getByRole('combobox', { name: 'Organisation' });
  // Unfocused, only its first option is in the page (its options change with every filter).
  await expect(select.locator('option')).toHaveCount(1);
  await select.focus();
  await expect(select.locator('option', { hasText: 'Huawei (3)' })).toHaveCount(1);
  await select.selectOption({ label: 'Huawei (3)' });
  await expect(dataRows(page)).toHaveCount(3);
  await expect(page).toHaveURL(/org=Huawei/);
  await expect(page.getByRole('heading', { name: '3 articles' })).toBeVisible();
  // Left, the select keeps showing the chosen organisation.
  await page.getByRole('searchbox').first().focus();
  await expect(select.locator('option')).toHaveCount(2);
  await expect(select).toHaveValue('Huawei');
  await page.reload();
  await expect(dataRows(page)).toHaveCount(3);
  await expect(select).toHaveValue('Huawei');
});
