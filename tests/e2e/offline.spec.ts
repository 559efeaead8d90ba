import { execFile } from 'node:child_process';
import {
  copyFile,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { test, expect, dataRows, expectDashboard, mapCountry, timelinePanel } from './fixtures.ts';
import { recordCspViolations } from './support/csp.ts';
import { DIST, REPO, SEEDS, SINGLE_FILE, STRICT_CSP, SUB_PATH } from './support/paths.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

const run = promisify(execFile);

/** A private copy of dist/, for tests that change its data file. */
async function copyOfDist(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ict-atlas-dist-'));
  await cp(DIST, dir, { recursive: true });
  return dir;
}

test.describe('the multi-file build', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await startStaticServer({ root: DIST, prefix: SUB_PATH });
  });
  test.afterAll(() => server.close());
  test.beforeEach(({ ownOrigins }) => {
    ownOrigins.clear();
    ownOrigins.add(server.origin);
  });

  test('works under a deep sub-path, every URL relative to it', async ({ page }) => {
    await page.goto(`${server.url}?country=UZ`);
    await expectDashboard(page, { rows: 2, uzbekistanSelected: true });
    // Filters write the query string at the same path.
    await mapCountry(page, 'Uzbekistan, 2 articles').click();
    await expectDashboard(page, { rows: 5 });
    expect(new URL(page.url()).pathname).toBe(SUB_PATH);
    // A lazy chunk (the article view) loads from the sub-path too.
    await dataRows(page).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(server.requests.length).toBeGreaterThan(4);
    expect(server.requests.filter((path) => !path.startsWith(SUB_PATH))).toEqual([]);
    // The built page itself names no absolute path.
    const html = await readFile(join(DIST, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(?:src|href)="\/(?!\/)/);
  });

  test('the folder URL without its slash redirects and works', async ({ page }) => {
    await page.goto(`${server.origin}${SUB_PATH.slice(0, -1)}?country=UZ`);
    expect(page.url()).toBe(`${server.url}?country=UZ`);
    await expectDashboard(page, { rows: 2, uzbekistanSelected: true });
  });
});

test('runs under the strict CSP header with no violation', async ({ page, ownOrigins }) => {
  const server = await startStaticServer({
    root: DIST,
    prefix: SUB_PATH,
    headers: { 'Content-Security-Policy': STRICT_CSP },
  });
  try {
    ownOrigins.clear();
    ownOrigins.add(server.origin);
    const violations = await recordCspViolations(page);
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await expectDashboard(page, { rows: 5 });
    // Exercise what runs later: the map's tooltip and filter, the chart's bars, the lazy dialog.
    await mapCountry(page, 'Uzbekistan, 2 articles').hover();
    await expect(page.getByRole('tooltip')).toContainText('Uzbekistan');
    await mapCountry(page, 'Uzbekistan, 2 articles').click();
    await expectDashboard(page, { rows: 2, uzbekistanSelected: true });
    await timelinePanel(page).locator('.recharts-bar-rectangle').first().hover();
    await dataRows(page).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await violations()).toEqual([]);
  } finally {
    await server.close();
  }
});

test('the single file opens from file:// with no server', async ({ page, ownOrigins }) => {
  ownOrigins.clear();
  ownOrigins.add('file:');
  const html = await readFile(SINGLE_FILE, 'utf8');
  // Everything inlined: no script, style sheet or data file to fetch.
  expect(html).not.toMatch(/<script[^>]*\ssrc=/);
  expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
  expect(html).not.toContain('./assets/');

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${pathToFileURL(SINGLE_FILE).href}?country=UZ`);
  await expect(page.getByRole('heading', { level: 1, name: 'ICT Atlas' })).toBeVisible();
  await expectDashboard(page, { rows: 2, uzbekistanSelected: true });
  // The URL still holds the filters.
  await mapCountry(page, 'Serbia, 1 article').click();
  await expectDashboard(page, { rows: 3, uzbekistanSelected: true });
  expect(new URL(page.url()).searchParams.get('country')).toBe('UZ,RS');
  await dataRows(page).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // The one request is the file itself.
  expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([
    `${pathToFileURL(SINGLE_FILE).href}?country=UZ`,
  ]);
});

test('a refreshed data file shows without a rebuild', async ({ page, ownOrigins }) => {
  test.setTimeout(90_000);
  const site = await copyOfDist();
  const seeds = await mkdtemp(join(tmpdir(), 'ict-atlas-seeds-'));
  const server = await startStaticServer({ root: site, prefix: SUB_PATH });
  try {
    ownOrigins.clear();
    ownOrigins.add(server.origin);
    await page.goto(server.url);
    await expectDashboard(page, { rows: 5 });
    const assets = await readdir(join(site, 'assets'));
    const builtAt = (await stat(join(site, 'index.html'))).mtimeMs;

    // The administrator's step from the README: rebuild only the data, into the served folder.
    for (const file of ['002_77d503811cbaa37f.txt', '004_d14f011232b0acf4.txt'])
      await copyFile(join(SEEDS, file), join(seeds, file));
    await run(
      'npm',
      [
        'run',
        'data',
        '--',
        '--input',
        seeds,
        '--output',
        join(site, 'data/articles.json'),
        '--quiet',
      ],
      { cwd: REPO },
    );

    await page.reload();
    await expect(dataRows(page)).toHaveCount(2);
    await expect(page.getByRole('banner')).toContainText('2 of 2 articles');
    await expect(mapCountry(page, 'Serbia, 1 article')).toBeVisible();
    await expect(mapCountry(page, 'Vietnam, 1 article')).toBeVisible();
    await expect(mapCountry(page, /^Uzbekistan,/)).toHaveCount(0);
    await expect(timelinePanel(page).locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByRole('button', { name: '2020, 1 article' })).toBeVisible();
    // Nothing but the data changed.
    expect(await readdir(join(site, 'assets'))).toEqual(assets);
    expect((await stat(join(site, 'index.html'))).mtimeMs).toBe(builtAt);
  } finally {
    await server.close();
    await rm(site, { recursive: true, force: true });
    await rm(seeds, { recursive: true, force: true });
  }
});

for (const broken of [
  {
    name: 'a missing data file',
    // Neither the index nor the document: the page falls back from one to the other, then says so.
    apply: async (site: string) => {
      await rm(join(site, 'data/articles.index.json'));
      await rm(join(site, 'data/articles.json'));
    },
    message: './data/articles.json is missing (HTTP 404)',
  },
  {
    name: 'a half-copied data file',
    // The index is what the page reads first.
    apply: (site: string) =>
      writeFile(join(site, 'data/articles.index.json'), '{"format": "ict-atlas-app-in'),
    message: './data/articles.index.json is not valid JSON',
  },
]) {
  test(`${broken.name} gives a clear message in the page`, async ({
    page,
    ownOrigins,
    expectedConsoleErrors,
  }) => {
    const site = await copyOfDist();
    await mkdir(join(site, 'data'), { recursive: true });
    await broken.apply(site);
    const server = await startStaticServer({ root: site, prefix: SUB_PATH });
    try {
      ownOrigins.clear();
      ownOrigins.add(server.origin);
      // The browser itself logs the failed request.
      expectedConsoleErrors.push(/Failed to load resource: .*404/);
      await page.goto(server.url);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The dashboard cannot start');
      await expect(alert).toContainText(broken.message);
      await expect(alert).toContainText('npm run data -- --output');
    } finally {
      await server.close();
      await rm(site, { recursive: true, force: true });
    }
  });
}

test('a data folder without the index (written before it existed) still works', async ({
  page,
  ownOrigins,
  expectedConsoleErrors,
}) => {
  const site = await copyOfDist();
  await rm(join(site, 'data/articles.index.json'));
  await rm(join(site, 'data/articles.details'), { recursive: true });
  const server = await startStaticServer({ root: site, prefix: SUB_PATH });
  try {
    ownOrigins.clear();
    ownOrigins.add(server.origin);
    expectedConsoleErrors.push(/Failed to load resource: .*404/);
    await page.goto(`${server.url}?country=UZ`);
    await expectDashboard(page, { rows: 2, uzbekistanSelected: true });
    await dataRows(page).first().click();
    await expect(page.getByRole('dialog').locator('.article-text')).toContainText('Huawei');
    expect(server.requests.filter((p) => p.includes('/data/'))).toEqual([
      `${SUB_PATH}data/articles.index.json`,
      `${SUB_PATH}data/articles.json`,
    ]);
  } finally {
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
});
