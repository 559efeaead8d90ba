import { isValidDay } from './date-calendar.ts';
import { asciiDigits } from './date-digits.ts';
import { mention, type DateMention } from './date-mention.ts';
import { MONTH_NAMES, STEM_MONTHS } from './date-month-names.ts';

const MONTH_BY_NAME = new Map<string, number>();
for (const [month, names] of Object.entries(MONTH_NAMES)) {
  for (const name of names) MONTH_BY_NAME.set(name, Number(month));
}
const STEM_BY_NAME = new Map(
  Object.entries(STEM_MONTHS).map(([month, stem]) => [stem, Number(month)]),
);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
const WORD_MONTH = [...MONTH_BY_NAME.keys()].sort(byLength).map(escape).join('|');
const STEM_MONTH = [...STEM_BY_NAME.keys()].sort(byLength).map(escape).join('|');
/** A month name: a whole word, or a Kazakh stem with its case ending. */
const MONTH = `(?:(?:${WORD_MONTH})(?![\\p{L}\\p{M}])|(?:${STEM_MONTH})\\p{L}*)`;
const DAY = '(\\d{1,2})(?:er|re|º|°|ª|st|nd|rd|th|\\.)?';
const YEAR = '(\\d{4})(?!\\d)';
const START = '(?<![\\p{L}\\p{N}])';
/**
 * A month name anywhere. Each pattern holding a month costs several times more per text than
 * this one test, and most texts (page lines, lead sentences) name no month: they skip them all.
 */
const ANY_MONTH = new RegExp(MONTH, 'iu');

interface Pattern {
  regex: RegExp;
  /** The pattern holds a MONTH, so cannot match text without one. */
  needsMonth?: true;
  read: (match: RegExpExecArray) => { year?: string; month?: string | number; day?: string };
}

const PATTERNS: Pattern[] = [
  // 27 Juin 2025 · 4 de noviembre de 2024 · 30 января, 2026 · 21. November · ٢٩ ديسمبر · 23 Oct.
  {
    regex: new RegExp(
      `${START}${DAY}(?:\\s+de|\\s+of)?[\\s.,/-]*(${MONTH})\\.?(?:(?:,?\\s+(?:de|del|of)\\s+|,?\\s*[\\s.,/-]\\s*)${YEAR})?`,
      'giu',
    ),
    read: (m) => ({ day: m[1], month: m[2], year: m[3] }),
    needsMonth: true,
  },
  // May 2, 2019 · April 25 · JUNE 17
  {
    regex: new RegExp(
      `${START}(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}\\p{L}:])(?:,?\\s*${YEAR})?`,
      'giu',
    ),
    read: (m) => ({ month: m[1], day: m[2], year: m[3] }),
    needsMonth: true,
  },
  // March 2020 · marzo de 2010 · ноябре 2024
  {
    regex: new RegExp(`${START}(${MONTH})\\.?(?:\\s+de|\\s+del|\\s+of)?,?\\s+${YEAR}`, 'giu'),
    read: (m) => ({ month: m[1], year: m[2] }),
    needsMonth: true,
  },
  // 2025 жылғы 26 желтоқсанда
  {
    regex: new RegExp(`${START}${YEAR}\\s*(?:жылғы|жылы|ж\\.)\\s+(\\d{1,2})\\s+(${MONTH})`, 'giu'),
    read: (m) => ({ year: m[1], day: m[2], month: m[3] }),
    needsMonth: true,
  },
  // 2019年8月28日 · 8月28日 · 2019년 8월 28일
  {
    regex: /(?:(\d{4})\s*[年년]\s*)?(?<!\d)(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日号號일])?/gu,
    read: (m) => ({ year: m[1], month: Number(m[2]), day: m[3] }),
  },
  // 13日: a day of the page's month
  {
    regex: /(?<![\d月월])(\d{1,2})\s*[日号]/gu,
    read: (m) => ({ day: m[1] }),
  },
  // ngày 25 tháng 2 năm 2022 · tháng 2 năm 2022 · tháng 2/2022 · tháng 2
  {
    regex: /(?:ngày\s+(\d{1,2})\s+)?tháng\s+(\d{1,2})(?!\d)(?:\s*(?:năm\s+|\/)(\d{4}))?(?!\d)/giu,
    read: (m) => ({ day: m[1], month: Number(m[2]), year: m[3] }),
  },
];

function monthNumber(name: string | number | undefined): number | null {
  if (typeof name === 'number') return name;
  if (!name) return null;
  const lower = name.toLowerCase();
  const exact = MONTH_BY_NAME.get(lower);
  if (exact) return exact;
  for (const [stem, month] of STEM_BY_NAME) if (lower.startsWith(stem)) return month;
  return null;
}

export function isMonthName(word: string): boolean {
  return monthNumber(word) !== null;
}

/**
 * Finds dates written with month names (in any of the table's languages) or with CJK and
 * Vietnamese month markers. Overlapping matches are left for the caller to merge.
 */
export function findNamedDates(text: string): DateMention[] {
  const normalised = asciiDigits(text);
  const found: DateMention[] = [];
  const hasMonth = ANY_MONTH.test(normalised);
  for (const { regex, read, needsMonth } of PATTERNS) {
    if (needsMonth && !hasMonth) continue;
    for (const match of normalised.matchAll(regex)) {
      const parts = read(match as RegExpExecArray);
      const month = monthNumber(parts.month);
      const day = parts.day ? Number(parts.day) : null;
      const year = parts.year ? Number(parts.year) : null;
      if (month !== null && (month < 1 || month > 12)) continue;
      if (day !== null && (day < 1 || day > 31)) continue;
      if (day !== null && month !== null && !isValidDay(year ?? 2000, month, day)) continue;
      if (year !== null && (year < 1900 || year > 2099)) continue;
      const start = match.index;
      found.push(
        mention(start, text.slice(start, start + match[0].length).trimEnd(), { year, month, day }),
      );
    }
  }
  return found;
}
