import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../../src/extract/date-mention.ts';
import { findDateMentions } from '../../../src/extract/date-scan.ts';

type Parts = Partial<
  Pick<DateMention, 'year' | 'month' | 'day' | 'weekday' | 'offsetDays' | 'offsetYears'>
>;

function only(mentions: DateMention[]): Parts[] {
  return mentions.map((m) => {
    const parts: Parts = {};
    for (const key of ['year', 'month', 'day', 'weekday', 'offsetDays', 'offsetYears'] as const) {
      if (m[key] !== null) parts[key] = m[key];
    }
    return parts;
  });
}

describe('findDateMentions: absolute dates', () => {
  it.each<[string, string, string, Parts]>([
    [
      'de',
      'Veröffentlicht am 25.04.2019 in Taschkent',
      '25.04.2019',
      { year: 2019, month: 4, day: 25 },
    ],
    ['en', 'Posted 2020.12.11', '2020.12.11', { year: 2020, month: 12, day: 11 }],
    [
      'ru',
      'First News Media21:40 - 21 / 11 / 2025',
      '21 / 11 / 2025',
      { year: 2025, month: 11, day: 21 },
    ],
    ['en', 'Updated 2024-08-22 20:14', '2024-08-22', { year: 2024, month: 8, day: 22 }],
    ['pt', 'Publicado em 29/12/2024', '29/12/2024', { year: 2024, month: 12, day: 29 }],
    ['vi', 'sáng nay (25/2), hai bộ trưởng đã ký', '25/2', { month: 2, day: 25 }],
    ['id', 'Senin, 23 Juni 2025', 'Senin, 23 Juni 2025', { year: 2025, month: 6, day: 23 }],
    [
      'vi',
      'Hà Nội, ngày 25 tháng 2 năm 2022',
      'ngày 25 tháng 2 năm 2022',
      { year: 2022, month: 2, day: 25 },
    ],
    ['kk', '16:06, 26 Желтоқсан 2025', '26 Желтоқсан 2025', { year: 2025, month: 12, day: 26 }],
    [
      'kk',
      'Министр 2025 жылғы 26 желтоқсанда мәлім етті',
      '2025 жылғы 26 желтоқсанда',
      { year: 2025, month: 12, day: 26 },
    ],
    ['ar', 'الأحد 29 ديسمبر 2024', 'الأحد 29 ديسمبر 2024', { year: 2024, month: 12, day: 29 }],
    ['ar', 'مسقط في ٢٩ ديسمبر /العُمانية/', 'في ٢٩ ديسمبر', { month: 12, day: 29 }],
    ['zh', '2019年8月28日，双方签署协议', '2019年8月28日', { year: 2019, month: 8, day: 28 }],
    ['zh', '13日，中莫双方签署协议', '13日', { day: 13 }],
    [
      'uk',
      'Меморандум підписали 15 листопада 2023 року',
      '15 листопада 2023 року',
      { year: 2023, month: 11, day: 15 },
    ],
    [
      'ru',
      'документ подписали 30 января, 2026',
      '30 января, 2026',
      { year: 2026, month: 1, day: 30 },
    ],
    ['fr', 'Dakar, 27 Juin 2025', '27 Juin 2025', { year: 2025, month: 6, day: 27 }],
    [
      'es',
      'Lunes, 4 de noviembre de 2024',
      'Lunes, 4 de noviembre de 2024',
      { year: 2024, month: 11, day: 4 },
    ],
    ['en', 'KATHMANDU, JUNE 17', 'JUNE 17', { month: 6, day: 17 }],
    [
      'en',
      'The centre was put into operation in March 2020.',
      'March 2020',
      { year: 2020, month: 3 },
    ],
    [
      'tr',
      'Anlaşma 12 Kasım 2024 tarihinde imzalandı',
      '12 Kasım 2024',
      { year: 2024, month: 11, day: 12 },
    ],
  ])('%s: %s', (language, text, surface, parts) => {
    const mentions = findDateMentions(text, language, 'day-first', true);
    expect(mentions.map((m) => m.text)).toContain(surface);
    expect(only(mentions.filter((m) => m.text === surface))).toEqual([parts]);
  });

  it('reads slash dates in the order it is given, unless a component is over 12', () => {
    expect(only(findDateMentions('on 05/02/2019', 'en', 'month-first', false))).toEqual([
      { year: 2019, month: 5, day: 2 },
    ]);
    expect(only(findDateMentions('le 05/02/2019', 'fr', 'day-first', false))).toEqual([
      { year: 2019, month: 2, day: 5 },
    ]);
    expect(only(findDateMentions('on 25/02/2019', 'en', 'month-first', false))).toEqual([
      { year: 2019, month: 2, day: 25 },
    ]);
    expect(findDateMentions('on 05/02/2019', 'en', 'month-first', false)[0]?.ambiguousOrder).toBe(
      true,
    );
  });

  it('reads a bare year where it stands alone', () => {
    expect(only(findDateMentions('в 2011 году регуляторы США', 'ru', 'day-first', false))).toEqual([
      { year: 2011 },
    ]);
  });
});

describe('findDateMentions: relative dates', () => {
  it.each<[string, string, string, Parts]>([
    ['en', 'The memorandum was signed yesterday in Tashkent.', 'yesterday', { offsetDays: -1 }],
    ['ru', 'документ стороны подписали вчера', 'вчера', { offsetDays: -1 }],
    ['pt', 'O acordo foi assinado ontem em Luanda', 'ontem', { offsetDays: -1 }],
    ['kk', 'Бұл туралы бүгін министр мәлім етті', 'бүгін', { offsetDays: 0 }],
    ['vi', 'sáng nay hai bộ trưởng đã ký', 'sáng nay', { offsetDays: 0 }],
    ['ar', 'وقّعت الوزارتان اليوم في مسقط مذكرة تفاهم', 'اليوم', { offsetDays: 0 }],
    ['en', 'This morning a cable is being brought ashore.', 'This morning', { offsetDays: 0 }],
    ['es', 'Morales suscribió este viernes un acuerdo', 'este viernes', { weekday: 5 }],
    ['pt', 'assinaram nesta sexta-feira, 23, o acordo', 'sexta-feira, 23', { weekday: 5, day: 23 }],
    ['en', 'At the handover ceremony held Thursday in Blantyre', 'Thursday', { weekday: 4 }],
    ['ru', 'Концепцию утвердили в прошлом году', 'в прошлом году', { offsetYears: -1 }],
    ['en', 'The signing of this document this year is a landmark', 'this year', { offsetYears: 0 }],
  ])('%s: %s', (language, text, surface, parts) => {
    const mentions = findDateMentions(text, language, 'day-first', true);
    expect(only(mentions.filter((m) => m.text === surface))).toEqual([parts]);
  });
});

describe('findDateMentions: text that holds no date', () => {
  it.each<[string, string]>([
    ['en', 'Call the hotline on +998 71 239-86-44 for details.'],
    ['en', 'The operator rolled out 5G and 4G to 1,500 towns.'],
    ['en', 'Support is available 24/7 through the portal.'],
    ['en', 'The platform was upgraded to version 2.0 and then 3.1.2.'],
    ['en', 'a working group for the 2024-2026 Strategic Plan'],
    ['ru', 'Стратегия развития искусственного интеллекта на 2025-2028 годы'],
    ['vi', '20190205-ta1.jpg'],
    ['en', 'img_2031.jpg'],
    ['en', 'The grant is worth $34 million and covers 827 km of cable.'],
    ['en', 'Broadband reaches 92 percent of homes, up 2.5% on the year.'],
    ['en', 'The session opened at 14:00 and ran until 21:40.'],
    ['en', 'ahead of the 2014 World Cup and the Vision 2030 strategy'],
    ['en', 'GITEX runs from 10th to 14th October'],
  ])('%s: %s', (language, text) => {
    expect(findDateMentions(text, language, 'month-first', true)).toEqual([]);
  });
});
