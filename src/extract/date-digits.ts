/**
 * Replaces Arabic-Indic and Extended Arabic-Indic digits with ASCII digits. Every digit is one
 * UTF-16 unit either way, so offsets into the result are offsets into the input.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
