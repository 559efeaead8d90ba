import { describe, expect, it } from 'vitest';
import { compactString } from '../../../src/extract/one-byte.ts';

describe('compactString', () => {
  it.each([
    ['', 'empty'],
    ['Plain ASCII text.', 'ASCII'],
    ['Café, naïve, µ, ÿ and ß', 'Latin-1'],
    ['Curly ’quotes’ and — dashes', 'wider characters'],
    ['Привет, 世界', 'other scripts'],
    ['\ufeffA byte-order mark', 'a byte-order mark'],
    ['lone \ud800 surrogate \udc00', 'lone surrogates'],
    ['\u0000\u0085\u00a0 controls and spaces', 'controls'],
  ])('keeps the value of %j (%s)', (text) => {
    expect(compactString(text)).toBe(text);
  });

  it('keeps a Latin line cut from a page with wider characters', () => {
    const page = 'Title — site\nThe minister met his counterpart.';
    const line = page.split('\n')[1]!;
    expect(compactString(line)).toBe('The minister met his counterpart.');
  });
});
