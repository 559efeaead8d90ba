/**
 * Named state bodies found by pattern (ministries, agencies, regulators, offices) in the corpus
 * languages: a head word ("Ministry of", "Министерство", "ministère de", "Kementerian", "Bộ",
 * "وزارة", "…部") and the name that follows it, up to where the name plausibly ends. Ministers
 * (people) are not bodies and are never matched.
 */
export interface GovernmentBodyMatch {
  name: string;
  start: number;
  end: number;
}

// ---- Latin-script languages: head, connector, then capitalised words -------------------------

const LATIN_HEAD =
  /(?<![\p{L}\p{N}])(?:(?:Federal |National |State |Central )?(?:Ministry|Ministries|Department|Office|Agency|Authority|Commission|Directorate(?: General| of)?|Secretariat)|[Mm]inist[èe]re|[Mm]inisterio|[Mm]inistério|(?:Bundes)?[Mm]inisterium|[Ss]ecretar[íi]a|[Aa]gence|[Aa]gencia|[Aa]gência|Autorité|Autoridad|Autoridade|Comisión|Comissão|Direction générale|Zona Económica Especial|Kementerian|Badan|Otoritas|Direktorat Jenderal|[Mm]inistero|[Aa]genzia|Autorità|Dipartimento|Wizara|Mamlaka|Tume|Shirika)(?![\p{L}\p{N}])/gu;
// After these heads the name starts at once ("Kementerian Komunikasi").
const DIRECT_HEAD = /^(?:Kementerian|Badan|Otoritas|Direktorat Jenderal|Zona Económica Especial)$/u;
// Heads that are a complete name by themselves ("Zona Económica Especial (ZEE) de La Guaira").
const NAME_HEAD = /^(?:Zona Económica Especial)$/u;
const CONNECTOR =
  /\s*(?:(?:and|of|for|the|on|&|et|de|du|des|la|le|les|y|e|del|el|las|los|do|da|dos|das|para|pour|und|für|der|die|dan|untuk|serta|delle|dello|degli|della|dei|per|ya|la|wa|na)(?=\s|$)|[ld]['’](?=\p{L}))/uy;
const CAPITALISED =
  /\s*(?:\p{Lu}[\p{L}\p{M}\p{N}’'-]*|\p{Ll}{1,2}\p{Lu}[\p{L}-]*|[\p{Lu}\p{N}]{2,})(?![\p{L}\p{N}])/uy;
// Lower-case adjectives inside Romance and German names ("de l'Economie numérique", "Relações Exteriores").
const ADJECTIVE =
  /\s*\p{Ll}+(?:ique|iques|ale|ales|aux|elle|elles|ère|ères|ieur|ieure|ieurs|ieures|ienne|iennes|ico|ica|icos|icas|al|ais|ivo|iva|ivos|ivas|ário|ária|ario|aria|liche|lichen|ische|ischen)(?![\p{L}\p{N}])/uy;
// "Digital, Komunikasi, dan Media Massa": a comma inside a list of the body's fields.
const LIST_COMMA =
  /,(?=\s*(?:(?:\p{Lu}[\p{L}-]*|of|the|de|des|du|la|do|da|dos|das|del|für|der)\s*,?\s*){0,6}(?:and|dan|et|y|e|und)\s+(?:(?:of|the|de|des|du|la|do|da|del|der)\s+|[ld]['’])?\p{Lu})/uy;
const ACRONYM = /\s*\(\p{Lu}[\p{L}\p{N}&.-]{1,11}\)/uy;
// Titles and honorifics start a person's name, and a weekday or month a date: neither is part of the name.
const PERSON_WORD =
  /^(?:Minister|Ministers|Ministre|Ministro|Ministra|Menteri|Secretary|President|Président|Presidente|Director|Directeur|Mr|Mrs|Ms|Dr|Prof|H\.E|Sir|Madam|Deputy|Chairman|Head|Mme|M\.|Sr|Sra|Dra|Bapak|Ibu|Herr|Frau|Government|Governo|Gobierno|Gouvernement|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)$/u;

const NEXT_HEAD =
  /^(?:Ministry|Ministries|Department|Office|Agency|Authority|Commission|Directorate|Secretariat|Ministère|Ministerio|Ministério|Ministerium|Secretaría|Agence|Agencia|Agência|Autorité|Autoridad|Autoridade|Kementerian|Badan)$/u;

// "ministère égyptien des Communications", "ministerio chino de …": a demonym after the head.
const HEAD_DEMONYM =
  /\s*\p{Ll}+(?:ien|ienne|ais|aise|ain|aine|ois|oise|ano|ana|ês|esa|ense|ino|ina|eño|eña|ese|ese|eno|ena)(?![\p{L}\p{N}])/uy;
// Names with these heads need two words: "Badan Usaha" is any business entity.
const TWO_WORD_HEAD = /^(?:Badan|Otoritas)$/u;

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Walks the name after a Latin-script head; returns where it ends (or -1 when there is no name). */
function latinNameEnd(text: string, headEnd: number, direct: boolean, complete = false): number {
  let at = headEnd;
  let end = complete ? headEnd : -1;
  let pendingConnector = !direct;
  const demonym = direct ? null : stickyAt(HEAD_DEMONYM, text, at);
  if (demonym) at += demonym[0].length;
  for (let steps = 0; steps < 16; steps++) {
    const acronym = end > 0 ? stickyAt(ACRONYM, text, at) : null;
    if (acronym) {
      at = end = at + acronym[0].length;
      continue;
    }
    const connector = stickyAt(CONNECTOR, text, at);
    if (connector) {
      at += connector[0].length;
      pendingConnector = false;
      continue;
    }
    if (end > 0 && stickyAt(LIST_COMMA, text, at)) {
      at += 1;
      continue;
    }
    const word = stickyAt(CAPITALISED, text, at);
    // Another head ("… of Vietnam and the Ministry of Communications of Cuba") starts a new body.
    if (word && NEXT_HEAD.test(word[0].trim())) break;
    if (word && !PERSON_WORD.test(word[0].trim()) && !(pendingConnector && !direct)) {
      at = end = at + word[0].length;
      continue;
    }
    const adjective = end > 0 ? stickyAt(ADJECTIVE, text, at) : null;
    if (adjective) {
      at = end = at + adjective[0].length;
      continue;
    }
    break;
  }
  return end;
}

/**
 * A piece of text every LATIN_HEAD alternative contains (kept in step with it): testing for
 * these is far cheaper than the head scan, and most sentences name no body.
 */
const LATIN_HEAD_PIECE =
  /inist|Department|Office|gency|gence|gencia|gência|genzia|Authority|Autori|Comis|Commission|Direct|Direktorat|ecretar|Zona Económica Especial|Kementerian|Badan|Otoritas|Dipartimento|Wizara|Mamlaka|Tume|Shirika/u;

function findLatin(text: string): GovernmentBodyMatch[] {
  const found: GovernmentBodyMatch[] = [];
  if (!LATIN_HEAD_PIECE.test(text)) return found;
  for (const head of text.matchAll(LATIN_HEAD)) {
    const headEnd = head.index + head[0].length;
    const end = latinNameEnd(text, headEnd, DIRECT_HEAD.test(head[0]), NAME_HEAD.test(head[0]));
    const words = text
      .slice(headEnd, end)
      .replace(/\([^)]*\)/gu, ' ')
      .trim()
      .split(/\s+/u);
    if (TWO_WORD_HEAD.test(head[0]) && words.length < 2) continue;
    if (end > headEnd || (NAME_HEAD.test(head[0]) && end === headEnd))
      found.push({ name: text.slice(head.index, end), start: head.index, end });
  }
  return found;
}

// ---- English names ending in their head: "National Communications Authority" ----------------

const TRAILING_HEADS = [
  'Authority',
  'Agency',
  'Commission',
  'Regulator',
  'Directorate',
  'Ministry',
];
const TRAILING_HEAD = new RegExp(
  `(?:(?:\\p{Lu}[\\p{L}-]*|and|of|&)\\s+){1,6}(?:${TRAILING_HEADS.join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const LEADING_FILLER = /^(?:(?:The|A|An|and|of|&)\s+)+/u;
const HEAD_FIRST_WORD =
  /^(?:Ministry|Department|Office|Agency|Authority|Commission|Directorate|Secretariat)\s/u;

function findTrailingHead(text: string): GovernmentBodyMatch[] {
  // A match needs a head as written; most sentences have none, and the word scan is costly.
  if (!TRAILING_HEADS.some((head) => text.includes(head))) return [];
  const found: GovernmentBodyMatch[] = [];
  for (const m of text.matchAll(TRAILING_HEAD)) {
    const filler = LEADING_FILLER.exec(m[0])?.[0].length ?? 0;
    const start = m.index + filler;
    const core = text.slice(start, m.index + m[0].length);
    if (HEAD_FIRST_WORD.test(core) || core.split(/\s+/u).length < 2) continue;
    // "Huawei and Ministry of …": a connector before the head joins two names, it is not one.
    if (/(?:^|\s)(?:and|of|&)\s+\S+$/u.test(core)) continue;
    if (PERSON_WORD.test(core.split(/\s+/u)[0]!)) continue;
    let end = m.index + m[0].length;
    const tail = latinNameEnd(text, end, false);
    if (tail > end && /^\s+of\s/u.test(text.slice(end))) end = tail;
    const acronym = stickyAt(ACRONYM, text, end);
    if (acronym) end += acronym[0].length;
    found.push({ name: text.slice(start, end), start, end });
  }
  return found;
}

// ---- Russian and Ukrainian: head, lower-case genitive phrase, then the country ---------------

const CYRILLIC_HEADS: Record<string, string> = {
  министерств: 'министерство',
  агентств: 'агентство',
  міністерств: 'міністерство',
  агенці: 'агенція',
  академи: 'академия',
  комитет: 'комитет',
  служб: 'служба',
};
const CYRILLIC_HEAD =
  /(?<![\p{L}\p{N}])([Мм]инистерств|[Аа]гентств|[Мм]іністерств|[Аа]генці|[Аа]кадеми|[Кк]омитет|[Сс]лужб)(?:о|а|у|ом|е|і|ї|я|ю|єю|и|ей|ой|ы)?(?![\p{L}\p{N}])/gu;
const CYR_WORD = /\s*(\p{Ll}[\p{Ll}’'-]*)(?![\p{L}\p{N}])/uy;
const CYR_CAPITALISED = /\s*(\p{Lu}[\p{L}’'-]*)(?![\p{L}\p{N}])/uy;
const CYR_CONNECTOR = /^(?:и|по|та|і|й|з|в|при)$/u;
const CYR_STOP =
  /^(?:с|со|на|о|об|для|из|что|который|которое|которая|также|також|вперше|впервые|сегодня|сьогодні|вчера|вчора|совместно|спільно|ранее|раніше|уже|вже|было|был|была|были|не|как|як|а|но|але|от|від|до|за|под|під|между|між|это|це)$/u;
// Past and present verb endings: the sentence goes on after the name ("Министерство … подписало").
const CYR_VERB = /(?:ло|ли|ла|ал|ил|ет|ит|ют|ят|ут|ать|ить|еть|ся|сь|ться|ує|ють|ать)$/u;
const CYR_NOUN_EXCEPTIONS = new Set(['дел', 'справ', 'сел', 'ила']);
// Country forms after the phrase are in the genitive ("Азербайджана", "Российской Федерации", "України").
const CYR_GENITIVE = /(?:а|я|и|ы|ї|і|ой|ей|ої|ії|ии|ского|ской|ської|ского|ии)$/u;
const CYR_HEAD_WORD = /^(?:министерств|агентств|міністерств|агенці|академи|комитет|служб)/iu;
// "Республики Казахстан": the state's name follows in the nominative.
const CYR_STATE_WORD = /^(?:Республик|Республік|Федераци|Федераці|Королевств|Королівств)/u;

function normaliseCyrillicHead(head: string): string {
  const stem =
    /^([Мм]инистерств|[Аа]гентств|[Мм]іністерств|[Аа]генці|[Аа]кадеми|[Кк]омитет|[Сс]лужб)/u.exec(
      head,
    )?.[1] ?? head;
  const nominative = CYRILLIC_HEADS[stem.toLowerCase()] ?? head;
  return stem[0] === stem[0]!.toUpperCase()
    ? nominative[0]!.toUpperCase() + nominative.slice(1)
    : nominative;
}

function findCyrillic(text: string): GovernmentBodyMatch[] {
  const found: GovernmentBodyMatch[] = [];
  for (const head of text.matchAll(CYRILLIC_HEAD)) {
    let at = head.index + head[0].length;
    let end = -1;
    let content = 0;
    for (let steps = 0; steps < 14; steps++) {
      if (content > 0 && text[at] === ',' && stickyAt(CYR_WORD, text, at + 1)) {
        const next = stickyAt(CYR_WORD, text, at + 1)![1]!;
        if (!CYR_STOP.test(next) && !CYR_HEAD_WORD.test(next) && !CYR_VERB.test(next)) {
          at += 1;
          continue;
        }
      }
      const word = stickyAt(CYR_WORD, text, at);
      if (!word) break;
      const value = word[1]!;
      if (CYR_CONNECTOR.test(value)) {
        at += word[0].length;
        continue;
      }
      if (CYR_STOP.test(value) || CYR_HEAD_WORD.test(value)) break;
      if (CYR_VERB.test(value) && !CYR_NOUN_EXCEPTIONS.has(value)) break;
      at = end = at + word[0].length;
      content++;
    }
    if (content === 0 || end < 0) continue;
    // The country or state in the genitive that closes the name.
    for (let tail = 0, state = false; tail < 3; tail++) {
      const word = stickyAt(CYR_CAPITALISED, text, end);
      if (!word || !(state || CYR_GENITIVE.test(word[1]!))) break;
      end += word[0].length;
      state = CYR_STATE_WORD.test(word[1]!);
    }
    const acronym = stickyAt(ACRONYM, text, end);
    if (acronym) end += acronym[0].length;
    const name = normaliseCyrillicHead(head[0]) + text.slice(head.index + head[0].length, end);
    found.push({ name, start: head.index, end });
  }
  return found;
}

// ---- Kazakh: the head closes the name ("Цифрлық даму … министрлігі") --------------------------

const KAZAKH_HEAD = /(?<![\p{L}\p{N}])(министрлігі|агенттігі|комитеті)\p{L}*/gu;

function findKazakh(text: string): GovernmentBodyMatch[] {
  const found: GovernmentBodyMatch[] = [];
  for (const head of text.matchAll(KAZAKH_HEAD)) {
    const before = text.slice(Math.max(0, head.index - 120), head.index);
    const words = before.split(/(?<=\s)/u);
    let start = -1;
    let length = 0;
    for (let i = words.length - 1, taken = 0; i >= 0 && taken < 8; i--, taken++) {
      const word = words[i]!.trim();
      length += words[i]!.length;
      if (!/^[\p{L}-]+,?$/u.test(word)) break;
      if (/^\p{Lu}/u.test(word)) {
        start = head.index - length;
        break;
      }
    }
    if (start < 0) continue;
    const end = head.index + head[1]!.length;
    found.push({ name: text.slice(start, end), start, end });
  }
  return found;
}

// ---- Turkish: the head closes the name ("… İletişim ve Yüksek Teknolojiler Bakanlığı'nın") -----

const TURKISH_HEADS = ['Bakanlığı', 'Kurumu', 'Başkanlığı', 'Ajansı', 'Kurulu'];
const TURKISH_BODY = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}-]*\\s+(?:ve\\s+)?){1,8}(?:${TURKISH_HEADS.join('|')}))(?![\\p{L}\\p{N}])`,
  'gu',
);

function findTurkish(text: string): GovernmentBodyMatch[] {
  // A match needs a head as written; most sentences have none, and the word scan is costly.
  if (!TURKISH_HEADS.some((head) => text.includes(head))) return [];
  return [...text.matchAll(TURKISH_BODY)].map((m) => ({
    name: m[1]!,
    start: m.index,
    end: m.index + m[1]!.length,
  }));
}

// ---- Vietnamese: "Bộ Thông tin và Truyền thông" ------------------------------------------------

const VI_HEAD = /(?<![\p{L}\p{N}])Bộ(?= \p{Lu})/gu;
const VI_SYLLABLE = / (\p{L}+)/uy;
const VI_SURNAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lâm Mai Trịnh Đoàn Lương Tạ Cao Chu Tô Hà'.split(
    ' ',
  ),
);

function findVietnamese(text: string): GovernmentBodyMatch[] {
  const found: GovernmentBodyMatch[] = [];
  for (const head of text.matchAll(VI_HEAD)) {
    let at = head.index + head[0].length;
    let end = -1;
    let taken = 0;
    let previousCapital = false;
    let lowerRun = 0;
    for (;;) {
      const m = stickyAt(VI_SYLLABLE, text, at);
      if (!m) break;
      const syllable = m[1]!;
      const capital = /^\p{Lu}/u.test(syllable);
      if (syllable === 'trưởng' && taken === 0) break;
      if (syllable === 'và') {
        const next = stickyAt(VI_SYLLABLE, text, at + m[0].length);
        if (!next || !/^\p{Lu}/u.test(next[1]!)) break;
        at += m[0].length;
        previousCapital = false;
        continue;
      }
      if (capital) {
        if (VI_SURNAMES.has(syllable)) break;
        // Two capitalised syllables after the name has begun start a person's name ("Josephine Teo").
        if (previousCapital && taken >= 3) break;
        lowerRun = 0;
      } else {
        if (taken === 0 || ++lowerRun > 1) break;
      }
      previousCapital = capital;
      at = end = at + m[0].length;
      taken++;
    }
    if (end > 0 && taken > 0)
      found.push({ name: text.slice(head.index, end), start: head.index, end });
  }
  return found;
}

// ---- Arabic: "وزارة النقل والاتصالات وتقنية المعلومات" -----------------------------------------

const AR_HEAD = /(?<![\p{L}\p{N}])[وبل]?(وزارة|هيئة|الهيئة)(?![\p{L}\p{N}])/gu;
const AR_WORD = /\s+([\p{Script=Arabic}\p{M}]+)/uy;
const AR_STOP = new Set(
  'في على من إلى الى عن مع اليوم أمس بين حول خلال بشأن التي الذي ممثلة ممثلا وقع وقعت وقّع وقّعت معالي وزير والوزير و أن إن قد كما'.split(
    ' ',
  ),
);

function findArabic(text: string): GovernmentBodyMatch[] {
  const found: GovernmentBodyMatch[] = [];
  for (const head of text.matchAll(AR_HEAD)) {
    const start = head.index + head[0].length - head[1]!.length;
    let at = head.index + head[0].length;
    let end = -1;
    for (let taken = 0; taken < 7; taken++) {
      const m = stickyAt(AR_WORD, text, at);
      if (!m) break;
      const word = m[1]!;
      if (AR_STOP.has(word)) break;
      // "ودولة فلسطين" starts a new party; "وتقنية المعلومات" continues the name (construct state).
      if (word.startsWith('و') && !word.startsWith('وال')) {
        const next = stickyAt(AR_WORD, text, at + m[0].length);
        if (!next || !next[1]!.startsWith('ال')) break;
      }
      at = end = at + m[0].length;
    }
    if (end > 0) found.push({ name: text.slice(start, end), start, end });
  }
  return found;
}

// ---- Chinese: "…部", "…委员会", "…管理局" ----------------------------------------------------------

const ZH_BODY =
  /(?<=^|[，。、；：“”《》（）()\s与同及在由向对将把被了])([\p{Script=Han}]{2,10}?(?:部|委员会|管理局|总局))(?![分长门队位])/gu;
const ZH_VERB = /^.*(?:签署|签订|会见|会晤|举行|召开|访问|参加|出席|表示|介绍|联合|共同)/u;
const ZH_NOT_BODY = /(?:东部|西部|南部|北部|中部|内部|外部|全部|总部|干部|局部|俱乐部)$/u;

// Every ZH_BODY match ends in one of these, and most texts have none.
const ZH_HEAD = /部|委员会|管理局|总局/u;

function findChinese(text: string): GovernmentBodyMatch[] {
  const found: GovernmentBodyMatch[] = [];
  if (!ZH_HEAD.test(text)) return found;
  for (const m of text.matchAll(ZH_BODY)) {
    // "签署两部…", "会见工业…": a verb before the name is not part of it.
    const verb = ZH_VERB.exec(m[1]!);
    const cut = verb ? verb.index + verb[0].length : 0;
    const name = m[1]!.slice(cut);
    if (ZH_NOT_BODY.test(name) || name.length < 3 || /^[两二三几各]/u.test(name)) continue;
    found.push({ name, start: m.index + cut, end: m.index + m[1]!.length });
  }
  return found;
}

/** Every named state body in `text`, left to right, without overlaps. */
export function findGovernmentBodies(text: string): GovernmentBodyMatch[] {
  const all = [
    ...findLatin(text),
    ...findTrailingHead(text),
    ...findCyrillic(text),
    ...findKazakh(text),
    ...findTurkish(text),
    ...findVietnamese(text),
    ...findArabic(text),
    ...findChinese(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GovernmentBodyMatch[] = [];
  for (const match of all) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push({ ...match, name: match.name.trim() });
  }
  return kept;
}
