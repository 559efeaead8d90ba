/**
 * A small fingerprint of each search text that rules most texts out before they are read.
 *
 * Each text gets one bit array of its character pairs and one of its character triples (hashed
 * UTF-16 code units). A term is a substring of a text only if every pair and triple of the term
 * is in the text, so a text whose bits lack any of the term's cannot hold it: the check has
 * false positives (two triples may share a bit) but never false negatives, and the texts that
 * pass are still searched. At 100,000 articles most texts do not hold a given word, and reading
 * ~90 million characters for each search costs far more than checking a few bits per text.
 *
 * Sizes: a 900-character text has ~300 distinct pairs and ~600 triples, which set about a
 * quarter of 1,024 and 2,048 bits; a 6-letter word then passes for ~1 text in 1,000 that lacks
 * it. 384 bytes per text: 38 MB at 100,000 texts, shared out among the search workers.
 */
const PAIR_BITS = 1024;
const TRIPLE_BITS = 2048;
const PAIR_WORDS = PAIR_BITS >>> 5;
/** 32-bit words per text: its pairs, then its triples. */
const WORDS = PAIR_WORDS + (TRIPLE_BITS >>> 5);

/** Bit positions of the pair (a, b) and the triple (a, b, c), both mixed from the same hash. */
const pairBit = (a: number, b: number) =>
  Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca77) >>> (32 - Math.log2(PAIR_BITS));
const tripleBit = (a: number, b: number, c: number) =>
  Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca77) ^ c, 0xc2b2ae3d) >>>
  (32 - Math.log2(TRIPLE_BITS));

/** Every text's signature, one after the other. */
export function signTexts(texts: readonly string[]): Uint32Array {
  const signatures = new Uint32Array(texts.length * WORDS);
  for (let t = 0; t < texts.length; t++) signInto(signatures, t * WORDS, texts[t]!);
  return signatures;
}

/** Sets the bits of the text's pairs and triples in the signature starting at `base`. */
function signInto(signatures: Uint32Array, base: number, text: string): void {
  if (text.length < 2) return;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  let pair = pairBit(a, b);
  signatures[base + (pair >>> 5)]! |= 1 << (pair & 31);
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    pair = pairBit(b, c);
    signatures[base + (pair >>> 5)]! |= 1 << (pair & 31);
    const triple = PAIR_BITS + tripleBit(a, b, c);
    signatures[base + (triple >>> 5)]! |= 1 << (triple & 31);
    a = b;
    b = c;
  }
}

/**
 * The terms' bits, as word and mask pairs, and a test of whether text `t` may hold every term.
 * Terms of one character have no pair: they rule nothing out.
 */
export function signatureFilter(
  signatures: Uint32Array,
  terms: readonly string[],
): (t: number) => boolean {
  const needed = new Uint32Array(WORDS);
  for (const term of terms) signInto(needed, 0, term);
  const words: number[] = [];
  const masks: number[] = [];
  needed.forEach((mask, word) => {
    if (mask === 0) return;
    words.push(word);
    // As a signed 32-bit number, as `&` gives it back.
    masks.push(mask | 0);
  });
  return (t) => {
    const base = t * WORDS;
    for (let k = 0; k < words.length; k++)
      if ((signatures[base + words[k]!]! & masks[k]!) !== masks[k]) return false;
    return true;
  };
}
