import type { CountryMention } from './countries-matcher.ts';

/** One-character country abbreviations used in Chinese compounds (中莫, 莫方, 中美关系). */
const ZH_ABBREVIATIONS: Record<string, string> = {
  中: 'CN',
  美: 'US',
  俄: 'RU',
  日: 'JP',
  韩: 'KR',
  朝: 'KP',
  英: 'GB',
  法: 'FR',
  德: 'DE',
  意: 'IT',
  莫: 'MZ',
  越: 'VN',
  老: 'LA',
  柬: 'KH',
  泰: 'TH',
  缅: 'MM',
  印: 'IN',
  巴: 'PK',
  澳: 'AU',
  新: 'SG',
  菲: 'PH',
  哈: 'KZ',
  吉: 'KG',
  塔: 'TJ',
  土: 'TR',
  蒙: 'MN',
  埃: 'EG',
  肯: 'KE',
  坦: 'TZ',
  赞: 'ZM',
  津: 'ZW',
  安: 'AO',
  塞: 'RS',
  匈: 'HU',
  希: 'GR',
  葡: 'PT',
  墨: 'MX',
  古: 'CU',
  委: 'VE',
  沙: 'SA',
  伊: 'IR',
  以: 'IL',
};

const CHARS = Object.keys(ZH_ABBREVIATIONS).join('');
/** Words that make a two-character pair a bilateral compound: 中莫两国, 中美关系, 中俄合作. */
const COMPOUND =
  '两国|双方|关系|合作|友好|建交|签署|签约|经贸|企业|之间|伙伴|联合|战略|元首|外长|共建|友谊|政府';
const PAIR = new RegExp(`([${CHARS}])([${CHARS}])(?=${COMPOUND})`, 'gu');
/** Most texts have none of the words: a plain search for them is far cheaper than PAIR. */
const HAS_COMPOUND = new RegExp(COMPOUND, 'u');
/** X方 "the X side"; not 方面/方法/方式/方案/… where 方 starts another word. */
const SIDE = new RegExp(`([${CHARS}])方(?![面法式案向便针位形圆言])`, 'gu');

/** Chinese one-character abbreviations in bilateral compounds and "X side" (莫方). */
export function findChineseAbbreviations(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  for (const match of HAS_COMPOUND.test(text) ? text.matchAll(PAIR) : []) {
    for (const [offset, ch] of [match[1]!, match[2]!].entries()) {
      const start = match.index + offset;
      out.push({ code: ZH_ABBREVIATIONS[ch]!, start, end: start + 1, surface: ch, via: 'abbrev' });
    }
  }
  for (const match of text.includes('方') ? text.matchAll(SIDE) : []) {
    const ch = match[1]!;
    out.push({
      code: ZH_ABBREVIATIONS[ch]!,
      start: match.index,
      end: match.index + 2,
      surface: `${ch}方`,
      via: 'abbrev',
    });
  }
  return out;
}
