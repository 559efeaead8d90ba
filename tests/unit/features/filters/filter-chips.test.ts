import { describe, expect, it } from 'vitest';
import { activeChips } from '../../../../src/features/filters/filter-chips.tsx';
import { DEFAULT_VIEW } from '../../../../src/features/filters/filter-state.ts';

describe('activeChips', () => {
  it('has no chip without filters', () => {
    expect(activeChips(DEFAULT_VIEW)).toEqual([]);
  });

  it('gives one chip per value, each removing only itself', () => {
    const state = {
      ...DEFAULT_VIEW,
      countries: ['UZ', 'RS'],
      from: '2019',
      to: '2019',
      query: ' huawei ',
    };
    const chips = activeChips(state);
    expect(chips.map((c) => c.label)).toEqual([
      'Country: Uzbekistan',
      'Country: Serbia',
      'Dates: 2019',
      'Search: “huawei”',
    ]);
    expect(chips[0]?.remove().countries).toEqual(['RS']);
    expect(chips[2]?.remove()).toMatchObject({ from: null, to: null, countries: ['UZ', 'RS'] });
  });

  it('labels an open-ended range', () => {
    expect(activeChips({ ...DEFAULT_VIEW, from: '2019-05' })[0]?.label).toBe('Dates: May 2019 – …');
  });
});
