import { describe, expect, it } from 'vitest';
import { dateInRange, filterArticles } from '../../../../src/features/filters/apply-filters.ts';
import { DEFAULT_VIEW } from '../../../../src/features/filters/filter-state.ts';
import { SEEDLIKE, makeArticle, mentioned } from '../make-article.ts';

const ids = (articles: { id: string }[]) => articles.map((a) => a.id).sort();

describe('filterArticles', () => {
  it('keeps everything with no filter', () => {
    expect(filterArticles(SEEDLIKE, DEFAULT_VIEW)).toHaveLength(5);
  });

  it('filters by partner country only, not mentioned ones', () => {
    expect(ids(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, countries: ['UZ'] }))).toEqual([
      'a0',
      'a1',
    ]);
    expect(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, countries: ['CN'] })).toEqual([]);
  });

  it('treats several countries as any of them', () => {
    expect(ids(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, countries: ['RS', 'CU'] }))).toEqual([
      'a2',
      'a4',
    ]);
  });

  it('filters by year range, every precision', () => {
    expect(ids(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, from: '2019', to: '2019' }))).toEqual([
      'a0',
      'a4',
    ]);
    expect(
      ids(
        filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, countries: ['VN'], from: '2019', to: '2019' }),
      ),
    ).toEqual(['a4']);
  });

  it('combines type, topic, organisation and language', () => {
    expect(ids(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, types: ['meeting'] }))).toEqual([
      'a3',
      'a4',
    ]);
    expect(
      ids(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, topics: ['4g', 'smart-city'] })),
    ).toEqual(['a1', 'a4']);
    expect(
      ids(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, org: 'Huawei', types: ['mou'] })),
    ).toEqual(['a1']);
    expect(ids(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, languages: ['ru'] }))).toEqual(['a3']);
  });

  it('searches title, summary and text, ignoring case and accents, Cyrillic included', () => {
    expect(ids(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, query: 'ВСТРЕТИЛСЯ' }))).toEqual(['a3']);
    expect(ids(filterArticles(SEEDLIKE, { ...DEFAULT_VIEW, query: 'kragujevac state' }))).toEqual([
      'a2',
    ]);
    const accented = makeArticle({ id: 'x', summary: 'Coopération numérique' });
    expect(
      filterArticles([accented], { ...DEFAULT_VIEW, query: 'cooperation NUMERIQUE' }),
    ).toHaveLength(1);
  });

  it('can leave one facet out, for option counts', () => {
    const state = { ...DEFAULT_VIEW, countries: ['UZ'], types: ['visit' as const] };
    expect(ids(filterArticles(SEEDLIKE, state, 'countries'))).toEqual(['a0']);
    expect(ids(filterArticles(SEEDLIKE, state, 'types'))).toEqual(['a0', 'a1']);
  });

  it('does not match a mentioned-only country', () => {
    const a = makeArticle({ id: 'm', countries: [mentioned('UZ')] });
    expect(filterArticles([a], { ...DEFAULT_VIEW, countries: ['UZ'] })).toEqual([]);
  });
});

describe('dateInRange', () => {
  it('needs the whole date inside the range', () => {
    expect(dateInRange('2019', '2019', '2019')).toBe(true);
    expect(dateInRange('2019', '2019-05', '2019-05')).toBe(false);
    expect(dateInRange('2019-05-02', '2019-05', '2019-05')).toBe(true);
    expect(dateInRange('2019-04-25', '2019-05', null)).toBe(false);
    expect(dateInRange('2020-01', null, '2019')).toBe(false);
  });
  it('excludes undated articles only when a range is set', () => {
    expect(dateInRange(null, null, null)).toBe(true);
    expect(dateInRange(null, '2019', null)).toBe(false);
  });
});
