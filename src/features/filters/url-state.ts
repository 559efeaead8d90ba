import { EVENT_TYPES, TOPICS, type EventType, type Topic } from '../../schema/dataset.ts';
import { isKnownCountryCode } from '../../lib/country-names.ts';
import {
  DEFAULT_SORT,
  DEFAULT_VIEW,
  QUALITY_FILTERS,
  SORT_COLUMNS,
  type Period,
  type QualityFilter,
  type SortColumn,
  type SortKey,
  type ViewState,
} from './filter-state.ts';

/** The query-string names of the filter state; the display options (embed, views, theme) are kept apart. */
export const OWN_PARAMS = [
  'country',
  'from',
  'to',
  'type',
  'topic',
  'org',
  'lang',
  'q',
  'article',
  'sort',
  'quality',
] as const;

function list(params: URLSearchParams, name: string): string[] {
  const raw = params.get(name);
  if (raw === null) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

function isOneOf<T extends string>(values: readonly T[]) {
  return (value: string): value is T => (values as readonly string[]).includes(value);
}

export function parsePeriod(raw: string | null): Period | null {
  if (raw === null) return null;
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(raw.trim());
  if (!match) return null;
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
  }
  return match[0];
}

/** Compares periods of mixed precision by their first month (`2019` ≡ `2019-01`). */
function periodStart(period: Period): string {
  return period.length === 4 ? `${period}-01` : period;
}
function periodEnd(period: Period): string {
  return period.length === 4 ? `${period}-12` : period;
}

export function parseSort(raw: string | null): SortKey[] {
  if (raw === null) return [...DEFAULT_SORT];
  const keys: SortKey[] = [];
  for (const part of raw.split(',')) {
    const [column, direction] = part.trim().split('.');
    if (column === undefined || !isOneOf(SORT_COLUMNS)(column)) continue;
    if (direction !== 'asc' && direction !== 'desc') continue;
    if (keys.some((k) => k.column === column)) continue;
    keys.push({ column: column as SortColumn, desc: direction === 'desc' });
  }
  return keys.length > 0 ? keys : [...DEFAULT_SORT];
}

function formatSort(sort: readonly SortKey[]): string {
  return sort.map((k) => `${k.column}.${k.desc ? 'desc' : 'asc'}`).join(',');
}

/**
 * `quality=1` (or `all`) opens the data quality view; `quality=error` and `quality=warning` open
 * it filtered to one severity. Anything else leaves it closed.
 */
export function parseQuality(raw: string | null): QualityFilter | null {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '' || value === '0') return null;
  if (value === '1' || value === 'true') return 'all';
  return isOneOf(QUALITY_FILTERS)(value) ? value : null;
}

/** The parameter's value for a quality state; `all` is written as the shorter `1`. */
export function formatQuality(quality: QualityFilter | null): string {
  return quality === null ? '' : quality === 'all' ? '1' : quality;
}

/** Reads the view from a query string; anything invalid falls back to its default, silently. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  let from = parsePeriod(params.get('from'));
  let to = parsePeriod(params.get('to'));
  // A reversed range is a slip of the hand, not a request for nothing.
  if (from !== null && to !== null && periodStart(from) > periodEnd(to)) [from, to] = [to, from];
  const article = params.get('article');
  const org = params.get('org')?.trim();
  return {
    countries: list(params, 'country')
      .map((c) => c.toUpperCase())
      .filter((c) => /^[A-Z]{2}$/.test(c) && isKnownCountryCode(c)),
    from,
    to,
    types: list(params, 'type')
      .map((t) => t.toLowerCase())
      .filter(isOneOf<EventType>(EVENT_TYPES)),
    topics: list(params, 'topic')
      .map((t) => t.toLowerCase())
      .filter(isOneOf<Topic>(TOPICS)),
    org: org ? org : null,
    languages: list(params, 'lang')
      .map((l) => l.toLowerCase())
      .filter((l) => /^[a-z]{2}$/.test(l)),
    query: params.get('q') ?? '',
    sort: parseSort(params.get('sort')),
    article: article !== null && /^[a-z0-9][a-z0-9_-]*$/.test(article) ? article : null,
    quality: parseQuality(params.get('quality')),
  };
}

/**
 * Writes the view into a query string, leaving defaults out and keeping parameters this module
 * does not own, so `embed=1&theme=dark` survive every filter change.
 */
export function formatViewState(state: ViewState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of OWN_PARAMS) params.delete(name);
  const set = (name: string, value: string) => {
    if (value !== '') params.set(name, value);
  };
  set('country', state.countries.join(','));
  set('from', state.from ?? '');
  set('to', state.to ?? '');
  set('type', state.types.join(','));
  set('topic', state.topics.join(','));
  set('org', state.org ?? '');
  set('lang', state.languages.join(','));
  set('q', state.query);
  set('article', state.article ?? '');
  const sort = formatSort(state.sort);
  if (sort !== formatSort(DEFAULT_VIEW.sort)) set('sort', sort);
  set('quality', formatQuality(state.quality));
  // Commas are safe in a query string and keep `country=UZ,RS` readable when pasted.
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

/** The views a page can show; `views=` picks some of them, in this order. */
export const VIEW_NAMES = ['map', 'timeline', 'table'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** How the page is shown (read once at start, never changed by the page): embed mode, views, theme. */
export interface DisplayOptions {
  /** `embed=1`: no page header, for an iframe in another page. */
  embed: boolean;
  /** `views=map,table`: the views shown, in the canonical order; all of them by default. */
  views: readonly ViewName[];
  /** `theme=dark`: overrides the system's colour scheme; null follows it. */
  theme: Theme | null;
}

export const DISPLAY_PARAMS = ['embed', 'views', 'theme'] as const;

export const DEFAULT_DISPLAY: DisplayOptions = { embed: false, views: VIEW_NAMES, theme: null };

/** Reads the display options; unknown views are dropped, and none left means all of them. */
export function parseDisplayOptions(search: string): DisplayOptions {
  const params = new URLSearchParams(search);
  const embed = params.get('embed')?.trim().toLowerCase();
  const asked = new Set(list(params, 'views').map((v) => v.toLowerCase()));
  const views = VIEW_NAMES.filter((v) => asked.has(v));
  const theme = params.get('theme')?.trim().toLowerCase() ?? '';
  return {
    embed: embed === '1' || embed === 'true',
    views: views.length > 0 ? views : VIEW_NAMES,
    theme: isOneOf(THEMES)(theme) ? theme : null,
  };
}

/** Writes the display options into a query string, defaults left out, other parameters kept. */
export function formatDisplayOptions(options: DisplayOptions, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of DISPLAY_PARAMS) params.delete(name);
  if (options.embed) params.set('embed', '1');
  const views = VIEW_NAMES.filter((v) => options.views.includes(v));
  if (views.length > 0 && views.length < VIEW_NAMES.length) params.set('views', views.join(','));
  if (options.theme !== null) params.set('theme', options.theme);
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}
