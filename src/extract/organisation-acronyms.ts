import { findCountryMentions } from './gazetteer/countries-matcher.ts';

/**
 * Organisations a text names and defines an acronym for: "Núcleo Operacional da Sociedade de
 * Informação (NOSI)", "PT Satelit Nusantara Tiga (SNT)", "Thales Alenia Space (TAS)". The acronym's
 * letters must be the initials of the capitalised words before it, so no curated list is needed.
 */

export interface AcronymDefinition {
  /** The full name with its acronym, as written: "Thales Alenia Space (TAS)". */
  name: string;
  acronym: string;
  start: number;
  end: number;
  /** A legal-form prefix ("PT", "JSC") marks a company. */
  company: boolean;
}

const DEFINED = /\((\p{Lu}[\p{Lu}\p{N}&]{1,7})\)/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’&.-]*/gu;
// Lower-case words that may stand inside a name without an initial of their own.
const CONNECTOR =
  /^(?:of|the|for|and|de|da|do|das|dos|del|della|di|du|des|la|le|les|et|e|y|für|und|der|dan|và|van|von)$/u;
const LEGAL_PREFIX = /^(?:PT|CV|JSC|PJSC|OJSC|LLC|SA|SARL|Tbk)$/u;
// Concepts written with an acronym ("Public-Private Partnership (PPP)", "Internet of Things
// (IoT)"): these heads and endings name no organisation.
const CONCEPT_HEAD =
  /^(?:technolog\p{L}*|tecnolog\p{L}*|teknologi|information|informação|información|public|memorandum|artificial|internet|gross|kerja|kerjasama|cooperation|international|digital|high|very|mobile|fixed|long|low|global|national)$/iu;
const CONCEPT_END =
  /^(?:technolog\p{L}*|tecnolog\p{L}*|teknologi|partnership|understanding|intelligence|things|product|plan|programme|program|project|scheme|system|systems|index|strategy|initiative|usaha|infrastructure|services?|communications?|protocol|standard|zone|area|goals?|cent(?:er|re)s?|centro|pusat)$/iu;
const MAX_WORDS = 9;

interface Word {
  text: string;
  start: number;
}

function wordsBefore(text: string, end: number): Word[] {
  const window = text.slice(Math.max(0, end - 160), end);
  const offset = end - window.length;
  return [...window.matchAll(WORD)].map((m) => ({ text: m[0], start: offset + m.index }));
}

/** Whether the words spell the letters, each word giving its initial and maybe more ("KOrea"). */
function spells(words: string[], letters: string): boolean {
  const [word, ...rest] = words;
  if (word === undefined) return letters.length === 0;
  const upper = word.toUpperCase();
  if (upper[0] !== letters[0]) return false;
  let position = 1;
  for (let taken = 1; taken <= letters.length; taken++) {
    if (taken > 1) {
      const at = upper.indexOf(letters[taken - 1]!, position);
      if (at < 0) return false;
      position = at + 1;
    }
    if (spells(rest, letters.slice(taken))) return true;
  }
  return false;
}

/** The first word of the shortest name before the bracket that spells the acronym, or -1. */
function nameStart(words: Word[], letters: string): number {
  const capitalised: string[] = [];
  for (let w = words.length - 1; w >= 0 && words.length - w <= MAX_WORDS; w--) {
    const word = words[w]!.text;
    if (CONNECTOR.test(word) && capitalised.length) continue;
    if (!/^\p{Lu}/u.test(word)) return -1;
    capitalised.unshift(word);
    if (spells(capitalised, letters)) return w;
  }
  return -1;
}

/** Acronym definitions in a sentence, left to right. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(DEFINED)) {
    const acronym = m[1]!;
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    const words = wordsBefore(text, m.index);
    const last = words.at(-1);
    // The name runs up to the bracket: "Agency, (X)" or "said (X)" define nothing.
    if (!last || !/^\s*$/u.test(text.slice(last.start + last.text.length, m.index))) continue;
    const first = nameStart(words, letters);
    if (first < 0) continue;
    const nameWords = words.slice(first);
    if (nameWords.length < 2) continue;
    if (CONCEPT_HEAD.test(nameWords[0]!.text) || CONCEPT_END.test(nameWords.at(-1)!.text)) continue;
    // "United Arab Emirates (UAE)": a country, not an organisation.
    const bare = text.slice(nameWords[0]!.start, m.index).trim();
    const country = findCountryMentions(bare)[0];
    if (country && country.start === 0 && country.end === bare.length) continue;
    const prefix = words[first - 1];
    const company = prefix !== undefined && LEGAL_PREFIX.test(prefix.text);
    const start = company ? prefix.start : nameWords[0]!.start;
    const end = m.index + m[0].length;
    found.push({ name: text.slice(start, end), acronym, start, end, company });
  }
  return found;
}
