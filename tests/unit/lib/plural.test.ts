import { describe, expect, it } from 'vitest';
import { formatCount, plural } from '../../../src/lib/plural.ts';

describe('plural', () => {
  it.each([
    [0, '0 articles'],
    [1, '1 article'],
    [2, '2 articles'],
    [13561, '13,561 articles'],
    [100000, '100,000 articles'],
  ])('%i → %s', (count, text) => expect(plural(count, 'article')).toBe(text));

  it('takes an irregular plural', () => {
    expect(plural(2, 'country', 'countries')).toBe('2 countries');
  });
});

describe('formatCount', () => {
  it('separates thousands whatever the machine locale', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
  });
});
