import {
  type GazetteerEntry,
  type MentionVia,
  type SurfaceRule,
  gazetteerEntries,
} from './countries-entries.ts';
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

/** One array per key: the key, then code, form, via and surface rule of each entry in turn. */
export function keyedToJson(keyed: readonly KeyedEntries[]): string {
  return JSON.stringify(
    keyed.map(([key, entries]) => [
      key,
      ...entries.flatMap((entry) => [entry.code, entry.raw, entry.via, entry.surface]),
    ]),
  );
}

export function keyedFromJson(json: string): KeyedEntries[] {
  // Read by index, not by destructuring: a rest array per key is a copy of 57,000 rows.
  return (JSON.parse(json) as (string | null)[][]).map((row) => {
    const entries: GazetteerEntry[] = [];
    for (let i = 1; i < row.length; i += 4) {
      entries.push({
        code: row[i] ?? null,
        raw: row[i + 1]!,
        via: row[i + 2] as MentionVia,
        surface: row[i + 3] as SurfaceRule,
      });
    }
    return [row[0]!, entries];
  });
}
