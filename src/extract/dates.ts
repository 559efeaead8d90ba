import {
  dayRange,
  precisionOf,
  toIso,
  type CalendarDate,
  type Precision,
} from './date-calendar.ts';
import { datelineDatesEvent, findEventDate } from './date-event.ts';
import type { DateMention } from './date-mention.ts';
import { numericOrder } from './date-order.ts';
import { findPageDates, type StatedDate } from './date-page.ts';
import { findDateMentions } from './date-scan.ts';
import type { Page } from './page.ts';

export interface DateResult {
  /** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' */
  date: string | null;
  precision: Precision | null;
  kind: 'event' | 'published' | null;
  /** The sentence (or page line) the date came from. */
  evidence: string | null;
  /** The exact date text matched, for highlighting. */
  surface: string | null;
  /** The page's own publication date when it states one, at its precision. */
  published: string | null;
  warnings: string[];
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function isDay(date: CalendarDate | undefined): date is CalendarDate {
  return date !== undefined && date.day !== null;
}

/** An event date that only restates the publication date less precisely ("this year") adds nothing. */
function vaguerThan(event: CalendarDate, published: CalendarDate): boolean {
  if (PRECISION_RANK[precisionOf(event)] >= PRECISION_RANK[precisionOf(published)]) return false;
  const [first, last] = dayRange(event);
  const [day] = dayRange(published);
  return first <= day && day <= last;
}

/**
 * The article's date: the event it reports when the text dates it, else the page's own date.
 * Relative dates resolve only against a date the page states, never the clock.
 */
export function extractDate(page: Page): DateResult {
  const { order, settled } = numericOrder(page.lines, page.language, page.meta.url);
  // Page dates are stated in absolute forms, so the page-date search skips chrono and relative
  // words; it reads many lines twice (page date, dateline), so each is scanned once.
  const scanned = new Map<string, DateMention[]>();
  const scanAbsolute = (text: string): DateMention[] => {
    let mentions = scanned.get(text);
    if (!mentions)
      scanned.set(text, (mentions = findDateMentions(text, page.language, order, false)));
    return mentions;
  };
  const scan = (text: string): DateMention[] => findDateMentions(text, page.language, order, true);
  const stated = findPageDates(page, scanAbsolute);
  const reference = [stated.dateline?.date, stated.page?.date].find(isDay) ?? null;
  const bounds = stated.page?.date ?? stated.dateline?.date ?? null;
  const found = findEventDate(page.bodyLines, scan, reference, bounds);
  const { unresolved } = found;
  const dateline = stated.dateline;
  const event =
    found.event ??
    (dateline && page.bodyLines.includes(dateline.line) && datelineDatesEvent(dateline.line)
      ? {
          date: dateline.date,
          evidence: dateline.line,
          surface: dateline.surface,
          ambiguousOrder: dateline.ambiguousOrder,
        }
      : null);
  const fallback: StatedDate | null = stated.dateline ?? stated.page;
  const published = stated.page ?? stated.dateline;

  const warnings = unresolved.map((text) => `relative date not resolvable: "${text}"`);
  let chosen: {
    date: CalendarDate;
    kind: 'event' | 'published';
    evidence: string;
    surface: string;
    ambiguousOrder: boolean;
  } | null = null;
  if (event && !(fallback && vaguerThan(event.date, fallback.date)))
    chosen = { ...event, kind: 'event' };
  else if (fallback) chosen = { ...fallback, evidence: fallback.line, kind: 'published' };

  if (!chosen) {
    warnings.push('no date found');
    return {
      date: null,
      precision: null,
      kind: null,
      evidence: null,
      surface: null,
      published: null,
      warnings,
    };
  }
  if (chosen.ambiguousOrder && !settled) {
    warnings.push(`ambiguous day/month order in "${chosen.surface}", read ${order}`);
  }
  return {
    date: toIso(chosen.date),
    precision: precisionOf(chosen.date),
    kind: chosen.kind,
    evidence: chosen.evidence,
    surface: chosen.surface,
    published: published ? toIso(published.date) : null,
    warnings,
  };
}
