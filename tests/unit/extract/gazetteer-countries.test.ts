import { describe, expect, it } from 'vitest';
import { findCountryMentions } from '../../../src/extract/gazetteer/countries-matcher.ts';

const codes = (text: string): string[] => findCountryMentions(text).map((mention) => mention.code);

describe('findCountryMentions: names, forms and scripts', () => {
  it.each([
    ['Huawei and the Ministry of Innovative Development of Uzbekistan signed a memorandum', ['UZ']],
    ['Republic of Korea and the Sultanate of Oman agreed', ['KR', 'OM']],
    ['Российская Федерация и Республика Узбекистан', ['RU', 'UZ']],
    ['Агентства Азербайджана и Чада подписали в Баку меморандум', ['AZ', 'TD', 'AZ']],
    ['С азербайджанской стороны документ подписал, с чадской — директор', ['AZ', 'TD']],
    ['премьер-министр Азербайджанской Республики встретился в Азербайджане', ['AZ', 'AZ']],
    [
      'Міністерство цифрової трансформації України та Великої Британії, Естонії',
      ['UA', 'GB', 'EE'],
    ],
    ['новини Беларусі та Узбекистана', ['BY', 'UZ']],
    ['Қазақстан мен Әзербайжан арасында, Өзбекстанда 5G', ['KZ', 'AZ', 'UZ']],
    ['АСТАНА. KAZINFORM – жоба', ['KZ']],
    ['وقّعت سلطنة عُمان ودولة فلسطين مذكرة تفاهم', ['OM', 'PS']],
    ['عن الجانب العُماني وعن الجانب الفلسطيني', ['OM', 'PS']],
    ['والأردن وللأردن وبالصين', ['JO', 'JO', 'CN']],
    ['مسقط في ٢٩ ديسمبر', ['OM']],
    ['Autoridades venezolanas e iraníes, en Caracas y Teherán', ['VE', 'IR', 'VE', 'IR']],
    [
      'Telebrás, estatal brasileira, e a Angola Cables: o padrão nipo-brasileiro',
      ['BR', 'AO', 'JP', 'BR'],
    ],
    ['BRASÍLIA – o vice-ministro angolano chegou a Luanda', ['BR', 'AO', 'AO']],
    ['وصل الرئيس الصيني والوزيرة المصرية', ['CN', 'EG']],
    ['o governo cabo-verdiano e a Cabo Verde Telecom', ['CV', 'CV']],
    ['Minister Cyfryzacji spotkał się z japońskim ministrem w Polsce', ['JP']],
    ['Ujumbe wa Kichina ulitembelea Tanzania', ['CN', 'TZ']],
    ['ایران و روسیه در تهران', ['IR', 'RU', 'IR']],
    ['भारत और ब्रिटेन के बीच', ['IN', 'GB']],
    ['日本とベトナム、米国と韓国', ['JP', 'VN', 'US', 'KR']],
    ["Toplantı Bakü'de ve Semerkant'ta yapıldı", ['AZ', 'UZ']],
    ['la ministra, nella designazione inglese', []],
    ['Türk Keneşi ve Türk dünyası', []],
    ['サマリーを読む', []],
    ['O parque (Techpark, na designação inglesa) abre hoje', []],
    ['afirmó el ministro, Mauricio Lizcano, en Bogotá', ['CO']],
    ['disse a presidente Ana Lima Barber', []],
    ['Mkutano wa mawaziri ulifanyika jana', []],
    ['jeunes talents sénégalais et le Gouvernement ivoirien', ['SN', 'CI']],
    ['mit den chinesischen Mobilfunkanbietern in Peking', ['CN', 'CN']],
    ['Der schwedische Netzausrüster; Kroatischer Regulierer', ['SE', 'HR']],
    ['Komdigi dan Federasi Rusia, Jepang dan Singapura', ['RU', 'JP', 'SG']],
    ['Việt Nam và Cộng hòa Singapore, Hàn Quốc, Nhật Bản, Mỹ', ['VN', 'SG', 'KR', 'JP', 'US']],
    ['中莫两国签署协议，莫方表示感谢，中方愿意', ['CN', 'MZ', 'MZ', 'CN']],
    ['中国与莫桑比克在马普托签署', ['CN', 'MZ', 'MZ']],
    ['Kenyan and Chinese firms in Nairobi and Shenzhen', ['KE', 'CN', 'KE', 'CN']],
    ['State Data Center in Kragujevac, opened in Belgrade', ['RS', 'RS']],
    ['Canberra, Hanoi, Beijing, Peking, Astana and Dakar', ['AU', 'VN', 'CN', 'CN', 'KZ', 'SN']],
    ['the UK, the USA, the UAE, PNG, KSA and the DRC', ['GB', 'US', 'AE', 'PG', 'SA', 'CD']],
    ['Правительство РФ, КНР и США', ['RU', 'CN', 'US']],
    ['Kazakhstan’s ministry and Côte d’Ivoire', ['KZ', 'CI']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe('findCountryMentions: longest match and false friends', () => {
  it.each([
    ['Niger and Nigeria', ['NE', 'NG']],
    ['Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea', ['GN', 'GW', 'GQ', 'PG']],
    ['Dominica and the Dominican Republic', ['DM', 'DO']],
    ['Sudan and South Sudan', ['SD', 'SS']],
    ['the Republic of the Congo and DR Congo', ['CG', 'CD']],
    ['North Korea and South Korea', ['KP', 'KR']],
    ['Atlanta, Georgia', ['US']],
    ['Tbilisi, Georgia', ['GE', 'GE']],
    ['Michael Jordan scored; Jordan Smith said so', []],
    ['the Hashemite Kingdom of Jordan', ['JO']],
    ['Chad Smith plays drums', []],
    ['roast turkey with a guinea pig; Guinea pigs too', []],
    ['a woman in Romania', ['RO']],
    ['the Irany family', []],
    ['in the South China Sea', []],
    ['China Mobile and Bank of China', ['CN', 'CN']],
    ['Mali and Malinese; animali', ['ML']],
    ['could add US$5 billion', []],
    ['My friend met Ira', []],
    ['AZ | RU | EN and PT | EN', []],
    ['MercoPress en español; translated into Russian; на русском языке', []],
    ['Pacific Island countries', []],
    ['عمّان عاصمة الأردن', ['JO', 'JO']],
    ['集中方式', []],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('reports offsets and the surface as written, diacritics included', () => {
    const text = 'وقّعت سلطنة عُمان اليوم';
    const [mention] = findCountryMentions(text);
    expect(mention).toMatchObject({ code: 'OM', surface: 'سلطنة عُمان', via: 'official' });
    expect(text.slice(mention!.start, mention!.end)).toBe('سلطنة عُمان');
  });

  it('finds names after characters outside the BMP, with offsets on the text as written', () => {
    const text = '🇰🇿 😀 𠀀 Kazakhstan and France signed 📡';
    const mentions = findCountryMentions(text);
    expect(mentions.map((m) => [m.code, text.slice(m.start, m.end)])).toEqual([
      ['KZ', 'Kazakhstan'],
      ['FR', 'France'],
    ]);
  });

  it('tells how a country was named', () => {
    const via = findCountryMentions('Uzbek officials in Tashkent, Uzbekistan, and the UAE').map(
      (m) => m.via,
    );
    expect(via).toEqual(['demonym', 'city', 'name', 'abbrev']);
  });
});
