import { describe, expect, it } from 'vitest';
import { forEachBit } from '../../../../src/features/filters/bitset.ts';
import { scanTexts, searchTerms } from '../../../../src/features/filters/text-scan.ts';
import { TextSearch } from '../../../../src/features/filters/text-search.ts';
import { SEARCH_TEXTS } from './search-texts.ts';

const TEXTS = SEARCH_TEXTS;

function positions(mask: Uint32Array | null): number[] {
  const out: number[] = [];
  if (mask) forEachBit(mask, (i) => out.push(i));
  return out;
}

describe('searchTerms', () => {
  it('folds case and accents and splits at white space', () => {
    expect(searchTerms('  Café  DATA\tcentre ')).toEqual(['cafe', 'data', 'centre']);
    expect(searchTerms('ВСТРЕЧА')).toEqual(['встреча']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('scanTexts', () => {
  it('finds the texts holding every term as a substring', () => {
    expect(positions(scanTexts(TEXTS, ['huawei'], null).mask)).toEqual([0, 3]);
    expect(positions(scanTexts(TEXTS, ['data', 'huawei'], null).mask)).toEqual([0]);
    expect(positions(scanTexts(TEXTS, ['встреч'], null).mask)).toEqual([2]);
    expect(positions(scanTexts(TEXTS, ['gov'], null).mask)).toEqual([1]);
    expect(positions(scanTexts(TEXTS, ['nowhere'], null).mask)).toEqual([]);
  });

  it('narrows from the previous search when the query only grew, with the same result', () => {
    const texts = Array.from({ length: 300 }, (_, i) => `${TEXTS[i % 5]} ${i}`);
    for (const [before, after] of [
      [['da'], ['data']],
      [['data'], ['data', 'c']],
      [['h'], ['hu', 'x']],
    ] as const) {
      const previous = scanTexts(texts, before, null);
      expect(positions(scanTexts(texts, after, previous).mask)).toEqual(
        positions(scanTexts(texts, after, null).mask),
      );
    }
    // Not a narrowing (a different word): searched afresh, not within the previous matches.
    const previous = scanTexts(texts, ['kenya'], null);
    expect(positions(scanTexts(texts, ['law'], previous).mask).length).toBe(60);
  });
});

describe('TextSearch (on the page thread where there are no workers)', () => {
  it('answers the latest query; one replaced before it ran resolves null', async () => {
    const search = new TextSearch(TEXTS);
    const first = search.search(['huawei']);
    const replaced = search.search(['data']);
    const latest = search.search(['lab']);
    expect(positions(await first)).toEqual([0, 3]);
    expect(await replaced).toBeNull();
    expect(positions(await latest)).toEqual([3]);
  });

  it('searches once warmed up (workers started ahead of the first search)', async () => {
    const search = new TextSearch(TEXTS);
    await expect(search.warm()).resolves.toBeUndefined();
    expect(positions(await search.search(['5g']))).toEqual([3]);
    search.stop();
  });

  it('searches again after being stopped', async () => {
    const search = new TextSearch(TEXTS);
    const running = search.search(['huawei']);
    search.stop();
    expect(await running).toBeNull();
    expect(positions(await search.search(['law']))).toEqual([4]);
  });
});
