import { CITIES } from './cities-data.ts';
import {
  arabicForms,
  arabicNisba,
  cyrillicForms,
  isArabic,
  isCyrillic,
  isKazakh,
  kazakhForms,
} from './countries-inflect.ts';
import { ABBREVIATIONS, NON_COUNTRY_NAMES, countryNames } from './countries-names.ts';
import { EN_DEMONYMS } from './demonyms-en.ts';
import { COMPOUND_PREFIXES, DEMONYM_ENDINGS, OTHER_DEMONYMS } from './demonyms-other.ts';

export type MentionVia = 'name' | 'official' | 'demonym' | 'city' | 'abbrev';

/** How the surface text must look for an entry to count. */
export type SurfaceRule =
  /** First letter upper case, as the entry is written (names, cities, English demonyms). */
  | 'capital'
  /** Exactly as written, case included (abbreviations). */
  | 'exact'
  /** Any case. */
  | 'any';

export interface GazetteerEntry {
  /** ISO alpha-2, or null for names that only block a shorter country name inside them. */
  code: string | null;
  /** The form as written in the gazetteer, before folding. */
  raw: string;
  via: MentionVia;
  surface: SurfaceRule;
}

const OFFICIAL =
  /republic|kingdom|federation|state of|sultanate|emirates|республик|федераци|королевств|султанат|république|royaume|república|reino|federa[cç]|königreich|föderation|republik|federasi|cộng hòa|liên bang|سلطنة|دولة|المملكة|جمهورية|共和国|王国/iu;

function startsUpper(text: string): boolean {
  const first = text ? String.fromCodePoint(text.codePointAt(0)!) : '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** The forms a written name can take in running text. */
function variantsOf(name: string, locale: string): string[] {
  if (isArabic(name)) return arabicForms(name);
  if (locale === 'kk' || isKazakh(name)) return [...kazakhForms(name), ...cyrillicForms(name)];
  if (isCyrillic(name)) return cyrillicForms(name);
  return [name];
}

function expandStem(word: string): string[] {
  const plus = word.indexOf('+');
  if (plus < 0) return isCyrillic(word) ? variantsOf(word, '') : [word];
  const stem = word.slice(0, plus);
  return (DEMONYM_ENDINGS[word.slice(plus + 1)] ?? ['']).map((ending) => stem + ending);
}

function* nameEntries(): Generator<GazetteerEntry> {
  for (const { code, name, locale } of countryNames()) {
    const via: MentionVia = OFFICIAL.test(name) ? 'official' : 'name';
    for (const raw of variantsOf(name, locale)) {
      yield { code, raw, via, surface: startsUpper(raw) ? 'capital' : 'any' };
    }
    if (isArabic(name))
      for (const raw of arabicNisba(name)) yield { code, raw, via: 'demonym', surface: 'any' };
  }
}

function* demonymEntries(): Generator<GazetteerEntry> {
  for (const [code, list] of Object.entries(EN_DEMONYMS)) {
    for (const word of list.split('|')) {
      for (const raw of [word, `${word}s`]) yield { code, raw, via: 'demonym', surface: 'capital' };
    }
  }
  for (const [code, list] of Object.entries(OTHER_DEMONYMS)) {
    for (const word of list.split('|')) {
      for (const raw of expandStem(word)) yield { code, raw, via: 'demonym', surface: 'any' };
    }
  }
  for (const [raw, code] of Object.entries(COMPOUND_PREFIXES))
    yield { code, raw, via: 'demonym', surface: 'any' };
}

function* cityEntries(): Generator<GazetteerEntry> {
  for (const [code, list] of Object.entries(CITIES)) {
    for (const city of list.split('|')) {
      for (const raw of variantsOf(city, '')) {
        yield { code, raw, via: 'city', surface: startsUpper(raw) ? 'capital' : 'any' };
      }
    }
  }
}

function* otherEntries(): Generator<GazetteerEntry> {
  for (const [code, list] of Object.entries(ABBREVIATIONS)) {
    for (const raw of list) yield { code, raw, via: 'abbrev', surface: 'exact' };
  }
  for (const raw of NON_COUNTRY_NAMES) yield { code: null, raw, via: 'name', surface: 'any' };
}

/** Every gazetteer entry: names (all locales, inflected), demonyms, cities, abbreviations, blockers. */
export function gazetteerEntries(): GazetteerEntry[] {
  return [...otherEntries(), ...nameEntries(), ...demonymEntries(), ...cityEntries()];
}
