import { describe, expect, it } from 'vitest';
import { pageOf as page } from '../support/page.ts';
import { extractTopics } from '../../../src/extract/topics.ts';

const topicsOf = (title: string, ...body: string[]) =>
  extractTopics(page(title, body)).map((entry) => entry.topic);

const CASES: [string, string, string[], string[]][] = [
  [
    'en',
    'Tonga cable grant',
    ['The undersea fibre optic cable will bring high-speed internet.'],
    ['broadband', 'fiber-optic', 'submarine-cable'],
  ],
  [
    'ru',
    'Проект «Безопасный город»',
    ['Правительство передало проект безопасного города компании.'],
    ['safe-city'],
  ],
  [
    'kk',
    'Транскаспийлік желі',
    ['Каспий теңізінің табаны арқылы талшықты-оптикалық байланыс желісі тартылуда.'],
    ['fiber-optic', 'submarine-cable'],
  ],
  [
    'fr',
    'Partenariat numérique',
    [
      "Formation dans le cloud, l'intelligence artificielle (IA) et la 5G, et modernisation des data centers.",
    ],
    ['5g', 'data-center', 'cloud', 'ai', 'digital-skills'],
  ],
  ['es', 'Primer satélite', ['El satélite estará al servicio del desarrollo.'], ['satellite']],
  [
    'pt',
    'Formação em TIC',
    ['Os temas incluem computação em nuvem e inteligência artificial.'],
    ['cloud', 'ai', 'digital-skills'],
  ],
  [
    'de',
    'Netzausbau',
    ['Die Betreiber wollen die Kapazität ihrer Netze ausbauen.'],
    ['telecom-network'],
  ],
  [
    'id',
    'Kerja sama digital',
    ['Ruang lingkup meliputi jaringan 5G, Internet of Things (IoT) dan keamanan siber.'],
    ['5g', 'cybersecurity', 'iot'],
  ],
  [
    'vi',
    'Kinh tế số',
    ['Hai bên hợp tác về kinh tế số và an ninh thông tin.'],
    ['cybersecurity', 'digital-economy'],
  ],
  ['zh', '合作', ['双方将在5G网络、数据中心和人工智能领域开展合作。'], ['5g', 'data-center', 'ai']],
  [
    'ar',
    'مذكرة تفاهم',
    ['تهدف المذكرة إلى تطوير الاقتصاد الرقمي والتدريب وبناء القدرات.'],
    ['digital-skills', 'digital-economy'],
  ],
  [
    'uk',
    'Меморандум',
    ['У пріоритеті штучний інтелект та електронне урядування.'],
    ['ai', 'e-government'],
  ],
  [
    'e-government from government services delivered electronically',
    'E-transition',
    ['Over 1,000 government services are provided electronically.'],
    ['e-government'],
  ],
];

describe('extractTopics', () => {
  it.each(CASES)('%s', (_name, title, body, expected) => {
    expect(topicsOf(title, ...body).sort()).toEqual([...expected].sort());
  });

  it('gives the first sentence naming each topic as evidence', () => {
    const [entry] = extractTopics(
      page('News', ['No topic here.', 'A new data centre opened.', 'Another data center.']),
    );
    expect(entry).toEqual({ topic: 'data-center', evidence: 'A new data centre opened.' });
  });

  it('never reads topics from chrome', () => {
    expect(
      extractTopics(
        page('Meeting', ['The ministers met.'], ['Related: Kenya launches 5G', 'Tags: satellite']),
      ),
    ).toEqual([]);
  });

  it('skips paragraphs that recall older events', () => {
    expect(topicsOf('Deal', 'Напомним, в 2011 году компания строила спутник.')).toEqual([]);
  });

  it('does not tag AI or IoT named only as Fourth Industrial Revolution rhetoric', () => {
    const topics = topicsOf(
      'Handover',
      'It gives the country a stake in the Fourth Industrial Revolution, with AI and the internet of things.',
    );
    expect(topics).toEqual([]);
  });

  it.each([
    ['"5G" needs its own word, not a model number', 'Router X25G-Pro shipped'],
    ['"AI" is case-sensitive', 'Said the chair of the board'],
    ['"fibre" as food', 'Dietary guidance'],
  ])('no false topic: %s', (_name, title) => {
    expect(topicsOf(title).filter((topic) => topic === '5g' || topic === 'ai')).toEqual([]);
  });
});
