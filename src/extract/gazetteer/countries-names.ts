import ar from 'i18n-iso-countries/langs/ar.json';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fa from 'i18n-iso-countries/langs/fa.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import hi from 'i18n-iso-countries/langs/hi.json';
import id from 'i18n-iso-countries/langs/id.json';
import it from 'i18n-iso-countries/langs/it.json';
import ja from 'i18n-iso-countries/langs/ja.json';
import kk from 'i18n-iso-countries/langs/kk.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import sw from 'i18n-iso-countries/langs/sw.json';
import tr from 'i18n-iso-countries/langs/tr.json';
import uk from 'i18n-iso-countries/langs/uk.json';
import vi from 'i18n-iso-countries/langs/vi.json';
import zh from 'i18n-iso-countries/langs/zh.json';

interface LocaleFile {
  locale: string;
  countries: Record<string, string | string[]>;
}

const LOCALES: LocaleFile[] = [
  en,
  ru,
  uk,
  fr,
  es,
  pt,
  de,
  ar,
  zh,
  id,
  vi,
  kk,
  it,
  tr,
  pl,
  sw,
  fa,
  hi,
  ja,
];

/**
 * Locale names that collide with common words or other meanings and are left out:
 * 中非 is "China–Africa" far more often than the Central African Republic, مالي means
 * "financial", German "Island" (Iceland) is an English word, and the Vietnamese one-syllable names (Ý, Đức, Bỉ) are also words and given names.
 */
const SKIPPED_LOCALE_NAMES = new Set([
  'Island', // German for Iceland, an English word

  '中非',
  'مالي',
  'Ý',
  'Đức',
  'Bỉ',
  'САДР',
  'Bán đảo Mã Lai',
  'Kosovo',
  'Dania', // Polish for Denmark, also a given name and Polish for "dishes"
  'هند', // Persian for India, also the given name Hind
  'माली', // Hindi for Mali, also "gardener"
  'Mkutano', // the Swahili file's name for Réunion, but the word for "meeting"
]);

/** Codes outside ISO 3166-1 that some locale files carry. */
const NON_ISO = new Set(['XK']);

/** Extra names the locale files lack: official long forms, common short forms, old names. */
const EXTRA_NAMES: Record<string, string[]> = {
  AE: [
    'Emirates',
    'Emirados Árabes',
    'Emiratos Árabes',
    'Émirats arabes unis',
    'Объединённые Арабские Эмираты',
    'الإمارات',
  ],
  BO: ['Estado Plurinacional de Bolivia'],
  CD: [
    'DR Congo',
    'RD Congo',
    'Congo-Kinshasa',
    'République démocratique du Congo',
    'Democratic Republic of Congo',
  ],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CI: ["Côte d'Ivoire", 'Cote dIvoire', 'Кот-д’Ивуар'],
  CN: [
    '中华人民共和国',
    'Tiongkok',
    'Cina',
    'RRT',
    'Trung Hoa',
    'Китайская Народная Республика',
    'República Popular China',
  ],
  CV: ['Cape Verde', 'Cabo Verde'],
  CZ: ['Czechia'],
  GB: [
    'Britain',
    'Great Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'Великобритания',
    'Велика Британія',
    'Grande-Bretagne',
    'Gran Bretaña',
    'Grã-Bretanha',
    'Großbritannien',
    'Inggris',
    'Vương quốc Anh',
    'nước Anh',
    'المملكة المتحدة',
    'بريطانيا',
    '英国',
    'ब्रिटेन',
  ],
  DE: ['nước Đức', 'CHLB Đức', 'Cộng hòa Liên bang Đức', 'Федеративная Республика Германия'],
  IT: ['nước Ý', 'Italia'],
  BE: ['nước Bỉ', 'Vương quốc Bỉ'],
  KR: [
    'South Korea',
    'Republic of Korea',
    'Korea',
    'Южная Корея',
    'Республика Корея',
    'Corée du Sud',
    'Corea del Sur',
    'Coreia do Sul',
    'Südkorea',
    'Korea Selatan',
    'كوريا الجنوبية',
    '大韩民国',
    '南韩',
    '韓国',
  ],
  KP: [
    'North Korea',
    'Северная Корея',
    'КНДР',
    'Corée du Nord',
    'Corea del Norte',
    'Coreia do Norte',
    'Nordkorea',
    'Korea Utara',
    'كوريا الشمالية',
    '北韩',
  ],
  LA: ['Lao PDR', 'Laos', 'Lào'],
  MK: ['Macedonia', 'North Macedonia'],
  MM: ['Burma'],
  NL: ['Holland'],
  OM: ['Sultanate of Oman', 'Султанат Оман', 'سلطنة عمان', 'Sultanat d’Oman', 'Sultanato de Omán'],
  PS: ['Palestine', 'Palestina', 'Палестина', 'دولة فلسطين', 'فلسطين', '巴勒斯坦国'],
  RU: [
    'Russia',
    'Российская Федерация',
    'Русия',
    'Federasi Rusia',
    'Federação Russa',
    'Federación Rusa',
    'Fédération de Russie',
    'Russische Föderation',
    'Liên bang Nga',
    'Ресей',
    'Ресей Федерациясы',
    'روسيا الاتحادية',
    '俄罗斯联邦',
    '俄国',
  ],
  SZ: ['Swaziland'],
  TL: ['East Timor', 'Timor Leste', 'Timor-Leste', 'Timor Lorosae'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  TW: ['Taiwan', '台湾', '臺灣'],
  TZ: ['Tanzania'],
  US: [
    'United States',
    'United States of America',
    'Estados Unidos',
    'États-Unis',
    'Etats-Unis',
    'Stati Uniti',
    'Vereinigte Staaten',
    'Amerika Serikat',
    'Hoa Kỳ',
    'Соединённые Штаты Америки',
    'Сполучені Штати Америки',
    'الولايات المتحدة',
    '美利坚合众国',
    '米国',
    'अमेरिका',
  ],
  VA: ['Vatican', 'Holy See'],
  VN: ['Viet Nam', 'Vietnam', 'Việt Nam', 'Вьетнам', "В'єтнам"],
  IR: ['Irã', 'Irão', 'Persia'],
  KZ: ['Kazakstan', 'Қазақстан', 'Казахстан'],
  KG: ['Kirghizstan', 'Kirguistán', 'Quirguistão', 'Кыргызстан', 'Киргизия', 'Қырғызстан'],
  AZ: ['Әзірбайжан', 'Әзербайжан', 'Azərbaycan'],
  UZ: ['Oʻzbekiston', "O'zbekiston", 'Ўзбекистон', 'Өзбекстан'],
  TM: ['Түрікменстан', 'Туркменистан'],
};

/**
 * Abbreviations matched case-sensitively as whole words only; bare ISO codes (AZ, RU, PT…) are
 * never matched, because pages use them for languages.
 */
export const ABBREVIATIONS: Record<string, string[]> = {
  GB: ['UK', 'U.K.'],
  US: ['USA', 'U.S.', 'U.S.A.', 'US', 'EEUU', 'EE.UU.', 'EUA', 'США', 'ABD'],
  AE: ['UAE', 'EAU', 'ОАЭ'],
  PG: ['PNG'],
  SA: ['KSA'],
  CD: ['DRC', 'RDC', 'ДРК'],
  RU: ['РФ'],
  CN: ['PRC', 'RPC', 'КНР', 'RRC', 'RRT'],
  KR: ['ROK'],
  KP: ['DPRK', 'КНДР'],
  ZA: ['ЮАР'],
  CF: ['ЦАР'],
  DE: ['ФРГ', 'BRD'],
};

/**
 * Geographic names that contain a country name without meaning the country; they map to no
 * country and, being longer, win over the name inside them. "China Mobile", "Bank of China" and
 * the like are NOT here: they are state-owned companies and do imply China.
 */
export const NON_COUNTRY_NAMES = [
  'South China Sea',
  'East China Sea',
  'Indochina',
  'New Mexico',
  'New Guinea',
  'Guinea pig',
  'Guinea pigs',
  'Gulf of Guinea',
  'Georgia Tech',
  'Georgia State',
  'Jordan River',
  'Turkey Creek',
  'Persian Gulf',
  'Latin American',
  'South American',
  'North American',
  'Central American',
  'Южно-Китайское море',
  'Mar de China Meridional',
  'mer de Chine méridionale',
  'Biển Đông',
  '南海',
];

export interface NameRecord {
  code: string;
  name: string;
  /** Locale the name came from ('xx' for the hand-written extras). */
  locale: string;
}

function* localeNames(): Generator<NameRecord> {
  for (const file of LOCALES) {
    for (const [code, value] of Object.entries(file.countries)) {
      if (NON_ISO.has(code)) continue;
      for (const name of Array.isArray(value) ? value : [value]) {
        if (SKIPPED_LOCALE_NAMES.has(name)) continue;
        // All-caps short forms (USA, UAE, США) are handled as case-sensitive abbreviations.
        if (name.length <= 4 && name === name.toUpperCase() && name !== name.toLowerCase())
          continue;
        yield { code, name, locale: file.locale };
      }
    }
  }
}

/** Every country name in every supported locale, plus the hand-written extras. */
export function countryNames(): NameRecord[] {
  const out = [...localeNames()];
  for (const [code, names] of Object.entries(EXTRA_NAMES)) {
    for (const name of names) out.push({ code, name, locale: 'xx' });
  }
  return out;
}
