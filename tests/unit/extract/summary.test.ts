import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/extract/summary.ts';

describe('summarise', () => {
  it('takes the first two sentences of the lead', () => {
    expect(
      summarise([
        'The ministry signed a memorandum with the operator on Monday. It covers rural broadband. A third sentence follows here.',
      ]),
    ).toBe(
      'The ministry signed a memorandum with the operator on Monday. It covers rural broadband.',
    );
  });
  it('skips a subheading without closing punctuation', () => {
    expect(
      summarise([
        'Modern computer systems from now on in the State Data Center',
        'Huawei and the Office for IT signed an agreement on the placement of equipment.',
      ]),
    ).toBe('Huawei and the Office for IT signed an agreement on the placement of equipment.');
  });
  it('is empty for a body without sentences', () => {
    expect(summarise([])).toBe('');
  });
});
