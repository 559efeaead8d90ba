import { isValidDay } from './date-calendar.ts';
import { asciiDigits } from './date-digits.ts';
import { mention, type DateMention } from './date-mention.ts';

/** Day-first (25/02/2019) or month-first (02/25/2019) reading of slash and dash dates. */
export type NumericOrder = 'day-first' | 'month-first';

// Not inside a longer token: file names (20190205-ta1.jpg), versions (2.0.1), phone groups, money.
// A colon after a label ("日期:2018-05-30") is allowed; after a number it is a time or a ratio.
const BEFORE = '(?<![\\p{L}\\p{N}_.,/+\\-#№$€£])(?<!\\p{N}:)';
const NOT_AFTER = '[\\p{N}]|[.,/:\\-_]\\p{N}|[\\-_.]?\\p{L}';
const AFTER = `(?!${NOT_AFTER})`;

/** 2024-08-22 · 2020.12.11 · 2019/08/28 (the time after it is allowed and ignored). */
const YEAR_FIRST = new RegExp(
  `${BEFORE}(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})(?:(?=T\\d)|${AFTER})`,
  'gu',
);
/** 25.04.2019 · 30/08/2020 · 21 / 11 / 2025 · 14-04-2008 */
const YEAR_LAST = new RegExp(
  `${BEFORE}(\\d{1,2})\\s?([-./])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})${AFTER}`,
  'gu',
);
/** (25/2), ngày 25/2, chiều 3/5: a day and month with no year, only where the wording marks it as a date. */
const NO_YEAR =
  /(?:\(|(?<![\p{L}])(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\s+)(\d{1,2})\/(\d{1,2})(?=\)|(?![\d/]))/giu;

function ordered(
  first: number,
  second: number,
  order: NumericOrder,
): { day: number; month: number; ambiguous: boolean } {
  if (first > 12 && second <= 12) return { day: first, month: second, ambiguous: false };
  if (second > 12 && first <= 12) return { day: second, month: first, ambiguous: false };
  const ambiguous = first !== second;
  return order === 'day-first'
    ? { day: first, month: second, ambiguous }
    : { day: second, month: first, ambiguous };
}

/**
 * Finds all-numeric dates. Dotted dates are always day-first; slash and dash dates follow
 * `order` unless one component is over 12.
 */
export function findNumericDates(text: string, order: NumericOrder): DateMention[] {
  const normalised = asciiDigits(text);
  const found: DateMention[] = [];
  const add = (
    start: number,
    length: number,
    year: number | null,
    month: number,
    day: number,
    ambiguous: boolean,
  ): void => {
    if (year !== null && (year < 1900 || year > 2099)) return;
    if (!isValidDay(year ?? 2000, month, day)) return;
    found.push(
      mention(start, text.slice(start, start + length), {
        year,
        month,
        day,
        ambiguousOrder: ambiguous,
      }),
    );
  };
  for (const m of normalised.matchAll(YEAR_FIRST)) {
    add(m.index, m[0].length, Number(m[1]), Number(m[3]), Number(m[4]), false);
  }
  for (const m of normalised.matchAll(YEAR_LAST)) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    const dots = m[2] === '.';
    const read = dots
      ? { day: first, month: second, ambiguous: false }
      : ordered(first, second, order);
    add(m.index, m[0].length, Number(m[4]), read.month, read.day, read.ambiguous);
  }
  for (const m of normalised.matchAll(NO_YEAR)) {
    const read = ordered(Number(m[1]), Number(m[2]), order);
    const offset = m[0].length - m[0].replace(/^(?:\(|\p{L}+\s+)/iu, '').length;
    add(m.index + offset, m[0].length - offset, null, read.month, read.day, read.ambiguous);
  }
  return found;
}
