import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/article.ts';

const BODY =
  'The Government of Mali awarded a contract to extend the national fibre network, the ministry said on Tuesday.';

describe('the site country from the source URL', () => {
  it.each([
    'http://178.33.172.26/news/2024/01/09/story',
    'https://example.eu/news/story',
    'https://news.example.su/story',
  ])('never yields a non-ISO code for %s', (url) => {
    const article = extractArticle(
      'a.txt',
      `seed_url: ${url}\ntitle: Fibre contract awarded\n\n${BODY}\n`,
    );
    for (const country of article.countries) expect(country.code).toMatch(/^[A-Z]{2}$/u);
    expect(article.countries.map((c) => c.code)).toContain('ML');
  });
});
