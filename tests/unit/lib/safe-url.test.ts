import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../src/lib/safe-url.ts';

describe('safeHttpUrl', () => {
  it('keeps http and https', () => {
    expect(safeHttpUrl('https://president.uz/en/lists/view/2524')).toBe(
      'https://president.uz/en/lists/view/2524',
    );
    expect(safeHttpUrl('http://example.org/a b')).toBe('http://example.org/a%20b');
  });
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'ftp://x',
    'not a url',
    '//x.org',
  ])('rejects %s', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });
  it('passes null through', () => {
    expect(safeHttpUrl(null)).toBeNull();
  });
});
