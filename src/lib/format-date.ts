const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Parts of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date; null when the string is none of these. */
export function parseDateParts(
  date: string,
): { year: number; month: number | null; day: number | null } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  return {
    year: Number(match[1]),
    month: match[2] === undefined ? null : Number(match[2]),
    day: match[3] === undefined ? null : Number(match[3]),
  };
}

/** A date shown at the precision the data supports: `2018`, `May 2019`, `25 Apr 2019`. */
export function formatDate(date: string | null): string {
  if (date === null) return 'Undated';
  const parts = parseDateParts(date);
  if (!parts) return date;
  if (parts.month === null) return String(parts.year);
  const month = MONTHS[parts.month - 1];
  if (month === undefined || (parts.day !== null && (parts.day < 1 || parts.day > 31))) return date;
  if (parts.day === null) return `${month} ${parts.year}`;
  return `${parts.day} ${month} ${parts.year}`;
}

/** `YYYY-MM` period label: `May 2019`. */
export function formatMonth(period: string): string {
  return formatDate(period.slice(0, 7));
}
