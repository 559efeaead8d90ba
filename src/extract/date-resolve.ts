import {
  dayNumber,
  dayRange,
  fromDayNumber,
  weekdayOf,
  type CalendarDate,
} from './date-calendar.ts';
import type { DateMention } from './date-mention.ts';

/** How far after the reference a date without a year may fall before it is read as last year's. */
const GRACE_DAYS = 2;

/**
 * The calendar date a mention stands for, given the page's own date (`reference`, day
 * precision). Mentions that need a reference resolve to null without one.
 */
export function resolveMention(
  m: DateMention,
  reference: CalendarDate | null,
): CalendarDate | null {
  if (m.year !== null)
    return { year: m.year, month: m.month, day: m.month === null ? null : m.day };
  if (!reference || reference.month === null || reference.day === null) return null;
  const refDay = dayNumber(reference.year, reference.month, reference.day);
  if (m.offsetDays !== null) return fromDayNumber(refDay + m.offsetDays);
  if (m.offsetYears !== null)
    return { year: reference.year + m.offsetYears, month: null, day: null };
  if (m.month !== null) {
    const date = { year: reference.year, month: m.month, day: m.day };
    return dayRange(date)[0] > refDay + GRACE_DAYS ? { ...date, year: reference.year - 1 } : date;
  }
  if (m.weekday !== null && m.day === null) {
    const back = (weekdayOf(reference.year, reference.month, reference.day) - m.weekday + 7) % 7;
    return fromDayNumber(refDay - back);
  }
  if (m.day !== null) {
    // A day of the month alone ("13日", "sexta-feira, 23"): the reference's month, or the one before.
    if (m.day <= reference.day + GRACE_DAYS)
      return { year: reference.year, month: reference.month, day: m.day };
    const previous = fromDayNumber(dayNumber(reference.year, reference.month, 1) - 1);
    return { year: previous.year, month: previous.month, day: m.day };
  }
  return null;
}
