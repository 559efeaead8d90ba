const LATIN1 = /^[\0-\xff]*$/u;

/**
 * The same text, held one byte per character when it can be. A slice of a page that has any
 * character beyond Latin-1 ("’", "—") is stored two bytes per character even where it has none,
 * and V8 runs the large case-insensitive word and month regexes markedly slower on such strings:
 * on one-byte text it can drop every alternative written in other scripts. A string built up one
 * character at a time is one-byte whenever its characters allow.
 */
export function compact(text: string): string {
  if (!LATIN1.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += text[i];
  return out;
}
