import type { Organisation } from '../../schema/dataset.ts';
import { COMPANIES } from './organisations-companies.ts';
import { EVENTS_AND_FORUMS, NEWS_SOURCES } from './organisations-excluded.ts';
import { INTERNATIONAL_BODIES } from './organisations-international.ts';

/** One curated organisation: its canonical name, kind and home country. */
export interface KnownOrganisation {
  id: number;
  canonical: string;
  kind: Organisation['kind'] | 'excluded';
  country: string | null;
}

/** One occurrence of a curated name in a text. `exact` is false when an inflected form matched. */
export interface KnownMatch {
  org: KnownOrganisation;
  start: number;
  end: number;
  surface: string;
  exact: boolean;
}

/** A word or a single punctuation mark, with its offsets in the text. */
interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** How one alias word matches a text word. */
interface AliasWord {
  text: string;
  /** Lower-cased text, or the stem for Cyrillic words that inflect. */
  key: string;
  caseSensitive: boolean;
  inflects: boolean;
}

interface Alias {
  words: AliasWord[];
  org: KnownOrganisation;
  length: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const INFLECTING_WORD = /^\p{Script=Cyrillic}{4,}$/u;
const ARABIC = /^\p{Script=Arabic}/u;
// Case endings a Cyrillic name may take ("союз" → "союза", "Қазақтелеком" → "Қазақтелекомның").
const MAX_ENDING = 4;
const CASE_ENDING =
  /^(?:а|я|у|ю|е|и|ы|і|ой|ей|ом|ем|ам|ям|ах|ях|ами|ями|ов|ев|ого|его|ому|ему|ым|им|ых|их|ую|юю|ая|яя|ое|ее|ый|ий|ие|ые|ия|ии|ию|ией|ға|ге|қа|ке|на|не|да|де|та|те|ның|нің|дың|дің|тың|тің|мен|бен|пен|нан|нен|дан|ден|тан|тен|ны|ні|ды|ді|ты|ті|ы|н|ын|ін|ына|іне|ында|інде|ынан|інен)$/u;
const STRIPPED_ENDING = /[аяоеёиыйьуюіәөүұ]{1,2}$/u;
// Arabic conjunctions and prepositions written attached to the next word (و، ب، ل، ف، ك).
const ARABIC_PREFIX = /^[وبلفك]{1,2}/u;

function tokenize(text: string): Token[] {
  if (isAscii(text)) return tokenizeAscii(text);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    tokens.push(token(m[0], m.index));
  }
  return tokens;
}

const token = (text: string, start: number): Token => ({
  text,
  lower: text.toLowerCase(),
  start,
  end: start + text.length,
});

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** TOKEN on ASCII text, where letters and digits are the word characters and `\s` is 9–13 and space. */
function tokenizeAscii(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isAsciiWord(code)) {
      const start = i;
      while (i < text.length && isAsciiWord(text.charCodeAt(i))) i++;
      tokens.push(token(text.slice(start, i), start));
    } else {
      if (code !== 32 && (code < 9 || code > 13)) tokens.push(token(text[i]!, i));
      i++;
    }
  }
  return tokens;
}

function isAsciiWord(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const ORGS: KnownOrganisation[] = [];
/** Aliases indexed by the key of their first word, longest first. */
const BY_FIRST_WORD = new Map<string, Alias[]>();
const CJK_ALIASES: { text: string; org: KnownOrganisation }[] = [];

function aliasWord(text: string, caseSensitive: boolean): AliasWord {
  const inflects = INFLECTING_WORD.test(text);
  const lower = text.toLowerCase();
  return {
    text,
    caseSensitive,
    inflects,
    key: inflects ? lower.replace(STRIPPED_ENDING, '') : lower,
  };
}

function register(
  aliases: readonly string[],
  kind: KnownOrganisation['kind'],
  country: string | null,
): void {
  const org: KnownOrganisation = { id: ORGS.length, canonical: aliases[0]!, kind, country };
  ORGS.push(org);
  for (const text of new Set(aliases)) {
    if (CJK.test(text)) {
      CJK_ALIASES.push({ text, org });
      continue;
    }
    // Acronyms and short names ("MTS", "APT", "UN", "KT") are ordinary words in lower case.
    const caseSensitive = text.length <= 3 || !/\p{Ll}/u.test(text);
    const words = tokenize(text).map((token) => aliasWord(token.text, caseSensitive));
    const alias: Alias = { words, org, length: text.length };
    const key = words[0]!.key;
    const list = BY_FIRST_WORD.get(key) ?? [];
    list.push(alias);
    list.sort((a, b) => b.words.length - a.words.length || b.length - a.length);
    BY_FIRST_WORD.set(key, list);
  }
}

for (const company of COMPANIES) register(company.aliases, 'company', company.country);
for (const body of INTERNATIONAL_BODIES) register(body, 'international', null);
register(NEWS_SOURCES, 'excluded', null);
register(EVENTS_AND_FORUMS, 'excluded', null);
CJK_ALIASES.sort((a, b) => b.text.length - a.text.length);

const UPPER_START = /^\p{Lu}/u;

function wordMatches(
  word: AliasWord,
  token: Token,
  lower: string,
): { ok: boolean; exact: boolean } {
  if (word.caseSensitive) return { ok: token.text === word.text, exact: true };
  // Names that are also words ("Orange", "Apple", "Meta") count only when capitalised.
  if (UPPER_START.test(word.text) && !UPPER_START.test(token.text))
    return { ok: false, exact: false };
  if (lower === word.key)
    return { ok: true, exact: !word.inflects || lower === word.text.toLowerCase() };
  if (!word.inflects) return { ok: false, exact: false };
  const ending = lower.slice(word.key.length);
  const ok =
    lower.startsWith(word.key) &&
    (ending === '' || CASE_ENDING.test(ending) || word.text.toLowerCase().startsWith(lower));
  return { ok, exact: ok && lower === word.text.toLowerCase() };
}

/** Keys under which a text word may be indexed: itself, its Cyrillic stems, without an Arabic prefix. */
function lookupKeys(lower: string): { key: string; skip: number }[] {
  const keys = [{ key: lower, skip: 0 }];
  // Cyrillic and Arabic letters all lie above U+0400: a word starting below has no other key.
  if (lower.charCodeAt(0) < 0x0400) return keys;
  if (INFLECTING_WORD.test(lower)) {
    for (let cut = 1; cut <= MAX_ENDING && lower.length - cut >= 3; cut++)
      keys.push({ key: lower.slice(0, -cut), skip: 0 });
  }
  const prefix = ARABIC.test(lower) ? ARABIC_PREFIX.exec(lower) : null;
  if (prefix) {
    for (let skip = 1; skip <= prefix[0].length; skip++)
      keys.push({ key: lower.slice(skip), skip });
    // "لل" is ل + the article ال ("للاتصالات" = "ل" + "الاتصالات").
    if (lower.startsWith('لل')) keys.push({ key: `ا${lower.slice(1)}`, skip: 1 });
  }
  return keys;
}

function matchAt(
  tokens: Token[],
  i: number,
): { alias: Alias; last: number; exact: boolean; skip: number } | null {
  const first = tokens[i]!;
  // Most words start no alias: rule them out before any keys are made.
  if (first.lower.charCodeAt(0) < 0x0400 && !BY_FIRST_WORD.has(first.lower)) return null;
  for (const { key, skip } of lookupKeys(first.lower)) {
    for (const alias of BY_FIRST_WORD.get(key) ?? []) {
      let exact = true;
      let ok = true;
      for (let w = 0; w < alias.words.length && ok; w++) {
        const token = tokens[i + w];
        if (!token) {
          ok = false;
          break;
        }
        const lower = w === 0 ? token.lower.slice(skip) : token.lower;
        const result = wordMatches(
          alias.words[w]!,
          w === 0 && skip ? { ...token, text: token.text.slice(skip) } : token,
          lower,
        );
        ok = result.ok;
        exact &&= result.exact;
      }
      if (ok) return { alias, last: i + alias.words.length - 1, exact, skip };
    }
  }
  return null;
}

// Legal-form words that belong to a company's name when they follow it.
const COMPANY_TAIL =
  /^(?:,?\s+(?:Co\.,?\s*Ltd\.?|Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|PLC|plc|LLC|S\.A\.?|SA|AG|GmbH|Group|Communications|Tbk))+/u;
// "Asian Development Bank (ADB)": the acronym in brackets is part of the name as written.
const ACRONYM_TAIL = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,11})\)/u;

function extend(text: string, match: KnownMatch): KnownMatch {
  const rest = text.slice(match.end);
  const tail =
    (match.org.kind === 'company' ? COMPANY_TAIL.exec(rest) : null) ?? ACRONYM_TAIL.exec(rest);
  if (!tail) return match;
  const end = match.end + tail[0].length;
  return { ...match, end, surface: text.slice(match.start, end) };
}

function findCjk(text: string): KnownMatch[] {
  if (!CJK.test(text)) return [];
  const found: KnownMatch[] = [];
  for (const { text: alias, org } of CJK_ALIASES) {
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length)) {
      found.push({ org, start: at, end: at + alias.length, surface: alias, exact: true });
    }
  }
  return found;
}

/**
 * Every occurrence of a curated organisation (company, international body) or excluded name
 * (news agency, forum) in `text`, left to right; overlaps go to the longer match.
 */
export function findKnownOrganisations(text: string): KnownMatch[] {
  const tokens = tokenize(text);
  const found = findCjk(text);
  for (let i = 0; i < tokens.length; i++) {
    const hit = matchAt(tokens, i);
    if (!hit) continue;
    const start = tokens[i]!.start + hit.skip;
    const end = tokens[hit.last]!.end;
    // "AU$5 billion", "US$": a currency, not the African Union.
    if (text[end] === '$') continue;
    found.push({
      org: hit.alias.org,
      start,
      end,
      surface: text.slice(start, end),
      exact: hit.exact,
    });
    i = hit.last;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: KnownMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(extend(text, match));
  }
  return kept;
}
