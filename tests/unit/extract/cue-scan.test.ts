import { describe, expect, it } from 'vitest';
import { cueScan } from '../../../src/extract/cue-scan.ts';
import { COMPANY, MINISTER, STATE_BODY } from '../../../src/extract/country-role-cues.ts';

const spans = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const TEXTS = [
  'The Ministry of ICT and the ministries of Kenya signed with the government.',
  'Deputy Minister Ali met the MINISTERS; administry and preministry are no cues.',
  'وقعت الوزارة ووزارة الاتصالات مع الحكومة والشركة',
  '中国政府与华为公司签署协议，日本の省は、정부와 기업',
  'Bộ trưởng Bộ Thông tin và Truyền thông; KELVIN \u212Aompany and 𝐀ministry',
  '',
];

describe('cueScan', () => {
  it.each(TEXTS)('finds what matchAll finds in %s', (text) => {
    for (const list of [STATE_BODY, MINISTER, COMPANY]) {
      expect(list.find(text)).toEqual(spans(text, list.pattern));
    }
  });

  it('scans every position when the starts are not worked out', () => {
    const pattern = /(?<!\p{L})(?:\p{Lu}+)/gu;
    const find = cueScan(pattern, '\\p{Lu}+', '');
    expect(find('an ABC and DEF')).toEqual(spans('an ABC and DEF', pattern));
  });
});
