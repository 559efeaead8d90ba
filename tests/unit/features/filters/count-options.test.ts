import { describe, expect, it } from 'vitest';
import { countOptions } from '../../../../src/features/filters/count-options.ts';
import { DEFAULT_VIEW } from '../../../../src/features/filters/filter-state.ts';
import { SEEDLIKE, makeArticle, partner } from '../make-article.ts';

describe('countOptions', () => {
  it('counts every option over all articles when nothing is filtered', () => {
    const c = countOptions(SEEDLIKE, DEFAULT_VIEW);
    expect(Object.fromEntries(c.countries)).toEqual({ UZ: 2, RS: 1, AZ: 1, VN: 1, CU: 1 });
    expect(Object.fromEntries(c.years)).toEqual({ 2018: 1, 2019: 2, 2020: 1, 2025: 1 });
    expect(c.types.get('meeting')).toBe(2);
    expect(c.orgs.get('Huawei')).toBe(3);
    expect(c.languages.get('ru')).toBe(1);
  });

  it('counts each facet under the other filters but not its own', () => {
    const c = countOptions(SEEDLIKE, { ...DEFAULT_VIEW, countries: ['UZ'], types: ['visit'] });
    // Countries ignore the country filter but follow the type filter.
    expect(Object.fromEntries(c.countries)).toEqual({ UZ: 1 });
    // Types ignore the type filter but follow the country filter.
    expect(Object.fromEntries(c.types)).toEqual({ visit: 1, mou: 1 });
  });

  it('counts an article once per option even when it names it twice', () => {
    const a = makeArticle({ id: 'x', countries: [partner('UZ'), partner('UZ')] });
    expect(countOptions([a], DEFAULT_VIEW).countries.get('UZ')).toBe(1);
  });
});
