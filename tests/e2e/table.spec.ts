import { test, expect, articleTable, dataRows, openView } from './fixtures.ts';

test('dates are shown at their precision, newest first by default', async ({ page }) => {
  await openView(page);
  const dates = await dataRows(page).locator('td[data-column="date"]').allInnerTexts();
  expect(dates).toEqual(['21 Nov 2025', '11 Dec 2020', '2 May 2019', '25 Apr 2019', '2018']);
});

test('sorting by date flips aria-sort, and shift-click adds a secondary sort', async ({ page }) => {
  await openView(page);
  const dateHeader = articleTable(page).getByRole('columnheader', { name: /Date/ });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=date\.asc/);
  await expect(dataRows(page).first().locator('td[data-column="date"]')).toHaveText('2018');

  const typeHeader = articleTable(page).getByRole('columnheader', { name: /Event type/ });
  await typeHeader.getByRole('button').click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/sort=date\.asc,type\.asc/);
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');

  // A plain click makes the column the only sort key.
  await typeHeader.getByRole('button').click();
  await expect(typeHeader).toHaveAttribute('aria-sort', /ascending|descending/);
  await expect(dateHeader).not.toHaveAttribute('aria-sort', /.+/);
  await expect(page).toHaveURL(/sort=type\.(asc|desc)$/);
  const direction = await typeHeader.getAttribute('aria-sort');
  const types = await dataRows(page).locator('td[data-column="type"]').allInnerTexts();
  const sorted = [...types].sort();
  expect(types).toEqual(direction === 'ascending' ? sorted : sorted.reverse());
});

test('every column header is a sort control', async ({ page }) => {
  await openView(page);
  for (const name of [
    'Date',
    'Title',
    'Partner countries',
    'Organisations',
    'Event type',
    'Topics',
    'Language',
  ]) {
    const header = articleTable(page).getByRole('columnheader', { name: new RegExp(name) });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', /ascending|descending/);
  }
});

test('source links open in a new tab with noopener and only for http(s)', async ({ page }) => {
  await openView(page);
  const links = articleTable(page).getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
  }
});
