import { findChronoDates } from './date-chrono.ts';
import { compactString } from './one-byte.ts';
import type { DateMention } from './date-mention.ts';
import { findNamedDates, isMonthName } from './date-names.ts';
import { findNumericDates, type NumericOrder } from './date-numeric.ts';
import { findRelativeWords } from './date-relative.ts';
import { findBareYears } from './date-year.ts';

/** Text between two dates that makes them a range ("10–14 October", "2024 to 2026"). */
const RANGE_GAP =
  /^\s*(?:-|–|—|to|till|until|au|à|al|a|bis|до|по|hingga|sampai|s\/d|đến|至|到|إلى|~)\s*$/iu;
/** A day number and connector just before a date: the date closes a range ("from 10th to 14th October"). */
const RANGE_BEFORE =
  /(?<![\d:])\d{1,2}(?:st|nd|rd|th|er)?\.?\s*(?:-|–|—|to|au|al|a|bis|до|по|hingga|sampai|đến|إلى)\s*$/iu;

function information(m: DateMention): number {
  const known = [m.year, m.month, m.day, m.weekday, m.offsetDays, m.offsetYears].filter(
    (v) => v !== null,
  );
  return known.length;
}

/** Of overlapping mentions keeps the one that says most, then the longest. */
function merge(mentions: DateMention[]): DateMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) {
      kept.push(m);
      continue;
    }
    const better = information(m) - information(last) || m.end - m.start - (last.end - last.start);
    if (better > 0) kept[kept.length - 1] = m;
  }
  return kept;
}

/** "nesta segunda-feira (12)": the day of the month in brackets after a weekday. */
const BRACKETED_DAY = /^\s*\((\d{1,2})\)/u;

function withBracketedDay(text: string, m: DateMention): DateMention {
  if (m.weekday === null || m.day !== null) return m;
  const day = BRACKETED_DAY.exec(text.slice(m.end));
  if (!day) return m;
  return {
    ...m,
    day: Number(day[1]),
    end: m.end + day[0].length,
    text: text.slice(m.start, m.end + day[0].length),
  };
}

function dropRanges(text: string, mentions: DateMention[]): DateMention[] {
  const inRange = new Set<DateMention>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (next && RANGE_GAP.test(text.slice(m.end, next.start))) {
      inRange.add(m);
      inRange.add(next);
    }
    if (RANGE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) inRange.add(m);
  });
  return mentions.filter((m) => !inRange.has(m));
}

const DIGIT = /[\d\u0660-\u0669\u06F0-\u06F9]/u;

/**
 * Every date expression in `text`: named-month, numeric and bare-year matches, and with
 * `relative` also chrono-node's (for the page language) and relative words; merged, with
 * ranges dropped. Absolute forms all contain digits, so text without any skips those parsers.
 */
export function findDateMentions(
  given: string,
  language: string,
  order: NumericOrder,
  relative: boolean,
): DateMention[] {
  const text = compactString(given);
  const all = relative ? [...findChronoDates(text, language), ...findRelativeWords(text)] : [];
  if (DIGIT.test(text))
    all.push(
      ...findNamedDates(text),
      ...findNumericDates(text, order),
      ...findBareYears(text, isMonthName),
    );
  return dropRanges(
    text,
    merge(all).map((m) => withBracketedDay(text, m)),
  );
}
