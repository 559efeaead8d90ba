export interface Mention {
  /** The form to find in the text, as the text wrote it. */
  term: string;
  kind: 'country' | 'organisation';
  /** What the mention stands for, e.g. `Uzbekistan (partner)`. */
  label: string;
}

export interface Segment {
  text: string;
  mention: Mention | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text into plain and mention segments. Matching ignores case, respects word edges in any
 * script (so `Cuba` does not light up inside `Cuban`), and prefers the longest term at a position.
 */
export function highlightMentions(text: string, mentions: readonly Mention[]): Segment[] {
  const byTerm = new Map<string, Mention>();
  for (const m of mentions) {
    const key = m.term.trim().toLocaleLowerCase();
    if (key.length >= 2 && !byTerm.has(key)) byTerm.set(key, m);
  }
  if (byTerm.size === 0) return text === '' ? [] : [{ text, mention: null }];
  const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), mention: null });
    segments.push({ text: match[0], mention: byTerm.get(match[0].toLocaleLowerCase()) ?? null });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mention: null });
  return segments;
}
