import { describe, expect, it } from 'vitest';
import { findGovernmentBodies } from '../../../src/extract/government-bodies.ts';

const names = (text: string) => findGovernmentBodies(text).map((match) => match.name);

const CASES: [string, string, string[]][] = [
  [
    'en: "of <Country>" belongs to the name',
    'Huawei and the Ministry of Innovative Development of Uzbekistan signed a memorandum.',
    ['Ministry of Innovative Development of Uzbekistan'],
  ],
  [
    'en: "Office for …" after a possessive',
    "Huawei and Serbia's Office for Information Technologies and eGovernment have signed an Agreement.",
    ['Office for Information Technologies and eGovernment'],
  ],
  [
    'en: stops at the comma',
    'According to the Ministry of Communications and Digital Economy, the MOU is in line with policy.',
    ['Ministry of Communications and Digital Economy'],
  ],
  [
    'en: two ministries joined by "and the"',
    'cooperation between the Ministry of Information and Communications of Vietnam and the Ministry of Communications of Cuba in recent years',
    ['Ministry of Information and Communications of Vietnam', 'Ministry of Communications of Cuba'],
  ],
  [
    'en: name ending in its head, with acronym',
    'The National Information Technology Development Agency (NITDA) and the Nigerian Communications Commission signed.',
    [
      'National Information Technology Development Agency (NITDA)',
      'Nigerian Communications Commission',
    ],
  ],
  [
    'pt: acronym in brackets included',
    'a quadros do Ministério das Relações Exteriores de Angola (MIREX), ao abrigo de um memorando',
    ['Ministério das Relações Exteriores de Angola (MIREX)'],
  ],
  [
    'fr: lower-case head and adjectives',
    "Le Gouvernement ivoirien, par l'intermédiaire du ministère de l'Economie numérique et de la Poste, a conclu un avenant.",
    ["ministère de l'Economie numérique et de la Poste"],
  ],
  [
    'fr: list with commas',
    'Le ministère de la Communication, des Télécommunications et du Numérique a signé.',
    ['ministère de la Communication, des Télécommunications et du Numérique'],
  ],
  [
    'es: special economic zone',
    'y el jefe de la Zona Económica Especial (ZEE) de La Guaira, Marcos Meléndez.',
    ['Zona Económica Especial (ZEE) de La Guaira'],
  ],
  [
    'de: compound head',
    'Das Bundesministerium für Digitales und Verkehr unterzeichnete die Vereinbarung.',
    ['Bundesministerium für Digitales und Verkehr'],
  ],
  [
    'id: list of fields and the country',
    'Komdigi meneken MoU dengan Kementerian Pengembangan Digital, Komunikasi, dan Media Massa Federasi Rusia. Kerja sama ini',
    ['Kementerian Pengembangan Digital, Komunikasi, dan Media Massa Federasi Rusia'],
  ],
  [
    'ru: nominative and acronym',
    'Сторонами выступили Агентство инноваций и цифрового развития (IDDA) и Агентство по развитию информационных и коммуникационных технологий (ADETIC).',
    [
      'Агентство инноваций и цифрового развития (IDDA)',
      'Агентство по развитию информационных и коммуникационных технологий (ADETIC)',
    ],
  ],
  [
    'ru: genitive head normalised to nominative',
    'документ подписал председатель правления Агентства инноваций и цифрового развития (IDDA) Фарид Османов',
    ['Агентство инноваций и цифрового развития (IDDA)'],
  ],
  [
    'ru: stops at the verb, keeps the country',
    'Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации подписало соглашение.',
    ['Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации'],
  ],
  [
    'uk: lower-case heads, three bodies',
    'Міністерство цифрової трансформації України, міністерство закордонних справ Великої Британії та міністерство економіки та комунікацій Естонії вперше підписали меморандум.',
    [
      'Міністерство цифрової трансформації України',
      'міністерство закордонних справ Великої Британії',
      'міністерство економіки та комунікацій Естонії',
    ],
  ],
  [
    'kk: head closes the name',
    'Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі хабарлады.',
    ['Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі'],
  ],
  [
    'vi: minister title and person name left out',
    'Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng và Bộ trưởng Bộ Truyền thông và Thông tin Singapore Josephine Teo đã ký',
    ['Bộ Thông tin và Truyền thông', 'Bộ Truyền thông và Thông tin Singapore'],
  ],
  [
    'ar: stops at the comma',
    'ممثلةً في وزارة النقل والاتصالات وتقنية المعلومات، ودولة فلسطين، ممثلةً في وزارة الاتصالات والاقتصاد الرقمي، اليوم',
    ['وزارة النقل والاتصالات وتقنية المعلومات', 'وزارة الاتصالات والاقتصاد الرقمي'],
  ],
  [
    'zh: bodies after a conjunction',
    '中国工业和信息化部与莫桑比克交通和通信部签署了合作备忘录。',
    ['中国工业和信息化部', '莫桑比克交通和通信部'],
  ],
  [
    'en: name ending in "Ministry"',
    'In a statement, the Communications and Multimedia Ministry said the document was signed.',
    ['Communications and Multimedia Ministry'],
  ],
  [
    'fr: demonym after the head',
    "Selon le ministère égyptien des Communications et des Technologies de l'information, les échanges ont porté sur la 5G.",
    ['ministère égyptien des Communications et des Technologies'],
  ],
  [
    'ru: the state name after "Республики"',
    'Министерство искусственного интеллекта и цифрового развития Республики Казахстан провело встречу.',
    ['Министерство искусственного интеллекта и цифрового развития Республики Казахстан'],
  ],
  [
    'tr: head closes the name, suffix left out',
    "Toplantı, Azerbaycan Cumhuriyeti İletişim ve Yüksek Teknolojiler Bakanlığı'nın ev sahipliğinde yapıldı.",
    ['Azerbaycan Cumhuriyeti İletişim ve Yüksek Teknolojiler Bakanlığı'],
  ],
  [
    'it: Italian connectors',
    'Il Ministero dello Sviluppo Economico e della Transizione Digitale ha firmato il memorandum.',
    ['Ministero dello Sviluppo Economico e della Transizione Digitale'],
  ],
  [
    'sw: Swahili connectors',
    'Wizara ya Habari, Mawasiliano na Teknolojia ya Habari imesaini makubaliano.',
    ['Wizara ya Habari'],
  ],
];

const NEGATIVE: [string, string][] = [
  ['"Huawei and Ministry …" is two names', 'Huawei and Ministry sign memorandum'],
  [
    'a generic business entity',
    'Proyek dijalankan dengan skema Kerjasama Pemerintah dan Badan Usaha (KPBU).',
  ],
  [
    'a minister is a person, not a body',
    'Prof Isa Pantami, the Minister of Communications and Digital Economy, signed on behalf of Nigeria.',
  ],
  [
    'ru minister',
    'На церемонии присутствовал министр связи, цифровой экономики и цифровизации Чада Букар Мишель.',
  ],
  [
    'plural "agencies of <countries>" is no name',
    'Государственные агентства Азербайджана и Чада скрепили подписями меморандум.',
  ],
  ['a head without a name', 'Ministry officials declined to comment.'],
  ['vi "Bộ trưởng" alone', 'Bộ trưởng phát biểu tại hội nghị.'],
  ['zh regions and headquarters', '公司总部位于中国南部。'],
];

describe('findGovernmentBodies', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(NEGATIVE)('nothing: %s', (_name, text) => {
    expect(names(text)).toEqual([]);
  });

  it('reports offsets in the text', () => {
    const text = 'Yesterday the Ministry of Digital Development signed.';
    const [match] = findGovernmentBodies(text);
    expect(text.slice(match!.start, match!.end)).toBe('Ministry of Digital Development');
  });
});
