import type { EventType, Topic } from '../../schema/dataset.ts';

/** A `YYYY` or `YYYY-MM` bound of the date range, inclusive. */
export type Period = string;

export const SORT_COLUMNS = [
  'date',
  'title',
  'partners',
  'organisations',
  'type',
  'topics',
  'language',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface SortKey {
  column: SortColumn;
  desc: boolean;
}

/** Which entries the data quality view shows; the view is closed when the state holds null. */
export const QUALITY_FILTERS = ['all', 'error', 'warning'] as const;
export type QualityFilter = (typeof QUALITY_FILTERS)[number];

/** Everything the URL holds: the filters, the table's sort, the open article and quality view. */
export interface ViewState {
  countries: readonly string[];
  from: Period | null;
  to: Period | null;
  types: readonly EventType[];
  topics: readonly Topic[];
  org: string | null;
  languages: readonly string[];
  query: string;
  sort: readonly SortKey[];
  article: string | null;
  /** The data quality view, open with this severity filter, or closed (null). */
  quality: QualityFilter | null;
}

export const DEFAULT_SORT: readonly SortKey[] = [{ column: 'date', desc: true }];

export const DEFAULT_VIEW: ViewState = {
  countries: [],
  from: null,
  to: null,
  types: [],
  topics: [],
  org: null,
  languages: [],
  query: '',
  sort: DEFAULT_SORT,
  article: null,
  quality: null,
};

/** The filter part of the state only; sort and article do not change which rows match. */
export function clearFilters(state: ViewState): ViewState {
  return { ...DEFAULT_VIEW, sort: state.sort, quality: state.quality };
}

export function hasActiveFilters(state: ViewState): boolean {
  return (
    state.countries.length > 0 ||
    state.from !== null ||
    state.to !== null ||
    state.types.length > 0 ||
    state.topics.length > 0 ||
    state.org !== null ||
    state.languages.length > 0 ||
    state.query.trim() !== ''
  );
}

/** Adds the value when absent, removes it when present. */
export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/**
 * `next`, reusing `previous`'s value of each field that has not changed (and `previous` itself
 * when none has): a state read back from the URL is all new arrays, and a new `countries` or
 * `sort` array makes the map or the table render again for a keystroke in the search box.
 */
export function keepUnchanged(previous: ViewState, next: ViewState): ViewState {
  let changed = false;
  const kept = { ...next };
  for (const key of Object.keys(next) as (keyof ViewState)[]) {
    if (JSON.stringify(previous[key]) === JSON.stringify(next[key]))
      (kept as Record<keyof ViewState, unknown>)[key] = previous[key];
    else changed = true;
  }
  return changed ? kept : previous;
}
