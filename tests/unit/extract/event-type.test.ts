import { describe, expect, it } from 'vitest';
import { pageOf as page } from '../support/page.ts';
import { classifyEvent } from '../../../src/extract/event-type.ts';

const CASES: [string, string, string[], string][] = [
  [
    'en mou',
    'FG, Microsoft sign MoU on digital skills',
    ['The government entered into a memorandum of understanding with Microsoft.'],
    'mou',
  ],
  [
    'ru mou',
    'Агентства подписали меморандум',
    ['Стороны скрепили подписями меморандум о взаимопонимании.'],
    'mou',
  ],
  [
    'uk mou',
    'Україна та Естонія уклали меморандум',
    ['Міністерства підписали меморандум про співпрацю.'],
    'mou',
  ],
  [
    'fr mou',
    "Orange et l'Etat signent un protocole d'accord",
    ["Le protocole d'accord porte sur la fibre optique."],
    'mou',
  ],
  [
    'id mou',
    'Komdigi teken MoU dengan Rusia',
    ['Kementerian meneken nota kesepahaman (MoU) dengan mitra Rusia.'],
    'mou',
  ],
  [
    'vi mou',
    'Việt Nam và Singapore ký Bản ghi nhớ',
    ['Hai Bộ trưởng đã ký Bản ghi nhớ về kinh tế số.'],
    'mou',
  ],
  ['zh mou', '两国签署数字经济谅解备忘录', ['双方签署了谅解备忘录。'], 'mou'],
  ['ar mou', 'عُمان وفلسطين توقعان مذكرة تفاهم', ['وقعت الوزارتان مذكرة تفاهم للتعاون.'], 'mou'],
  [
    'es agreement',
    'Bolivia firma con China el acuerdo para su satélite',
    ['De acuerdo con el Gobierno, el satélite costará 300 millones.'],
    'agreement',
  ],
  [
    'pt agreement',
    'Telebrás e Angola Cables assinam acordo',
    ['As empresas assinaram o acordo para o cabo.'],
    'agreement',
  ],
  [
    'de contract',
    'Ericsson schließt Verträge mit chinesischen Betreibern',
    ['Die Vereinbarungen haben einen Wert von 1,4 Milliarden Dollar.'],
    'contract',
  ],
  [
    'en contract',
    'Nokia wins network contract from Safaricom',
    ['Nokia was awarded the contract to modernise the network.'],
    'contract',
  ],
  [
    'en launch',
    'Government and Huawei commission first National Data Center',
    ['The data center was put into service on Thursday.'],
    'launch',
  ],
  [
    'vi launch',
    'Khánh thành trung tâm dữ liệu quốc gia',
    ['Bộ trưởng dự lễ khánh thành trung tâm.'],
    'launch',
  ],
  [
    'en meeting',
    'Minister receives APT Secretary General',
    ['The minister received the Secretary General and held talks.'],
    'meeting',
  ],
  [
    'ru meeting',
    'Али Асадов встретился с генсеком МСЭ',
    ['На встрече обсуждались перспективы сотрудничества.'],
    'meeting',
  ],
  ['zh meeting', '部长会见华为公司董事长', ['双方进行了会谈。'], 'meeting'],
  [
    'en visit',
    'President visits Huawei Innovation Center',
    ['The President visited the centre. An agreement was reached on advancing cooperation.'],
    'visit',
  ],
  [
    'signing during a visit is the instrument',
    'Premier visits China',
    ['During the official visit, the two sides signed an agreement on data centres.'],
    'agreement',
  ],
  [
    'amendment to an MoU stays mou',
    'Huawei et le ministère signent un avenant',
    ["Ce mémorandum d'entente a été signé au cabinet du ministère."],
    'mou',
  ],
  [
    'financing approval is other',
    'World Bank board clears $140m for broadband',
    ['The project is financed by the International Development Association.'],
    'other',
  ],
  [
    'cable landing is other',
    'Coral Sea Cable comes ashore in Sydney',
    ['The cable, originally contracted to another company, is brought ashore.'],
    'other',
  ],
  [
    'future launch is other',
    'Line to be put into operation in 2026',
    [
      'The line will be launched in the third quarter of 2026, the minister told a press conference.',
    ],
    'other',
  ],
  [
    'press meeting is not a meeting',
    'Minister sums up the year',
    ['He said so at a meeting with journalists.'],
    'other',
  ],
];

describe('classifyEvent', () => {
  it.each(CASES)('%s', (_name, title, body, expected) => {
    expect(classifyEvent(page(title, body)).eventType).toBe(expected);
  });

  it('returns the sentence the type came from', () => {
    const result = classifyEvent(
      page('Huawei and Ministry sign memorandum of understanding', ['Text.']),
    );
    expect(result.evidence).toBe('Huawei and Ministry sign memorandum of understanding');
  });

  it('ignores cues in page chrome', () => {
    const result = classifyEvent(
      page(
        'Quarterly results',
        ['Revenue grew by 5 percent.'],
        ['Related: Orange signs MoU with Sonatel'],
      ),
    );
    expect(result).toEqual({ eventType: 'other', evidence: null });
  });

  it.each([
    [
      '"received funding" is no meeting',
      'Startup received funding from investors',
      ['The company received $5 million in funding.'],
    ],
    ['open data is no launch', 'Открытые данные', ['Портал открытых данных обновлён.']],
    [
      '"договорились" is no signed agreement',
      'Стороны договорились развивать сотрудничество',
      ['Стороны договорились продолжить консультации.'],
    ],
    [
      '"im Auftrag von" is no contract',
      'Studie im Auftrag von Bitkom',
      ['Die Studie wurde im Auftrag von Bitkom erstellt.'],
    ],
    [
      '"meet the demand" is no meeting',
      'Operators expand capacity',
      ['Operators expand capacity to meet the growing demand for data.'],
    ],
  ])('other: %s', (_name, title, body) => {
    expect(classifyEvent(page(title, body)).eventType).toBe('other');
  });

  it('does not read the French adjective "mou" as an MoU', () => {
    expect(
      classifyEvent(page('Un marché mou', ['Le marché reste mou cette année.'])).eventType,
    ).toBe('other');
  });
});
