import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv.ts';

describe('toCsv (RFC 4180)', () => {
  it('joins with commas and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });
  it('quotes fields with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(toCsv([['x,y', 'say "hi"', 'two\nlines', 'plain']])).toBe(
      '"x,y","say ""hi""","two\nlines",plain\r\n',
    );
  });
  it('keeps Cyrillic as is', () => {
    expect(toCsv([['Асадов']])).toBe('Асадов\r\n');
  });
  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@a', 'ok=1']])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@a,ok=1\r\n`,
    );
  });
});
