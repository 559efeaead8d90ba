import * as chrono from 'chrono-node';
import { dayNumber } from './date-calendar.ts';
import { withGatedTimeUnits } from './date-chrono-gate.ts';
import { mention, type DateMention } from './date-mention.ts';

/** The chrono-node locales installed (2.10): one parser per ISO 639-1 code, as each locale's `parse` (its casual parser). */
const PARSERS: Record<string, chrono.Chrono> = Object.fromEntries(
  Object.entries({
    en: chrono.en,
    de: chrono.de,
    fr: chrono.fr,
    ja: chrono.ja,
    pt: chrono.pt,
    nl: chrono.nl,
    zh: chrono.zh,
    ru: chrono.ru,
    es: chrono.es,
    uk: chrono.uk,
    it: chrono.it,
    sv: chrono.sv,
    fi: chrono.fi,
    vi: chrono.vi,
    id: chrono.id,
    ar: chrono.ar,
  }).map(([code, locale]) => [code, withGatedTimeUnits(locale.casual)]),
);
const ENGLISH = PARSERS.en!;

/*
 * chrono always gets one of two fixed reference dates, never the clock. Parsing a match again
 * against the second one tells what the match took from the reference: a stated year stays,
 * "yesterday" moves with the reference, "April 25" keeps its month and day.
 */
const REF_A = new Date(Date.UTC(2001, 2, 15, 12));
const REF_B = new Date(Date.UTC(2010, 7, 20, 12));
const DAY_A = dayNumber(2001, 3, 15);
const DAY_B = dayNumber(2010, 8, 20);

/** Spans a day cannot be taken from: "now", "this week", "last month", seasons. */
const VAGUE =
  /\b(?:now|week|weeks|month|months|weekend)\b|semana|semaine|woche|неделе|недел|тиждень|тижні|tuần|minggu|أسبوع|周|週|mes\b|mois|monat|месяц|місяц|tháng trước|bulan|شهر|fin de semana|maintenant|ahora|agora|jetzt|сейчас|зараз|bây giờ|sekarang|الآن/iu;
/** Purely numeric matches are left to the numeric parser, which knows the page's day/month order. */
const HAS_LETTER = /\p{L}/u;
const TRAILING_DAY = /[,\s]\s*(\d{1,2})\s*$/u;

interface Components {
  isCertain(unit: 'year' | 'month' | 'day' | 'weekday'): boolean;
  get(unit: 'year' | 'month' | 'day' | 'weekday'): number | null;
}

function dayOf(c: Components): number {
  return dayNumber(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);
}

function classify(
  text: string,
  casual: boolean,
  a: Components,
  b: Components | undefined,
): Partial<DateMention> | null {
  const yearA = a.get('year') ?? 0;
  const stated = (unit: 'year' | 'month' | 'day'): boolean =>
    a.isCertain(unit) && b !== undefined && a.get(unit) === b.get(unit);
  if (stated('year')) {
    return {
      year: yearA,
      month: a.isCertain('month') ? a.get('month') : null,
      day: a.isCertain('month') && a.isCertain('day') ? a.get('day') : null,
    };
  }
  if (stated('month') && stated('day')) return { month: a.get('month'), day: a.get('day') };
  if (stated('month') && !a.isCertain('day') && !a.isCertain('weekday'))
    return { month: a.get('month') };
  if (b === undefined) return null;
  if ((casual || a.isCertain('day')) && dayOf(a) - DAY_A === dayOf(b) - DAY_B)
    return { offsetDays: dayOf(a) - DAY_A };
  if (a.isCertain('weekday') && !a.isCertain('day')) {
    const day = TRAILING_DAY.exec(text)?.[1];
    return { weekday: a.get('weekday'), day: day ? Number(day) : null };
  }
  if (a.isCertain('year') && yearA - 2001 === (b.get('year') ?? 0) - 2010)
    return { offsetYears: yearA - 2001 };
  return null;
}

/** Date expressions chrono-node finds in `text` with the locale for `language` (English when it has none). */
export function findChronoDates(text: string, language: string): DateMention[] {
  const parser = PARSERS[language] ?? ENGLISH;
  const found: DateMention[] = [];
  let againstB: chrono.ParsedResult[] | null = null;
  for (const result of parser.parse(text, { instant: REF_A, timezone: 0 })) {
    const surface = result.text.trim();
    if (result.end || !HAS_LETTER.test(surface) || VAGUE.test(surface)) continue;
    const tags = [...result.tags()];
    if (tags.some((tag) => tag.endsWith('/now'))) continue;
    const casual = tags.some((tag) => tag.startsWith('casualReference/'));
    const start = result.index + result.text.indexOf(surface);
    // The match alone usually parses the same way; when it does not ("mañana de hoy" alone is
    // "tomorrow"), the whole text is parsed again and the result at the same place is used.
    let again: chrono.ParsedResult | undefined = parser.parse(surface, {
      instant: REF_B,
      timezone: 0,
    })[0];
    if (again?.text.trim() !== surface) {
      againstB ??= parser.parse(text, { instant: REF_B, timezone: 0 });
      again = againstB.find((other) => other.index === result.index && other.text === result.text);
    }
    const parts = classify(surface, casual, result.start, again?.start);
    // English capitalises month names: a lower-case "march" or "may" is a verb.
    const monthOnly =
      parts?.month !== undefined && parts.day === undefined && parts.year === undefined;
    if (monthOnly && language === 'en' && !/^\p{Lu}/u.test(surface)) continue;
    if (parts) found.push(mention(start, surface, parts));
  }
  return found;
}
