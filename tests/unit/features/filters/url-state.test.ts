import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../../../../src/features/filters/filter-state.ts';
import {
  DEFAULT_DISPLAY,
  formatDisplayOptions,
  formatViewState,
  parseDisplayOptions,
  formatQuality,
  parsePeriod,
  parseQuality,
  parseSort,
  parseViewState,
} from '../../../../src/features/filters/url-state.ts';

const full: ViewState = {
  countries: ['UZ', 'RS'],
  from: '2018',
  to: '2020',
  types: ['mou', 'agreement'],
  topics: ['5g'],
  org: 'Huawei',
  languages: ['ru'],
  query: 'data centre',
  sort: [{ column: 'title', desc: false }],
  article: '000_73a2e28172a05d7d',
  quality: 'warning',
};

describe('parseViewState', () => {
  it('reads every parameter with its documented name', () => {
    expect(
      parseViewState(
        '?country=UZ,RS&from=2018&to=2020&type=mou,agreement&topic=5g&org=Huawei&lang=ru&q=data+centre&article=000_73a2e28172a05d7d&sort=title.asc&quality=warning',
      ),
    ).toEqual(full);
  });

  it('gives the defaults for an empty query', () => {
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('ignores invalid values without throwing', () => {
    expect(
      parseViewState(
        '?country=ZZ,U1,uz&from=abc&to=2019-13&type=bogus,visit&topic=6g&lang=eng&sort=x.up&article=<b>',
      ),
    ).toEqual({ ...DEFAULT_VIEW, countries: ['UZ'], types: ['visit'] });
  });

  it('drops duplicates', () => {
    expect(parseViewState('?country=UZ,UZ').countries).toEqual(['UZ']);
  });

  it('swaps a reversed range', () => {
    const s = parseViewState('?from=2021&to=2019');
    expect([s.from, s.to]).toEqual(['2019', '2021']);
  });

  it('accepts a month as a bound', () => {
    const s = parseViewState('?from=2019-05&to=2019-05');
    expect([s.from, s.to]).toEqual(['2019-05', '2019-05']);
  });
});

describe('formatViewState', () => {
  it('leaves defaults out entirely', () => {
    expect(formatViewState(DEFAULT_VIEW)).toBe('');
  });

  it('writes readable comma lists', () => {
    expect(formatViewState({ ...DEFAULT_VIEW, countries: ['UZ', 'RS'] })).toBe('?country=UZ,RS');
  });

  it('round-trips through parse', () => {
    expect(parseViewState(formatViewState(full))).toEqual(full);
  });

  it('keeps parameters it does not own, such as embed and theme', () => {
    expect(
      formatViewState({ ...DEFAULT_VIEW, languages: ['ru'] }, '?embed=1&lang=en&theme=dark'),
    ).toBe('?embed=1&theme=dark&lang=ru');
  });

  it('omits the default sort but keeps any other', () => {
    expect(formatViewState({ ...DEFAULT_VIEW, sort: [{ column: 'date', desc: true }] })).toBe('');
    expect(formatViewState({ ...DEFAULT_VIEW, sort: [{ column: 'date', desc: false }] })).toBe(
      '?sort=date.asc',
    );
  });
});

describe('the quality parameter', () => {
  it.each([
    ['1', 'all'],
    ['all', 'all'],
    [' TRUE ', 'all'],
    ['error', 'error'],
    ['Warning', 'warning'],
    ['0', null],
    ['', null],
    ['errors', null],
    ['<script>', null],
    [null, null],
  ] as const)('%s → %s', (raw, expected) => {
    expect(parseQuality(raw)).toBe(expected);
  });

  it('writes `all` as 1, a severity by name, and nothing when closed', () => {
    expect(formatQuality('all')).toBe('1');
    expect(formatQuality('error')).toBe('error');
    expect(formatQuality(null)).toBe('');
    expect(formatViewState({ ...DEFAULT_VIEW, quality: 'all' })).toBe('?quality=1');
    expect(formatViewState({ ...DEFAULT_VIEW, quality: null }, '?quality=1&theme=dark')).toBe(
      '?theme=dark',
    );
  });

  it('round-trips every value, with an open article beside it', () => {
    for (const quality of ['all', 'error', 'warning', null] as const) {
      const state: ViewState = { ...DEFAULT_VIEW, quality, article: 'a1' };
      expect(parseViewState(formatViewState(state))).toEqual(state);
    }
  });

  it('ignores an invalid value without touching the other parameters', () => {
    expect(parseViewState('?quality=bogus&country=UZ')).toEqual({
      ...DEFAULT_VIEW,
      countries: ['UZ'],
    });
  });
});

describe('parseSort', () => {
  it('reads several keys in order and skips repeats', () => {
    expect(parseSort('date.asc,type.desc,date.desc')).toEqual([
      { column: 'date', desc: false },
      { column: 'type', desc: true },
    ]);
  });
  it('falls back to date descending', () => {
    expect(parseSort('nothing')).toEqual([{ column: 'date', desc: true }]);
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2019', '2019'],
    ['2019-05', '2019-05'],
    ['2019-00', null],
    ['2019-5', null],
    ['19', null],
    [null, null],
  ])('%s → %s', (raw, expected) => {
    expect(parsePeriod(raw)).toBe(expected);
  });
});

describe('parseDisplayOptions', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseDisplayOptions('')).toEqual(DEFAULT_DISPLAY);
    expect(DEFAULT_DISPLAY).toEqual({
      embed: false,
      views: ['map', 'timeline', 'table'],
      theme: null,
    });
  });

  it('reads embed, views and theme beside the filters', () => {
    expect(parseDisplayOptions('?embed=1&views=table,map&theme=dark&country=UZ')).toEqual({
      embed: true,
      views: ['map', 'table'],
      theme: 'dark',
    });
  });

  it.each([
    ['?embed=1', true],
    ['?embed=true', true],
    ['?embed=0', false],
    ['?embed=', false],
    ['?embed=yes', false],
  ])('%s → embed %s', (search, embed) => {
    expect(parseDisplayOptions(search).embed).toBe(embed);
  });

  it('drops unknown views, repeats and case; none left means all', () => {
    expect(parseDisplayOptions('?views=Timeline,bogus,timeline').views).toEqual(['timeline']);
    expect(parseDisplayOptions('?views=bogus').views).toEqual(['map', 'timeline', 'table']);
    expect(parseDisplayOptions('?views=').views).toEqual(['map', 'timeline', 'table']);
    expect(parseDisplayOptions('?views=,,').views).toEqual(['map', 'timeline', 'table']);
  });

  it('ignores an unknown theme', () => {
    expect(parseDisplayOptions('?theme=purple').theme).toBeNull();
    expect(parseDisplayOptions('?theme=LIGHT').theme).toBe('light');
  });

  it('is not disturbed by the filter state, nor the filter state by it', () => {
    expect(parseViewState('?embed=1&views=map&theme=dark')).toEqual(DEFAULT_VIEW);
  });
});

describe('formatDisplayOptions', () => {
  it('leaves defaults out entirely', () => {
    expect(formatDisplayOptions(DEFAULT_DISPLAY)).toBe('');
    expect(formatDisplayOptions({ ...DEFAULT_DISPLAY, views: ['table', 'map', 'timeline'] })).toBe(
      '',
    );
  });

  it('writes the views in canonical order and keeps the filters', () => {
    expect(
      formatDisplayOptions(
        { embed: true, views: ['table', 'map'], theme: 'light' },
        '?country=UZ&embed=0&views=timeline',
      ),
    ).toBe('?country=UZ&embed=1&views=map,table&theme=light');
  });

  it('round-trips through parse', () => {
    const options = { embed: true, views: ['timeline'] as const, theme: 'dark' as const };
    expect(parseDisplayOptions(formatDisplayOptions(options))).toEqual(options);
  });
});
