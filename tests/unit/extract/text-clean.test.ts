import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../../src/extract/text-clean.ts';

describe('collapseSpaces', () => {
  it.each([
    '',
    'one plain space each',
    '  two  spaces   and more ',
    'tab\there, newline\nthere, \t mixed \u00a0 runs',
    '\u2003em space\u3000ideographic\u00a0nbsp',
    ' ',
    '\t',
  ])('gives what replacing every white-space run by one space gives: %j', (text) => {
    expect(collapseSpaces(text)).toBe(text.replace(/\s+/gu, ' '));
  });
});
