import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/article.ts';
import { MAX_LINE_CHARS, MAX_PAGE_CHARS, parsePage } from '../../../src/extract/page-parse.ts';

const SENTENCE = 'Kenya and Huawei build data centres. ';

describe('parsePage: bounded work on huge pages', () => {
  it('splits a megabyte on one line at sentence ends and reads up to MAX_PAGE_CHARS', () => {
    const raw = `${SENTENCE.repeat(28_400)}\n`;
    const page = parsePage(raw);
    const all = [page.title, ...page.bodyLines];
    expect(Math.max(...all.map((line) => line.length))).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(all.every((line) => line.endsWith('centres.'))).toBe(true);
    expect(all.join(' ').length).toBeLessThanOrEqual(MAX_PAGE_CHARS + all.length);
    expect(page.cutFrom).toBe(raw.trim().length);
  });

  it('cuts a long line without sentence ends at a space, and never inside a surrogate pair', () => {
    const words = parsePage(`${'word '.repeat(1000)}`).lines;
    expect(words.every((line) => line.length <= MAX_LINE_CHARS && !line.includes('  '))).toBe(true);
    const emoji = parsePage('🎉'.repeat(3000)).lines;
    expect(emoji.join('')).toBe('🎉'.repeat(3000));
    expect(emoji.every((line) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/u.test(line))).toBe(true);
  });

  it('leaves a normal page alone', () => {
    const page = parsePage('title: Deal\nseed_url: https://example.org/a\n\nA short paragraph.\n');
    expect(page.cutFrom).toBeUndefined();
    expect(page.lines).toEqual(['A short paragraph.']);
  });

  it('warns on the article when the text was cut', () => {
    const article = extractArticle(
      'big.txt',
      `Title line here\n${'Filler text line.\n'.repeat(9000)}`,
    );
    expect(article.warnings).toContain(
      `page text is ${'Title line here'.length + 'Filler text line.'.length * 9000} characters; only the first ${MAX_PAGE_CHARS} were read`,
    );
  });
});

describe('parsePage: source URLs of other schemes', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['JavaScript:alert(1)', 'javascript'],
    ['file:///etc/passwd', 'file'],
  ])('drops %s with a warning naming the scheme', (url, scheme) => {
    const article = extractArticle('a.txt', `seed_url: ${url}\ntitle: Deal\n\nA paragraph.\n`);
    expect(article.url).toBeNull();
    expect(article.warnings).toContain(`source URL dropped: ${scheme}: is not http or https`);
  });

  it('keeps the http(s) URL when another header names a bad one first', () => {
    const page = parsePage(
      'seed_url: javascript:alert(1)\nfinal_url: https://example.org/a\n\nA paragraph.\n',
    );
    expect(page.meta.url).toBe('https://example.org/a');
    expect(page.meta.rejectedUrl).toBeUndefined();
  });

  it('drops a relative or scheme-less URL with its own warning', () => {
    const article = extractArticle('a.txt', 'seed_url: /news/1\ntitle: Deal\n\nA paragraph.\n');
    expect(article.url).toBeNull();
    expect(article.warnings).toContain('source URL dropped: not an absolute http(s) URL');
  });

  it('drops a javascript: canonical link of an HTML page', () => {
    const article = extractArticle(
      'a.html',
      '<!doctype html><html><head><title>Deal</title><link rel="canonical" href="javascript:alert(1)"></head><body><p>A paragraph.</p></body></html>',
    );
    expect(article.url).toBeNull();
    expect(article.warnings).toContain('source URL dropped: javascript: is not http or https');
  });
});

describe('parsePage: HTML character references cannot smuggle controls in', () => {
  it('cleans the parsed title, meta and lines', () => {
    const page = parsePage(
      '<!doctype html><html><head><title>A&#x202E;B&#27;[31m C&#0;&#x7;</title><meta property="article:published_time" content="2024-01-02&#x202e;"></head><body><p>Text&#x2066; here&#x8d;.</p></body></html>',
    );
    expect(page.meta.title).toBe('AB C\ufffd');
    expect(page.meta.date).toBe('2024-01-02');
    expect(page.lines).toEqual(['Text here.']);
  });
});
