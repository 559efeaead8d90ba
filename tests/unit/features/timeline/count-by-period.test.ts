import { describe, expect, it } from 'vitest';
import {
  countByPeriod,
  granularityFor,
  yearSpan,
} from '../../../../src/features/timeline/count-by-period.ts';
import { SEEDLIKE, makeArticle } from '../make-article.ts';

describe('countByPeriod', () => {
  it('counts per year over the data span, keeping empty years, stacked by type', () => {
    const t = countByPeriod(SEEDLIKE, null, null, yearSpan(SEEDLIKE));
    expect(t.granularity).toBe('year');
    expect(t.bars.map((b) => [b.period, b.total])).toEqual([
      ['2018', 1],
      ['2019', 2],
      ['2020', 1],
      ['2021', 0],
      ['2022', 0],
      ['2023', 0],
      ['2024', 0],
      ['2025', 1],
    ]);
    expect(t.bars[1]?.byType).toEqual({ visit: 1, meeting: 1 });
    expect(t.types).toEqual(['mou', 'agreement', 'visit', 'meeting']);
    expect(t.unplaced).toBe(0);
  });

  it('switches to months for three years or less and sets year-only dates aside', () => {
    const articles = [
      makeArticle({ id: 'a', date: '2019-05-02', eventType: 'meeting' }),
      makeArticle({ id: 'b', date: '2019-04', eventType: 'visit' }),
      makeArticle({ id: 'c', date: '2019' }),
    ];
    const t = countByPeriod(articles, '2019', '2019', null);
    expect(t.granularity).toBe('month');
    expect(t.bars).toHaveLength(12);
    expect(t.bars[3]).toEqual({ period: '2019-04', total: 1, byType: { visit: 1 } });
    expect(t.bars[4]?.total).toBe(1);
    expect(t.unplaced).toBe(1);
  });

  it('spans a month range across a year end', () => {
    const t = countByPeriod([], '2019-11', '2020-02', null);
    expect(t.bars.map((b) => b.period)).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
  });

  it('has no bars when nothing is dated', () => {
    const t = countByPeriod([makeArticle({ id: 'x' })], null, null, null);
    expect(t.bars).toEqual([]);
    expect(t.unplaced).toBe(1);
  });
});

describe('granularityFor', () => {
  it('is monthly up to three calendar years', () => {
    expect(granularityFor(2019, 2021)).toBe('month');
    expect(granularityFor(2019, 2022)).toBe('year');
  });
});
