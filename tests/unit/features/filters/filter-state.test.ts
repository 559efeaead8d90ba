import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  DEFAULT_VIEW,
  hasActiveFilters,
  keepUnchanged,
  toggle,
  type ViewState,
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

describe('keepUnchanged', () => {
  const before: ViewState = {
    ...DEFAULT_VIEW,
    countries: ['UZ', 'RS'],
    sort: [{ column: 'title', desc: false }],
    query: 'huawei',
  };

  it('reuses the unchanged fields of the previous state, and the new values of changed ones', () => {
    const next = {
      ...before,
      countries: ['UZ', 'RS'],
      sort: [{ column: 'title' as const, desc: false }],
      query: 'huawei 5g',
    };
    const kept = keepUnchanged(before, next);
    expect(kept).toEqual(next);
    expect(kept.countries).toBe(before.countries);
    expect(kept.sort).toBe(before.sort);
    expect(kept.query).toBe('huawei 5g');
  });

  it('gives the previous state itself when nothing changed, and notices a change of order', () => {
    const same = {
      ...before,
      countries: ['UZ', 'RS'],
      sort: [{ column: 'title' as const, desc: false }],
    };
    expect(keepUnchanged(before, same)).toBe(before);
    const reordered = keepUnchanged(before, { ...before, countries: ['RS', 'UZ'] });
    expect(reordered.countries).toEqual(['RS', 'UZ']);
    expect(
      keepUnchanged(before, { ...before, sort: [{ column: 'title', desc: true }] }).sort,
    ).toEqual([{ column: 'title', desc: true }]);
  });
});
