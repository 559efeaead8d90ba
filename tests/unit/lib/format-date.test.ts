import { describe, expect, it } from 'vitest';
import { formatDate, parseDateParts } from '../../../src/lib/format-date.ts';

describe('formatDate', () => {
  it.each([
    ['2018', '2018'],
    ['2019-05', 'May 2019'],
    ['2019-04-25', '25 Apr 2019'],
    ['2020-12-01', '1 Dec 2020'],
    [null, 'Undated'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it('returns a malformed date unchanged rather than inventing one', () => {
    expect(formatDate('2019/04')).toBe('2019/04');
    expect(formatDate('2019-13')).toBe('2019-13');
  });
});

describe('parseDateParts', () => {
  it('splits each precision', () => {
    expect(parseDateParts('2019')).toEqual({ year: 2019, month: null, day: null });
    expect(parseDateParts('2019-04-25')).toEqual({ year: 2019, month: 4, day: 25 });
    expect(parseDateParts('19-04')).toBeNull();
  });
});
