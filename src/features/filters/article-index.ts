import { EVENT_TYPES, TOPICS, type EventType } from '../../schema/dataset.ts';
import type { ListedArticle } from '../../schema/app-index.ts';
import type { CountryStats } from '../map/count-by-country.ts';
import {
  granularityFor,
  periodsBetween,
  type PeriodBar,
  type Timeline,
} from '../timeline/count-by-period.ts';
import type { FacetCounts } from './count-options.ts';
import type { Facet } from './apply-filters.ts';
import { countBits, forEachBit } from './bitset.ts';
import { searchTerms } from './text-scan.ts';
import type { ViewState } from './filter-state.ts';

/**
 * Precomputed indexes over the listed articles, built once when the data arrives. A filter is a
 * bitset (one bit per article); each facet's bitset is the union of posting lists (sorted article
 * positions per value), and the filter is their intersection, a loop over n/32 words. Counts for
 * the options, the map and the timeline come from one pass over the set bits, reading small typed
 * arrays, never the article objects.
 */
export interface ArticleIndex {
  n: number;
  words: number;
  articles: readonly ListedArticle[];
  countries: string[];
  partnerOffsets: Uint32Array;
  partnerValues: Uint16Array;
  typeOf: Uint8Array;
  topicBits: Uint32Array;
  languages: string[];
  languageOf: Uint16Array;
  orgNames: string[];
  orgOffsets: Uint32Array;
  orgValues: Uint32Array;
  /** Year of the date, 0 when undated. */
  yearOf: Uint16Array;
  /** First and last month the date covers (year * 12 + month - 1); -1 when undated. */
  firstMonth: Int32Array;
  lastMonth: Int32Array;
  eventGroupOf: Uint32Array;
  byCountry: Map<string, Uint32Array>;
  byType: Map<string, Uint32Array>;
  byTopic: Map<string, Uint32Array>;
  byOrg: Map<string, Uint32Array>;
  byLanguage: Map<string, Uint32Array>;
}

function postings(lists: Map<string, number[]>): Map<string, Uint32Array> {
  return new Map([...lists].map(([k, v]) => [k, Uint32Array.from(v)]));
}

/** Whether `list` holds `value` at or after `from` (an article's own entries so far). */
function hasSince(list: readonly number[], from: number, value: number): boolean {
  for (let k = from; k < list.length; k++) if (list[k] === value) return true;
  return false;
}

function push(lists: Map<string, number[]>, key: string, i: number): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

export function buildIndex(articles: readonly ListedArticle[]): ArticleIndex {
  const n = articles.length;
  const countryPos = new Map<string, number>();
  const languagePos = new Map<string, number>();
  const orgPos = new Map<string, number>();
  const groupPos = new Map<string, number>();
  const idPos = new Map<string, number>();
  articles.forEach((a, i) => idPos.set(a.id, i));
  const intern = (map: Map<string, number>, key: string) => {
    let at = map.get(key);
    if (at === undefined) map.set(key, (at = map.size));
    return at;
  };
  const partnerOffsets = new Uint32Array(n + 1);
  const partnerList: number[] = [];
  const orgOffsets = new Uint32Array(n + 1);
  const orgList: number[] = [];
  const typeOf = new Uint8Array(n);
  const topicBits = new Uint32Array(n);
  const languageOf = new Uint16Array(n);
  const yearOf = new Uint16Array(n);
  const firstMonth = new Int32Array(n);
  const lastMonth = new Int32Array(n);
  const eventGroupOf = new Uint32Array(n);
  const byCountry = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  const byTopic = new Map<string, number[]>();
  const byOrg = new Map<string, number[]>();
  const byLanguage = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const a = articles[i]!;
    for (const c of a.countries) {
      if (c.role !== 'partner') continue;
      const code = intern(countryPos, c.code);
      if (!hasSince(partnerList, partnerOffsets[i]!, code)) partnerList.push(code);
      push(byCountry, c.code, i);
    }
    partnerOffsets[i + 1] = partnerList.length;
    for (const o of a.organisations) {
      const org = intern(orgPos, o.name);
      if (!hasSince(orgList, orgOffsets[i]!, org)) orgList.push(org);
      push(byOrg, o.name, i);
    }
    orgOffsets[i + 1] = orgList.length;
    typeOf[i] = EVENT_TYPES.indexOf(a.eventType);
    push(byType, a.eventType, i);
    let bits = 0;
    for (const t of a.topics) {
      bits |= 1 << TOPICS.indexOf(t);
      push(byTopic, t, i);
    }
    topicBits[i] = bits >>> 0;
    languageOf[i] = intern(languagePos, a.language);
    push(byLanguage, a.language, i);
    if (a.date === null) {
      firstMonth[i] = lastMonth[i] = -1;
    } else {
      const year = Number(a.date.slice(0, 4));
      yearOf[i] = year;
      if (a.date.length === 4) {
        firstMonth[i] = year * 12;
        lastMonth[i] = year * 12 + 11;
      } else firstMonth[i] = lastMonth[i] = year * 12 + Number(a.date.slice(5, 7)) - 1;
    }
    eventGroupOf[i] = intern(groupPos, a.eventGroup);
  }
  return {
    n,
    words: Math.ceil(n / 32),
    articles,
    countries: [...countryPos.keys()],
    partnerOffsets,
    partnerValues: Uint16Array.from(partnerList),
    typeOf,
    topicBits,
    languages: [...languagePos.keys()],
    languageOf,
    orgNames: [...orgPos.keys()],
    orgOffsets,
    orgValues: Uint32Array.from(orgList),
    yearOf,
    firstMonth,
    lastMonth,
    eventGroupOf,
    byCountry: postings(byCountry),
    byType: postings(byType),
    byTopic: postings(byTopic),
    byOrg: postings(byOrg),
    byLanguage: postings(byLanguage),
  };
}

/** A bitset of the articles having any of `values` (a union of posting lists). */
function anyOf(index: ArticleIndex, lists: Map<string, Uint32Array>, values: readonly string[]) {
  const mask = new Uint32Array(index.words);
  for (const v of values) {
    const list = lists.get(v);
    if (list) for (let k = 0; k < list.length; k++) mask[list[k]! >>> 5]! |= 1 << (list[k]! & 31);
  }
  return mask;
}

function monthOf(period: string, end: boolean): number {
  const year = Number(period.slice(0, 4));
  return period.length === 4
    ? year * 12 + (end ? 11 : 0)
    : year * 12 + Number(period.slice(5, 7)) - 1;
}

/** The facets' own bitsets; null where the facet does not filter. */
function facetMasks(
  index: ArticleIndex,
  state: ViewState,
  searched: Uint32Array | null,
): Record<Facet, Uint32Array | null> {
  const terms = searchTerms(state.query);
  let dates: Uint32Array | null = null;
  if (state.from !== null || state.to !== null) {
    dates = new Uint32Array(index.words);
    const from = state.from === null ? -Infinity : monthOf(state.from, false);
    const to = state.to === null ? Infinity : monthOf(state.to, true);
    const { firstMonth, lastMonth } = index;
    for (let i = 0; i < index.n; i++)
      if (firstMonth[i]! >= 0 && firstMonth[i]! >= from && lastMonth[i]! <= to)
        dates[i >>> 5]! |= 1 << (i & 31);
  }
  return {
    countries: state.countries.length ? anyOf(index, index.byCountry, state.countries) : null,
    dates,
    types: state.types.length ? anyOf(index, index.byType, state.types) : null,
    topics: state.topics.length ? anyOf(index, index.byTopic, state.topics) : null,
    org: state.org !== null ? anyOf(index, index.byOrg, [state.org]) : null,
    languages: state.languages.length ? anyOf(index, index.byLanguage, state.languages) : null,
    // Until its search has run (the texts load after the first render), a query matches nothing.
    query: terms.length ? (searched ?? new Uint32Array(index.words)) : null,
  };
}

/** The intersection of the masks (all articles when none filters). */
function intersect(index: ArticleIndex, masks: readonly (Uint32Array | null)[]): Uint32Array {
  const out = new Uint32Array(index.words).fill(0xffffffff);
  const tail = index.n & 31;
  if (tail && index.words > 0) out[index.words - 1] = (1 << tail) - 1;
  for (const mask of masks) if (mask) for (let w = 0; w < out.length; w++) out[w]! &= mask[w]!;
  return out;
}

/** The facets that have option counts (search has none). */
const COUNTED = ['countries', 'dates', 'types', 'topics', 'org', 'languages'] as const;
type Counted = (typeof COUNTED)[number];

/** Option counts being added up; `years` is indexed by year minus `yearMin`. */
interface Tallies {
  /** Per partner country and event type (the map's tooltip needs the split). */
  countryTypes: Uint32Array;
  yearMin: number;
  years: Uint32Array;
  types: Uint32Array;
  topics: Uint32Array;
  orgs: Uint32Array;
  languages: Uint32Array;
}

/**
 * Adds the articles in `mask` to the counts of the `facets`, in one pass over its set bits: at
 * 100,000 articles a pass per facet is most of a filter change's cost.
 */
function tally(
  index: ArticleIndex,
  mask: Uint32Array,
  facets: ReadonlySet<Counted>,
  into: Tallies,
): void {
  const { partnerOffsets, partnerValues, typeOf, topicBits, yearOf, orgOffsets, orgValues } = index;
  const typesN = EVENT_TYPES.length;
  const countries = facets.has('countries');
  const dates = facets.has('dates');
  const types = facets.has('types');
  const topics = facets.has('topics');
  const orgs = facets.has('org');
  const languages = facets.has('languages');
  for (let w = 0; w < mask.length; w++) {
    let x = mask[w]!;
    while (x !== 0) {
      const low = x & -x;
      const i = (w << 5) | (31 - Math.clz32(low));
      x ^= low;
      const type = typeOf[i]!;
      if (countries)
        for (let k = partnerOffsets[i]!; k < partnerOffsets[i + 1]!; k++)
          into.countryTypes[partnerValues[k]! * typesN + type]! += 1;
      if (dates && yearOf[i] !== 0) into.years[yearOf[i]! - into.yearMin]! += 1;
      if (types) into.types[type]! += 1;
      if (topics) {
        let bits = topicBits[i]!;
        while (bits !== 0) {
          const bit = bits & -bits;
          into.topics[31 - Math.clz32(bit)]! += 1;
          bits ^= bit;
        }
      }
      if (orgs)
        for (let k = orgOffsets[i]!; k < orgOffsets[i + 1]!; k++) into.orgs[orgValues[k]!]! += 1;
      if (languages) into.languages[index.languageOf[i]!]! += 1;
    }
  }
}

function emptyTallies(index: ArticleIndex): Tallies {
  const span = yearSpanOf(index);
  return {
    countryTypes: new Uint32Array(index.countries.length * EVENT_TYPES.length),
    yearMin: span?.min ?? 0,
    years: new Uint32Array(span ? span.max - span.min + 1 : 0),
    types: new Uint32Array(EVENT_TYPES.length),
    topics: new Uint32Array(TOPICS.length),
    orgs: new Uint32Array(index.orgNames.length),
    languages: new Uint32Array(index.languages.length),
  };
}

const TALLY_FIELDS = {
  countries: 'countryTypes',
  dates: 'years',
  types: 'types',
  topics: 'topics',
  org: 'orgs',
  languages: 'languages',
} as const satisfies Record<Counted, keyof Tallies>;

const allTallies = new WeakMap<ArticleIndex, Tallies>();

/** Every article's counts, for every facet: what a facet shows when no other facet filters. */
function totals(index: ArticleIndex): Tallies {
  let all = allTallies.get(index);
  if (!all) {
    all = emptyTallies(index);
    tally(index, allMask(index), new Set(COUNTED), all);
    allTallies.set(index, all);
  }
  return all;
}

function copyTallies(from: Tallies, into: Tallies, facets: readonly Counted[]): void {
  for (const facet of facets) into[TALLY_FIELDS[facet]].set(from[TALLY_FIELDS[facet]]);
}

export interface Summary {
  articles: number;
  events: number;
  partnerCountries: number;
  years: number;
}

export interface QueryResult {
  /** The shown articles (all filters), as a bitset. */
  shown: Uint32Array;
  counts: FacetCounts;
  countryStats: Map<string, CountryStats>;
  summary: Summary;
}

/**
 * Everything the filters, map and header show for a state, from the indexes. `searched` is the
 * articles matching the state's query (see text-scan.ts), null while that search has not run.
 */
export function queryIndex(
  index: ArticleIndex,
  state: ViewState,
  searched: Uint32Array | null,
): QueryResult {
  const masks = facetMasks(index, state, searched);
  const facets = Object.keys(masks) as Facet[];
  const except = (facet: Facet) =>
    intersect(
      index,
      facets.map((f) => (f === facet ? null : masks[f])),
    );
  const shown = intersect(index, Object.values(masks));
  const typesN = EVENT_TYPES.length;
  const tallies = emptyTallies(index);
  // A facet's options count under every filter but its own. Facets that do not filter all count
  // the shown articles, in one pass; each filtering facet needs a pass of its own, except when
  // no other facet filters: then it counts every article, counted once per dataset.
  const filtering = COUNTED.filter((facet) => masks[facet] !== null);
  // Filters without option counts (the search).
  const uncounted = (Object.keys(masks) as Facet[]).filter(
    (facet) => masks[facet] !== null && !(COUNTED as readonly Facet[]).includes(facet),
  );
  const idle = COUNTED.filter((facet) => masks[facet] === null);
  if (idle.length > 0) {
    if (filtering.length + uncounted.length === 0) copyTallies(totals(index), tallies, idle);
    else tally(index, shown, new Set(idle), tallies);
  }
  for (const facet of filtering) {
    if (filtering.length === 1 && uncounted.length === 0)
      copyTallies(totals(index), tallies, [facet]);
    else tally(index, except(facet), new Set([facet]), tallies);
  }

  const countries = new Map<string, number>();
  const countryStats = new Map<string, CountryStats>();
  index.countries.forEach((code, c) => {
    const topTypes: [EventType, number][] = [];
    let count = 0;
    for (let t = 0; t < typesN; t++) {
      const v = tallies.countryTypes[c * typesN + t]!;
      if (v > 0) {
        topTypes.push([EVENT_TYPES[t]!, v]);
        count += v;
      }
    }
    if (count === 0) return;
    topTypes.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    countries.set(code, count);
    countryStats.set(code, { count, topTypes });
  });
  const years = new Map<number, number>();
  tallies.years.forEach((count, k) => count > 0 && years.set(tallies.yearMin + k, count));

  const toMap = (names: readonly string[], counts: Uint32Array) => {
    const map = new Map<string, number>();
    names.forEach((name, k) => counts[k]! > 0 && map.set(name, counts[k]!));
    return map;
  };
  return {
    shown,
    counts: {
      countries,
      years,
      types: toMap(EVENT_TYPES, tallies.types),
      topics: toMap(TOPICS, tallies.topics),
      orgs: toMap(index.orgNames, tallies.orgs),
      languages: toMap(index.languages, tallies.languages),
    },
    countryStats,
    summary: summarizeMask(index, shown),
  };
}

/** Articles, distinct events, partner countries and years of the articles in `mask`. */
export function summarizeMask(index: ArticleIndex, mask: Uint32Array): Summary {
  const events = new Uint8Array(index.n);
  const countries = new Uint8Array(index.countries.length);
  const years = new Set<number>();
  let articles = 0;
  let eventCount = 0;
  let countryCount = 0;
  forEachBit(mask, (i) => {
    articles += 1;
    const g = index.eventGroupOf[i]!;
    if (events[g] === 0) {
      events[g] = 1;
      eventCount += 1;
    }
    for (let k = index.partnerOffsets[i]!; k < index.partnerOffsets[i + 1]!; k++) {
      const c = index.partnerValues[k]!;
      if (countries[c] === 0) {
        countries[c] = 1;
        countryCount += 1;
      }
    }
    if (index.yearOf[i] !== 0) years.add(index.yearOf[i]!);
  });
  return { articles, events: eventCount, partnerCountries: countryCount, years: years.size };
}

export function allMask(index: ArticleIndex): Uint32Array {
  return intersect(index, []);
}

const yearSpans = new WeakMap<ArticleIndex, { min: number; max: number } | null>();

/** Earliest and latest year in the data; null when no article has a date. */
export function yearSpanOf(index: ArticleIndex): { min: number; max: number } | null {
  if (yearSpans.has(index)) return yearSpans.get(index)!;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < index.n; i++) {
    const y = index.yearOf[i]!;
    if (y === 0) continue;
    if (y < min) min = y;
    if (y > max) max = y;
  }
  const span = min === Infinity ? null : { min, max };
  yearSpans.set(index, span);
  return span;
}

/** The timeline of the articles in `mask` (as countByPeriod, from the typed columns). */
export function timelineOf(
  index: ArticleIndex,
  mask: Uint32Array,
  from: string | null,
  to: string | null,
  dataYears: { min: number; max: number } | null,
): Timeline {
  const first = from ?? (dataYears ? String(dataYears.min) : null);
  const last = to ?? (dataYears ? String(dataYears.max) : null);
  if (first === null || last === null)
    return { granularity: 'year', bars: [], types: [], unplaced: countBits(mask) };
  const granularity = granularityFor(Number(first.slice(0, 4)), Number(last.slice(0, 4)));
  const periods = periodsBetween(first, last, granularity);
  const firstKey = granularity === 'year' ? Number(first.slice(0, 4)) : monthOf(first, false);
  const typesN = EVENT_TYPES.length;
  const cells = new Uint32Array(periods.length * typesN);
  let unplaced = 0;
  forEachBit(mask, (i) => {
    let key: number;
    if (granularity === 'year') key = index.yearOf[i]! === 0 ? -1 : index.yearOf[i]! - firstKey;
    else
      key =
        index.firstMonth[i]! >= 0 && index.firstMonth[i] === index.lastMonth[i]
          ? index.firstMonth[i]! - firstKey
          : -1;
    if (key < 0 || key >= periods.length) unplaced += 1;
    else cells[key * typesN + index.typeOf[i]!]! += 1;
  });
  const present = new Set<EventType>();
  const bars = periods.map((period, p): PeriodBar => {
    const bar: PeriodBar = { period, total: 0, byType: {} };
    for (let t = 0; t < typesN; t++) {
      const v = cells[p * typesN + t]!;
      if (v === 0) continue;
      bar.total += v;
      bar.byType[EVENT_TYPES[t]!] = v;
      present.add(EVENT_TYPES[t]!);
    }
    return bar;
  });
  return { granularity, bars, types: EVENT_TYPES.filter((t) => present.has(t)), unplaced };
}
