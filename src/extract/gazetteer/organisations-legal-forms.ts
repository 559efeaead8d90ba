/**
 * Companies outside the curated list, found by their legal form: "Tonga Cable Limited",
 * "Hengtong Optic-Electric Co., Ltd", "АО «Казахтелеком»", "ТОО «Freedom Telecom»", "PT Telkom Tbk".
 */
export interface CompanyNameMatch {
  name: string;
  start: number;
  end: number;
}

const WORD = "(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|\\p{N}[\\p{L}\\p{N}]*)";
// "X Y Co., Ltd": up to five capitalised words before a legal-form suffix.
const SUFFIXED = new RegExp(
  `(?<![\\p{L}\\p{N}])(${WORD}(?:\\s+${WORD}){0,4})\\s*,?\\s+(?:Co\\.,?\\s*Ltd\\.?|Ltd\\.?|Limited|Inc\\.?|Corp\\.?|Corporation|PLC|plc|LLC|GmbH|AG|S\\.A\\.|SAS|JSC|PJSC|Tbk|Pty)(?![\\p{L}\\p{N}])`,
  'gu',
);
// "АО «Казахтелеком»", "компания «Ростелеком»", "شركة «…»": a quoted name after a legal form.
const QUOTED =
  /(?<![\p{L}\p{N}])(?:АО|ПАО|ОАО|ЗАО|ООО|ТОО|АҚ|ЖШС|ҰК|НК|ГК|ТОВ|ПрАТ|компани\p{L}*|корпораци\p{L}*|company|société|empresa|Unternehmen|perusahaan|công ty|PT)\s+[«"“]([^»"”]{2,50})[»"”]|شركة\s+[«"“]([^»"”]{2,50})[»"”]/gu;
// Substrings every match must contain: one of the legal forms, or an opening quote. Most texts
// have none, and testing for them is far cheaper than the word scans above.
const SUFFIX_WORD = /Co\.|Ltd|Limited|Inc|Corp|PLC|plc|LLC|GmbH|AG|S\.A\.|SAS|JSC|Tbk|Pty/u;
const OPENING_QUOTE = /[«"“]/u;
const DETERMINER = /^(?:The|A|An|Le|La|Les|El|Los|Der|Die|Das|And|Of|In|On|At|By|For|With)\s+/u;

/** Company names marked by a legal form, left to right. */
export function findCompaniesByLegalForm(text: string): CompanyNameMatch[] {
  const found: CompanyNameMatch[] = [];
  for (const m of SUFFIX_WORD.test(text) ? text.matchAll(SUFFIXED) : []) {
    let name = m[0];
    let start = m.index;
    const determiner = DETERMINER.exec(name);
    if (determiner) {
      name = name.slice(determiner[0].length);
      start += determiner[0].length;
    }
    found.push({ name, start, end: m.index + m[0].length });
  }
  for (const m of OPENING_QUOTE.test(text) ? text.matchAll(QUOTED) : []) {
    const name = (m[1] ?? m[2] ?? '').trim();
    const start = m.index + m[0].indexOf(name);
    if (name) found.push({ name, start, end: start + name.length });
  }
  return found.sort((a, b) => a.start - b.start);
}
