import { asciiDigits } from './date-digits.ts';
import type { NumericOrder } from './date-numeric.ts';

const SLASH_DATE = /(?<!\d)(\d{1,2})\s?[/-]\s?(\d{1,2})\s?[/-]\s?\d{4}(?!\d)/gu;
const EN_MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "March 13, 2023": the US way of writing dates, so numeric dates on the page are month-first too. */
const MONTH_DAY_YEAR = new RegExp(`\\b${EN_MONTH}\\s+\\d{1,2},\\s*\\d{4}`, 'iu');
/** "13 March 2023": the way of the rest of the English-writing world. */
const DAY_MONTH_YEAR = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${EN_MONTH}\\s+\\d{4}`, 'iu');
const US_HOSTS = /\.(?:us|gov|mil|edu)$/iu;

export interface OrderDecision {
  order: NumericOrder;
  /** False when the order is a guess (an English page with no clue either way). */
  settled: boolean;
}

/**
 * Day-first or month-first for the page's slash dates. A numeric date with a component over 12
 * settles it; otherwise every language but English writes day-first; English pages follow their
 * named dates ("March 13, 2023" is the US style) or a US domain, and are read day-first, with
 * a warning, when nothing tells.
 */
export function numericOrder(
  lines: readonly string[],
  language: string,
  url: string | null,
): OrderDecision {
  for (const line of lines) {
    for (const m of asciiDigits(line).matchAll(SLASH_DATE)) {
      if (Number(m[1]) > 12) return { order: 'day-first', settled: true };
      if (Number(m[2]) > 12) return { order: 'month-first', settled: true };
    }
  }
  if (language !== 'en') return { order: 'day-first', settled: true };
  const host = url ? /^https?:\/\/([^/:?#]+)/iu.exec(url)?.[1] : undefined;
  if (host && US_HOSTS.test(host)) return { order: 'month-first', settled: true };
  for (const line of lines) {
    if (MONTH_DAY_YEAR.test(line)) return { order: 'month-first', settled: true };
    if (DAY_MONTH_YEAR.test(line)) return { order: 'day-first', settled: true };
  }
  return { order: 'day-first', settled: false };
}
