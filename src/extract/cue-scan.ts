/**
 * Runs a global word-list pattern only where a match can start. V8 tries a long alternation
 * at every position of the text; most positions start no word, and a table lookup on the
 * character (and on the one before it) rules them out. The matches are exactly those of
 * `text.matchAll(pattern)`.
 */
import { firstCharGuard } from './regex-first-chars.ts';

export interface CueMatch {
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;
const ASTRAL = /[\u{10000}-\u{10FFFF}]/u;

/** Per BMP code unit: 0 not yet known, 1 a letter, 2 not one (surrogates: never known to be). */
const letters = new Uint8Array(0x10000);

function isLetter(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (letters[code] === 0) letters[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return letters[code] === 1;
}

/**
 * A scan for `pattern` (flags `giu`), whose matches start with the first character of one of
 * `afterNonLetter` (words behind `(?<!\p{L})`) or of `anywhere` (words matched anywhere).
 */
export function cueScan(
  pattern: RegExp,
  afterNonLetter: string,
  anywhere: string,
): (text: string) => CueMatch[] {
  const bounded = afterNonLetter ? firstCharGuard(afterNonLetter) : '';
  const free = anywhere ? firstCharGuard(anywhere) : '';
  const all = (text: string): CueMatch[] =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // Starts not worked out, or outside the BMP: scan every position.
  if ((afterNonLetter && !bounded) || (anywhere && !free) || ASTRAL.test(bounded + free))
    return all;
  const startsBounded = bounded ? new RegExp(`^${bounded}`, 'iu') : null;
  const startsFree = free ? new RegExp(`^${free}`, 'iu') : null;
  // Per BMP code unit: 0 not yet known, 1 starts no match, 2 only after a non-letter, 3 anywhere.
  const kinds = new Uint8Array(0x10000);
  const kindOf = (code: number): number => {
    if (kinds[code] === 0) {
      const ch = String.fromCharCode(code);
      kinds[code] = startsFree?.test(ch) ? 3 : startsBounded?.test(ch) ? 2 : 1;
    }
    return kinds[code]!;
  };
  const sticky = new RegExp(pattern.source, 'iuy');
  return (text) => {
    const found: CueMatch[] = [];
    for (let at = 0; at < text.length; at++) {
      const kind = kindOf(text.charCodeAt(at));
      if (kind === 1 || (kind === 2 && at > 0 && isLetter(text.charCodeAt(at - 1)))) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue; // never empty: an empty word leaves the starts not worked out
      found.push({ start: at, end: at + m[0].length });
      at += m[0].length - 1;
    }
    return found;
  };
}
