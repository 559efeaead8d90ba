// Matching control characters is the point here.
/* eslint-disable no-control-regex */
// C0/C1 controls (but tab and newline), ANSI escape sequences and bidi overrides/isolates.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/gu;
const CONTROLS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** Normalises line ends and strips control characters, ANSI escapes, bidi overrides and BOMs. */
export function cleanText(raw: string): string {
  return raw.replace(/\r\n?/gu, '\n').replace(ANSI, '').replace(CONTROLS, '').normalize('NFC');
}

/** The URL when it is http(s), else null: other schemes (javascript:, data:, file:) are never kept. */
export function keepHttpUrl(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\/[^\s/$.?#][^\s]*$/iu.test(trimmed)) return null;
  try {
    return new URL(trimmed).href === '' ? null : trimmed;
  } catch {
    return null;
  }
}

// Only runs that are not already one plain space: a line of single-spaced words is left as it is
// instead of being rebuilt at every space.
const SPACE_RUNS = /\s{2,}|[^\S ]/gu;

/** Every run of white space as one plain space (what `replace(/\s+/gu, ' ')` gives). */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUNS, ' ');
}
