import { isValidDay, type CalendarDate } from './date-calendar.ts';
import type { DateMention } from './date-mention.ts';
import type { Page } from './page.ts';
import { resolveMention } from './date-resolve.ts';

export type Scan = (text: string) => DateMention[];

/** A date the page states, with the line it stands in and the text matched. */
export interface StatedDate {
  date: CalendarDate;
  line: string;
  surface: string;
  ambiguousOrder: boolean;
}

export interface PageDates {
  /** The page's own date: header, date line, a standalone date line, or a "published on" line. */
  page: StatedDate | null;
  /** The dateline opening the story ("KATHMANDU, JUNE 17", "Auckland, New Zealand, 9 September 2011 –"). */
  dateline: StatedDate | null;
}

/** Times, zones and labels that may stand beside a page date on its line. */
const DATE_LINE_NOISE =
  /\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?|gmt|utc|[+-]\d{1,2}(?::\d{2})?|\d+/giu;
const MAX_DATE_LINE_WORDS = 4;
const DIGIT = /[\d\u0660-\u0669\u06F0-\u06F9]/u;
/** Words that say a date on the line is the publication date, whatever else the line holds. */
const PUBLISHED =
  /published|posted|updated|in (?:the )?print|publié|mis à jour|publicado|actualizado|atualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato|опубликован|обновлен|опубліковано|оновлено|жариялан|diterbitkan|diperbarui|dipublikasikan|yayınlan|güncellen|đăng|cập nhật|نشر|تحديث|发布|更新|公開|掲載|(?:^|\s)(?:时间|時間|日期|来源|來源)\s*[:：]/iu;
/** Han, kana and hangul are written without spaces: two characters count as one word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/**
 * What may precede a dateline's date: a place ("BLANTYRE, Malawi,", "New Delhi [India],") or an
 * Arabic "مسقط في".
 */
const DATELINE_BEFORE =
  /^[[(]?\p{L}[\p{L}\p{M}'’. -]{0,30}(?:\s*[[(][\p{L}\p{M} .]{1,30}[\])])?(?:,\s*\p{L}[\p{L}\p{M}'’. -]{0,30}(?:\s*[[(][\p{L}\p{M} .]{1,30}[\])])?){0,2}(?:,|\s+في|\s+-)\s*$/u;
/** A Chinese or Japanese dateline: agency and city run into the date ("新华社内罗毕9月13日电", "【東京2月9日】"). */
const HAN_DATELINE_BEFORE = /^[【[]?[\p{Script=Han}\p{Script=Katakana}ー·・]{1,20}$/u;
const HAN_DATELINE_AFTER = /^\s*(?:电|電|讯|訊|】|\])/u;
/** What may follow a dateline's date (after a word for "year"): an agency in brackets, a dash, a slash, a full stop or nothing. */
const DATELINE_AFTER = /^\s*(?:(?:года|року|жылы|yılı)\s*)?(?:[.([\]/–—-]|г\.|р\.|$)/u;

function firstFull(mentions: DateMention[]): DateMention | undefined {
  return mentions.find((m) => m.year !== null && m.month !== null && m.day !== null);
}

function asStated(m: DateMention, line: string, reference: CalendarDate | null): StatedDate | null {
  const date = resolveMention(m, reference);
  return date ? { date, line, surface: m.text, ambiguousOrder: m.ambiguousOrder } : null;
}

/** Whether `m` is the dateline that opens `text`. */
export function isDateline(text: string, m: DateMention): boolean {
  if (m.start === 0) return false;
  const before = text.slice(0, m.start);
  const after = text.slice(m.end);
  if (HAN_DATELINE_BEFORE.test(before) && HAN_DATELINE_AFTER.test(after)) return true;
  return DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after);
}

function isDateOnlyLine(line: string, mentions: DateMention[]): boolean {
  let rest = line;
  for (const m of [...mentions].reverse()) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  const unspaced = rest.match(UNSPACED)?.length ?? 0;
  const words = rest
    .replace(UNSPACED, ' ')
    .replace(DATE_LINE_NOISE, ' ')
    .match(/[\p{L}\p{M}]+/gu);
  return (words?.length ?? 0) + Math.ceil(unspaced / 2) <= MAX_DATE_LINE_WORDS;
}

function isMonthYear(m: DateMention): boolean {
  return m.year !== null && m.month !== null && m.day === null;
}

/**
 * The page's own date, by trust: a date line above or within the article, a line saying
 * "published", a section label with a month and year above the article ("Ciência | Novembro de
 * 2016"), a date line below the article (teasers and related links put dates there too), the URL,
 * then a copyright year.
 */
function statedPageDate(page: Page, scan: Scan): StatedDate | null {
  if (page.meta.date) {
    const m = scan(page.meta.date).find((x) => x.year !== null);
    if (m) return asStated(m, page.meta.date, null);
  }
  const lastBody = page.bodyLines.length
    ? page.lines.lastIndexOf(page.bodyLines[page.bodyLines.length - 1]!)
    : page.lines.length;
  const firstBody = page.bodyLines.length ? page.lines.indexOf(page.bodyLines[0]!) : lastBody;
  let published: StatedDate | null = null;
  let monthLine: StatedDate | null = null;
  let below: StatedDate | null = null;
  for (const [index, line] of page.lines.entries()) {
    // A stated page date always has digits; most lines have none and skip the scan.
    if (line.length > 200 || !DIGIT.test(line)) continue;
    const mentions = scan(line);
    const full = firstFull(mentions);
    if (!full) {
      const month = mentions.length === 1 && isMonthYear(mentions[0]!) ? mentions[0]! : null;
      if (month && !monthLine && index < firstBody && isDateOnlyLine(line, mentions))
        monthLine = asStated(month, line, null);
      continue;
    }
    if (isDateOnlyLine(line, mentions)) {
      if (index <= lastBody) return asStated(full, line, null);
      below ??= asStated(full, line, null);
    }
    if (!published && PUBLISHED.test(line)) published = asStated(full, line, null);
  }
  const url = urlDate(page.meta.url);
  // A URL's day is more precise than a month-year label.
  const preciseUrl = url?.date.day != null ? url : null;
  return published ?? preciseUrl ?? monthLine ?? below ?? url ?? copyrightYear(page.lines);
}

/** A date in the URL path: /2022/10/13/, /2022-10-13-, /20221013/, or a month /2022/10/. */
const URL_DAY = /\/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u;
const URL_MONTH = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\//u;

/** The last resort for a page date: scrapers keep the URL, and news URLs often carry the date. */
function urlDate(url: string | null): StatedDate | null {
  if (!url) return null;
  const path = url.replace(/^https?:\/\/[^/]+/iu, '');
  const day = URL_DAY.exec(path);
  if (day && isValidDay(Number(day[1]), Number(day[2]), Number(day[3]))) {
    const date = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
    return { date, line: url, surface: day[0].slice(1), ambiguousOrder: false };
  }
  const month = URL_MONTH.exec(path);
  if (!month) return null;
  return {
    date: { year: Number(month[1]), month: Number(month[2]), day: null },
    line: url,
    surface: month[0].slice(1, -1),
    ambiguousOrder: false,
  };
}

function findDateline(page: Page, scan: Scan, reference: CalendarDate | null): StatedDate | null {
  for (const line of page.lines) {
    const head = line.slice(0, 120);
    if (!DIGIT.test(head)) continue;
    const m = scan(head).find((x) => x.month !== null && x.day !== null && isDateline(head, x));
    if (m) return asStated(m, line, reference);
  }
  return null;
}

/** The dates a page states about itself, for resolving relative dates and as the fallback date. */
export function findPageDates(page: Page, scan: Scan): PageDates {
  const stated = statedPageDate(page, scan);
  return { page: stated, dateline: findDateline(page, scan, stated?.date ?? null) };
}

const COPYRIGHT = /(?:©|\(c\)|copyright)(.{0,40})/iu;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/**
 * A copyright line's year ("© 2019 Spotlight Nepal"), the latest of a span: the page was
 * published no later than that, and it is all some pages say about their date.
 */
function copyrightYear(lines: readonly string[]): StatedDate | null {
  for (const line of lines) {
    const notice = COPYRIGHT.exec(line);
    const years = notice?.[1]?.match(YEAR);
    if (!years) continue;
    const year = Math.max(...years.map(Number));
    return {
      date: { year, month: null, day: null },
      line,
      surface: String(year),
      ambiguousOrder: false,
    };
  }
  return null;
}
