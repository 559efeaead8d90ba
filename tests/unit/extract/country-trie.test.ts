import { describe, expect, it } from 'vitest';
import { keyedEntries } from '../../../src/extract/gazetteer/countries-keys.ts';
import type { KeyedEntries } from '../../../src/extract/gazetteer/countries-keys.ts';
import { CountryTrie, countryTrieBytes } from '../../../src/extract/gazetteer/country-trie.ts';

/** The node `text` leads to from the root, or -1. */
function walk(trie: CountryTrie, text: string): number {
  let node = trie.root;
  for (let i = 0; i < text.length && node >= 0; i++) node = trie.child(node, text.charCodeAt(i));
  return node;
}

const entry = (code: string | null, raw: string) => ({
  code,
  raw,
  via: 'name' as const,
  surface: 'any' as const,
});

describe('CountryTrie', () => {
  const small: KeyedEntries[] = [
    ['kenya', [entry('KE', 'Kenya')]],
    ['ken', [entry('KE', 'Ken'), entry(null, 'KEN')]],
    ['korea', [entry('KR', 'Korea')]],
    ['中国', [entry('CN', '中国')]],
  ];
  const trie = CountryTrie.read(countryTrieBytes(small));

  it('finds every key, with its entries in order, and its prefixes lead on', () => {
    for (const [key, entries] of small) expect(trie.entriesAt(walk(trie, key))).toEqual(entries);
    expect(trie.entriesAt(walk(trie, 'ke'))).toBeNull();
    expect(walk(trie, 'ke')).toBeGreaterThan(0);
  });

  it('has no way past a key or off it', () => {
    expect(walk(trie, 'kenyan')).toBe(-1);
    expect(walk(trie, 'kx')).toBe(-1);
    expect(walk(trie, '中华')).toBe(-1);
    expect(trie.child(trie.root, 'z'.charCodeAt(0))).toBe(-1);
  });

  it('reads bytes at any offset, and refuses what is not a trie', () => {
    const bytes = countryTrieBytes(small);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(CountryTrie.read(shifted.subarray(1)).entriesAt(walk(trie, 'korea'))).toEqual(
      small[2]![1],
    );
    expect(() => CountryTrie.read(new Uint8Array(64))).toThrow(/not a country trie/u);
  });

  it('holds the whole gazetteer: every key leads to its entries', () => {
    const keyed = keyedEntries();
    expect(keyed.length).toBeGreaterThan(10_000);
    const whole = CountryTrie.read(countryTrieBytes(keyed));
    // The root has hundreds of children: found by halving, the others one by one.
    for (const [key, entries] of keyed) expect(whole.entriesAt(walk(whole, key))).toEqual(entries);
  });
});
