import { describe, expect, it } from 'vitest';
import { dateSpan, summarize } from '../../../src/app/summarize.ts';
import { SEEDLIKE, makeArticle } from '../features/make-article.ts';

describe('summarize', () => {
  it('counts articles, distinct partner countries and distinct years', () => {
    expect(summarize(SEEDLIKE)).toEqual({ articles: 5, partnerCountries: 5, years: 4 });
    expect(summarize([])).toEqual({ articles: 0, partnerCountries: 0, years: 0 });
  });
});

describe('dateSpan', () => {
  it('finds the earliest and latest dates, ignoring undated articles', () => {
    expect(dateSpan([...SEEDLIKE, makeArticle({ id: 'u' })])).toEqual({
      first: '2018',
      last: '2025-11-21',
    });
    expect(dateSpan([makeArticle({ id: 'u' })])).toBeNull();
  });
});
