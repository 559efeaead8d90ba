import { describe, expect, it } from 'vitest';
import { sortArticles } from '../../../../src/features/table/sort-articles.ts';
import { SEEDLIKE, makeArticle } from '../make-article.ts';

const ids = (articles: { id: string }[]) => articles.map((a) => a.id);

describe('sortArticles', () => {
  it('sorts by date descending, year-only dates before days of the same year', () => {
    expect(ids(sortArticles(SEEDLIKE, [{ column: 'date', desc: true }]))).toEqual([
      'a3',
      'a2',
      'a4',
      'a0',
      'a1',
    ]);
    expect(ids(sortArticles(SEEDLIKE, [{ column: 'date', desc: false }]))).toEqual([
      'a1',
      'a0',
      'a4',
      'a2',
      'a3',
    ]);
  });

  it('puts undated articles last in both directions', () => {
    const articles = [makeArticle({ id: 'u' }), ...SEEDLIKE];
    expect(ids(sortArticles(articles, [{ column: 'date', desc: true }])).at(-1)).toBe('u');
    expect(ids(sortArticles(articles, [{ column: 'date', desc: false }])).at(-1)).toBe('u');
  });

  it('applies a secondary key to ties of the first', () => {
    expect(
      ids(
        sortArticles(SEEDLIKE, [
          { column: 'type', desc: false },
          { column: 'date', desc: true },
        ]),
      ),
    ).toEqual(['a2', 'a3', 'a4', 'a1', 'a0']);
  });

  it('sorts partner countries by English name', () => {
    expect(ids(sortArticles(SEEDLIKE, [{ column: 'partners', desc: false }]))).toEqual([
      'a3',
      'a2',
      'a0',
      'a1',
      'a4',
    ]);
  });

  it('does not change its input', () => {
    const copy = [...SEEDLIKE];
    sortArticles(SEEDLIKE, [{ column: 'title', desc: false }]);
    expect(SEEDLIKE).toEqual(copy);
  });
});
