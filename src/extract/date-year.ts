import { asciiDigits } from './date-digits.ts';
import { mention, type DateMention } from './date-mention.ts';

/**
 * A bare four-digit year. It must stand alone: not a range (2025-2028), not after a hyphen
 * (mid-2013), not part of a number, phone number, amount, percentage, measure or file name.
 */
const BARE_YEAR =
  /(?<![\p{L}\p{N}_.,/:+\-–—#№$€£¥]|\d\s)(19[5-9]\d|20\d\d)(?![\p{N}]|[.,/:]\d|\s?[-–—/]\s?\d|\s?%|\s\d|[-_.]?[\p{Ll}\p{Lu}])/gu;
const UNIT_AFTER =
  /^\s?(?:km|mhz|ghz|kw|mw|gw|tb|gb|mb|kg|mm|cm|m²|ha|hz|people|persons|units|человек|тыс|million|millions|milliards?|billion)\b/iu;
/**
 * A year next to a capitalised word is part of a name: "Vision 2030", "Postel 2001",
 * "GITEX Global 2022", "the 2014 World Cup".
 */
const NAME_BEFORE = /(?:^|[\s(«"“])(\p{Lu}[\p{L}\p{M}-]*)\s$/u;
const NAME_AFTER = /^\s(\p{Lu}[\p{Ll}\p{M}]+)/u;

/** Capitalised words that are not names: sentence openers and prepositions that often start a line. */
const NOT_NAMES = new Set([
  'in',
  'since',
  'by',
  'until',
  'from',
  'en',
  'dans',
  'depuis',
  'desde',
  'em',
  'seit',
  'im',
  'sejak',
  'tahun',
  'năm',
  'в',
  'с',
  'у',
  'з',
  'від',
  'до',
  'на',
]);

export function findBareYears(text: string, monthWords: (word: string) => boolean): DateMention[] {
  const normalised = asciiDigits(text);
  const found: DateMention[] = [];
  for (const m of normalised.matchAll(BARE_YEAR)) {
    const before = normalised.slice(Math.max(0, m.index - 40), m.index);
    const after = normalised.slice(m.index + 4, m.index + 40);
    if (UNIT_AFTER.test(after)) continue;
    const nameBefore = NAME_BEFORE.exec(before)?.[1];
    if (nameBefore && !NOT_NAMES.has(nameBefore.toLowerCase()) && !monthWords(nameBefore)) continue;
    const nameAfter = NAME_AFTER.exec(after)?.[1];
    if (nameAfter && !monthWords(nameAfter)) continue;
    found.push(mention(m.index, m[0], { year: Number(m[0]) }));
  }
  return found;
}
