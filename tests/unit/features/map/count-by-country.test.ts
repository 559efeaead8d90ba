import { describe, expect, it } from 'vitest';
import { countByCountry } from '../../../../src/features/map/count-by-country.ts';
import { SEEDLIKE, makeArticle, partner } from '../make-article.ts';

describe('countByCountry', () => {
  it('counts articles per partner country, ignoring mentioned ones', () => {
    const stats = countByCountry(SEEDLIKE);
    expect(Object.fromEntries([...stats].map(([code, s]) => [code, s.count]))).toEqual({
      UZ: 2,
      RS: 1,
      AZ: 1,
      VN: 1,
      CU: 1,
    });
    expect(stats.has('CN')).toBe(false);
  });

  it('lists the event types behind a count, most first, ties alphabetical', () => {
    const articles = [
      makeArticle({ id: 'a', eventType: 'visit', countries: [partner('UZ')] }),
      makeArticle({ id: 'b', eventType: 'mou', countries: [partner('UZ')] }),
      makeArticle({ id: 'c', eventType: 'visit', countries: [partner('UZ'), partner('UZ')] }),
      makeArticle({ id: 'd', eventType: 'agreement', countries: [partner('UZ')] }),
    ];
    expect(countByCountry(articles).get('UZ')).toEqual({
      count: 4,
      topTypes: [
        ['visit', 2],
        ['agreement', 1],
        ['mou', 1],
      ],
    });
  });
});
