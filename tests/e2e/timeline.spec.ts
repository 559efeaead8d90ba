import { test, expect, dataRows, openView } from './fixtures.ts';

test('clicking a bar of the timeline filters to its period', async ({ page }) => {
  await openView(page);
  const timeline = page.getByRole('region', { name: /Articles per (year|month)/ });
  await expect(timeline.locator('.recharts-bar-rectangle').first()).toBeVisible();
  // The bars are in time order along the x axis; find the 2019 one by its label position.
  const label = timeline.locator('.recharts-cartesian-axis-tick-value', { hasText: '2019' });
  const labelBox = await label.boundingBox();
  const bars = await timeline.locator('.recharts-bar-rectangle path').all();
  let clicked = false;
  for (const bar of bars) {
    const box = await bar.boundingBox();
    if (
      box &&
      labelBox &&
      Math.abs(box.x + box.width / 2 - (labelBox.x + labelBox.width / 2)) < 5
    ) {
      await bar.click();
      clicked = true;
      break;
    }
  }
  expect(clicked, 'a bar above the 2019 label').toBe(true);
  await expect(dataRows(page)).toHaveCount(2);
  await expect(page).toHaveURL(/from=2019&to=2019/);
  await expect(timeline.getByText('Selected:')).toContainText('2019');
  // Three years or less: the timeline switches to months.
  await expect(page.getByRole('heading', { name: 'Articles per month' })).toBeVisible();
});

test('the period buttons and from/to selects filter by keyboard', async ({ page }) => {
  await openView(page);
  const period = page.getByRole('button', { name: '2020, 1 article' });
  await period.focus();
  await page.keyboard.press('Enter');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(page).toHaveURL(/from=2020&to=2020/);

  await page.getByRole('button', { name: 'Remove Dates: 2020' }).click();
  await expect(dataRows(page)).toHaveCount(5);
  await page.getByRole('combobox', { name: 'From' }).selectOption('2019');
  await page.getByRole('combobox', { name: 'To' }).selectOption('2020');
  await expect(dataRows(page)).toHaveCount(3);
  await expect(page).toHaveURL(/from=2019&to=2020/);
});

test('a bar is stacked by event type and its tooltip gives the count of each', async ({ page }) => {
  await openView(page, '?from=2019&to=2019');
  const timeline = page.getByRole('region', { name: /Articles per (year|month)/ });
  // The seeds' two 2019 articles are a visit (April) and a meeting (May): one segment each.
  const segments = timeline.locator('.recharts-bar-rectangle path');
  await expect(segments).toHaveCount(2);
  await segments.first().hover();
  const tooltip = timeline.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/Apr 2019|May 2019/);
  // The chart is hidden from assistive technology (the period buttons say the same), so by tag.
  await expect(tooltip.locator('li')).toHaveCount(1);
  await expect(tooltip.locator('li')).toHaveText(/^(visit|meeting) 1$/);
});
