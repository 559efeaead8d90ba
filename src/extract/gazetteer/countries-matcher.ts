import type { GazetteerEntry, MentionVia } from './countries-entries.ts';
import { foldText } from './countries-fold.ts';
import { keyedEntries } from './countries-keys.ts';
import { CountryTrie, countryTrieBytes } from './country-trie.ts';
import { prebuiltCountryTrie } from './country-trie-prebuilt.ts';
import { findChineseAbbreviations } from './countries-zh.ts';

export interface CountryMention {
  code: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** The text as written. */
  surface: string;
  via: MentionVia;
}

/** Built once per process: every locale, inflection, demonym and city in one trie. */
const TRIE = CountryTrie.read(prebuiltCountryTrie() ?? countryTrieBytes(keyedEntries()));

const WORD = /[\p{L}\p{N}]/u;
// Katakana is left out: a katakana name must be a whole katakana run (マリ is not in サマリー).
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Thai}]/u;
const ARABIC = /[\u0600-\u06FF]/u;
/** Arabic proclitics: conjunctions, prepositions and the article, alone or combined. */
const ARABIC_PREFIXES = [
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ال',
  'وال',
  'بال',
  'فال',
  'كال',
  'لل',
  'ولل',
  'فلل',
  'وب',
  'ول',
  'فب',
  'فل',
];
/** Short names must match their accents too ("Mỹ" is not "My", "Irã" is not "Ira"). */
const SHORT_KEY = 4;

/** Per UTF-16 code unit, filled on first sight: 1, plus 2 for a word character, plus 4 for no spaces. */
const CLASSES = new Uint8Array(0x10000);

// This runs once or twice per character: a table lookup instead of a Unicode pattern.
function classOf(ch: string): number {
  const code = ch.charCodeAt(0);
  let bits = CLASSES[code]!;
  if (bits === 0) {
    bits = 1 | (WORD.test(ch[0]!) ? 2 : 0) | (NO_SPACES.test(ch[0]!) ? 4 : 0);
    CLASSES[code] = bits;
  }
  return bits;
}
function isWord(ch: string | undefined): boolean {
  return ch !== undefined && (classOf(ch) & 2) !== 0;
}
function noSpaces(ch: string | undefined): boolean {
  return ch !== undefined && (classOf(ch) & 4) !== 0;
}

function surfaceFits(entry: GazetteerEntry, surface: string, keyLength: number): boolean {
  if (entry.surface === 'exact') return surface === entry.raw;
  if (entry.surface === 'capital') {
    const first = surface ? String.fromCodePoint(surface.codePointAt(0)!) : '';
    if (first === first.toLowerCase() && first !== first.toUpperCase()) return false;
  }
  if (keyLength <= SHORT_KEY && !ARABIC.test(surface) && !noSpaces(surface[0])) {
    return surface.normalize('NFC').toLowerCase() === entry.raw.normalize('NFC').toLowerCase();
  }
  return true;
}

/** A key ending at folded offset `end` on a word boundary, with the entries filed under it. */
interface Span {
  start: number;
  end: number;
  entries: GazetteerEntry[];
}

/** Adds the spans of every key that starts at folded offset `from`, shortest first. */
function addSpans(folded: string, from: number, spans: Span[]): void {
  let node = TRIE.root;
  for (let j = from; j < folded.length; j++) {
    node = TRIE.child(node, folded.charCodeAt(j));
    if (node < 0) return;
    const entries = TRIE.entriesAt(node);
    if (!entries) continue;
    const end = j + 1;
    const last = folded[j]!;
    const boundary =
      last === '-' || noSpaces(last) || noSpaces(folded[end]) || !isWord(folded[end]);
    if (boundary) spans.push({ start: from, end, entries });
  }
}

function startsWord(folded: string, index: number): boolean {
  const prev = folded[index - 1];
  return index === 0 || !isWord(prev) || noSpaces(prev) || noSpaces(folded[index]);
}

/**
 * Spans of keys starting at `index`, or after an Arabic proclitic there: longest first, and
 * for one length the bare start before the proclitics, in their listed order.
 */
function spansAt(folded: string, index: number): Span[] {
  const spans: Span[] = [];
  addSpans(folded, index, spans);
  const code = folded.charCodeAt(index);
  if (code >= 0x0600 && code <= 0x06ff) {
    for (const prefix of ARABIC_PREFIXES)
      if (folded.startsWith(prefix, index)) addSpans(folded, index + prefix.length, spans);
  }
  return spans.length > 1 ? spans.sort((a, b) => b.end - a.end) : spans; // stable
}

/** The first entry, longest key first and then in gazetteer order, whose surface fits. */
function hitAt(
  text: string,
  folded: string,
  origin: number[],
  index: number,
): { entry: GazetteerEntry; start: number; end: number } | undefined {
  for (const { start, end, entries } of spansAt(folded, index)) {
    const surface = text.slice(origin[start], origin[end]);
    const entry = entries.find((candidate) => surfaceFits(candidate, surface, end - start));
    if (entry) return { entry, start, end };
  }
  return undefined;
}

/**
 * Every country named or implied in `text` (names in 14 languages with their inflections,
 * official forms, demonyms, capitals and major cities, well-known abbreviations), longest match
 * first, left to right, never overlapping. Names that only contain a country ("South China Sea")
 * are consumed and not reported.
 */
export function findCountryMentions(text: string): CountryMention[] {
  const { folded, origin } = foldText(text);
  const found: CountryMention[] = [];
  let index = 0;
  while (index < folded.length) {
    const hit = startsWord(folded, index) ? hitAt(text, folded, origin, index) : undefined;
    if (!hit) {
      index++;
      continue;
    }
    const start = origin[hit.start]!;
    const end = origin[hit.end]!;
    if (hit.entry.code) {
      const surface = text.slice(start, end).trim();
      // Without harakat, عمان is both Oman and Amman; a shadda on the mim (عمّان) is Amman.
      const code =
        hit.entry.code === 'OM' && surface.includes('\u0645\u0651') ? 'JO' : hit.entry.code;
      found.push({ code, start, end, surface, via: hit.entry.via });
    }
    index = hit.end;
  }
  return dropFalseFriends(
    text,
    [...found, ...findChineseAbbreviations(text)].sort((a, b) => a.start - b.start),
  );
}

const NEXT_WORD = /^[\s]+(\p{Lu}[\p{L}'-]*)/u;
const PREVIOUS_WORD = /(\p{Lu}[\p{L}'-]*)[\s]+$/u;
/** Words that may follow a country name in title case without making it a person's name. */
const INSTITUTION_WORDS =
  /^(Government|Ministry|Minister|President|Prime|Republic|Kingdom|State|Telecom|National|Post|Cable|Signs?|Agrees?|And|To|With|In|On|For|Says?|Launch(?:es)?|Inks?|Joins?)$/u;
/** Country names that are also given names or family names (Michael Jordan, Chad Smith). */
const PERSON_NAMES = new Set([
  'Jordan',
  'Chad',
  'Israel',
  'Georgia',
  'Kenya',
  'India',
  'Lebanon',
  'Mauricio',
]);

/** Capitalised words that may stand before a country name at the start of a sentence. */
const FUNCTION_WORDS = new Set([
  'The',
  'In',
  'From',
  'To',
  'And',
  'Of',
  'With',
  'By',
  'For',
  'At',
  'On',
  'As',
  'Both',
  'Between',
  'Among',
  'Across',
  'Into',
  'Neighbouring',
  'Neighboring',
]);

function looksLikePerson(text: string, mention: CountryMention): boolean {
  const after = NEXT_WORD.exec(text.slice(mention.end, mention.end + 30))?.[1];
  // "Michael Jordan": a capitalised word right before that is not a function word.
  const previous = PREVIOUS_WORD.exec(
    text.slice(Math.max(0, mention.start - 30), mention.start),
  )?.[1];
  const nameBefore = Boolean(previous && !FUNCTION_WORDS.has(previous) && !isUpperCase(previous));
  const nameAfter = Boolean(after && !INSTITUTION_WORDS.test(after) && !isUpperCase(after));
  // "Ana Lima Barber": a city between a given name and a surname is part of a person's name.
  if (mention.via === 'city') return nameBefore && nameAfter && !isUpperCase(mention.surface);
  if (!PERSON_NAMES.has(mention.surface)) return false;
  return nameAfter || nameBefore;
}

function isUpperCase(word: string): boolean {
  return word === word.toUpperCase();
}

/** "en español", "translated into Russian", "на русском языке": a language, not a country. */
const LANGUAGE_BEFORE = /(?:^|\s)(?:en|in|into|em|auf|на|bằng|dalam bahasa)\s+$/iu;
/** "na designação inglesa", "the English name", "version française": a language's name or text. */
const LANGUAGE_NOUN_BEFORE =
  /(?:designa[cç][aã]o|denomina[cç][aã]o|designazione|denominazione|versione|vers[aã]o|versi[oó]n|version|nome|nombre|dicitura|traduction|tradu[cç][aã]o|traducci[oó]n)\s+$/iu;
const LANGUAGE_NOUN_AFTER = /^\s*(?:name|version|translation|text|edition)\b/iu;
const LANGUAGE_AFTER =
  /^\s*(?:язык\p{L}*|мов\p{L}*|language|langue|idioma|língua|sprache|tili|тілі)/iu;

function meansLanguage(text: string, mention: CountryMention): boolean {
  if (mention.via !== 'demonym') return false;
  const after = text.slice(mention.end, mention.end + 20);
  if (LANGUAGE_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, mention.start - 15), mention.start);
  if (LANGUAGE_NOUN_BEFORE.test(before) || LANGUAGE_NOUN_AFTER.test(after)) return true;
  return LANGUAGE_BEFORE.test(before) && !/^\s*\p{L}/u.test(after);
}

/** Removes mentions that the text shows to mean something else. */
function dropFalseFriends(text: string, mentions: CountryMention[]): CountryMention[] {
  return mentions.filter((mention, index) => {
    if (looksLikePerson(text, mention) || meansLanguage(text, mention)) return false;
    // "US$5 billion" is a currency, not the United States.
    if (mention.surface === 'US' && /^\$/u.test(text.slice(mention.end))) return false;
    // "Atlanta, Georgia": a US state right after a US city.
    const previous = mentions[index - 1];
    if (
      mention.code === 'GE' &&
      previous?.code === 'US' &&
      /^,\s*$/u.test(text.slice(previous.end, mention.start))
    ) {
      return false;
    }
    return true;
  });
}
