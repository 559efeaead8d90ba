import { franc } from 'franc-min';
import { LATIN_STOPWORDS } from './language-stopwords.ts';

/** ISO 639-3 (franc) → ISO 639-1 for the languages franc-min knows. */
const ISO3_TO_1: Record<string, string> = {
  spa: 'es',
  eng: 'en',
  por: 'pt',
  ind: 'id',
  fra: 'fr',
  deu: 'de',
  jav: 'jv',
  vie: 'vi',
  ita: 'it',
  tur: 'tr',
  pol: 'pl',
  swh: 'sw',
  sun: 'su',
  ron: 'ro',
  hau: 'ha',
  bos: 'bs',
  hrv: 'hr',
  nld: 'nl',
  srp: 'sr',
  ckb: 'ku',
  yor: 'yo',
  uzn: 'uz',
  zlm: 'ms',
  ibo: 'ig',
  tgl: 'tl',
  hun: 'hu',
  azj: 'az',
  ces: 'cs',
  run: 'rn',
  plt: 'mg',
  nya: 'ny',
  kin: 'rw',
  zul: 'zu',
  swe: 'sv',
  lin: 'ln',
  som: 'so',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  cmn: 'zh',
  ben: 'bn',
  jpn: 'ja',
  kor: 'ko',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  mya: 'my',
  pan: 'pa',
  amh: 'am',
  tha: 'th',
  sin: 'si',
  ell: 'el',
};

/** Latin-script languages a news article on ICT cooperation is plausibly written in. */
const LATIN_CANDIDATES = [
  'eng',
  'fra',
  'spa',
  'por',
  'deu',
  'ita',
  'nld',
  'ind',
  'zlm',
  'vie',
  'tur',
  'pol',
  'ces',
  'ron',
  'hun',
  'swe',
  'hrv',
  'bos',
  'srp',
  'uzn',
  'azj',
  'swh',
  'hau',
  'tgl',
  'som',
];
const CYRILLIC_CANDIDATES = ['rus', 'ukr', 'bel', 'bul', 'srp', 'kaz'];
const ARABIC_CANDIDATES = ['arb', 'pes', 'urd', 'pbu'];

interface ScriptRule {
  pattern: RegExp;
  /** A language when the script alone decides it, else the franc candidates to choose among. */
  decide: string | string[];
}

const LATIN_RULE: ScriptRule = { pattern: /\p{Script=Latin}/gu, decide: LATIN_CANDIDATES };

// Scripts with one plausible language decide at once; shared scripts go to franc restricted
// to their plausible languages, which keeps short texts from drifting to unlikely ones.
const SCRIPTS: ScriptRule[] = [
  { pattern: /[\uac00-\ud7af]/gu, decide: 'ko' },
  { pattern: /\p{Script=Han}/gu, decide: 'zh' },
  { pattern: /\p{Script=Thai}/gu, decide: 'th' },
  { pattern: /\p{Script=Lao}/gu, decide: 'lo' },
  { pattern: /\p{Script=Khmer}/gu, decide: 'km' },
  { pattern: /\p{Script=Myanmar}/gu, decide: 'my' },
  { pattern: /\p{Script=Georgian}/gu, decide: 'ka' },
  { pattern: /\p{Script=Armenian}/gu, decide: 'hy' },
  { pattern: /\p{Script=Greek}/gu, decide: 'el' },
  { pattern: /\p{Script=Hebrew}/gu, decide: 'he' },
  { pattern: /\p{Script=Ethiopic}/gu, decide: 'am' },
  { pattern: /\p{Script=Sinhala}/gu, decide: 'si' },
  { pattern: /\p{Script=Tamil}/gu, decide: 'ta' },
  { pattern: /\p{Script=Bengali}/gu, decide: 'bn' },
  { pattern: /\p{Script=Devanagari}/gu, decide: ['hin', 'mar', 'npi'] },
  { pattern: /\p{Script=Arabic}/gu, decide: ARABIC_CANDIDATES },
  { pattern: /\p{Script=Cyrillic}/gu, decide: CYRILLIC_CANDIDATES },
  LATIN_RULE,
];

const KANA = /[\u3040-\u30ff]/gu;
const HAN = /\p{Script=Han}/gu;
// A letter of any script counted here but Latin: most texts have none, and their counts are nil.
const NOT_LATIN = new RegExp(
  [KANA, ...SCRIPTS.filter((rule) => rule !== LATIN_RULE).map((rule) => rule.pattern)]
    .map((pattern) => pattern.source)
    .join('|'),
  'u',
);

// Letters that only one Cyrillic language of the candidates uses settle it before trigrams.
const CYRILLIC_MARKERS: [RegExp, string][] = [
  [/[әғқңөұүһ]/giu, 'kk'],
  [/[ђћџљњ]/giu, 'sr'],
  [/[ґєї]/giu, 'uk'],
  [/ў/giu, 'be'],
];
// Vietnamese letters with stacked diacritics are decisive even in a short text.
const VIETNAMESE = /[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/**
 * The ISO 639-1 language of a text, decided by script first and then by trigrams among the
 * languages plausible for that script. Returns 'und' when the text has no letters.
 */
export function detectLanguage(text: string): string {
  const latinOnly = !NOT_LATIN.test(text);
  // Japanese writes with Han characters too: any real share of kana makes it Japanese.
  const kana = latinOnly ? 0 : (text.match(KANA)?.length ?? 0);
  if (kana > 0 && kana >= (text.match(HAN)?.length ?? 0) * 0.1) return 'ja';
  const rules = latinOnly ? [LATIN_RULE] : SCRIPTS;
  const counts = rules.map((rule) => ({ rule, count: text.match(rule.pattern)?.length ?? 0 }));
  const top = counts.reduce((best, next) => (next.count > best.count ? next : best));
  if (top.count === 0) return 'und';
  const { decide } = top.rule;
  if (typeof decide === 'string') return decide;
  if (decide === CYRILLIC_CANDIDATES) {
    const marker = cyrillicMarker(text, top.count);
    if (marker) return marker;
  }
  if (decide === LATIN_CANDIDATES) {
    if ((text.match(VIETNAMESE)?.length ?? 0) > top.count * 0.03) return 'vi';
    const marked = latinMarker(text, top.count);
    if (marked) return marked;
    const voted = stopwordVote(text);
    if (voted) return voted;
  }
  const guess = franc(text, { only: decide, minLength: 1 });
  return ISO3_TO_1[guess] ?? fallbackFor(decide);
}

function cyrillicMarker(text: string, letters: number): string | null {
  for (const [pattern, language] of CYRILLIC_MARKERS) {
    if ((text.match(pattern)?.length ?? 0) > Math.max(2, letters * 0.004)) return language;
  }
  return null;
}

// Letters few other Latin-script languages use: ə (Azerbaijani), ı and ğ (Turkish).
function latinMarker(text: string, letters: number): string | null {
  const threshold = Math.max(1, letters * 0.005);
  if ((text.match(/ə/giu)?.length ?? 0) > threshold) return 'az';
  if ((text.match(/[ığ]/gu)?.length ?? 0) > threshold) return 'tr';
  return null;
}

const STOPWORD_LANGUAGES = Object.keys(LATIN_STOPWORDS);
// Each function word with the languages (indices) that use it: a text's word is looked up once.
const LANGUAGES_OF_WORD = new Map<string, number[]>();
Object.values(LATIN_STOPWORDS).forEach((words, index) => {
  for (const word of new Set(words)) {
    const languages = LANGUAGES_OF_WORD.get(word) ?? [];
    languages.push(index);
    LANGUAGES_OF_WORD.set(word, languages);
  }
});

/** The language whose function words the text uses most, when it clearly leads. */
function stopwordVote(text: string): string | null {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = STOPWORD_LANGUAGES.map(() => 0);
  for (const token of tokens)
    for (const index of LANGUAGES_OF_WORD.get(token) ?? []) hits[index]!++;
  const scores = STOPWORD_LANGUAGES.map((language, index) => ({
    language,
    hits: hits[index]!,
  })).sort((a, b) => b.hits - a.hits);
  const [first, second] = scores;
  if (!first || first.hits < 2) return null;
  return first.hits >= 2 * (second?.hits ?? 0) ? first.language : null;
}

function fallbackFor(candidates: string[]): string {
  return ISO3_TO_1[candidates[0] ?? 'eng'] ?? 'en';
}
