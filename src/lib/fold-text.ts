/**
 * Folds text for search: lower case, accents removed (é → e, й → и, ё → е), so one query matches
 * every spelling. Works for Latin and Cyrillic alike because both decompose under NFD.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
