/**
 * A cheap look-ahead for the first character of a word-list pattern. V8 tests a leading
 * `(?<![\p{L}\p{N}])` at every position of the text, which costs more than the list itself;
 * a class of the characters a match can start with, checked first, skips most positions.
 * It only ever skips places where the pattern cannot match, so matches stay the same.
 */

/** Where one atom of the pattern ends, and what it can start with (null: not worked out). */
interface Atom {
  end: number;
  starts: string[] | null;
}

function closing(source: string, from: number, open: string, close: string): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[' && open === '(') i = closing(source, i, '[', ']');
    else if (ch === open && (open === '(' || depth === 0)) depth++;
    else if (ch === close && --depth === 0) return i;
  }
  return -1;
}

/** Splits at the `|` that are not inside a group or class. */
function branches(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = closing(source, i, '[', ']');
    else if (ch === '(') i = closing(source, i, '(', ')');
    else if (ch === '|') {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
    if (i < 0) return [];
  }
  parts.push(source.slice(start));
  return parts;
}

function atomAt(source: string, index: number): Atom {
  const ch = source[index]!;
  if (ch === '(') {
    const end = closing(source, index, '(', ')');
    if (end < 0 || !source.startsWith('(?:', index)) return { end: index, starts: null };
    return { end: end + 1, starts: firstChars(source.slice(index + 3, end)) };
  }
  if (ch === '[') {
    const end = closing(source, index, '[', ']');
    if (end < 0 || source[index + 1] === '^') return { end: index, starts: null };
    return { end: end + 1, starts: [source.slice(index, end + 1)] };
  }
  if (ch === '\\') {
    const next = source[index + 1] ?? '';
    if ('dsw'.includes(next)) return { end: index + 2, starts: [`\\${next}`] };
    if (/[.*+?^$()[\]{}|/\\-]/u.test(next)) return { end: index + 2, starts: [`[\\${next}]`] };
    return { end: index, starts: null };
  }
  if ('.^$)|*+?{'.includes(ch)) return { end: index, starts: null };
  const codePoint = String.fromCodePoint(source.codePointAt(index)!);
  return { end: index + codePoint.length, starts: [`[${codePoint}]`] };
}

/** Classes the pattern's matches can start with, or null when that is not simply known. */
function firstChars(source: string): string[] | null {
  const starts: string[] = [];
  for (const branch of branches(source)) {
    let index = 0;
    for (;;) {
      if (index >= branch.length) return null; // the branch can match the empty string
      const atom = atomAt(branch, index);
      if (!atom.starts) return null;
      starts.push(...atom.starts);
      const quantifier = /^(?:[?*]|\{0(?:,\d*)?\})\??/u.exec(branch.slice(atom.end));
      if (!quantifier) break;
      index = atom.end + quantifier[0].length;
    }
  }
  return starts.length ? starts : null;
}

/**
 * `(?=…)` listing what a match of `pattern` can start with, or '' when that is not simply
 * known (then nothing is skipped).
 */
export function firstCharGuard(pattern: string): string {
  const starts = firstChars(pattern);
  // An alternation of one-character classes: V8 runs it faster here than one merged class.
  return starts ? `(?=${[...new Set(starts)].join('|')})` : '';
}
