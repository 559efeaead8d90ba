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
  const month = parts.month === null ? undefined : MONTHS[parts.month - 1];
  if (month === undefined) return String(parts.year);
  if (parts.day === null) return `${month} ${parts.year}`;
  return `${parts.day} ${month} ${parts.year}`;
}

/** `YYYY-MM` period label: `May 2019`. */
export function formatMonth(period: string): string {
  return formatDate(period.slice(0, 7));
}
