import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  dataRows,
  expectDashboard,
  mapCountry,
  openView,
  timelinePanel,
  worldMap,
} from './fixtures.ts';
import { DIST, REPO, SUB_PATH } from './support/paths.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';

declare global {
  interface Window {
    __messages?: { origin: string; data: unknown }[];
  }
}

/** The iframe snippet and host script exactly as the README gives them, pointed at `src`. */
async function readmeHostPage(src: string): Promise<string> {
  const readme = await readFile(join(REPO, 'README.md'), 'utf8');
  const snippet = [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .find((block) => block.includes('ict-atlas:height'));
  if (snippet === undefined) throw new Error('README has no iframe snippet');
  const pointed = snippet.replace(/src="[^"]*"/, `src="${src.replaceAll('&', '&amp;')}"`);
  expect(pointed).toContain(src.replaceAll('&', '&amp;'));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Intranet host page</title></head><body><h1>Intranet</h1>${pointed}</body></html>`;
}

/** Height messages the host page received, recorded from before the frame loads. */
async function recordMessages(
  page: Page,
): Promise<() => Promise<{ origin: string; data: unknown }[]>> {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__messages = [];
    window.addEventListener('message', (event) =>
      window.__messages?.push({ origin: event.origin, data: event.data }),
    );
  });
  return () => page.evaluate(() => window.__messages ?? []);
}

test.describe('embedded in an iframe on another origin', () => {
  let app: StaticServer;
  let host: StaticServer;
  const query = '?embed=1&country=UZ&sort=date.asc';

  test.beforeAll(async () => {
    app = await startStaticServer({ root: DIST, prefix: SUB_PATH, host: '127.0.0.1' });
    host = await startStaticServer({
      root: join(REPO, 'tests/e2e/support/empty'),
      host: 'localhost',
      pages: { '/host.html': await readmeHostPage(`${app.url}${query}`) },
    });
  });
  test.afterAll(async () => {
    await app.close();
    await host.close();
  });
  test.beforeEach(({ ownOrigins }) => {
    ownOrigins.clear();
    ownOrigins.add(app.origin);
    ownOrigins.add(host.origin);
  });

  test('the filters in its URL apply, its height reaches the host, the frame fits', async ({
    page,
  }) => {
    expect(new URL(host.url).origin).not.toBe(new URL(app.url).origin);
    const messages = await recordMessages(page);
    await page.goto(`${host.url}host.html`);
    const frame = page.frameLocator('#ict-atlas');
    await expectDashboard(frame, { rows: 2, uzbekistanSelected: true });
    // sort=date.asc applies too: oldest first.
    await expect(dataRows(frame).first().locator('td[data-column="date"]')).toHaveText('2018');
    // No page header in embed mode, but the page keeps its name for screen readers.
    await expect(frame.getByRole('banner')).toHaveCount(0);
    const title = frame.getByRole('heading', { level: 1, name: 'ICT Atlas' });
    await expect(title).toHaveClass('visually-hidden');
    expect((await title.boundingBox())?.height).toBeLessThanOrEqual(1);

    const heights = async () =>
      (await messages()).filter((m) => (m.data as { type?: string }).type === 'ict-atlas:height');
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
    for (const m of await heights()) {
      expect(m.origin).toBe(app.origin);
      // Only the height is ever posted.
      expect(Object.keys(m.data as object).sort()).toEqual(['height', 'type']);
      expect((m.data as { height: number }).height).toBeGreaterThan(0);
    }
    // The first may come from the loading message; the dashboard's comes after.
    await expect
      .poll(async () => ((await heights()).at(-1)?.data as { height: number }).height)
      .toBeGreaterThan(600);
    // The README's host script sized the frame to the app's content: no inner scroll bar.
    const iframe = page.locator('#ict-atlas');
    const contentHeight = () =>
      frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(await contentHeight());
    const fitted = (await iframe.boundingBox())?.height ?? 0;

    // A filter change inside the frame grows the table; a new height follows and the frame grows.
    await mapCountry(frame, 'Uzbekistan, 2 articles').click();
    await expectDashboard(frame, { rows: 5 });
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBeGreaterThan(fitted);
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(await contentHeight());
    const last = (await heights()).at(-1)?.data as { height: number };
    expect(last.height).toBe(await contentHeight());
  });
});

test.describe('display parameters', () => {
  test.use({ colorScheme: 'light' });

  test('views=table shows only the table and never loads the map or chart code', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('./?embed=1&views=table&country=UZ');
    await expect(dataRows(page)).toHaveCount(2);
    await expect(worldMap(page)).toHaveCount(0);
    await expect(timelinePanel(page)).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(0);
    expect(scripts.some((url) => /world-map|timeline-chart/.test(url))).toBe(false);
  });

  test('views=map shows only the map, full width; unknown views are ignored', async ({ page }) => {
    await page.goto('./?views=map,bogus&country=UZ');
    await expect(mapCountry(page, 'Uzbekistan, 2 articles')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(timelinePanel(page)).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    // Not embedded: the header stays.
    await expect(page.getByRole('banner')).toContainText('2 of 5 articles');
    const map = await page.locator('.map-panel').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(map!.width).toBeGreaterThan(main!.width * 0.9);
  });

  test('views= with nothing valid shows every view', async ({ page }) => {
    await page.goto('./?views=bogus');
    await expectDashboard(page, { rows: 5 });
  });

  const background = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('theme=dark overrides a light system scheme, theme=light a dark one', async ({ page }) => {
    await openView(page);
    const light = await background(page);
    await openView(page, '?theme=dark');
    const dark = await background(page);
    expect(dark).not.toBe(light);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(
      'dark',
    );

    await page.emulateMedia({ colorScheme: 'dark' });
    await openView(page);
    expect(await background(page)).toBe(dark);
    await openView(page, '?theme=light');
    expect(await background(page)).toBe(light);
    // An invalid theme follows the system.
    await openView(page, '?theme=purple');
    expect(await background(page)).toBe(dark);
  });

  test('the display parameters survive filter changes', async ({ page }) => {
    await page.goto('./?embed=1&views=map,table&theme=dark');
    await mapCountry(page, 'Serbia, 1 article').click();
    await expect(dataRows(page)).toHaveCount(1);
    const params = new URL(page.url()).searchParams;
    expect([params.get('embed'), params.get('views'), params.get('theme')]).toEqual([
      '1',
      'map,table',
      'dark',
    ]);
    expect(params.get('country')).toBe('RS');
  });
});
