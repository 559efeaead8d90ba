import { describe, expect, it } from 'vitest';
import { extractDate } from '../../../src/extract/dates.ts';
import type { Page } from '../../../src/extract/page.ts';

function page(
  language: string,
  chrome: string[],
  body: string[],
  metaDate: string | null = null,
  url: string | null = null,
): Page {
  return {
    meta: { url, title: null, date: metaDate },
    title: 'Headline',
    lines: [...chrome, ...body],
    bodyLines: body,
    chromeLines: chrome,
    language,
  };
}

describe('extractDate', () => {
  it.each<[string, Page, string | null, 'event' | 'published' | null]>([
    [
      'day and month take the year from a standalone chrome date',
      page(
        'en',
        ['25.04.2019'],
        [
          'President Shavkat Mirziyoyev visited on April 25 the Huawei Research and Innovation Center.',
        ],
      ),
      '2019-04-25',
      'event',
    ],
    [
      'a dateline is the publication date, not the signing',
      page(
        'en',
        ['2020.12.11'],
        [
          '[Kragujevac, Serbia, December 11, 2020] Recently, Huawei and the Office have signed an Agreement on the placement of equipment.',
        ],
      ),
      '2020-12-11',
      'published',
    ],
    [
      'year-only "this year" anchored by a year in the same sentence',
      page(
        'en',
        [],
        [
          '"The signing of this document this year is a landmark, as the country\'s leader declared 2018 the year of innovative development," he said.',
        ],
      ),
      '2018',
      'event',
    ],
    [
      'Russian day and month with the page date line',
      page(
        'ru',
        ['First News Media21:40 - 21 / 11 / 2025'],
        ['21 ноября премьер-министр Али Асадов встретился с генеральным секретарем МСЭ.'],
      ),
      '2025-11-21',
      'event',
    ],
    [
      'no page date: "вчера, 15 ноября" has no year',
      page(
        'ru',
        [],
        [
          'Правительство подписало соглашение с компанией.',
          'По их словам, документ стороны подписали вчера, 15 ноября.',
        ],
      ),
      null,
      null,
    ],
    [
      'a future launch is not the event date',
      page(
        'kk',
        [],
        [
          'Желі 2026 жылдың үшінші тоқсанында пайдалануға берілмек.',
          'Бұл туралы бүгін БАҚ өкілдерімен кездесуде министр мәлім етті.',
        ],
        '2025-12-26',
      ),
      '2025-12-26',
      'event',
    ],
    [
      'an earlier agreement being amended is background',
      page(
        'fr',
        [],
        [
          'Le ministère a conclu un avenant qui renforce le cadre de coopération en vigueur depuis le 28 novembre 2016.',
        ],
        '2020-10-08',
      ),
      '2020-10-08',
      'published',
    ],
    [
      'weekday resolved against the page date (Friday 23 Oct 2009)',
      page(
        'es',
        ['Actualizado 23/10/2009 20:40'],
        [
          'El presidente Evo Morales suscribió este viernes un acuerdo con China para su primer satélite.',
        ],
      ),
      '2009-10-23',
      'event',
    ],
    [
      'Arabic-Indic day with "today"',
      page(
        'ar',
        ['الأحد 29 ديسمبر 2024'],
        ['مسقط في ٢٩ ديسمبر /العُمانية/ وقّعت سلطنة عُمان ودولة فلسطين اليوم في مسقط مذكرة تفاهم.'],
      ),
      '2024-12-29',
      'event',
    ],
    [
      'an announcement day is when the news came out',
      page(
        'de',
        ['14.04.2008'],
        [
          'Ericsson hat am Montag bekanntgegeben, mit China Mobile Vereinbarungen im Wert von 1,3 Milliarden Dollar unterzeichnet zu haben.',
        ],
      ),
      '2008-04-14',
      'published',
    ],
    [
      'an event months before the page is background',
      page(
        'en',
        ['2020.12.11'],
        [
          'The city data center, which was put into operation in March 2020, stores data from city administrations.',
        ],
      ),
      '2020-12-11',
      'published',
    ],
    [
      'nothing dated at all',
      page(
        'uk',
        [],
        [
          'Міністерства вперше підписали тристоронній меморандум.',
          'Федоров нагадав, що у 2019 році Україна почала будувати цифрову державу, а сьогодні застосунок «Дія» вважається одним із найкращих.',
        ],
      ),
      null,
      null,
    ],
    [
      'a month with no day, at month precision',
      page(
        'en',
        ['May 10, 2024'],
        ['The deal was signed in Beijing in April by the two ministers.'],
      ),
      '2024-04',
      'event',
    ],
    [
      'lower-case "may" and "march" are verbs',
      page(
        'en',
        ['10 May 2024'],
        ['The ministry may sign the deal, and operators will march on with the plan.'],
      ),
      '2024-05-10',
      'published',
    ],
    [
      'a background year next to the event word, then the dated renewal',
      page(
        'en',
        ['14 March 2024'],
        ['The agreement, first signed in 2019, was extended on Tuesday, the ministry said.'],
      ),
      '2024-03-12',
      'event',
    ],
    [
      'Brazilian weekday with the day in brackets',
      page(
        'pt',
        ['Publicado em 12/04/2023 - 18:30'],
        [
          'O ministro assinou nesta quarta-feira (12) um memorando de entendimento com a agência chinesa.',
        ],
      ),
      '2023-04-12',
      'event',
    ],
    [
      'Vietnamese afternoon d/m',
      page(
        'vi',
        ['Thứ ba, 3/5/2022, 14:20 (GMT+7)'],
        ['Chiều 3/5, tại Hà Nội, Bộ trưởng đã ký Bản ghi nhớ hợp tác với Bộ trưởng Lào.'],
      ),
      '2022-05-03',
      'event',
    ],
    [
      'a dateline opening a signing paragraph dates the event',
      page(
        'ru',
        ['13.11.2025'],
        [
          'Ашхабад, 13 ноября 2025 года. Министерство связи и Академия электронного управления подписали Меморандум о взаимопонимании.',
        ],
      ),
      '2025-11-13',
      'event',
    ],
    [
      'the copyright year is the last resort, and an older MoU is background',
      page(
        'en',
        ['© 2019 Spotlight Nepal. All rights reserved.'],
        [
          'The minister inaugurated the Disaster Recovery Center.',
          'The two governments signed the Memorandum of Understanding for the project in May, 2013.',
        ],
      ),
      '2019',
      'published',
    ],
    [
      'Ukrainian abbreviated month in the page date, "сьогодні" in the body',
      page(
        'uk',
        ['30 листоп. 2021 16:59'],
        [
          'За його словами, сьогодні Міністерство цифрової трансформації та технологічний гігант підписали Меморандум.',
        ],
      ),
      '2021-11-30',
      'event',
    ],
    [
      'Spanish "en la mañana de hoy" is today, not tomorrow',
      page(
        'es',
        [],
        [
          'Beijing, 29 de abril. En la mañana de hoy el ministro cubano mantuvo un fructífero intercambio con su homólogo chino.',
        ],
        '2019-04-29',
      ),
      '2019-04-29',
      'event',
    ],
    [
      'Turkish meeting with an explicit date and a next-day trap',
      page(
        'tr',
        [],
        [
          "Toplantı, Bakanlığın ev sahipliğinde 28 Kasım 2016 tarihinde Bakü'de yapıldı.",
          'İçtüzük, yarın (29 Kasım 2016) yapılacak Bakanlar Toplantısına sunulacak.',
        ],
      ),
      '2016-11-28',
      'event',
    ],
    [
      'no page date: a launch planned for a later year is not the event',
      page('ru', [], ['Как сообщили в министерстве, в 2026 году запустят совместную платформу.']),
      null,
      null,
    ],
  ])('%s', (_name, input, date, kind) => {
    const result = extractDate(input);
    expect(result.date).toBe(date);
    expect(result.kind).toBe(kind);
  });

  it('records precision, evidence, surface and the page date', () => {
    const result = extractDate(
      page(
        'pt',
        ['30/08/2020'],
        ['O documento foi assinado a 21 de Agosto, em Luanda, e garante 500 horas de formação.'],
      ),
    );
    expect(result).toMatchObject({
      date: '2020-08-21',
      precision: 'day',
      kind: 'event',
      surface: '21 de Agosto',
      published: '2020-08-30',
      evidence:
        'O documento foi assinado a 21 de Agosto, em Luanda, e garante 500 horas de formação.',
    });
  });

  it('takes the page date from the URL when the page states none', () => {
    const body = ['The ministry signed the memorandum on Thursday in Abuja.'];
    const result = extractDate(
      page('en', [], body, null, 'https://example.com/2022/10/13/ministry-signs-mou'),
    );
    expect(result).toMatchObject({
      date: '2022-10-13',
      kind: 'event',
      published: '2022-10-13',
      surface: 'on Thursday',
    });
  });

  it('never resolves relative dates without a page date, and says so', () => {
    const result = extractDate(
      page('en', [], ['The memorandum was signed yesterday in Tashkent.']),
    );
    expect(result.date).toBeNull();
    expect(result.warnings).toContain('relative date not resolvable: "yesterday"');
    expect(result.warnings).toContain('no date found');
  });

  it.each<[string, string[], string | null, string, boolean]>([
    [
      'a US domain reads month-first',
      ['05/02/2019'],
      'https://www.example.gov/a',
      '2019-05-02',
      false,
    ],
    [
      'named dates written month-first',
      ['05/02/2019', 'Posted May 2, 2019'],
      null,
      '2019-05-02',
      false,
    ],
    [
      'named dates written day-first',
      ['05/02/2019', 'Posted 5 February 2019'],
      null,
      '2019-02-05',
      false,
    ],
    ['no clue: day-first, with a warning', ['05/02/2019'], null, '2019-02-05', true],
  ])('English slash dates: %s', (_name, chrome, url, date, warned) => {
    const result = extractDate(
      page('en', chrome, ['The ministry published its annual report.'], null, url),
    );
    expect(result.date).toBe(date);
    expect(result.warnings.some((w) => w.startsWith('ambiguous day/month order'))).toBe(warned);
  });

  it('reads slash dates day-first in other languages without a warning', () => {
    const result = extractDate(
      page('fr', ['05/02/2019'], ['Le ministère a publié son rapport annuel.']),
    );
    expect(result.date).toBe('2019-02-05');
    expect(result.warnings).toEqual([]);
  });

  it('reads slash dates day-first when the page shows a day over 12', () => {
    const result = extractDate(
      page(
        'en',
        ['05/02/2019', 'Updated 25/02/2019'],
        ['The ministry published its annual report.'],
      ),
    );
    expect(result.date).toBe('2019-02-05');
    expect(result.warnings).toEqual([]);
  });

  it.each<[string, string]>([
    ['phone number', 'Contact the signing desk on +998 71 239-86-44.'],
    ['5G and 24/7', 'Operators signed up to run 5G services 24/7.'],
    ['version number', 'The agency launched version 2.0 of the portal.'],
    ['strategy period', 'The government approved the 2025-2028 strategy.'],
    ['image file name', '20190205-ta1.jpg signed ceremony'],
  ])('no date from a %s', (_name, text) => {
    expect(extractDate(page('en', [], [text])).date).toBeNull();
  });
});
