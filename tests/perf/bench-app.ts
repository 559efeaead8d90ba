import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { formatTable, type Column } from '../../src/pipeline/bench-table.ts';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { STRICT_CSP } from '../e2e/support/paths.ts';
import { readTemplates, writeSyntheticData } from './synth-dataset.ts';

/**
 * `npm run bench:app [-- --sizes 1000,10000,100000]`: the app at scale, in Chromium.
 *
 * Datasets are synthesised (tests/perf/synth-dataset.ts) from the records the real pipeline
 * extracts from `seeds/` and `../shared/corpus/articles`: the contract document, streamed, plus
 * its sidecars written by the same code as `npm run data`. Extracting 100,000 files for real
 * takes hours on this machine (`npm run bench` measures that side); the app only sees the data
 * files, so synthesising them measures the app honestly.
 *
 * Per size, the production build is served (with the strict CSP) and measured with the marks the
 * app leaves (src/lib/perf-marks.ts): first render (navigation start → map, timeline and table
 * drawn with data; median of `--runs` loads), filter latency (input event → frame after every
 * view committed; p50/p95 over country clicks on the map, year changes and searches), and the
 * longest task (PerformanceObserver `longtask`) while the table is scrolled by wheel and jumps.
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    shared: { type: 'string', default: path.resolve('..', 'shared') },
    keep: { type: 'boolean', default: false },
  },
});
const run = promisify(execFile);
const REPORT = 'reports/bench-app.json';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];

export interface AppRow {
  articles: number;
  indexMb: number;
  firstRenderMs: number;
  firstRenderRunsMs: number[];
  /** Navigation start → search file loaded and validated (after the first render), last run. */
  searchReadyMs: number;
  filterP50Ms: number;
  filterP95Ms: number;
  filterMaxMs: number;
  filterChanges: number;
  /** Each change's latency, in the order made: 8 map clicks, 8 year changes, 8 searches. */
  filterLatenciesMs: number[];
  scrollLongestTaskMs: number;
  scrollLongTasks: number;
  load: string;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function templatesFrom(work: string): Promise<string> {
  const input = path.join(work, 'templates-input');
  await mkdir(input, { recursive: true });
  for (const folder of ['seeds', path.join(values.shared, 'corpus', 'articles')]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.txt')))
      await copyFile(path.join(folder, name), path.join(input, name));
  }
  const output = path.join(work, 'templates', 'articles.json');
  await run(path.join('node_modules', '.bin', 'tsx'), [
    'src/pipeline/cli.ts',
    '--quiet',
    '--no-cache',
    '--input',
    input,
    '--output',
    output,
  ]);
  return output;
}

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

async function firstRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:first-render').length > 0,
    undefined,
    { timeout: 180_000, polling: 100 },
  );
  return (await measures(page, 'atlas:first-render'))[0]!;
}

/** Runs one filter change and returns how long until every view had updated. */
async function timedChange(page: Page, change: () => Promise<void>): Promise<number> {
  const before = (await measures(page, 'atlas:filter')).length;
  await change();
  await page.waitForFunction(
    (n) => performance.getEntriesByName('atlas:filter').length > n,
    before,
    { timeout: 60_000, polling: 20 },
  );
  // Let the page settle so one change's trailing work does not land on the next one.
  await page.waitForTimeout(150);
  return (await measures(page, 'atlas:filter'))[before]!;
}

async function filterLatencies(page: Page): Promise<number[]> {
  const latencies: number[] = [];
  const map = page.getByRole('group', { name: /World map/ });
  // Search needs its file, which loads right after the first render; changes are measured once
  // it has arrived (its load time is reported as its own column).
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:search-ready').length > 0,
    undefined,
    {
      timeout: 180_000,
    },
  );
  await page.waitForTimeout(500);
  for (const country of ['Uzbekistan', 'Brazil', 'India', 'Kenya']) {
    const button = map.getByRole('button', { name: new RegExp(`^${country},`) });
    latencies.push(await timedChange(page, () => button.click()));
    latencies.push(await timedChange(page, () => button.click()));
  }
  const from = page.getByRole('combobox', { name: 'From' });
  for (const year of ['2010', '2015', '2020', '2024', '2008', '2012', '2018', '']) {
    latencies.push(await timedChange(page, () => from.selectOption(year).then(() => undefined)));
  }
  const search = page.getByRole('searchbox');
  for (const query of [
    'huawei',
    'ministry',
    'cooperation',
    'network',
    'digital',
    '5g',
    'ict',
    '',
  ]) {
    latencies.push(await timedChange(page, () => search.fill(query)));
  }
  return latencies;
}

async function scrollLongTasks(page: Page): Promise<{ longest: number; count: number }> {
  const box = page.locator('.table-scroll');
  await box.scrollIntoViewIfNeeded();
  const start = await page.evaluate(() => performance.now());
  const bounds = await box.boundingBox();
  if (bounds) await page.mouse.move(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(16);
  }
  // Jumps, as when the scroll bar is dragged: far away rows render from nothing.
  for (const fraction of [0.25, 0.9, 0.5, 1, 0, 0.75]) {
    await box.evaluate((el, f) => {
      el.scrollTop = f * (el.scrollHeight - el.clientHeight);
    }, fraction);
    await page.waitForTimeout(120);
  }
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, -800);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(500);
  return page.evaluate((from) => {
    const tasks = (window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks.filter(
      (t) => t.startTime >= from,
    );
    return { longest: Math.max(0, ...tasks.map((t) => t.duration)), count: tasks.length };
  }, start);
}

async function benchSize(size: number, app: string, templates: string, work: string) {
  const site = path.join(work, `site-${size}`);
  await cp(app, site, { recursive: true });
  await rm(path.join(site, 'data'), { recursive: true, force: true });
  process.stderr.write(`bench:app: generating ${size} articles…\n`);
  await writeSyntheticData(await readTemplates(templates), size, path.join(site, 'data'));
  const indexMb = (await stat(path.join(site, 'data', 'articles.index.json'))).size / 2 ** 20;
  const server = await startStaticServer({
    root: site,
    headers: { 'Content-Security-Policy': STRICT_CSP, 'Cache-Control': 'no-cache' },
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __longTasks: PerformanceEntry[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries())).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    const firstRuns: number[] = [];
    let page: Page | null = null;
    for (let r = 0; r < Number(values.runs); r++) {
      await page?.close();
      page = await context.newPage();
      process.stderr.write(`bench:app: ${size} first render ${r + 1}…\n`);
      firstRuns.push(await firstRender(page, server.url));
    }
    process.stderr.write(`bench:app: ${size} filter changes…\n`);
    await page!.waitForFunction(
      () => performance.getEntriesByName('atlas:search-ready').length > 0,
      undefined,
      { timeout: 180_000 },
    );
    const searchReadyMs = await page!.evaluate(
      () => performance.getEntriesByName('atlas:search-ready')[0]!.startTime,
    );
    const inOrder = await filterLatencies(page!);
    const latencies = [...inOrder].sort((a, b) => a - b);
    process.stderr.write(`bench:app: ${size} scrolling…\n`);
    const scroll = await scrollLongTasks(page!);
    const sortedRuns = [...firstRuns].sort((a, b) => a - b);
    return {
      articles: size,
      indexMb,
      firstRenderMs: quantile(sortedRuns, 0.5),
      firstRenderRunsMs: firstRuns,
      searchReadyMs,
      filterP50Ms: quantile(latencies, 0.5),
      filterP95Ms: quantile(latencies, 0.95),
      filterMaxMs: latencies.at(-1)!,
      filterChanges: latencies.length,
      filterLatenciesMs: inOrder.map((ms) => Math.round(ms)),
      scrollLongestTaskMs: scroll.longest,
      scrollLongTasks: scroll.count,
      load: loadavg()
        .map((l) => l.toFixed(1))
        .join(' '),
    } satisfies AppRow;
  } finally {
    await browser.close();
    await server.close();
    if (!values.keep) await rm(site, { recursive: true, force: true });
  }
}

export const APP_COLUMNS: Column<AppRow>[] = [
  { label: 'articles', cell: (r) => String(r.articles) },
  { label: 'index MB', cell: (r) => r.indexMb.toFixed(1) },
  { label: 'first render ms', cell: (r) => r.firstRenderMs.toFixed(0) },
  { label: 'search ready ms', cell: (r) => r.searchReadyMs.toFixed(0) },
  { label: 'filter p50 ms', cell: (r) => r.filterP50Ms.toFixed(0) },
  { label: 'filter p95 ms', cell: (r) => r.filterP95Ms.toFixed(0) },
  { label: 'filter max ms', cell: (r) => r.filterMaxMs.toFixed(0) },
  { label: 'changes', cell: (r) => String(r.filterChanges) },
  { label: 'scroll longest task ms', cell: (r) => r.scrollLongestTaskMs.toFixed(0) },
  { label: 'long tasks', cell: (r) => String(r.scrollLongTasks) },
  { label: `load (${cpus().length} cores)`, cell: (r) => r.load },
];

const work = await mkdtemp(path.join(tmpdir(), 'atlas-bench-app-'));
try {
  process.stderr.write('bench:app: extracting the templates and building the app…\n');
  const templates = await templatesFrom(work);
  const app = path.join(work, 'app');
  await run('npx', ['vite', 'build', '--outDir', app, '--emptyOutDir', '--logLevel', 'error']);
  const rows: AppRow[] = [];
  for (const size of values.sizes.split(',').map(Number))
    rows.push(await benchSize(size, app, templates, work));
  process.stdout.write(`${formatTable(APP_COLUMNS, rows)}\n`);
  await mkdir(path.dirname(REPORT), { recursive: true });
  await writeFile(REPORT, `${JSON.stringify(rows, null, 1)}\n`);
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
}
