/**
 * Generates the inflected forms of a name so the matcher can stay a plain longest-match trie:
 * Russian/Ukrainian case endings by the shape of each word, Kazakh case suffixes, and Arabic
 * forms with and without the article. Stems + endings, never per-country lists.
 */

const RU_UK_ADJECTIVE = [
  'ий',
  'ый',
  'ой',
  'ая',
  'ое',
  'ую',
  'ие',
  'ые',
  'их',
  'ых',
  'им',
  'ым',
  'ого',
  'ому',
  'ими',
  'ыми',
  'ом',
  'а',
  'е',
  'і',
  'у',
  'ої',
  'ій',
  'ою',
  'ім',
  'ій',
];

/** Endings by the last letters of a Russian/Ukrainian word, with how many letters to cut first. */
const CYRILLIC_RULES: [suffix: string, cut: number, endings: string[]][] = [
  ['ская', 2, RU_UK_ADJECTIVE],
  ['ська', 1, RU_UK_ADJECTIVE],
  ['ский', 2, RU_UK_ADJECTIVE],
  ['ський', 2, RU_UK_ADJECTIVE],
  ['ые', 2, ['ые', 'ых', 'ым', 'ыми']],
  ['ені', 1, ['і', 'их', 'им', 'ими']],
  ['ия', 1, ['я', 'и', 'ю', 'ей', 'ею']],
  ['ія', 1, ['я', 'ї', 'ю', 'єю', 'і']],
  ['ая', 2, ['ая', 'ой', 'ую', 'ей']],
  ['ый', 2, ['ый', 'ого', 'ому', 'ым', 'ом']],
  ['ий', 2, ['ий', 'ого', 'ому', 'им', 'ом']],
  ['ы', 1, ['ы', 'ов', 'ам', 'ах', 'ами']],
  ['а', 1, ['а', 'ы', 'и', 'і', 'у', 'ой', 'ою', 'е', 'ої', 'ій']],
  ['я', 1, ['я', 'и', 'ю', 'ей', 'ею', 'ї', 'і', 'єю']],
  ['ь', 1, ['ь', 'и', 'і', 'ью', 'ю']],
  ['й', 1, ['й', 'я', 'ю', 'ем', 'е', 'ї', 'єм']],
];
const CONSONANT_ENDINGS = ['', 'а', 'у', 'ом', 'е', 'і', 'ові', 'ом'];
const CYRILLIC_CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/u;

/** Kazakh case and derivation suffixes, harmony ignored: over-generation only adds unused keys. */
const KAZAKH_SUFFIXES = [
  '',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'да',
  'де',
  'та',
  'те',
  'нда',
  'нде',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'ды',
  'ді',
  'ты',
  'ті',
  'ны',
  'ні',
  'мен',
  'бен',
  'пен',
  'ы',
  'і',
  'ына',
  'іне',
  'ында',
  'інде',
  'ынан',
  'інен',
  'дағы',
  'дегі',
  'тағы',
  'тегі',
  'ндағы',
  'ндегі',
  'дық',
  'дік',
  'тық',
  'тік',
  'лық',
  'лік',
  'ша',
  'ше',
];

const MAX_FORMS = 400;

function cyrillicWordForms(word: string): string[] {
  const lower = word.toLowerCase();
  if (lower.length < 3 || !/[а-яёіїєґ]$/u.test(lower)) return [word];
  for (const [suffix, cut, endings] of CYRILLIC_RULES) {
    if (lower.endsWith(suffix)) {
      const stem = word.slice(0, word.length - cut);
      return [...new Set([word, ...endings.map((ending) => stem + ending)])];
    }
  }
  if (CYRILLIC_CONSONANT.test(lower)) return CONSONANT_ENDINGS.map((ending) => word + ending);
  return [word];
}

function product(parts: string[][], joiners: string[]): string[] {
  let out = [''];
  parts.forEach((forms, index) => {
    const next: string[] = [];
    for (const prefix of out)
      for (const form of forms) next.push(prefix + (index ? joiners[index - 1] : '') + form);
    out = next.slice(0, MAX_FORMS);
  });
  return out;
}

/** Russian/Ukrainian case forms of a (possibly multi-word) name: each word inflects on its own. */
export function cyrillicForms(name: string): string[] {
  const words = name.split(/([\s-]+)/u);
  const tokens = words.filter((_, index) => index % 2 === 0);
  const joiners = words.filter((_, index) => index % 2 === 1);
  return product(tokens.map(cyrillicWordForms), joiners);
}

/** Kazakh forms: suffixes attach to the last word only. */
export function kazakhForms(name: string): string[] {
  return KAZAKH_SUFFIXES.map((suffix) => name + suffix);
}

const ARABIC_ARTICLE = /^ال/u;

/** Arabic forms: with and without the article (prefixes like و/ب/لل are handled by the matcher). */
export function arabicForms(name: string): string[] {
  return ARABIC_ARTICLE.test(name) ? [name, name.slice(2)] : [name];
}

/**
 * Arabic nisba adjectives (عُماني، الفلسطينية، الصينيين) derived from a name: drop the article
 * and a final alef/teh marbuta/yeh, add the nisba endings. Short stems (مالي = "financial")
 * are skipped because they collide with common words.
 */
export function arabicNisba(name: string): string[] {
  const stem = name.replace(ARABIC_ARTICLE, '').replace(/[اةهيى]$/u, '');
  if ([...stem].length < 4 || /\s/u.test(stem)) return [];
  return ['ي', 'ية', 'يين', 'يون', 'يه'].map((ending) => stem + ending);
}

export function isCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/u.test(text);
}

export function isKazakh(text: string): boolean {
  return /[әғқңөұүһі]/iu.test(text) && isCyrillic(text);
}

export function isArabic(text: string): boolean {
  return /[\u0600-\u06FF]/u.test(text);
}
