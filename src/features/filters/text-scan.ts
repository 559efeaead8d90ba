import { foldText } from '../../lib/fold-text.ts';
import { forEachBit } from './bitset.ts';
import { signatureFilter } from './text-signatures.ts';

/** One finished search over a list of folded texts: which of them hold every term. */
export interface TextScan {
  /** The terms, joined by a space: the key a later, longer query can narrow from. */
  key: string;
  /** Bit i set when text i holds every term. */
  mask: Uint32Array;
}

/** A query's terms as the search texts are stored: folded, split at white space. */
export function searchTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/**
 * The texts holding every term (as substrings). A query that only adds to the previous one (one
 * more letter typed) can only narrow it, so then only the previous matches are tested. With the
 * texts' signatures (text-signatures.ts), only the texts they do not rule out are read.
 */
export function scanTexts(
  texts: readonly string[],
  terms: readonly string[],
  previous: TextScan | null,
  signatures?: Uint32Array,
): TextScan {
  const key = terms.join(' ');
  if (previous?.key === key) return previous;
  const mask = new Uint32Array((texts.length + 31) >>> 5);
  const mayHold = signatures ? signatureFilter(signatures, terms) : () => true;
  const test = (i: number) => {
    if (!mayHold(i)) return;
    const text = texts[i]!;
    for (const term of terms) if (!text.includes(term)) return;
    mask[i >>> 5]! |= 1 << (i & 31);
  };
  if (previous && previous.key !== '' && key.startsWith(previous.key))
    forEachBit(previous.mask, test);
  else for (let i = 0; i < texts.length; i++) test(i);
  return { key, mask };
}
