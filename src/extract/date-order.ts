import { asciiDigits } from './date-digits.ts';
import type { NumericOrder } from './date-numeric.ts';

const SLASH_DATE = /(?<!\d)(\d{1,2})\s?[/-]\s?(\d{1,2})\s?[/-]\s?\d{4}(?!\d)/gu;
/** Country-code domains of places that write month-first; every other English site is read day-first. */
const MONTH_FIRST_HOSTS = /\.(?:com|us|org|net|gov|edu|ph)$/iu;

/**
 * Day-first or month-first for the page's slash dates: a date on the page with a component over
 * 12 settles it; otherwise English sites in the US convention read month-first, all else day-first.
 */
export function numericOrder(
  lines: readonly string[],
  language: string,
  url: string | null,
): { order: NumericOrder; settled: boolean } {
  for (const line of lines) {
    for (const m of asciiDigits(line).matchAll(SLASH_DATE)) {
      if (Number(m[1]) > 12) return { order: 'day-first', settled: true };
      if (Number(m[2]) > 12) return { order: 'month-first', settled: true };
    }
  }
  if (language !== 'en') return { order: 'day-first', settled: false };
  const host = url ? /^https?:\/\/([^/:?#]+)/iu.exec(url)?.[1] : undefined;
  const monthFirst = !host || MONTH_FIRST_HOSTS.test(host);
  return { order: monthFirst ? 'month-first' : 'day-first', settled: false };
}
