import { describe, expect, it } from 'vitest';
import { dateSpan, summarize } from '../../../src/app/summarize.ts';
import { SEEDLIKE, makeArticle } from '../features/make-article.ts';

describe('summarize', () => {
  it('counts articles, distinct events, partner countries and years', () => {
    expect(summarize(SEEDLIKE)).toEqual({ articles: 5, events: 5, partnerCountries: 5, years: 4 });
    expect(summarize([])).toEqual({ articles: 0, events: 0, partnerCountries: 0, years: 0 });
  });

  it('counts reports of one event once', () => {
    const reports = [
      makeArticle({ id: 'a' }),
      makeArticle({ id: 'b', eventGroup: 'a' }),
      makeArticle({ id: 'c', eventGroup: 'a', duplicateOf: 'b' }),
      makeArticle({ id: 'd' }),
    ];
    expect(summarize(reports)).toMatchObject({ articles: 4, events: 2 });
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
