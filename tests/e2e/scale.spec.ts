import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { filterArticles } from '../../src/features/filters/apply-filters.ts';
import { DEFAULT_VIEW } from '../../src/features/filters/filter-state.ts';
import type { Article } from '../../src/schema/dataset.ts';
import { foldText } from '../../src/lib/fold-text.ts';
import { readTemplates, synthArticle, writeSyntheticData } from '../perf/synth-dataset.ts';
import { test, expect, articleTable, dataRows } from './fixtures.ts';
import { DIST, STRICT_CSP } from './support/paths.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

/**
 * The virtualised table on a generated dataset of 5,000 articles (not timed): the rows in the DOM
 * are the right ones after sorting and filtering, at the top and scrolled to the end, the table
 * tells its real size, and opening an article loads its details chunk.
 */
const COUNT = 5000;
let site: string;
let server: StaticServer;
let articles: Article[];

test.beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'ict-atlas-scale-'));
  await cp(DIST, site, { recursive: true });
  const templates = await readTemplates(join(DIST, 'data', 'articles.json'));
  await writeSyntheticData(templates, COUNT, join(site, 'data'));
  articles = Array.from({ length: COUNT }, (_, i) => synthArticle(templates, i));
  server = await startStaticServer({
    root: site,
    headers: { 'Content-Security-Policy': STRICT_CSP },
  });
});
test.afterAll(async () => {
  await server.close();
  await rm(site, { recursive: true, force: true });
});
test.beforeEach(({ ownOrigins }) => {
  ownOrigins.clear();
  ownOrigins.add(server.origin);
});

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The order the table must show, written out here (the app's sort-articles.ts needs a JSON
 * import Playwright's loader does not take): by date or title, empty values last whatever the
 * direction, the id breaking ties.
 */
function sortArticles(
  list: readonly Article[],
  [key]: readonly { column: 'date' | 'title'; desc: boolean }[],
): Article[] {
  const { column, desc } = key!;
  const value = (a: Article) => (column === 'date' ? (a.date ?? '') : a.title);
  return [...list].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va !== vb) {
      if (va === '') return 1;
      if (vb === '') return -1;
      const order = column === 'date' ? (va < vb ? -1 : 1) : collator.compare(va, vb);
      if (order !== 0) return desc ? -order : order;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The titles of the rendered rows, each with the position the table says it has. */
async function renderedRows(page: Page): Promise<{ index: number; title: string }[]> {
  return dataRows(page).evaluateAll((rows) =>
    rows.map((row) => ({
      index: Number(row.getAttribute('aria-rowindex')),
      title: row.querySelector('td[data-column="title"]')?.getAttribute('title') ?? '',
    })),
  );
}

/** Every rendered row is the expected article at its position (header row is 1). */
async function expectRowsMatch(page: Page, expected: readonly Article[]): Promise<void> {
  const rows = await renderedRows(page);
  expect(rows.length).toBeGreaterThanOrEqual(Math.min(6, expected.length));
  // Virtualised: far fewer rows in the DOM than in the table.
  expect(rows.length).toBeLessThan(120);
  for (const row of rows) expect(row.title).toBe(expected[row.index - 2]!.title);
}

async function scrollTableTo(page: Page, where: 'end' | 'start'): Promise<void> {
  await page.locator('.table-scroll').evaluate((el, to) => {
    el.scrollTop = to === 'end' ? el.scrollHeight : 0;
  }, where);
}

async function expectTable(page: Page, expected: readonly Article[]): Promise<void> {
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: `${expected.length.toLocaleString('en')} articles`,
    }),
  ).toBeVisible();
  await expect(articleTable(page)).toHaveAttribute('aria-rowcount', String(expected.length + 1));
  await expect(dataRows(page).first()).toHaveAttribute('aria-rowindex', '2');
  await expectRowsMatch(page, expected);
  await scrollTableTo(page, 'end');
  await expect(dataRows(page).last()).toHaveAttribute('aria-rowindex', String(expected.length + 1));
  await expectRowsMatch(page, expected);
  await scrollTableTo(page, 'start');
  await expect(dataRows(page).first()).toHaveAttribute('aria-rowindex', '2');
}

test('the virtualised table shows the right rows after sorting and filtering', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(server.url);
  const sorted = (
    sort: readonly { column: 'date' | 'title'; desc: boolean }[],
    state = DEFAULT_VIEW,
  ) => sortArticles(filterArticles(articles, state), sort);
  // Newest first by default.
  await expectTable(page, sorted([{ column: 'date', desc: true }]));

  // Sorting by title.
  await articleTable(page).getByRole('columnheader', { name: /Title/ }).getByRole('button').click();
  await expect(page).toHaveURL(/sort=title\.asc/);
  await expectTable(page, sorted([{ column: 'title', desc: false }]));

  // Filtering, on top of the sort: countries and a date range in the URL's state.
  const state = { ...DEFAULT_VIEW, countries: ['KE', 'UZ', 'BR'], from: '2010', to: '2020' };
  await page.goto(`${server.url}?country=KE,UZ,BR&from=2010&to=2020&sort=title.asc`);
  const expected = sorted([{ column: 'title', desc: false }], state);
  // More rows than the table renders at once.
  expect(expected.length).toBeGreaterThan(80);
  await expectTable(page, expected);
  // And one more filter through the UI: the search box (its texts load after the first render).
  await page.getByRole('searchbox').fill('huawei');
  const searched = sortArticles(filterArticles(articles, { ...state, query: 'huawei' }), [
    { column: 'title', desc: false },
  ]);
  expect(searched.length).toBeGreaterThan(0);
  expect(searched.length).toBeLessThan(expected.length);
  await expect(
    page.getByRole('heading', { level: 2, name: `${searched.length} articles` }),
  ).toBeVisible();
  await expectRowsMatch(page, searched);
  // Thousands of texts: the search ran in worker threads (their script was loaded).
  expect(server.requests.some((p) => /\/assets\/search-worker-[\w-]+\.js$/.test(p))).toBe(true);
  // Each worker says when it holds and has fingerprinted its texts; then the page marks search
  // ready (what the benchmark waits for before timing changes), once.
  await page.waitForFunction(() => performance.getEntriesByName('atlas:search-ready').length > 0);
  expect(await page.evaluate(() => performance.getEntriesByName('atlas:search-ready').length)).toBe(
    1,
  );
  // One more letter narrows the same search; clearing the box shows the filtered rows again.
  await page.getByRole('searchbox').fill('huawei t');
  const narrowed = searched.filter((a) =>
    foldText(`${a.title}\n${a.summary}\n${a.text}`).includes('t'),
  );
  await expect(
    page.getByRole('heading', { level: 2, name: `${narrowed.length} articles` }),
  ).toBeVisible();
  await page.getByRole('searchbox').fill('');
  await expectTable(page, expected);
});

test('arrow keys move between rows beyond the rendered ones', async ({ page }) => {
  await page.goto(server.url);
  await dataRows(page).first().focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('tr[aria-rowindex="42"]')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('tr[aria-rowindex="41"]')).toBeFocused();
});

test('opening an article loads its details chunk: text and evidence appear', async ({ page }) => {
  const sorted = sortArticles(articles, [{ column: 'date', desc: true }]);
  await page.goto(server.url);
  await scrollTableTo(page, 'end');
  const last = sorted.at(-1)!;
  const row = page.locator(`tr[aria-rowindex="${COUNT + 1}"]`);
  await expect(row.locator('td[data-column="title"]')).toHaveAttribute('title', last.title);
  const before = server.requests.length;
  await row.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(last.title);
  await expect(dialog.locator('.article-text')).toContainText(
    `Reference ${articles.indexOf(last)}:`,
  );
  const partners = dialog
    .locator('dt', { hasText: 'Partner countries' })
    .locator('xpath=following-sibling::dd[1]');
  await expect(partners.locator('blockquote').first()).toHaveText(
    last.countries.find((c) => c.role === 'partner')!.evidence,
  );
  const chunk = Math.floor(articles.indexOf(last) / 200);
  expect(
    server.requests
      .slice(before)
      .filter((p) => p.includes('/data/articles.details/'))
      .map((p) => p.split('/').pop()!.slice(0, 4)),
  ).toContain(String(chunk).padStart(4, '0'));
});
