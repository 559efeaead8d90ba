import { describe, expect, it } from 'vitest';
import { warmUp } from '../../../src/pipeline/warm-up.ts';

describe('warmUp', () => {
  it('takes the extractor down its main paths, in plain English and in other scripts', () => {
    const articles = warmUp();
    expect(articles.map((a) => a.language)).toEqual(['en', 'uk']);
    for (const article of articles) {
      expect(article.countries.length).toBeGreaterThan(0);
      expect(article.organisations.length).toBeGreaterThan(0);
      expect(article.topics.length).toBeGreaterThan(0);
      expect(article.date).not.toBeNull();
    }
    expect(articles[0]!.eventType).toBe('mou');
  });
});
