/**
 * V8 keeps a string in one byte per character when every character fits in Latin-1, and runs
 * regular expressions on such a string several times faster than on a two-byte one. A line cut
 * from a page that has one wider character anywhere (a curly quote, a dash) keeps the page's
 * two-byte form even when the line itself is plain Latin; every extractor then runs its patterns
 * on the slow form. A fresh copy of such a line gets the compact form. The value never changes.
 */

const WIDE = /[\u0100-\u{10ffff}]/u;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The same text, stored one byte per character when it can be. */
export function compactString(text: string): string {
  // Round-tripping Latin-1 text through UTF-8 gives back the same characters; wider text
  // (including lone surrogates and a byte-order mark, which the round trip would alter) is kept.
  return WIDE.test(text) ? text : decoder.decode(encoder.encode(text));
}
