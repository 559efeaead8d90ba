// Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'co',
  'ltd',
  'inc',
  'corp',
  'no',
  'vs',
  'etc',
  'gen',
  'gov',
  'sen',
  'rep',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'approx',
  'dept',
  'est',
  'fig',
  'mt',
  'pp',
  'vol',
  'г',
  'гг',
  'т',
  'д',
  'им',
  'ул',
  'млн',
  'млрд',
  'тыс',
  'руб',
  'проф',
  'акад',
  'т.е',
  'т.д',
  'т.п',
  'sra',
  'sr',
  'dra',
  'lic',
  'ing',
  'av',
  'mme',
  'mlle',
  'm',
  'pr',
  'bzw',
  'ca',
  'dt',
  'nr',
  'vgl',
]);

const ORDINAL_MONTH =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)(?!\p{L})/u;

const TERMINATOR = /([.!?…。！？؟]+)(["'»”)\]]*)(\s*)/gu;

/**
 * Splits text into sentences. Lines are treated as paragraphs (a sentence never spans a line
 * break), and a full stop after a known abbreviation, an initial or a digit does not end one.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed) sentences.push(...splitLine(trimmed));
  }
  return sentences;
}

function splitLine(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of line.matchAll(TERMINATOR)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    const next = line.slice(match.index + match[0].length);
    // A Latin full stop with no space after it is inside a number, domain or abbreviation.
    const fullWidth = /[。！？]/u.test(match[1]!);
    if (next && !fullWidth && match[3] === '') continue;
    if (next && !endsSentence(line.slice(start, match.index), match[1]!, next)) continue;
    const sentence = line.slice(start, end).trim();
    if (sentence) parts.push(sentence);
    start = match.index + match[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest) parts.push(rest);
  return parts;
}

function endsSentence(before: string, terminator: string, next: string): boolean {
  if (/[。！？؟]/u.test(terminator)) return true;
  if (terminator !== '.') return startsSentence(next);
  const lastWord = lastWordOf(before);
  // A single capital letter is an initial ("J. Smith"), not the end of a sentence.
  if (/^\p{Lu}$/u.test(lastWord)) return false;
  if (ABBREVIATIONS.has(lastWord.toLowerCase())) return false;
  // German and other ordinal dates: "am 5. Mai" is one sentence.
  if (/\d{1,2}$/u.test(before) && ORDINAL_MONTH.test(next)) return false;
  return startsSentence(next);
}

const WORD_CHAR = /^[\p{L}.]$/u;

/**
 * The letters and dots that end `before` (`/[\p{L}.]+$/u`), read backwards: the regex tries every
 * position of the text, and this runs once per full stop of a long paragraph.
 */
function lastWordOf(before: string): string {
  let start = before.length;
  while (start > 0) {
    const low = before.charCodeAt(start - 1);
    const high = before.charCodeAt(start - 2);
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    const from = start - (pair ? 2 : 1);
    if (!WORD_CHAR.test(before.slice(from, start))) break;
    start = from;
  }
  return before.slice(start);
}

// Web text opens sentences and list items with an emoji or a flag too.
function startsSentence(next: string): boolean {
  return /^["'«“([]?[\p{Lu}\p{Lo}\d\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(next);
}
