import { describe, expect, it } from 'vitest';
import { pageOf as page } from '../support/page.ts';
import { extractOrganisations } from '../../../src/extract/organisations.ts';

const listed = (title: string, body: string[], chrome: string[] = []) =>
  extractOrganisations(page(title, body, chrome)).map(({ name, kind, country }) => ({
    name,
    kind,
    country,
  }));

describe('extractOrganisations', () => {
  it.each([
    [
      'en',
      'Huawei signs MoU with Uzbekistan',
      [
        'Huawei Technologies and the Ministry of Innovative Development of Uzbekistan signed a memorandum.',
      ],
      [
        { name: 'Huawei', kind: 'company', country: 'CN' },
        {
          name: 'Ministry of Innovative Development of Uzbekistan',
          kind: 'government',
          country: 'UZ',
        },
      ],
    ],
    [
      'ru: legal form kept, nominative name',
      'Проект безопасного города',
      [
        'Правительство подписало соглашение с китайской компанией Huawei Technologies Co. Ltd о реализации проекта.',
      ],
      [{ name: 'Huawei Technologies Co. Ltd', kind: 'company', country: 'CN' }],
    ],
    [
      'kk: Kazakh spellings',
      'Желі',
      ['Қазақтелеком мен Әзертелеком бірлесіп іске асырып отырған жоба.'],
      [
        { name: 'Қазақтелеком', kind: 'company', country: 'KZ' },
        { name: 'Әзертелеком', kind: 'company', country: 'AZ' },
      ],
    ],
    [
      'ru: inflected international body',
      'Асадов встретился с генсеком',
      ['Премьер встретился с генеральным секретарем Международного союза электросвязи.'],
      [{ name: 'Международного союза электросвязи', kind: 'international', country: null }],
    ],
    [
      'en: the full name after a leading acronym, aliases merged',
      'Tonga signs grant deals with ADB and World Bank',
      [
        'The Government of Tonga, the Asian Development Bank (ADB) and the World Bank Group signed grant agreements.',
        'Co-financiers are the World Bank Group, ADB and Tonga Cable Limited.',
      ],
      [
        { name: 'Asian Development Bank (ADB)', kind: 'international', country: null },
        { name: 'World Bank', kind: 'international', country: null },
        { name: 'Tonga Cable Limited', kind: 'company', country: 'TO' },
      ],
    ],
    [
      'zh and ar scripts',
      '华为与中国移动签署协议',
      ['وقعت هواوي اتفاقية مع البنك الدولي.'],
      [
        { name: '华为', kind: 'company', country: 'CN' },
        { name: '中国移动', kind: 'company', country: 'CN' },
        { name: 'البنك الدولي', kind: 'international', country: null },
      ],
    ],
    [
      'company outside the list, by legal form',
      'Deal signed',
      ['The ministry signed a contract with Zhongtian Submarine Cable Co., Ltd for the backbone.'],
      [{ name: 'Zhongtian Submarine Cable Co., Ltd', kind: 'company', country: null }],
    ],
  ])('%s', (_name, title, body, expected) => {
    expect(listed(title, body)).toEqual(expected);
  });

  it.each([
    [
      'news agencies and cited sources',
      'Agencies sign memorandum',
      [
        'BAKU, Jan 30 (Xinhua) -- Report cites Tech Africa News; the Agencia Boliviana de Información (ABI) confirmed the signing.',
      ],
    ],
    [
      'forums and summits',
      'Deal at GITEX',
      ['The document was signed on the sidelines of GITEX Global 2022 and the BRICS summit.'],
    ],
    [
      'background paragraphs',
      'Safe city project',
      [
        'Напомним, по данным BBC, в 2011 году регулирующие органы США не позволили Huawei купить компанию. Тогда компанию, как и ZTE, заподозрили.',
      ],
    ],
    [
      'a source of figures',
      'Cable lands',
      [
        'The cable landed today.',
        'A second sentence.',
        'A third.',
        'A fourth.',
        'A fifth.',
        'A sixth.',
        'The World Bank has estimated that internet access could add $5 billion.',
      ],
    ],
    [
      'a former contractor',
      'Cable lands',
      [
        'Australia took over the financing after concerns about Huawei, which had originally been contracted to build it.',
      ],
    ],
    [
      'chrome lines',
      'Ministers meet',
      ['The ministers met in Baku.'],
      ['Related: Nokia Siemens Networks wins deal in India', '© Ericsson'],
    ],
    [
      'lower-case words that look like aliases',
      'An apt choice',
      ['The un-mou orange market is apt to drift.'],
    ],
  ])('leaves out %s', (_name, title, body, chrome: string[] = []) => {
    expect(listed(title, body, chrome)).toEqual([]);
  });

  it('gives the sentence that names the organisation as evidence', () => {
    const [org] = extractOrganisations(
      page('Talks', [
        'Minister N. Uchral received the Secretary General of the Asia-Pacific Telecommunity (APT).',
      ]),
    );
    expect(org).toMatchObject({
      name: 'Asia-Pacific Telecommunity (APT)',
      evidence:
        'Minister N. Uchral received the Secretary General of the Asia-Pacific Telecommunity (APT).',
    });
  });

  it('merges a body written with an acronym for some of its words', () => {
    const orgs = listed(
      "Huawei signed an agreement with Serbia's Office for Information Technologies and eGovernment",
      ['The Director of the Office for IT and eGovernment signed the agreement.'],
    );
    expect(orgs.map((org) => org.name)).toEqual([
      'Huawei',
      'Office for Information Technologies and eGovernment',
    ]);
  });

  it('lists an international body by its full name when the acronym comes first', () => {
    const orgs = listed('ITU opens regional office', [
      'The International Telecommunication Union opened an office in Baku.',
    ]);
    expect(orgs.map((org) => org.name)).toEqual(['International Telecommunication Union']);
  });

  it('does not read a currency as an acronym', () => {
    expect(listed('Cable lands', ['The cable will add AU$5 billion to the economy.'])).toEqual([]);
  });

  it('lists one state body once across spellings', () => {
    const orgs = listed(
      'Huawei and Ministry of Innovative Development of Uzbekistan sign memorandum',
      ['The Ministry for Innovative Development will open high technology centres.'],
    );
    expect(orgs.map((org) => org.name)).toEqual([
      'Huawei',
      'Ministry of Innovative Development of Uzbekistan',
    ]);
  });
});
