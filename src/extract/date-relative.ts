import { mention, type DateMention } from './date-mention.ts';
import { RELATIVE_DAYS, RELATIVE_YEARS, WEEKDAYS } from './date-relative-words.ts';

const HAN = /\p{Script=Han}/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function table(entries: readonly (readonly [string, number])[]): {
  regex: RegExp;
  offsets: Map<string, number>;
} {
  const offsets = new Map(entries.map(([word, offset]) => [word, offset]));
  const words = [...offsets.keys()].sort((a, b) => b.length - a.length);
  // Han script has no spaces between words, so those entries match without word boundaries.
  const spaced = words.filter((word) => !HAN.test(word)).map(escape);
  const han = words.filter((word) => HAN.test(word)).map(escape);
  const bounded = `(?<![\\p{L}\\p{M}])(?:${spaced.join('|')})(?![\\p{L}\\p{M}])`;
  const regex = new RegExp(han.length ? `${bounded}|${han.join('|')}` : bounded, 'giu');
  return { regex, offsets };
}

const DAYS = table(RELATIVE_DAYS);
const YEARS = table(RELATIVE_YEARS);
const WEEKDAY_NAMES = table(WEEKDAYS);

/**
 * Finds relative day words ("бүгін", "sáng nay", "اليوم"), "this year"/"last year" and the
 * weekday names chrono misses, in any of the tables' languages.
 */
export function findRelativeWords(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DAYS.regex)) {
    const offset = DAYS.offsets.get(m[0].toLowerCase());
    if (offset !== undefined) found.push(mention(m.index, m[0], { offsetDays: offset }));
  }
  for (const m of text.matchAll(YEARS.regex)) {
    const offset = YEARS.offsets.get(m[0].toLowerCase());
    if (offset !== undefined) found.push(mention(m.index, m[0], { offsetYears: offset }));
  }
  for (const m of text.matchAll(WEEKDAY_NAMES.regex)) {
    const weekday = WEEKDAY_NAMES.offsets.get(m[0].toLowerCase());
    if (weekday !== undefined) found.push(mention(m.index, m[0], { weekday }));
  }
  return found;
}
