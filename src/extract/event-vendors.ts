/**
 * Supply deals: an equipment maker or builder that signs an "agreement" or "deal" to supply,
 * build or expand something for a buyer has signed a supply contract (corpus convention), while
 * the same word between two operators or two governments stays an agreement.
 */

// Makers of network, satellite, cable and data-centre equipment, and the firms that build them,
// in the spellings news reports use.
const VENDOR_NAMES = [
  'Huawei',
  'Хуавэй',
  'Хуавей',
  'ZTE',
  'Ericsson',
  'Эрикссон',
  'Nokia',
  'Нокиа',
  'Samsung Electronics',
  'NEC',
  'Fujitsu',
  'Cisco',
  'Ciena',
  'Juniper',
  'Corning',
  'Prysmian',
  'Sterlite',
  'Tejas Networks',
  'Thales',
  'Airbus',
  'Alcatel Submarine Networks',
  'ASN',
  'SubCom',
  'HMN Tech',
  'Huawei Marine',
  'Hengtong',
  'FiberHome',
  'Great Wall Industry',
  'CGWIC',
  'CETC',
  'Inspur',
  'Hikvision',
  'Dahua',
  'Siemens',
  'Indra',
  'Kapsch',
  'Motorola Solutions',
  'Mavenir',
  'Maxar',
  'Boeing',
  'Lockheed Martin',
  'Northrop Grumman',
  'Mitsubishi Electric',
  'MDA',
  'OHB',
  'Gilat',
  'Hughes',
  'SpaceX',
  'Arianespace',
  'Решетнев',
  // Satellite operators selling capacity.
  'Türksat',
  'Eutelsat',
  'Intelsat',
  'SES',
  'Arabsat',
  'Yahsat',
  'Thaicom',
  'Measat',
  'Hispasat',
  'Telesat',
  'Azercosmos',
  'China Satcom',
  'Gazprom Space Systems',
  'ГПКС',
];
const VENDOR_SCRIPTS = [
  '华为',
  '中兴',
  '爱立信',
  '诺基亚',
  'هواوي',
  'إريكسون',
  'نوكيا',
  '화웨이',
  '삼성전자',
  'ファーウェイ',
];

const VENDOR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${VENDOR_NAMES.join('|')})(?![\\p{L}\\p{N}])|${VENDOR_SCRIPTS.join('|')}`,
  'u',
);

// The work a vendor is paid for: supplying, building, expanding, upgrading.
const VENDOR_WORK =
  /(?<![\p{L}])(?:capacity(?![- ]build)|capacité|capacidad|capacidade|ёмкост|емкост|kapasit|sağla|suppl|deliver|build|built|construct|expan|extend|extension|deploy|install|upgrad|moderni|manufactur|roll(?:s|ed)? out|lay(?:ing)? |поставк|постав(?:ит|ил|ля)|строительств|постро|модерниз|расширени|будівництв|розширенн|fourni|constru|déploi|extension|suministr|ampliaci|fornec|ampliaç|liefer|ausbau|bau |errichtung|pengadaan|pembangunan|konstruksi|perluasan|membangun|kupanua|upanuzi|ujenzi|kujenga|cung cấp|xây dựng|mở rộng|tedarik|kurulum|yapım|genişlet|fornitura|realizzazione|ampliamento|dostaw|budow|rozbudow)|建设|建造|扩容|供货|供应|承建|إنشاء|توريد|بناء|توسيع|توسعة|ساخت|احداث|توسعه|구축|건설|공급|構築|建設|供給|निर्माण|आपूर्ति/iu;

// A price tag says the deal is commercial ("$200 million deal").
const AMOUNT =
  /[$€£¥]\s?\d|\d\s?(?:million|billion|bn|m\b|млн|млрд|millions?|milliards?|millones|milhões|mil milhões|bilhões|Millionen|Milliarden|juta|miliar|triliun|triệu|tỷ|milyon|milyar|milioni|mln|mld)|\d\s?(?:万|亿)|مليون|مليار/iu;

/** The sentence names an equipment maker or builder. */
export function namesVendor(sentence: string): boolean {
  return VENDOR.test(sentence);
}

/** The sentence (or its neighbour) tells what a vendor is paid for: supply, build, a price. */
export function describesPaidWork(sentence: string): boolean {
  return VENDOR_WORK.test(sentence) || AMOUNT.test(sentence);
}
