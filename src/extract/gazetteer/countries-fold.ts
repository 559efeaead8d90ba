/**
 * Text folding for the country matcher: lower case, no accents or Arabic harakat/tatweel, unified
 * alef/yeh/teh-marbuta, apostrophes, dashes and whitespace, with a map back to the original offsets
 * so matches can be reported on the text as written.
 */
export interface FoldedText {
  folded: string;
  /**
   * `origin[i]` is the offset in the original text of folded code unit `i` (the matcher indexes
   * code units); one extra entry for the end.
   */
  origin: number[];
}

const ARABIC_MAP: Record<string, string> = {
  '\u0671': '\u0627', // alef wasla
  '\u0629': '\u0647', // teh marbuta → heh
  '\u0649': '\u064A', // alef maksura → yeh
  '\u06CC': '\u064A', // Farsi yeh
  '\u06A9': '\u0643', // keheh → kaf
};
const DROPPED = /\p{M}|[\u0640\u00ad]|\u200c|\u200d|\u200e|\u200f/gu;
const APOSTROPHES = /[\u2019\u2018\u02BC\u02BB`\u00B4]/u;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/u;
const SPACE = /\s/u;

const cache = new Map<string, string>();

/** Folds one code point; may return '' (a dropped mark) or several characters. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (SPACE.test(ch)) out = ' ';
  else if (APOSTROPHES.test(ch)) out = "'";
  else if (DASHES.test(ch)) out = '-';
  else out = ARABIC_MAP[ch] ?? ch.normalize('NFD').replace(DROPPED, '').toLowerCase();
  cache.set(ch, out);
  return out;
}

const byUnit = new Map<number, string>();

/** foldChar for one BMP code unit, looked up by number: no one-character string is made. */
function foldUnit(code: number): string {
  let out = byUnit.get(code);
  if (out === undefined) byUnit.set(code, (out = foldChar(String.fromCharCode(code))));
  return out;
}

/**
 * Folds a whole text, collapsing runs of spaces to one. ASCII, the bulk of most texts, skips the
 * per-character cache.
 */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let afterSpace = false;
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      // Only a plain space folds to ' ' here: ASCII tabs and newlines are kept as they are.
      if (code !== 32 || !afterSpace) {
        parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[index]!);
        origin.push(index);
        afterSpace = code === 32;
      }
      index++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text, index + 1) ? 2 : 1;
    const out = width === 1 ? foldUnit(code) : foldChar(text.slice(index, index + 2));
    if (out.length === 1) {
      if (out !== ' ' || !afterSpace) {
        parts.push(out);
        origin.push(index);
        afterSpace = out === ' ';
      }
      index += width;
      continue;
    }
    for (const piece of out) {
      if (piece === ' ' && afterSpace) continue;
      parts.push(piece);
      origin.push(index);
      // An emoji is two code units: one entry each, or every later offset is one short.
      if (piece.length === 2) origin.push(index + width - 1);
      afterSpace = piece === ' ';
    }
    index += width;
  }
  origin.push(text.length);
  return { folded: parts.join(''), origin };
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Folds a gazetteer key the same way the text is folded. */
export function foldKey(key: string): string {
  return foldText(key.trim()).folded;
}
