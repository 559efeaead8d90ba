import { EVENT_TYPES, type Article, type EventType } from '../../schema/dataset.ts';
import type { Period } from '../filters/filter-state.ts';

export type Granularity = 'year' | 'month';

export interface PeriodBar {
  /** `2019` or `2019-05`: also the from/to value that filters to this bar. */
  period: Period;
  total: number;
  byType: Partial<Record<EventType, number>>;
}

export interface Timeline {
  granularity: Granularity;
  bars: PeriodBar[];
  /** Event types present in the bars, in the contract's order (the stacking order). */
  types: EventType[];
  /** Articles in the data that cannot sit on this axis: undated, or only a year in a month view. */
  unplaced: number;
}

/** Months or years shown; months when the range spans three calendar years or fewer. */
export function granularityFor(fromYear: number, toYear: number): Granularity {
  return toYear - fromYear + 1 <= 3 ? 'month' : 'year';
}

export function periodsBetween(from: Period, to: Period, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  if (granularity === 'year') {
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
      periods.push(String(y));
    return periods;
  }
  const start = from.length === 4 ? `${from}-01` : from;
  const end = to.length === 4 ? `${to}-12` : to;
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  for (;;) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    if (period > end) break;
    periods.push(period);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return periods;
}

/**
 * Articles per period, stacked by event type, over from…to (each a `YYYY` or `YYYY-MM`; null
 * takes the earliest or latest year of `articles`). Empty periods are kept so gaps show.
 */
export function countByPeriod(
  articles: readonly Article[],
  from: Period | null,
  to: Period | null,
  dataYears: { min: number; max: number } | null,
): Timeline {
  const first = from ?? (dataYears ? String(dataYears.min) : null);
  const last = to ?? (dataYears ? String(dataYears.max) : null);
  if (first === null || last === null) {
    return { granularity: 'year', bars: [], types: [], unplaced: articles.length };
  }
  const granularity = granularityFor(Number(first.slice(0, 4)), Number(last.slice(0, 4)));
  const bars = periodsBetween(first, last, granularity).map((period): PeriodBar => ({
    period,
    total: 0,
    byType: {},
  }));
  const index = new Map(bars.map((b) => [b.period, b]));
  const present = new Set<EventType>();
  let unplaced = 0;
  for (const article of articles) {
    const key =
      article.date === null
        ? undefined
        : granularity === 'year'
          ? article.date.slice(0, 4)
          : article.date.length >= 7
            ? article.date.slice(0, 7)
            : undefined;
    const bar = key === undefined ? undefined : index.get(key);
    if (!bar) {
      unplaced += 1;
      continue;
    }
    bar.total += 1;
    bar.byType[article.eventType] = (bar.byType[article.eventType] ?? 0) + 1;
    present.add(article.eventType);
  }
  return { granularity, bars, types: EVENT_TYPES.filter((t) => present.has(t)), unplaced };
}

/** Earliest and latest year in the data; null when no article has a date. */
export function yearSpan(articles: readonly Article[]): { min: number; max: number } | null {
  const years = articles.flatMap((a) => (a.date === null ? [] : [Number(a.date.slice(0, 4))]));
  return years.length === 0 ? null : { min: Math.min(...years), max: Math.max(...years) };
}
