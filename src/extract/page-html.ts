import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { PageMeta } from './page.ts';
import { collapseSpaces } from './text-clean.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'footer',
  'header',
  'aside',
  'form',
  'iframe',
  'button',
  'select',
  'head',
  'object',
  'canvas',
  'video',
  'audio',
  'figure',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'tr',
  'td',
  'th',
  'table',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'figcaption',
  'time',
  'address',
  'hr',
]);
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
  'article:modified_time',
];

export function looksLikeHtml(raw: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<\?xml[^>]*>\s*<html)/iu.test(raw) ||
    (raw.match(/<\/?(?:p|div|span|a|body|br)\b[^>]*>/giu)?.length ?? 0) > 10
  );
}

/** Meta data and readable lines of an HTML page, with scripts, styles, nav and footers dropped. */
export function htmlToLines(html: string): { meta: PageMeta; lines: string[]; chrome: string[] } {
  const document = parse(html);
  const elements = [...walk(document)];
  const metaContent = (key: string) =>
    elements
      .filter((e) => e.tagName === 'meta')
      .find((e) =>
        [attr(e, 'property'), attr(e, 'name'), attr(e, 'itemprop')].some(
          (k) => k?.toLowerCase() === key,
        ),
      )
      ?.attrs.find((a) => a.name === 'content')?.value ?? null;

  const titleElement = elements.find((e) => e.tagName === 'title');
  const title = metaContent('og:title') ?? (titleElement ? textOf(titleElement).trim() : null);
  const timeElement = elements.find((e) => e.tagName === 'time' && attr(e, 'datetime'));
  const date =
    DATE_META.map(metaContent).find(Boolean) ??
    (timeElement ? attr(timeElement, 'datetime') : null);
  const canonical = elements.find(
    (e) => e.tagName === 'link' && attr(e, 'rel')?.toLowerCase() === 'canonical',
  );
  const url = (canonical ? attr(canonical, 'href') : null) ?? metaContent('og:url');

  const container =
    elements.find((e) => e.tagName === 'article') ??
    elements.find((e) => e.tagName === 'main') ??
    elements.find((e) => e.tagName === 'body') ??
    document;
  const heading = elements.find((e) => e.tagName === 'h1');
  const chunks: string[] = [];
  if (heading && !isInside(heading, container)) chunks.push(textOf(heading), '\n');
  collectText(container, chunks);
  const lines = splitLines(chunks.join(''));
  // Navigation, headers, footers, asides and captions are chrome: kept apart, never dropped,
  // because the countries they name still count as mentions.
  const chrome = elements
    .filter((e) => CHROME.has(e.tagName) && !hasChromeAncestor(e))
    .flatMap((e) => splitLines(innerText(e)));
  return { meta: { url: url ?? null, title: title || null, date: date || null }, lines, chrome };
}

const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'figcaption']);

function hasChromeAncestor(element: Element): boolean {
  for (
    let node = element.parentNode as Node | null;
    node;
    node = 'parentNode' in node ? (node.parentNode as Node | null) : null
  ) {
    if ('tagName' in node && CHROME.has(node.tagName)) return true;
  }
  return false;
}

/** The text of a chrome element, its own skipped-element rule aside. */
function innerText(element: Element): string {
  const chunks: string[] = [];
  for (const child of element.childNodes) collectText(child, chunks);
  return chunks.join('');
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => collapseSpaces(line).trim())
    .filter(Boolean);
}

function* walk(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child);
  if ('content' in node && node.content) yield* walk(node.content as Node);
}

function attr(element: Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

function isInside(element: Element, container: Node): boolean {
  for (
    let node: Node | null = element;
    node;
    node = 'parentNode' in node ? (node.parentNode as Node | null) : null
  ) {
    if (node === container) return true;
  }
  return false;
}

function textOf(node: Node): string {
  const chunks: string[] = [];
  collectText(node, chunks);
  return collapseSpaces(chunks.join(''));
}

function collectText(node: Node, chunks: string[]): void {
  if (node.nodeName === '#text' && 'value' in node) {
    chunks.push(node.value);
    return;
  }
  if ('tagName' in node && SKIPPED.has(node.tagName)) return;
  const block = 'tagName' in node && BLOCKS.has(node.tagName);
  if (block) chunks.push('\n');
  if ('childNodes' in node) for (const child of node.childNodes) collectText(child, chunks);
  if (block) chunks.push('\n');
}
