import { endsArticle, isChromeLine, isImageFile, isProse } from './chrome.ts';
import { detectLanguage } from './language.ts';
import type { Page, PageMeta } from './page.ts';
import { htmlToLines, looksLikeHtml } from './page-html.ts';
import { cleanText, keepHttpUrl } from './text-clean.ts';

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

/** Splits raw page text into meta data, headline, body paragraphs and chrome. */
export function parsePage(raw: string): Page {
  const text = cleanText(raw);
  const { meta, lines, chrome } = looksLikeHtml(text) ? htmlToLines(text) : splitTextPage(text);
  const cleanMeta: PageMeta = {
    url: keepHttpUrl(meta.url),
    title: meta.title ? meta.title.trim() || null : null,
    date: meta.date ? meta.date.trim() || null : null,
  };
  const stated = pickHeadline(cleanMeta.title, lines);
  const split = splitBody(lines, stated.headline);
  // A page whose stated title is not on the page shows its own headline just above the text.
  const lead = split.bodyLines[0];
  const ownHeadline =
    !stated.onPage && split.bodyLines.length > 1 && lead !== undefined && isHeadlineLike(lead);
  const headline = ownHeadline ? lead : stated.headline;
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
  };
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
  meta.url =
    URL_KEYS.map((key) => keepHttpUrl(header.fields.get(key) ?? null)).find(Boolean) ?? null;

  const first = rest.findIndex((line) => line.trim() !== '');
  const dateLine = first >= 0 ? DATE_LINE.exec(rest[first]!) : null;
  if (dateLine) {
    meta.date ??= dateLine[1]!;
    meta.title ??= dateLine[2]!.trim();
    rest.splice(first, 1);
  }
  const lines = rest.map((line) => line.replace(/\s+/gu, ' ').trim()).filter(Boolean);
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
): { headline: string; onPage: boolean } {
  if (stated) {
    const statedKey = normalise(stated);
    const onPage = lines
      .filter((line) => line.length >= 8 && statedKey.startsWith(normalise(line)))
      .sort((a, b) => b.length - a.length)[0];
    if (onPage && onPage.length >= stated.length * 0.4) return { headline: onPage, onPage: true };
    // The page's own heading may carry the site's prefix (`India News | <stated title>`).
    if (lines.some((line) => isHeadlineOf(line, statedKey)))
      return { headline: stated, onPage: true };
    return { headline: stated.split(/\s+\|\s+/u)[0]!.trim() || stated, onPage: false };
  }
  const first =
    lines.find((line) => !isChromeLine(line) && line.split(/\s+/u).length >= 3) ?? lines[0] ?? '';
  return { headline: first, onPage: true };
}

/** A short line without sentence-final punctuation: a headline rather than a paragraph. */
function isHeadlineLike(line: string): boolean {
  return line.split(/\s+/u).length <= 16 && !/[.!?。؟:]["'»”]?$/u.test(line);
}

function splitBody(
  lines: string[],
  headline: string,
): { bodyLines: string[]; chromeLines: string[] } {
  const headlineKey = normalise(headline);
  const isHeadline = (line: string) => isHeadlineOf(line, headlineKey);
  const excluded = lines.map((line, i) => {
    const afterImage = i > 0 && isImageFile(lines[i - 1]!) && line.length < 120;
    return afterImage || isChromeLine(line) || isHeadline(line);
  });
  // A headline repeated near the top of the page marks where the article begins.
  const headlineAt = lines.findIndex(isHeadline);
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
    chromeLines: lines.filter((_, i) => !inBody(i) && !isHeadline(lines[i]!)),
  };
}

/** The headline itself, or the headline with a short site prefix or suffix around it. */
function isHeadlineOf(line: string, headlineKey: string): boolean {
  const key = normalise(line);
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
