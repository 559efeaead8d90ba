import { dayRange, type CalendarDate } from './date-calendar.ts';
import {
  datesAct,
  findActCues,
  findReportCues,
  hasVagueTime,
  type Cue,
  isBackground,
  isFutureSentence,
} from './date-cues.ts';
import type { DateMention } from './date-mention.ts';
import { isDateline, type Scan } from './date-page.ts';
import { isMonthName } from './date-names.ts';
import { resolveMention } from './date-resolve.ts';
import { splitSentences } from './sentences.ts';

export interface EventDate {
  date: CalendarDate;
  evidence: string;
  surface: string;
  ambiguousOrder: boolean;
}

/** The reported event is told in the lead: later sentences bring background and earlier meetings. */
const LEAD_SENTENCES = 8;
/** A sentence shorter than this many words is a caption fragment or menu, not counted in the lead. */
const PROSE_WORDS = 5;
/** How long before the page's date an event may lie and still be the news the page reports. */
const MAX_DAYS_BEFORE = 45;
/** Days after the page's date an event may lie (time zones, late datelines). */
const MAX_DAYS_AFTER = 1;

function nearestCueIsEvent(cues: readonly Cue[], m: DateMention): boolean {
  let best: { distance: number; act: boolean } | null = null;
  for (const cue of cues) {
    const distance =
      cue.end <= m.start ? m.start - cue.end : cue.start >= m.end ? cue.start - m.end : 0;
    if (!best || distance < best.distance) best = { distance, act: datesAct(cue) };
  }
  return best?.act ?? false;
}

function isRelativeDay(m: DateMention): boolean {
  return m.year === null && m.month === null && (m.offsetDays !== null || m.weekday !== null);
}

/** A sentence ending in an ordinal day ("am 5.") when the next starts with a month ("Mai …"). */
const ORDINAL_DAY_END = /(?<!\d)\d{1,2}\.$/u;
const FIRST_WORD = /^[\p{L}\p{M}]+/u;

/** The line's sentences, with German and Nordic ordinal dates ("am 5. Mai") kept whole. */
function leadSentences(line: string): string[] {
  const sentences: string[] = [];
  for (const sentence of splitSentences(line)) {
    const previous = sentences[sentences.length - 1];
    const word = FIRST_WORD.exec(sentence)?.[0];
    if (previous && word && ORDINAL_DAY_END.test(previous) && isMonthName(word))
      sentences[sentences.length - 1] = `${previous} ${sentence}`;
    else sentences.push(sentence);
  }
  return sentences;
}

/** Whether a resolved date is recent news for a page dated `bounds` (at any precision). */
function fitsPageDate(date: CalendarDate, bounds: CalendarDate | null): boolean {
  if (!bounds) return true;
  const [pageFirst, pageLast] = dayRange(bounds);
  const [first, last] = dayRange(date);
  return first <= pageLast + MAX_DAYS_AFTER && last >= pageFirst - MAX_DAYS_BEFORE;
}

/**
 * "This year" with no page date takes its year from a year stated in the same sentence
 * ("the signing this year … declared 2018 the year of …").
 */
function sentenceAnchor(mentions: DateMention[]): CalendarDate | null {
  const years = new Set(
    mentions.filter((x) => x.year !== null && x.month === null).map((x) => x.year),
  );
  if (years.size !== 1) return null;
  return { year: [...years][0]!, month: null, day: null };
}

function resolveInSentence(
  m: DateMention,
  mentions: DateMention[],
  reference: CalendarDate | null,
): CalendarDate | null {
  const date = resolveMention(m, reference);
  if (date || m.offsetYears === null) return date;
  const anchor = sentenceAnchor(mentions);
  return anchor ? { year: anchor.year + m.offsetYears, month: null, day: null } : null;
}

/**
 * The date of the event the article reports: the first date in the lead that sits next to an
 * event word (signed, visited, met, launched…) rather than a reporting word, is not a dateline,
 * background ("since …") or future, and fits the page's own date (`bounds`). Relative dates
 * resolve only against `reference` (a day). Unresolvable relative dates next to an event word are reported.
 */
export function findEventDate(
  bodyLines: readonly string[],
  scan: Scan,
  reference: CalendarDate | null,
  bounds: CalendarDate | null,
): { event: EventDate | null; unresolved: string[] } {
  const unresolved: string[] = [];
  let prose = 0;
  for (const line of bodyLines) {
    for (const sentence of leadSentences(line)) {
      if (prose >= LEAD_SENTENCES) return { event: null, unresolved };
      if ((sentence.match(/[\p{L}\p{N}]+/gu) ?? []).length >= PROSE_WORDS) prose++;
      const acts = findActCues(sentence);
      // Only a sentence with an event word can date the event, or the lead opening (below);
      // skipping the rest, before looking for report words, keeps the scan cheap.
      if (acts.length === 0 && prose !== 1) continue;
      const cues = [...acts, ...findReportCues(sentence)];
      // A lead opening with no cue word at all ("KUALA LUMPUR, Nov 28 — The two governments
      // today put their names to …") is dated by a relative day in it: it can only date the act told.
      const uncued = prose === 1 && cues.length === 0;
      if (!uncued && acts.length === 0) continue;
      const mentions = scan(sentence);
      // The lead dates the reported event vaguely: later dates belong to other events.
      if (
        acts.length > 0 &&
        hasVagueTime(sentence) &&
        mentions.every((m) => isDateline(sentence, m))
      ) {
        return { event: null, unresolved };
      }
      const future = reference === null && isFutureSentence(sentence);
      for (const m of mentions) {
        if (isDateline(sentence, m) || isBackground(sentence.slice(0, m.start))) continue;
        if (uncued ? !isRelativeDay(m) : !nearestCueIsEvent(cues, m)) continue;
        const date = resolveInSentence(m, mentions, reference);
        if (!date) {
          if (m.year === null) unresolved.push(m.text);
          continue;
        }
        if (future || !fitsPageDate(date, bounds)) continue;
        return {
          event: { date, evidence: sentence, surface: m.text, ambiguousOrder: m.ambiguousOrder },
          unresolved,
        };
      }
    }
  }
  return { event: null, unresolved };
}

/**
 * Whether a dateline also dates the event: its paragraph opens with an event word ("Ашхабад,
 * 13 ноября 2025 года. Министерство … подписали …") and does not date the event vaguely
 * ("[Kragujevac, December 11, 2020] Recently, … have signed").
 */
export function datelineDatesEvent(line: string): boolean {
  const lead = leadSentences(line).slice(0, 2).join(' ');
  return findActCues(lead).some((cue) => cue.kind === 'event') && !hasVagueTime(lead);
}
