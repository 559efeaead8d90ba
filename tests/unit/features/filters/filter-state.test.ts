import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  DEFAULT_VIEW,
  hasActiveFilters,
  toggle,
} from '../../../../src/features/filters/filter-state.ts';

describe('filter state helpers', () => {
  it('toggle adds an absent value and removes a present one', () => {
    expect(toggle(['UZ'], 'RS')).toEqual(['UZ', 'RS']);
    expect(toggle(['UZ', 'RS'], 'UZ')).toEqual(['RS']);
  });

  it('a blank search is not an active filter; sort and article are not filters', () => {
    expect(hasActiveFilters({ ...DEFAULT_VIEW, query: '   ' })).toBe(false);
    expect(
      hasActiveFilters({ ...DEFAULT_VIEW, sort: [{ column: 'title', desc: false }], article: 'x' }),
    ).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_VIEW, org: 'Huawei' })).toBe(true);
  });

  it('clearing filters keeps the sort', () => {
    const sort = [{ column: 'title' as const, desc: false }];
    expect(clearFilters({ ...DEFAULT_VIEW, countries: ['UZ'], sort })).toEqual({
      ...DEFAULT_VIEW,
      sort,
    });
  });
});
