import { test, expect, dataRows } from './fixtures.ts';
import { useSiteFromSeeds } from './support/served-seeds.ts';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Sets a flag and opens a dialog: either proves that article content ran. */
const RUN = 'window.__pwned=1;alert(1)';

const SCRIPT_TITLE = `Kenya <script>${RUN}</script> signs data centre deal`;
const IMG_TITLE = `Ghana <img src=x onerror="${RUN}"> launches cloud`;
const BODY = [
  'The Ministry of ICT of Kenya signed a memorandum with Huawei on a national data centre in Nairobi.',
  `Officials said <script>${RUN}</script> the centre opens next year.`,
  `A caption <img src=x onerror="${RUN}"> and <svg onload="${RUN}"></svg> and <a href="javascript:${RUN}">a link</a>.`,
  `Escaped: &lt;script&gt;${RUN}&lt;/script&gt; and &#60;img src=x onerror=alert(1)&#62;.`,
].join('\n');

function headerArticle(title: string, url: string, body = BODY): string {
  return `seed_url: ${url}\ntitle: ${title}\n\n${body}\n`;
}

/** An HTML page whose entities decode to payloads: they must end as text, never as markup. */
const ENTITY_PAGE = `<!doctype html><html><head>
<title>Rwanda &lt;script&gt;alert(1)&lt;/script&gt; signs fibre deal</title>
<link rel="canonical" href="&#106;avascript:alert(1)">
<script>${RUN}</script>
</head><body><article>
<h1>Rwanda &lt;script&gt;alert(1)&lt;/script&gt; signs fibre deal</h1>
<p>Rwanda&#8217;s Ministry of ICT signed a fibre agreement with Uganda in Kigali on Monday &lt;img src=x onerror=alert(1)&gt;.</p>
<p onclick="${RUN}">The cable <a href="javascript:${RUN}">links</a> both capitals <iframe srcdoc="<script>${RUN}</script>"></iframe>by 2026.</p>
<img src=x onerror="${RUN}">
</article></body></html>
`;

const SEEDS: Record<string, string> = {
  'script-title.txt': headerArticle(SCRIPT_TITLE, `javascript:${RUN}`),
  'img-title.txt': headerArticle(IMG_TITLE, 'data:text/html,<script>alert(1)</script>'),
  'data-url.txt': headerArticle(
    'Serbia and China open a data centre',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ),
  'vbscript.txt': headerArticle('Uzbekistan builds safe city', 'vbscript:msgbox(1)'),
  'spaced.txt': headerArticle('Cuba and Vietnam meet on 4G', ' JaVaScRiPt:alert(1)'),
  'entities.html': ENTITY_PAGE,
  'fine.txt': headerArticle('A safe link stays', 'https://example.org/news/1'),
};

const site = useSiteFromSeeds(SEEDS);

test.beforeEach(({ page }) => {
  // Any alert, confirm or prompt is article content running: the test fails.
  page.on('dialog', (dialog) => {
    void dialog.dismiss();
    throw new Error(`a script from article content opened a ${dialog.type()}: ${dialog.message()}`);
  });
});

test('every article of a hostile dataset opens with its payloads as literal text', async ({
  page,
}) => {
  test.setTimeout(90_000);
  expect(site().dataset.articles).toHaveLength(Object.keys(SEEDS).length);
  // The build kept no URL of another scheme and said so.
  const warned = site().dataset.articles.filter((a) =>
    a.warnings.some((w) => /^source URL dropped/.test(w)),
  );
  expect(warned.map((a) => a.file).sort()).toEqual([
    'data-url.txt',
    'entities.html',
    'img-title.txt',
    'script-title.txt',
    'spaced.txt',
    'vbscript.txt',
  ]);

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()));
  await page.goto(site().server.url);
  await expect(dataRows(page)).toHaveCount(site().dataset.articles.length);
  // The table shows the titles as text.
  await expect(page.getByRole('table', { name: /Articles/ })).toContainText(SCRIPT_TITLE);

  for (const article of site().dataset.articles) {
    await page.goto(`${site().server.url}?article=${article.id}`);
    const view = page.getByRole('dialog');
    await expect(view).toBeVisible();
    await expect(view.getByRole('heading', { level: 2 })).toHaveText(article.title);
    if (article.text) await expect(view.locator('.article-text')).toHaveText(article.text);
    // Nothing from the article became an element: no image, script, frame or handler.
    expect(await view.locator('img, script, iframe, svg:not(.icon), object, embed').count()).toBe(
      0,
    );
    expect(await page.locator('[onerror], [onload], [onclick], [srcdoc]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect(view).toHaveCount(0);
  }

  // The literal payloads are there, as text.
  await page.goto(
    `${site().server.url}?article=${site().dataset.articles.find((a) => a.file === 'script-title.txt')!.id}`,
  );
  const view = page.getByRole('dialog');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText(SCRIPT_TITLE);
  await expect(view.locator('.article-text')).toContainText(`<script>${RUN}</script>`);
  await expect(view.locator('.article-text')).toContainText(`onerror="${RUN}"`);
  await expect(view.locator('.article-text')).toContainText(`href="javascript:${RUN}"`);
  await expect(view.getByText('No source URL')).toBeVisible();

  const html = await page.goto(
    `${site().server.url}?article=${site().dataset.articles.find((a) => a.file === 'entities.html')!.id}`,
  );
  expect(html?.ok()).toBe(true);
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(
    'Rwanda <script>alert(1)</script> signs fibre deal',
  );
  await expect(page.getByRole('dialog').locator('.article-text')).toContainText(
    '<img src=x onerror=alert(1)>',
  );

  // The one http(s) source is a link; nothing else is.
  await page.goto(
    `${site().server.url}?article=${site().dataset.articles.find((a) => a.file === 'fine.txt')!.id}`,
  );
  await expect(
    page.getByRole('dialog').getByRole('link', { name: 'https://example.org/news/1' }),
  ).toHaveAttribute('href', 'https://example.org/news/1');

  expect(
    await page
      .locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]')
      .count(),
  ).toBe(0);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('the data quality view of a hostile dataset renders its messages as text', async ({
  page,
}) => {
  await page.goto(`${site().server.url}?quality=1`);
  const view = page.getByRole('region', { name: 'Data quality' });
  await expect(view).toBeVisible();
  await expect(view.getByRole('link', { name: SCRIPT_TITLE })).toBeVisible();
  await expect(view).toContainText('source URL dropped: javascript: is not http or https');
  expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
  expect(await view.locator('img, script, iframe').count()).toBe(0);
  // Every article link is an article view of this page.
  for (const href of await view
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
    expect(href).toMatch(/^\?(?:.*&)?article=[a-z0-9_-]+(?:&|$)/);
  await view.getByRole('link', { name: IMG_TITLE }).click();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(IMG_TITLE);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
