/** A calendar date at day, month or year precision; `month`/`day` are null when not known. */
export interface CalendarDate {
  year: number;
  month: number | null;
  day: number | null;
}

export type Precision = 'day' | 'month' | 'year';

export function precisionOf(date: CalendarDate): Precision {
  if (date.month === null) return 'year';
  return date.day === null ? 'month' : 'day';
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC calendar arithmetic, no time zone involved). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(days: number): CalendarDate {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function toIso(date: CalendarDate): string {
  const y = String(date.year).padStart(4, '0');
  if (date.month === null) return y;
  const m = String(date.month).padStart(2, '0');
  if (date.day === null) return `${y}-${m}`;
  return `${y}-${m}-${String(date.day).padStart(2, '0')}`;
}

/** The first and last day a date covers, as day numbers (a year covers all its days). */
export function dayRange(date: CalendarDate): [number, number] {
  if (date.month === null) return [dayNumber(date.year, 1, 1), dayNumber(date.year, 12, 31)];
  if (date.day === null) {
    return [
      dayNumber(date.year, date.month, 1),
      dayNumber(date.year, date.month, daysInMonth(date.year, date.month)),
    ];
  }
  const n = dayNumber(date.year, date.month, date.day);
  return [n, n];
}
