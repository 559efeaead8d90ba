/**
 * Folds text for search: lower case, accents removed (é → e, й → и, ё → е), so one query matches
 * every spelling. Works for Latin and Cyrillic alike because both decompose under NFD.
 */
export function foldText(text: string): string {
  // ASCII has nothing to decompose or strip; most English articles skip the costly part.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

const NON_ASCII = /[^\0-\x7f]/;
const MARKS = /\p{M}/gu;
