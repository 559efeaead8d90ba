/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a quote, comma or line break. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// Spreadsheet programs run a cell starting with = + - @ as a formula; article titles are untrusted,
// so such cells get a leading apostrophe (OWASP's CSV-injection advice).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Excel reads a UTF-8 file as UTF-8 (Cyrillic included) only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';
