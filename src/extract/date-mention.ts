/**
 * One date expression found in a text, before it is resolved against the page's own date.
 * Absolute parts are the ones the text spells out; relative parts need a reference date.
 */
export interface DateMention {
  /** Offsets into the text the mention was found in. */
  start: number;
  end: number;
  /** The exact text matched. */
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** A named weekday (0 = Sunday) with no calendar date: the latest such day on or before the reference. */
  weekday: number | null;
  /** Days from the reference date: today 0, yesterday -1. */
  offsetDays: number | null;
  /** Years from the reference date: this year 0, last year -1. */
  offsetYears: number | null;
  /** Day and month were both ≤ 12 in a numeric date, so their order was a guess. */
  ambiguousOrder: boolean;
}

export function mention(start: number, text: string, parts: Partial<DateMention>): DateMention {
  return {
    start,
    end: start + text.length,
    text,
    year: null,
    month: null,
    day: null,
    weekday: null,
    offsetDays: null,
    offsetYears: null,
    ambiguousOrder: false,
    ...parts,
  };
}

/** A mention that needs no reference date to give a calendar date (it states a year). */
export function isAbsolute(m: DateMention): boolean {
  return m.year !== null;
}
