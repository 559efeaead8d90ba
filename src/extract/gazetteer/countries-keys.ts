import { type GazetteerEntry, gazetteerEntries } from './countries-entries.ts';
import { foldKey } from './countries-fold.ts';

/** A folded key and the entries filed under it, in gazetteer order. */
export type KeyedEntries = [key: string, entries: GazetteerEntry[]];

/** Whether the key has a character outside the BMP. */
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

/**
 * Every gazetteer entry under its folded key, keys in order of first appearance: what the country
 * trie is made of. An entry listed twice under one key (same code, surface rule and form) is kept
 * once.
 */
export function keyedEntries(): KeyedEntries[] {
  const byKey = new Map<string, GazetteerEntry[]>();
  for (const entry of gazetteerEntries()) {
    const key = foldKey(entry.raw);
    // The text is walked by code unit, so a key with a surrogate pair could never be reached.
    if (!key || ASTRAL.test(key)) continue;
    let entries = byKey.get(key);
    if (!entries) byKey.set(key, (entries = []));
    if (
      !entries.some(
        (known) =>
          known.code === entry.code && known.surface === entry.surface && known.raw === entry.raw,
      )
    ) {
      entries.push(entry);
    }
  }
  return [...byKey];
}
