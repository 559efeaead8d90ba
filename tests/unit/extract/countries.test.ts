import { describe, expect, it } from 'vitest';
import { extractCountries } from '../../../src/extract/countries.ts';
import type { Page } from '../../../src/extract/page.ts';

function page(
  title: string,
  body: string[],
  chrome: string[] = [],
  url: string | null = null,
): Page {
  return {
    meta: { url, title, date: null },
    title,
    lines: [title, ...chrome, ...body],
    bodyLines: body,
    chromeLines: chrome,
    language: 'en',
  };
}

function roles(
  input: Page,
  organisations: Parameters<typeof extractCountries>[1] = [],
): Record<string, string> {
  return Object.fromEntries(
    extractCountries(input, organisations).map((entry) => [entry.code, entry.role]),
  );
}

describe('extractCountries: partner vs mentioned', () => {
  it.each([
    {
      name: 'vendor home is mentioned, the ministry country is the partner (en)',
      page: page('Huawei and Kenya sign ICT training deal', [
        'NAIROBI, March 3 -- The Ministry of ICT of Kenya and the Chinese company Huawei signed a memorandum on Monday.',
        'Huawei will train 1,000 Kenyan engineers in 5G and cloud.',
      ]),
      expected: { KE: 'partner', CN: 'mentioned' },
    },
    {
      name: 'two governments named as a pair in the headline (ru)',
      page: page('Казахстан и Узбекистан подписали соглашение о цифровизации', [
        'Министерство цифрового развития Казахстана и Министерство цифровых технологий Узбекистана подписали соглашение.',
        'Ранее аналогичный документ был подписан с Турцией.',
      ]),
      expected: { KZ: 'partner', UZ: 'partner', TR: 'mentioned' },
    },
    {
      name: 'forum venue and a witnessing head of government stay mentioned (fr)',
      page: page('Le Sénégal signe un accord avec Huawei', [
        'Profitant de la visite officielle du Premier ministre en Chine, le Sénégal a conclu avec Huawei un partenariat stratégique.',
        'Le ministère sénégalais de la Communication pilotera la modernisation des centres de données du Sénégal.',
      ]),
      expected: { SN: 'partner', CN: 'mentioned' },
    },
    {
      name: 'capital and demonyms only, the country never named (es)',
      page: page('Caracas y Teherán pactan una fábrica de fibra óptica', [
        'Autoridades venezolanas e iraníes informaron de la firma de un acuerdo en La Guaira.',
        'El ministro iraní de Tecnologías firmó con el gobernador. La cumbre de los BRICS se celebró en Kazán, Rusia.',
      ]),
      expected: { VE: 'partner', IR: 'partner', RU: 'mentioned' },
    },
    {
      name: 'teasers and language switchers in chrome never make partners (ar)',
      page: page(
        'عُمان وفلسطين توقعان مذكرة تفاهم',
        [
          'مسقط في ٢٩ ديسمبر وقّعت سلطنة عُمان ممثلةً في وزارة النقل ودولة فلسطين ممثلةً في وزارة الاتصالات مذكرة تفاهم.',
        ],
        ['AR | EN', 'أخبار ذات صلة', '- الأردن يطلق استراتيجية وطنية', '- قطر تستضيف منتدى'],
      ),
      expected: { OM: 'partner', PS: 'partner', JO: 'mentioned', QA: 'mentioned' },
    },
    {
      name: 'unnamed government on a national site is the site country (ru, .kg)',
      page: page(
        'Проект «Безопасный город» достался Huawei без конкурса',
        [
          'Правительство подписало соглашение с китайской компанией Huawei о реализации проекта.',
          'Известно лишь, что конкурс по выбору исполнителя не проводился.',
        ],
        ['Barometr.kg — новости Кыргызстана', 'КЫР | РУС', '— В Бишкеке обсудили госуслуги'],
        'http://barometr.kg/ru/content/1',
      ),
      expected: { KG: 'partner', CN: 'mentioned' },
    },
    {
      name: 'a comparison and a place of manufacture stay mentioned (en)',
      page: page('Australia lands Coral Sea Cable for Papua New Guinea and Solomon Islands', [
        'This morning a cable that will connect Papua New Guinea and Solomon Islands with Australia came ashore.',
        'The cable was manufactured in France. Speeds will match those in Japan.',
        'The Papua New Guinea and Solomon Islands governments cover one third of the cost.',
      ]),
      expected: { AU: 'partner', PG: 'partner', SB: 'partner', FR: 'mentioned', JP: 'mentioned' },
    },
    {
      name: 'a Turkish ministry makes its country a partner, the host city stays with it (tr)',
      page: page('Bilgi Teknolojileri Çalışma Grubu toplandı', [
        "Toplantı, Gürcistan Ekonomi Bakanlığı ev sahipliğinde 3 Mart tarihinde Tiflis'te yapıldı.",
        'Türk Keneşi üyeleri e-ticaret konusunda ortak bir yol haritası hazırlayacak.',
        "Gelecek toplantının Macaristan'da yapılması planlanıyor.",
      ]),
      expected: { GE: 'partner', HU: 'mentioned' },
    },
    {
      name: 'a counterpart word keeps the minister from the other side; the site state signs (ar)',
      page: page(
        'توقيع مذكرة تفاهم مع الأردن في مجال الأمن السيبراني',
        [
          'وقّع وزير الاتصالات مذكرة تفاهم مع نظيره الأردني لتبادل الخبرات في الأمن السيبراني.',
          'وتشمل المذكرة برامج تدريبية للكوادر من الجانبين.',
        ],
        ['الرئيسية | أخبار تونس | اقتصاد | رياضة', '• الجزائر تطلق منصة رقمية'],
      ),
      expected: { TN: 'partner', JO: 'partner', DZ: 'mentioned' },
    },
    {
      name: 'a federal minister on a national site is that state; the destination stays a partner (de)',
      page: page(
        'Bundesministerin besucht Rechenzentrum in Ghana',
        [
          'Die Bundesministerin für Bildung besucht in Accra ein Rechenzentrum, das mit deutscher Hilfe entsteht.',
          'Ghana will damit seine E-Government-Dienste ausbauen.',
        ],
        [],
        'https://www.example.de/ghana',
      ),
      expected: { DE: 'partner', GH: 'partner' },
    },
    {
      name: "'the government' after a named state refers back to it, not to the site (sw)",
      page: page(
        'Serikali ya Zambia yasaini mkataba wa mkongo',
        [
          'Serikali ya Zambia imesaini mkataba na kampuni ya Kichina kupanua mkongo wa taifa.',
          'Waziri alisema serikali itahakikisha huduma zinafika vijijini.',
        ],
        ['Redio Kimataifa ya China – Kiswahili'],
      ),
      expected: { ZM: 'partner', CN: 'mentioned' },
    },
    {
      name: 'a country named only as where a meeting took place, beside an actor, is the venue (pt)',
      page: page('Agência moçambicana reúne-se na Índia com fabricante de cabos', [
        'Técnicos da agência moçambicana de comunicações reuniram-se na Índia para discutir uma nova rede em Moçambique.',
        'A equipa regressa a Maputo na próxima semana.',
      ]),
      expected: { MZ: 'partner', IN: 'mentioned' },
    },
    {
      name: 'a page-defined acronym and a language-edition label are not countries (en)',
      page: page(
        'Ministry opens Data Recovery Centre',
        [
          'The Ministry of ICT of Nepal opened the Disaster Recovery Centre (DRC) in Pokhara.',
          'The DRC will mirror all government data every night.',
        ],
        ['Kathmandu Daily – English', 'Home | News | World'],
      ),
      expected: { NP: 'partner' },
    },
    {
      name: 'a Chinese one-character abbreviation follows the full name on the page (zh)',
      page: page('中国与埃塞俄比亚签署信息通信合作备忘录', [
        '工业和信息化部与埃塞俄比亚通信部签署了合作备忘录。',
        '根据备忘录,中埃双方将在数据中心领域开展合作,埃方将提供政策支持。',
      ]),
      expected: { CN: 'partner', ET: 'partner' },
    },
  ])('$name', ({ page: input, expected }) => {
    expect(roles(input)).toEqual(expected);
  });

  it('a government organisation from the organisation extractor supports its country', () => {
    const input = page('New data centre opens', [
      'The new data centre opened on Monday with support from several partners.',
      'Officials from Rwanda and Ghana attended, and Rwanda will host the servers.',
    ]);
    const organisations = [
      { name: 'RISA', kind: 'government' as const, country: 'RW', evidence: '' },
    ];
    expect(roles(input, organisations)).toMatchObject({ RW: 'partner', GH: 'mentioned' });
  });

  it('orders partners first, keeps evidence sentences and surface forms', () => {
    const entries = extractCountries(
      page('Bolivia firma con China el acuerdo para su primer satélite', [
        'El presidente boliviano suscribió un acuerdo con China. Perú observó.',
      ]),
      [],
    );
    expect(entries.map((entry) => entry.code)).toEqual(['BO', 'CN', 'PE']);
    expect(entries[0]).toMatchObject({ role: 'partner', surface: ['Bolivia', 'boliviano'] });
    expect(entries[2]!.evidence).toContain('Perú');
  });

  it('finds nothing on a page without countries', () => {
    expect(extractCountries(page('Quarterly results', ['Revenue grew 5%.']), [])).toEqual([]);
  });
});
