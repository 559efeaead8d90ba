import { test, expect, dataRows, mapCountry, openView } from './fixtures.ts';

test('the map shows each partner country of the seeds with its article count', async ({ page }) => {
  await openView(page);
  await expect(mapCountry(page, 'Uzbekistan, 2 articles')).toBeVisible();
  await expect(mapCountry(page, 'Serbia, 1 article')).toBeVisible();
  await expect(mapCountry(page, 'Azerbaijan, 1 article')).toBeVisible();
  await expect(mapCountry(page, 'Vietnam, 1 article')).toBeVisible();
  await expect(mapCountry(page, 'Cuba, 1 article')).toBeVisible();
  // China is only mentioned (Huawei's home), never a partner: it is not a map control.
  await expect(mapCountry(page, /^China,/)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Articles per country' })).toBeVisible();
});

test('clicking Uzbekistan filters to its 2 articles and writes country=UZ', async ({ page }) => {
  await openView(page);
  const uzbekistan = mapCountry(page, 'Uzbekistan, 2 articles');
  await uzbekistan.click();
  await expect(dataRows(page)).toHaveCount(2);
  expect(new URL(page.url()).searchParams.get('country')).toBe('UZ');
  await expect(uzbekistan).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Remove Country: Uzbekistan' })).toBeVisible();
  for (const row of await dataRows(page).all()) await expect(row).toContainText('Uzbekistan');

  await uzbekistan.click();
  await expect(dataRows(page)).toHaveCount(5);
  expect(new URL(page.url()).searchParams.has('country')).toBe(false);
});

test('keyboard focus shows the tooltip and Enter or Space toggles the country', async ({
  page,
}) => {
  await openView(page);
  const serbia = mapCountry(page, 'Serbia, 1 article');
  await serbia.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Serbia');
  await expect(tooltip).toContainText('1 article');
  await expect(tooltip).toContainText('agreement');
  await page.keyboard.press('Enter');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(page).toHaveURL(/country=RS/);
  await page.keyboard.press(' ');
  await expect(dataRows(page)).toHaveCount(5);
});

test('zoom buttons change the map scale and reset restores it', async ({ page }) => {
  await openView(page);
  const zoomGroup = page.locator('.rsm-zoomable-group');
  const before = await zoomGroup.getAttribute('transform');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(zoomGroup).not.toHaveAttribute('transform', before ?? '');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(zoomGroup).toHaveAttribute('transform', before ?? '');
});

test('the lazily loaded map and chart do not move the table once it is shown', async ({ page }) => {
  // A row that moves between press and release gets no click: the page must be still once shown.
  await page.addInitScript(() => {
    const w = window as unknown as { tableShifts: number[] };
    w.tableShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      }[]) {
        for (const source of entry.sources) {
          if (source.node instanceof Element && source.node.closest('.table-panel'))
            w.tableShifts.push(source.currentRect.y - source.previousRect.y);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openView(page);
  await expect(mapCountry(page, 'Uzbekistan, 2 articles')).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const shifts = await page.evaluate(
    () => (window as unknown as { tableShifts: number[] }).tableShifts,
  );
  expect(shifts).toEqual([]);
});
