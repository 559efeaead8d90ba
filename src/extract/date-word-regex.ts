const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const LETTER = '[\\p{L}\\p{M}]';
/** An entry that is one word: letters and marks only, with or without a `*` ending. */
const ONE_WORD = /^[\p{L}\p{M}]+\*?$/u;
const FIRST_WORD = /^[\p{L}\p{M}]*/u;

function source(word: string): string {
  const stem = escape(word.replace(/\*$/u, '')).replace(/ /gu, '\\s+');
  return word.endsWith('*') ? `${stem}${LETTER}*` : stem;
}

/** Whether a one-word entry matches wherever `phrase` does: at the phrase's first word. */
function matchesFirstWord(word: string, phrase: string): boolean {
  const first = FIRST_WORD.exec(phrase)![0];
  const stem = escape(word.replace(/\*$/u, ''));
  return new RegExp(word.endsWith('*') ? `^${stem}` : `^${stem}$`, 'iu').test(first);
}

/**
 * The entries as alternatives. A one-word entry matching at a word start always ends at that
 * word's end, whichever entry it is, so their order does not matter and the `*` entries can
 * share one letter class: the class is the costly part of compiling the regex, and was repeated
 * once per `*` entry. Phrases ("handed over") can end elsewhere, so they keep their order and go
 * first. A phrase whose first word a one-word entry listed before it matches ("ký kết" after
 * "ký") is never found, as that entry matches first wherever the phrase would: it is left out.
 */
function alternatives(words: readonly string[]): string {
  const phrases = words.filter(
    (phrase, index) =>
      !ONE_WORD.test(phrase) &&
      !words.slice(0, index).some((word) => ONE_WORD.test(word) && matchesFirstWord(word, phrase)),
  );
  const whole = words.filter((word) => ONE_WORD.test(word) && !word.endsWith('*'));
  const stems = words.filter((word) => ONE_WORD.test(word) && word.endsWith('*'));
  return [
    ...phrases.map(source),
    ...(whole.length ? [`(?:${whole.join('|')})`] : []),
    ...(stems.length ? [`(?:${stems.map((word) => word.slice(0, -1)).join('|')})${LETTER}*`] : []),
  ].join('|');
}

/**
 * A word list as one regex: each entry at a word start, `*` taking any ending, Arabic proclitics
 * allowed. Every entry ends at a word end: a `*` entry's greedy ending always stops at one, so a
 * single end check after the list matches as one per entry would, and compiles several times faster.
 * Han entries match anywhere, as Han script has no spaces between words.
 */
export function wordRegex(words: readonly string[], han: readonly string[]): RegExp {
  const bounded = `(?<!${LETTER})(?:[وف](?=[\\u0621-\\u064A]))?(?:${alternatives(words)})(?!${LETTER})`;
  return new RegExp(han.length ? `${bounded}|${han.map(escape).join('|')}` : bounded, 'giu');
}
