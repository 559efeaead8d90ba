import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, dataRows, openView } from './fixtures.ts';

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = await file.path();
  return readFile(path, 'utf8');
}

test('CSV export holds exactly the filtered rows, with a BOM and RFC 4180 line ends', async ({
  page,
}) => {
  await openView(page, '?country=UZ');
  await expect(dataRows(page)).toHaveCount(2);
  const csv = await download(page, 'Export CSV');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines.at(-1)).toBe('');
  expect(lines[0]).toMatch(/^id,date,title,url,partner_countries/);
  const records = lines.slice(1, -1);
  expect(records).toHaveLength(2);
  for (const record of records) expect(record).toContain(',UZ,');
  // Same order as the table: newest first.
  expect(records[0]).toContain('2019-04-25');
});

test('CSV export keeps Cyrillic intact', async ({ page }) => {
  await openView(page, '?lang=ru');
  const csv = await download(page, 'Export CSV');
  expect(csv).toContain('Асадов');
});

test('JSON export holds exactly the filtered articles', async ({ page }) => {
  await openView(page, '?from=2019&to=2019');
  const json = JSON.parse(await download(page, 'Export JSON')) as {
    query: string;
    articles: { date: string }[];
  };
  expect(json.articles).toHaveLength(2);
  expect(json.articles.every((a) => a.date.startsWith('2019'))).toBe(true);
  expect(json.query).toBe('?from=2019&to=2019');
});
