import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../../src/schema/dataset.ts';
import type { Article, Dataset } from '../../../src/schema/dataset.ts';
import { MAX_FILE_BYTES } from '../../../src/pipeline/read-capped.ts';
import { MAX_LINE_CHARS, MAX_PAGE_CHARS } from '../../../src/extract/page-parse.ts';

/*
 * The data build fed what real scrapers save: every common encoding, whole HTML pages, control
 * characters, hostile URLs, a 25 MB file, a megabyte on one line, binary, empty and hidden files,
 * symbolic links (one a loop), odd file names, duplicates and several reports of one event. The
 * folder is generated here; the real command line builds it as a black box.
 */

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TIME = '/usr/bin/time';

/** Articles the extractor understands: a header block, then prose sentences. */
function headerArticle(title: string, body: string, url = 'https://example.org/news'): string {
  return `seed_url: ${url}\ntitle: ${title}\n\n${body}\n`;
}

const KENYA_BODY =
  'Nairobi, 3 March 2023 — Kenya’s Ministry of Information, Communications and the Digital Economy signed a memorandum of understanding with Huawei on a national data centre.\n' +
  'The ministry said the centre will host e-government services for every county.\n';

const RU_TITLE = 'Узбекистан и Китай подписали меморандум о цифровом сотрудничестве';
const RU_BODY =
  'Министерство цифровых технологий Узбекистана подписало меморандум о взаимопонимании с компанией Хуавей в Ташкенте 25 апреля 2019 года.\n' +
  'Стороны договорились о строительстве центра обработки данных и развитии широкополосного доступа в регионах страны.\n' +
  'Министр отметил, что проект позволит обеспечить высокоскоростным интернетом школы, больницы и государственные учреждения.\n';
const KOI8_TITLE = 'Азербайджан и Международный союз электросвязи обсудили сотрудничество';
const KOI8_BODY =
  'Министр цифрового развития и транспорта Азербайджана встретился с генеральным секретарём Международного союза электросвязи в Баку 21 ноября 2025 года.\n' +
  'Стороны обсудили расширение сотрудничества в области широкополосной связи, кибербезопасности и подготовки специалистов.\n' +
  'Особое внимание было уделено развитию сетей пятого поколения и цифровой экономики в регионе.\n';
const FR_TITLE = 'Le Sénégal et la Côte d’Ivoire signent un accord sur la fibre optique';
const FR_BODY =
  'Le ministère de l’Économie numérique du Sénégal a signé à Dakar un accord de coopération avec la Côte d’Ivoire pour la pose d’un câble à fibre optique.\n' +
  'Selon le ministre, ce projet œuvre à réduire la fracture numérique entre les régions côtières et l’intérieur du pays.\n' +
  'Les opérateurs des deux pays participeront à l’exploitation du réseau dès l’année prochaine.\n';
const ES_TITLE = 'España y Perú firman un acuerdo sobre ciberseguridad';
const ES_BODY =
  'El Ministerio de Asuntos Económicos y Transformación Digital de España firmó en Lima un acuerdo de cooperación con el Gobierno del Perú.\n' +
  '¿Qué cambiará? Según el ministro, ambos países compartirán información sobre amenazas y formarán a técnicos en ciberseguridad.\n' +
  'La colaboración incluirá también la protección de las redes de telecomunicaciones y los servicios de administración electrónica.\n';

const HTML_TITLE = 'Rwanda and Singapore sign digital economy agreement';
const HTML_PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${HTML_TITLE} | Example News</title>
<meta property="og:title" content="${HTML_TITLE} | Example News">
<meta property="article:published_time" content="2024-06-12T08:30:00Z">
<link rel="canonical" href="https://news.example.com/2024/06/rwanda-singapore">
<style>.hero { color: red } /* STYLE-TEXT */</style>
<script>window.SCRIPT_TEXT = 1; alert('SCRIPT-TEXT');</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">NAV-TEXT World</a> <a href="/tech">Technology</a></nav>
<header><div class="logo">HEADER-TEXT Example News</div></header>
<article>
<h1>${HTML_TITLE}</h1>
<time datetime="2024-06-11">11 June 2024</time>
<p>Rwanda’s Ministry of ICT and Innovation signed a digital economy agreement with Singapore in Kigali on Tuesday.</p>
<script>document.write('INLINE-SCRIPT-TEXT')</script>
<p>The agreement covers cross-border data flows, e-payments and cybersecurity cooperation between the two governments.</p>
<p>Officials said the first projects would start before the end of the year.</p>
</article>
<aside>ASIDE-TEXT Most read: ten gadgets</aside>
<footer>FOOTER-TEXT © 2024 Example News. All rights reserved.</footer>
<noscript>NOSCRIPT-TEXT</noscript>
</body></html>
`;
const TIME_PAGE = `<!doctype html><html><head><title>Ghana launches national cloud platform - Daily Tech</title></head>
<body><main><h1>Ghana launches national cloud platform</h1>
<p>Published <time datetime="2023-09-05T10:00:00+00:00">5 September 2023</time></p>
<p>Ghana’s Ministry of Communications and Digitalisation launched a national cloud platform for government agencies in Accra.</p>
<p>The platform will host e-government services and store public records securely.</p>
</main><footer>FOOTER-TEXT Contact us</footer></body></html>
`;
/** Control characters that only appear once the parser has decoded the character references. */
const ENTITY_PAGE = `<!doctype html><html><head><title>Chile &#x202E;and&#x202C; Argentina&#27;[31m sign fibre deal&#x7;</title></head>
<body><article><p>Chile&#x2066; and Argentina signed an agreement on a cross-border fibre optic cable&#x1b;[0m in Santiago.</p>
<p>The ministers said the cable will&#x85; connect both countries&#x8d; by 2026.</p></article></body></html>
`;

const CONTROL_TITLE =
  'Ethiopia\u0000 and \u001b[1;31mDjibouti\u001b[0m sign \u202ebroadband\u202c deal\u0007\u2066\u2069\u0085';
const CONTROL_BODY =
  'Ethiopia’s Ministry of Innovation and Technology\u0000 signed a broadband agreement with Djibouti in Addis Ababa.\u001b[32m\n' +
  'The \u202Efibre\u202C link\u0008 will\u000b carry\u001f data \u2067between\u2069 both capitals\ufeff by next year.\u009b\n';

/** Controls, NULs, escapes and bidi formatting characters that must never reach the dataset. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/u;

const HUGE_BYTES = 25 * 1024 * 1024;

interface Expected {
  title?: string;
  encoding?: string;
}

/** Every file the fixture holds, by relative path, with what its article must show. */
const ARTICLES: Record<string, Expected> = {};

async function put(root: string, rel: string, content: string | Buffer, expected?: Expected) {
  const file = path.join(root, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  if (expected) ARTICLES[rel] = expected;
}

function withBom(bom: number[], body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(bom), body]);
}

/** A PNG: signature, IHDR chunk, then compressed-looking bytes (deterministic). */
function pngBytes(): Buffer {
  const noise = Buffer.alloc(4096);
  let seed = 7;
  for (let i = 0; i < noise.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = seed >> 16;
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from([0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]),
    noise,
  ]);
}

/** A ZIP with one stored text entry: mostly text, with the binary local header around it. */
function zipBytes(): Buffer {
  const name = Buffer.from('article.txt');
  const data = Buffer.from(KENYA_BODY.repeat(3));
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(10, 4);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return Buffer.concat([header, name, data, central, name, end]);
}

/** The fixture folder; `reverse` writes the same files in the opposite order. */
async function makeFixture(root: string, reverse = false): Promise<void> {
  const steps: (() => Promise<void>)[] = [
    () =>
      put(root, 'utf8.txt', headerArticle(RU_TITLE, RU_BODY), {
        title: RU_TITLE,
        encoding: 'utf-8',
      }),
    () =>
      put(
        root,
        'utf8-bom.txt',
        withBom([0xef, 0xbb, 0xbf], Buffer.from(headerArticle(FR_TITLE, FR_BODY))),
        {
          title: FR_TITLE,
          encoding: 'utf-8',
        },
      ),
    () =>
      put(
        root,
        'encodings/utf16le.txt',
        withBom([0xff, 0xfe], iconv.encode(headerArticle(KOI8_TITLE, KOI8_BODY), 'utf-16le')),
        { title: KOI8_TITLE, encoding: 'utf-16le' },
      ),
    () =>
      put(
        root,
        'encodings/utf16be.txt',
        withBom([0xfe, 0xff], iconv.encode(headerArticle(ES_TITLE, ES_BODY), 'utf-16be')),
        { title: ES_TITLE, encoding: 'utf-16be' },
      ),
    () =>
      put(
        root,
        'encodings/windows-1251.txt',
        iconv.encode(headerArticle(RU_TITLE, RU_BODY), 'windows-1251'),
        {
          title: RU_TITLE,
          encoding: 'windows-1251',
        },
      ),
    () =>
      put(
        root,
        'encodings/koi8-r.txt',
        iconv.encode(headerArticle(KOI8_TITLE, KOI8_BODY), 'koi8-r'),
        {
          title: KOI8_TITLE,
          encoding: 'koi8-r',
        },
      ),
    () =>
      put(
        root,
        'encodings/windows-1252-fr.txt',
        iconv.encode(headerArticle(FR_TITLE, FR_BODY), 'windows-1252'),
        {
          title: FR_TITLE,
          encoding: 'windows-1252',
        },
      ),
    () =>
      put(
        root,
        'encodings/windows-1252-es.txt',
        iconv.encode(headerArticle(ES_TITLE, ES_BODY), 'windows-1252'),
        {
          title: ES_TITLE,
          encoding: 'windows-1252',
        },
      ),
    () => put(root, 'html/page.html', HTML_PAGE, { title: HTML_TITLE, encoding: 'utf-8' }),
    () =>
      put(root, 'html/time-only.htm', TIME_PAGE, {
        title: 'Ghana launches national cloud platform',
        encoding: 'utf-8',
      }),
    () =>
      put(root, 'html/entities.html', ENTITY_PAGE, {
        title: 'Chile and Argentina sign fibre deal',
        encoding: 'utf-8',
      }),
    () =>
      put(
        root,
        'urls/javascript.txt',
        headerArticle('Kenya signs data centre memorandum', KENYA_BODY, 'javascript:alert(1)'),
        {
          title: 'Kenya signs data centre memorandum',
        },
      ),
    () =>
      put(
        root,
        'urls/data.txt',
        headerArticle(
          'Kenya and Huawei agree on data centre',
          KENYA_BODY,
          'data:text/html,<script>alert(1)</script>',
        ),
        { title: 'Kenya and Huawei agree on data centre' },
      ),
    () =>
      put(root, 'controls.txt', headerArticle(CONTROL_TITLE, CONTROL_BODY), {
        title: 'Ethiopia and Djibouti sign broadband deal',
        encoding: 'utf-8',
      }),
    () =>
      put(
        root,
        'crlf.txt',
        headerArticle('Kenya and Huawei open a data centre', KENYA_BODY).replaceAll('\n', '\r\n'),
        {
          title: 'Kenya and Huawei open a data centre',
          encoding: 'utf-8',
        },
      ),
    // A single megabyte line: one enormous paragraph of distinct sentences.
    () =>
      put(
        root,
        'limits/one-line.txt',
        `${Array.from({ length: 20_000 }, (_, i) => `Kenya and Huawei build data centre number ${i} in Nairobi.`).join(' ')}\n`,
        { encoding: 'utf-8' },
      ),
    // 25 MB: an article, then filler far beyond the cap.
    async () => {
      const head = Buffer.from(headerArticle('Kenya and Huawei sign huge memorandum', KENYA_BODY));
      const line = Buffer.from('Filler paragraph of a scraped archive page that goes on and on.\n');
      const filler = Buffer.alloc(HUGE_BYTES - head.length);
      for (let at = 0; at < filler.length; at += line.length) line.copy(filler, at);
      await put(root, 'limits/huge.txt', Buffer.concat([head, filler]), {
        title: 'Kenya and Huawei sign huge memorandum',
        encoding: 'utf-8',
      });
    },
    () => put(root, 'binary/image.png', pngBytes()),
    () => put(root, 'binary/archive.zip', zipBytes()),
    () => put(root, 'empty.txt', ''),
    () => put(root, 'whitespace.txt', ' \n\t\r\n   \n'),
    () => put(root, '.DS_Store', Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31])),
    () => put(root, '.hidden/secret.txt', headerArticle('Hidden', KENYA_BODY)),
    () =>
      put(
        root,
        'names/名前 with spaces.txt',
        headerArticle('Japan and Kenya sign data memorandum', KENYA_BODY),
        {
          title: 'Japan and Kenya sign data memorandum',
        },
      ),
    () =>
      put(
        root,
        'names/Кириллица/статья №1.txt',
        headerArticle('Статья о сотрудничестве', RU_BODY),
        {
          title: 'Статья о сотрудничестве',
        },
      ),
    () =>
      put(
        root,
        'names/emoji 🎉 news.txt',
        headerArticle('Kenya celebrates data centre 🎉', KENYA_BODY),
        {
          title: 'Kenya celebrates data centre 🎉',
        },
      ),
    () =>
      put(
        root,
        'nested/a/b/c/deep.txt',
        headerArticle('Deeply nested Kenya memorandum', KENYA_BODY),
        {
          title: 'Deeply nested Kenya memorandum',
        },
      ),
    // Exact duplicates: the same bytes twice.
    () =>
      put(
        root,
        'dup/original.txt',
        headerArticle('Kenya and Huawei sign a memorandum on data centres', KENYA_BODY),
        {
          title: 'Kenya and Huawei sign a memorandum on data centres',
        },
      ),
    () =>
      put(
        root,
        'dup/copy.txt',
        headerArticle('Kenya and Huawei sign a memorandum on data centres', KENYA_BODY),
        {
          title: 'Kenya and Huawei sign a memorandum on data centres',
        },
      ),
    // Another outlet's report of the same signing, a day later, in other words.
    () =>
      put(
        root,
        'dup/other-outlet.txt',
        headerArticle(
          'Kenya, Huawei sign memorandum on national data centre',
          'Kenya’s Ministry of Information, Communications and the Digital Economy on Saturday signed a memorandum of understanding with Huawei to build a national data centre in Nairobi, 4 March 2023.\n' +
            'Officials said the data centre will run e-government services.\n',
          'https://other.example.net/kenya-huawei',
        ),
        { title: 'Kenya, Huawei sign memorandum on national data centre' },
      ),
    // Links: one back to the root (a loop) and one to a file.
    async () => {
      await mkdir(path.join(root, 'links'), { recursive: true });
      await symlink('..', path.join(root, 'links', 'loop'));
      await symlink('../utf8.txt', path.join(root, 'links', 'alias.txt'));
      ARTICLES['links/alias.txt'] = { title: RU_TITLE, encoding: 'utf-8' };
    },
  ];
  for (const step of reverse ? [...steps].reverse() : steps) await step();
}

/** The files an independent walk finds: regular files and links to files; hidden names apart. */
async function listFiles(root: string, rel = ''): Promise<{ visible: string[]; hidden: string[] }> {
  const visible: string[] = [];
  const hidden: string[] = [];
  for (const name of await readdir(path.join(root, rel))) {
    const child = rel ? `${rel}/${name}` : name;
    if (name.startsWith('.')) {
      hidden.push(child);
      continue;
    }
    const info = await lstat(path.join(root, child));
    if (info.isDirectory()) {
      const inner = await listFiles(root, child);
      visible.push(...inner.visible);
      hidden.push(...inner.hidden);
    } else if (info.isFile()) visible.push(child);
    else if (
      info.isSymbolicLink() &&
      (await stat(path.join(root, child)).catch(() => null))?.isFile()
    )
      visible.push(child);
  }
  return { visible, hidden };
}

interface Build {
  dataset: Dataset;
  bytes: string;
  stderr: string;
  /** Peak resident memory of the build process in kB, when /usr/bin/time could measure it. */
  peakKb: number | null;
}

async function build(input: string, output: string, extra: string[] = []): Promise<Build> {
  const cli = ['tsx', 'src/pipeline/cli.ts', '--input', input, '--output', output, ...extra];
  const tsx = path.join(REPO, 'node_modules', '.bin', 'tsx');
  const measured = existsSync(TIME);
  const [command, args] = measured ? [TIME, ['-v', tsx, ...cli.slice(1)]] : [tsx, cli.slice(1)];
  // A failed build rejects with its exit code and stderr: the test fails on a non-zero exit.
  const { stderr } = await run(command, args, { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  const peak = /Maximum resident set size \(kbytes\): (\d+)/u.exec(stderr);
  const bytes = await readFile(output, 'utf8');
  return {
    dataset: DatasetSchema.parse(JSON.parse(bytes)),
    bytes,
    stderr,
    peakKb: peak ? Number(peak[1]) : null,
  };
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) allStrings(v, out);
  return out;
}

let work: string;
let input: string;
let first: Build;
const byFile = new Map<string, Article>();

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'atlas-hostile-'));
  input = path.join(work, 'input folder ünïcødé');
  await makeFixture(input);
  first = await build(input, path.join(work, 'out', 'first.json'), [
    '--cache',
    path.join(work, 'cache'),
  ]);
  for (const article of first.dataset.articles) byFile.set(article.file, article);
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a hostile input folder, built by the command line', () => {
  it('accounts for every file: an article or a problem, counts in = out', async () => {
    const { visible, hidden } = await listFiles(input);
    const articles = first.dataset.articles.map((a) => a.file);
    const problemFiles = new Set(first.dataset.problems.map((p) => p.file));
    // No file is both an article and an error, none is missing, nothing is invented.
    const errorFiles = new Set(
      first.dataset.problems.filter((p) => p.severity === 'error').map((p) => p.file),
    );
    expect(articles.filter((file) => errorFiles.has(file))).toEqual([]);
    expect([...new Set([...articles, ...problemFiles])].sort()).toEqual(
      [...visible, ...hidden, 'links/loop'].sort(),
    );
    expect(
      articles.length + first.dataset.problems.filter((p) => p.severity === 'error').length,
    ).toBe(visible.length);
    expect(Object.keys(ARTICLES).sort()).toEqual([...articles].sort());
  });

  it('lists unreadable files as errors and skipped ones as notes', () => {
    const problems = Object.fromEntries(first.dataset.problems.map((p) => [p.file, p]));
    expect(problems['binary/image.png']).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/binary/),
    });
    expect(problems['binary/archive.zip']).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/binary/),
    });
    expect(problems['empty.txt']).toMatchObject({ severity: 'error', message: 'empty file' });
    expect(problems['whitespace.txt']).toMatchObject({
      severity: 'error',
      message: 'only whitespace',
    });
    expect(problems['.DS_Store']).toMatchObject({
      severity: 'warning',
      message: 'hidden file skipped',
    });
    expect(problems['.hidden']).toMatchObject({
      severity: 'warning',
      message: 'hidden file skipped',
    });
    expect(problems['links/loop']).toMatchObject({
      severity: 'warning',
      message: 'symbolic link loop skipped',
    });
    // Messages go to stderr and name the file.
    for (const file of ['binary/image.png', 'empty.txt', 'links/loop'])
      expect(first.stderr).toContain(file);
  });

  it('decodes every encoding to the exact title and records the encoding', () => {
    for (const [file, expected] of Object.entries(ARTICLES)) {
      const article = byFile.get(file);
      expect(article, file).toBeDefined();
      if (expected.title !== undefined) expect(article!.title, file).toBe(expected.title);
      if (expected.encoding !== undefined) expect(article!.encoding, file).toBe(expected.encoding);
    }
    expect(byFile.get('encodings/windows-1251.txt')!.text).toBe(RU_BODY.trim());
    expect(byFile.get('encodings/koi8-r.txt')!.text).toBe(KOI8_BODY.trim());
    expect(byFile.get('encodings/windows-1252-fr.txt')!.text).toContain('œuvre');
    expect(byFile.get('encodings/windows-1252-es.txt')!.text).toContain('¿Qué cambiará?');
    expect(byFile.get('encodings/windows-1251.txt')!.language).toBe('ru');
  });

  it('reads an HTML page with a parser: title, date, canonical URL, body; no script or chrome', () => {
    const page = byFile.get('html/page.html')!;
    expect(page.title).toBe(HTML_TITLE);
    expect(page.publishedDate).toBe('2024-06-12');
    expect(page.url).toBe('https://news.example.com/2024/06/rwanda-singapore');
    expect(page.text.split('\n')).toEqual([
      'Rwanda’s Ministry of ICT and Innovation signed a digital economy agreement with Singapore in Kigali on Tuesday.',
      'The agreement covers cross-border data flows, e-payments and cybersecurity cooperation between the two governments.',
      'Officials said the first projects would start before the end of the year.',
    ]);
    const json = JSON.stringify(page);
    for (const marker of [
      'SCRIPT',
      'STYLE-TEXT',
      'NAV-TEXT',
      'HEADER-TEXT',
      'FOOTER-TEXT',
      'ASIDE-TEXT',
      'alert',
    ])
      expect(json, marker).not.toContain(marker);
    const timed = byFile.get('html/time-only.htm')!;
    expect(timed.publishedDate).toBe('2023-09-05');
    expect(timed.text).not.toContain('FOOTER-TEXT');
    expect(timed.url).toBeNull();
  });

  it('strips controls, NULs, ANSI escapes and bidi overrides from every string', () => {
    const offending = allStrings(first.dataset).filter((s) => FORBIDDEN.test(s));
    expect(offending).toEqual([]);
    expect(byFile.get('controls.txt')!.text).toBe(
      'Ethiopia’s Ministry of Innovation and Technology signed a broadband agreement with Djibouti in Addis Ababa.\n' +
        'The fibre link will carry data between both capitals by next year.',
    );
    expect(byFile.get('html/entities.html')!.text).toBe(
      'Chile and Argentina signed an agreement on a cross-border fibre optic cable in Santiago.\n' +
        'The ministers said the cable will… connect both countries by 2026.',
    );
    // CRLF: no carriage return survives, the header block is still read.
    const crlf = byFile.get('crlf.txt')!;
    expect(crlf.url).toBe('https://example.org/news');
    expect(crlf.text).toBe(KENYA_BODY.trim());
  });

  it('keeps only http(s) URLs and warns about the others', () => {
    for (const file of ['urls/javascript.txt', 'urls/data.txt']) {
      const article = byFile.get(file)!;
      expect(article.url, file).toBeNull();
      expect(article.warnings, file).toContainEqual(
        expect.stringMatching(/^source URL dropped: (javascript|data): is not http or https$/u),
      );
    }
    expect(first.bytes).not.toMatch(/"url": "(?!https?:)/u);
  });

  it('reads a 25 MB file up to the cap with a warning, in bounded memory', () => {
    const huge = byFile.get('limits/huge.txt')!;
    expect(huge.text).toContain('national data centre');
    expect(first.dataset.problems).toContainEqual({
      file: 'limits/huge.txt',
      severity: 'warning',
      message: `file is ${HUGE_BYTES} bytes; only the first ${MAX_FILE_BYTES} were read`,
    });
    // The whole 25 MB file never sits in memory: the process stays far below what holding it
    // (as bytes, then as text, then as lines) would take. Skipped where /usr/bin/time is missing.
    if (first.peakKb !== null) expect(first.peakKb).toBeLessThan(450 * 1024);
    // A megabyte on one line is read (up to the extraction cap) in pieces of bounded length.
    const line = byFile.get('limits/one-line.txt')!;
    expect(line.text.startsWith('Kenya and Huawei build data centre number ')).toBe(true);
    expect(line.text.length).toBeGreaterThan(MAX_PAGE_CHARS / 2);
    expect(line.text.length).toBeLessThanOrEqual(MAX_PAGE_CHARS);
    expect(Math.max(...line.text.split('\n').map((piece) => piece.length))).toBeLessThanOrEqual(
      MAX_LINE_CHARS,
    );
    expect(line.title.length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(line.warnings).toContainEqual(expect.stringMatching(/^page text is \d+ characters/u));
  });

  it('walks names with spaces and any Unicode, `/`-separated, links to files once', () => {
    for (const file of [
      'names/名前 with spaces.txt',
      'names/Кириллица/статья №1.txt',
      'names/emoji 🎉 news.txt',
      'nested/a/b/c/deep.txt',
      'links/alias.txt',
    ])
      expect(byFile.has(file), file).toBe(true);
    expect(
      first.dataset.articles.some((a) => a.file.includes('\\') || a.file.includes('loop/')),
    ).toBe(false);
    const ids = first.dataset.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Path order, code point by code point.
    const files = first.dataset.articles.map((a) => a.file);
    expect(files).toEqual([...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('flags identical content and groups reports of one event', () => {
    const original = byFile.get('dup/copy.txt')!;
    const copy = byFile.get('dup/original.txt')!;
    // Path order decides which one is the original: `copy.txt` sorts first.
    expect(original.duplicateOf).toBeNull();
    expect(copy.duplicateOf).toBe(original.id);
    expect(byFile.get('links/alias.txt')!.duplicateOf).toBeNull();
    expect(byFile.get('utf8.txt')!.duplicateOf).toBe(byFile.get('links/alias.txt')!.id);
    const other = byFile.get('dup/other-outlet.txt')!;
    expect(other.duplicateOf).toBeNull();
    expect(other.eventGroup).toBe(original.eventGroup);
    expect(copy.eventGroup).toBe(original.eventGroup);
    // An unrelated article stays in its own group.
    expect(byFile.get('html/page.html')!.eventGroup).toBe(byFile.get('html/page.html')!.id);
  });

  it('gives byte-identical output twice, warm cache or none, whatever order files were made in', async () => {
    const warm = await build(input, path.join(work, 'out', 'warm.json'), [
      '--cache',
      path.join(work, 'cache'),
    ]);
    expect(warm.bytes).toBe(first.bytes);
    const again = path.join(work, 'input folder ünïcødé again');
    await makeFixture(again, true);
    const reversed = await build(again, path.join(work, 'out', 'reversed.json'), ['--no-cache']);
    expect(reversed.bytes).toBe(first.bytes);
  }, 300_000);
});
