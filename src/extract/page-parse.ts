import { endsArticle, isChromeLine, isImageFile, isProse } from './chrome.ts';
import { detectLanguage } from './language.ts';
import type { Page, PageMeta } from './page.ts';
import { htmlToLines, looksLikeHtml } from './page-html.ts';
import { compactString } from './one-byte.ts';
import { cleanText, collapseSpaces, keepHttpUrl } from './text-clean.ts';

const HEADER_KEYS = new Set([
  'seed_url',
  'final_url',
  'url',
  'source',
  'source_url',
  'link',
  'canonical',
  'title',
  'date',
  'published',
  'published_at',
  'pubdate',
  'via',
  'http_status',
  'status',
  'content_type',
  'note',
  'lang',
  'language',
  'author',
  'site',
  'fetched_at',
  'encoding',
]);
const HEADER_LINE = /^([a-z_]+):[ \t]?(.*)$/u;
/** ` date 2025-11-21  Title | Site | Section`: the date line some scrapers write first. */
const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/u;
const URL_KEYS = ['seed_url', 'final_url', 'url', 'source_url', 'source', 'link', 'canonical'];

/**
 * Longer lines are split at sentence ends: no paragraph is this long, and the extractors' work
 * per line stays small (a file that is one line of a megabyte is read in reasonable time).
 */
export const MAX_LINE_CHARS = 2000;
/**
 * The page text extraction reads, in characters (a news article has a few thousand); the rest
 * is left out with a warning, so a huge file costs no more than this.
 */
export const MAX_PAGE_CHARS = 100_000;

/** Splits raw page text into meta data, headline, body paragraphs and chrome. */
export function parsePage(raw: string): Page {
  const text = cleanText(raw);
  const parsed = looksLikeHtml(text) ? cleanParsed(htmlToLines(text)) : splitTextPage(text);
  const { meta } = parsed;
  const bounded = boundLines(parsed.lines);
  // Every extractor runs its patterns over these lines: give them the compact string form.
  const lines = bounded.lines.map(compactString);
  const chrome = boundLines(parsed.chrome).lines.map(compactString);
  const url = keepHttpUrl(meta.url);
  const cleanMeta: PageMeta = {
    url,
    title: meta.title ? meta.title.trim() || null : null,
    date: meta.date ? meta.date.trim() || null : null,
  };
  if (url === null && meta.url?.trim()) cleanMeta.rejectedUrl = meta.url.trim();
  // The headline search and the body split compare every line's key with the headline's.
  const keys = lines.map(normalise);
  const stated = pickHeadline(cleanMeta.title, lines, keys);
  const split = splitBody(lines, keys, stated.headline);
  // A page whose stated title is not on the page shows its own headline just above the text.
  const lead = split.bodyLines[0];
  const ownHeadline =
    !stated.onPage && split.bodyLines.length > 1 && lead !== undefined && isHeadlineLike(lead);
  const headline = ownHeadline ? lead : compactString(stated.headline);
  const bodyLines = ownHeadline ? split.bodyLines.slice(1) : split.bodyLines;
  const chromeLines = [...chrome, ...split.chromeLines];
  const language = detectLanguage(bodyLines.join('\n') || headline || lines.join('\n'));
  return {
    meta: cleanMeta,
    title: headline,
    lines: [...lines, ...chrome],
    bodyLines,
    chromeLines,
    language,
    ...(bounded.cutFrom === null ? {} : { cutFrom: bounded.cutFrom }),
  };
}

/**
 * HTML character references can spell what cleanText removed from the raw text (`&#x202E;`,
 * `&#27;[31m`): the parser's output is cleaned again.
 */
function cleanParsed(parsed: { meta: PageMeta; lines: string[]; chrome: string[] }): {
  meta: PageMeta;
  lines: string[];
  chrome: string[];
} {
  const clean = (value: string | null) => (value === null ? null : cleanText(value));
  const lines = (list: string[]) =>
    list.map((line) => collapseSpaces(cleanText(line)).trim()).filter(Boolean);
  return {
    meta: {
      url: clean(parsed.meta.url),
      title: clean(parsed.meta.title),
      date: clean(parsed.meta.date),
    },
    lines: lines(parsed.lines),
    chrome: lines(parsed.chrome),
  };
}

/** Lines with long ones split, up to MAX_PAGE_CHARS; `cutFrom` is the full length when cut. */
function boundLines(lines: string[]): { lines: string[]; cutFrom: number | null } {
  const kept: string[] = [];
  let total = 0;
  let full = 0;
  for (const line of lines) {
    full += line.length;
    if (total >= MAX_PAGE_CHARS) continue;
    for (const piece of line.length > MAX_LINE_CHARS ? splitLongLine(line) : [line]) {
      if (total + piece.length > MAX_PAGE_CHARS) {
        total = MAX_PAGE_CHARS;
        break;
      }
      kept.push(piece);
      total += piece.length;
    }
  }
  return { lines: kept, cutFrom: full > MAX_PAGE_CHARS ? full : null };
}

/** Pieces of at most MAX_LINE_CHARS: cut after a sentence end, else at a space, else anywhere. */
function splitLongLine(line: string): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > MAX_LINE_CHARS) {
    let cut = -1;
    for (let i = MAX_LINE_CHARS - 1; i > MAX_LINE_CHARS / 2 && cut < 0; i--)
      if (/[.!?。！？؟…]/u.test(rest[i]!) && /\s/u.test(rest[i + 1] ?? '')) cut = i + 1;
    if (cut < 0) cut = rest.lastIndexOf(' ', MAX_LINE_CHARS);
    if (cut <= 0) cut = MAX_LINE_CHARS;
    // Never between the two halves of a surrogate pair.
    const code = rest.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut--;
    const piece = rest.slice(0, cut).trim();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut);
  }
  const last = rest.trim();
  if (last) pieces.push(last);
  return pieces;
}

function splitTextPage(text: string): { meta: PageMeta; lines: string[]; chrome: string[] } {
  const rawLines = text.split('\n');
  const header = readHeaderBlock(rawLines);
  const rest = rawLines.slice(header.length);
  const meta: PageMeta = { url: null, title: header.fields.get('title') ?? null, date: null };
  meta.date =
    header.fields.get('date') ||
    header.fields.get('published') ||
    header.fields.get('pubdate') ||
    null;
  // The first http(s) URL stated; else the first URL of another kind, dropped (with a warning)
  // by parsePage.
  const stated = URL_KEYS.map((key) => header.fields.get(key)?.trim()).filter(Boolean);
  meta.url = stated.find((value) => keepHttpUrl(value ?? null)) ?? stated[0] ?? null;

  const first = rest.findIndex((line) => line.trim() !== '');
  const dateLine = first >= 0 ? DATE_LINE.exec(rest[first]!) : null;
  if (dateLine) {
    meta.date ??= dateLine[1]!;
    meta.title ??= dateLine[2]!.trim();
    rest.splice(first, 1);
  }
  const lines = rest.map((line) => collapseSpaces(line).trim()).filter(Boolean);
  return { meta, lines, chrome: [] };
}

function readHeaderBlock(lines: string[]): { length: number; fields: Map<string, string> } {
  const fields = new Map<string, string>();
  let index = 0;
  for (; index < lines.length; index++) {
    const match = HEADER_LINE.exec(lines[index]!.trim());
    if (!match || !HEADER_KEYS.has(match[1]!)) break;
    fields.set(match[1]!, match[2]!.trim());
  }
  // One stray `key: value` line is not a header block unless it names a URL or a title.
  const isHeader = fields.size >= 2 || fields.has('seed_url') || fields.has('final_url');
  return isHeader ? { length: index, fields } : { length: 0, fields: new Map() };
}

/**
 * The headline: the stated title without its site suffix (the longest line of the page that
 * begins it, else its first ` | ` segment), or the first line that reads like a headline.
 */
function pickHeadline(
  stated: string | null,
  lines: string[],
  keys: string[],
): { headline: string; onPage: boolean } {
  if (stated) {
    const statedKey = normalise(stated);
    const onPage = lines
      .filter((line, i) => line.length >= 8 && statedKey.startsWith(keys[i]!))
      .sort((a, b) => b.length - a.length)[0];
    if (onPage && onPage.length >= stated.length * 0.4) return { headline: onPage, onPage: true };
    // The page's own heading may carry the site's prefix (`India News | <stated title>`).
    if (keys.some((key) => isHeadlineOf(key, statedKey))) return { headline: stated, onPage: true };
    return { headline: stated.split(/\s+\|\s+/u)[0]!.trim() || stated, onPage: false };
  }
  const first = lines.find((line) => !isChromeLine(line) && wordCount(line) >= 3) ?? lines[0] ?? '';
  return { headline: first, onPage: true };
}

/** Words, with unspaced scripts (Chinese, Japanese, Thai) counted two characters a word. */
function wordCount(line: string): number {
  const unspaced =
    line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ??
    0;
  return line.split(/\s+/u).filter(Boolean).length + Math.floor(unspaced / 2);
}

/** A short line without sentence-final punctuation: a headline rather than a paragraph. */
function isHeadlineLike(line: string): boolean {
  return line.split(/\s+/u).length <= 16 && !/[.!?。؟:]["'»”]?$/u.test(line);
}

function splitBody(
  lines: string[],
  keys: string[],
  headline: string,
): { bodyLines: string[]; chromeLines: string[] } {
  const headlineKey = normalise(headline);
  // Each line is compared with the headline once; the split below asks three times.
  const headlines = keys.map((key) => isHeadlineOf(key, headlineKey));
  const excluded = lines.map((line, i) => {
    const afterImage = i > 0 && isImageFile(lines[i - 1]!) && line.length < 120;
    return afterImage || isChromeLine(line) || headlines[i]!;
  });
  // A headline repeated near the top of the page marks where the article begins.
  const headlineAt = headlines.indexOf(true);
  const from = headlineAt >= 0 && headlineAt < lines.length / 2 ? headlineAt + 1 : 0;
  const start = lines.findIndex((line, i) => i >= from && !excluded[i] && isProse(line));
  if (start < 0) {
    const bodyLines = lines.filter((_, i) => !excluded[i]);
    return { bodyLines, chromeLines: lines.filter((_, i) => excluded[i]) };
  }
  let stop = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (endsArticle(lines[i]!)) {
      stop = i;
      break;
    }
  }
  let end = start;
  for (let i = start; i < stop; i++) if (!excluded[i] && isProse(lines[i]!)) end = i;
  const inBody = (i: number) => i >= start && i <= end && !excluded[i];
  return {
    bodyLines: lines.filter((_, i) => inBody(i)),
    chromeLines: lines.filter((_, i) => !inBody(i) && !headlines[i]),
  };
}

/** The headline itself, or the headline with a short site prefix or suffix around it (keys). */
function isHeadlineOf(key: string, headlineKey: string): boolean {
  return (
    key === headlineKey ||
    (headlineKey.length >= 8 && key.includes(headlineKey) && key.length <= headlineKey.length * 1.5)
  );
}

function normalise(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}
