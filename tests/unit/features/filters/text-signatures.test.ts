import { describe, expect, it } from 'vitest';
import { signatureFilter, signTexts } from '../../../../src/features/filters/text-signatures.ts';
import { scanTexts } from '../../../../src/features/filters/text-scan.ts';
import { SEARCH_TEXTS } from './search-texts.ts';

const TEXTS = [...SEARCH_TEXTS, '数字丝绸之路 合作 👩‍💻 emoji and cjk', '', 'x'];

/** A deterministic pseudo-random text over a small alphabet, so words recur across texts. */
function randomTexts(count: number, seed: number): string[] {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  const alphabet = 'abcdefghijklmnoprstuвгдежз5 ';
  return Array.from({ length: count }, () =>
    Array.from({ length: 20 + (next() % 400) }, () => alphabet[next() % alphabet.length]).join(''),
  );
}

describe('signatureFilter', () => {
  it('never rules out a text that holds every term', () => {
    const texts = [...TEXTS, ...randomTexts(60, 7)];
    const signatures = signTexts(texts);
    const missed: string[] = [];
    let checked = 0;
    for (const text of texts)
      for (let start = 0; start < text.length; start += 11)
        for (const length of [1, 2, 3, 5, 9]) {
          const term = text.slice(start, start + length);
          const mayHold = signatureFilter(signatures, [term]);
          texts.forEach((other, t) => {
            if (!other.includes(term)) return;
            checked++;
            if (!mayHold(t)) missed.push(`${term} in text ${t}`);
          });
        }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('rules out most texts that lack a longer term', () => {
    const signatures = signTexts(TEXTS);
    const mayHold = signatureFilter(signatures, ['huawei']);
    expect(TEXTS.map((_, t) => mayHold(t))).toEqual(TEXTS.map((text) => text.includes('huawei')));
    // Every term must fit: one present and one absent word rule the text out.
    expect(signatureFilter(signatures, ['kenya', 'korea'])(0)).toBe(false);
    expect(signatureFilter(signatures, ['kenya', 'huawei'])(0)).toBe(true);
  });

  it('lets every text through for a one-character term (it has no pair to check)', () => {
    const signatures = signTexts(TEXTS);
    const mayHold = signatureFilter(signatures, ['q']);
    expect(TEXTS.every((_, t) => mayHold(t))).toBe(true);
  });
});

describe('scanTexts with signatures', () => {
  it('finds exactly what a plain scan finds, fresh and when narrowing', () => {
    const texts = randomTexts(2000, 11);
    const signatures = signTexts(texts);
    for (const terms of [['ab'], ['abc'], ['5 a', 'в'], ['zz'], ['ged', 'a'], ['b']]) {
      const plain = scanTexts(texts, terms, null);
      expect(scanTexts(texts, terms, null, signatures).mask).toEqual(plain.mask);
      const narrowed = scanTexts(texts, [...terms.slice(0, -1), `${terms.at(-1)}a`], plain);
      expect(
        scanTexts(texts, [...terms.slice(0, -1), `${terms.at(-1)}a`], plain, signatures).mask,
      ).toEqual(narrowed.mask);
    }
  });
});
