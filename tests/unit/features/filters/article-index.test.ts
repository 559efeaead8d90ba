import { describe, expect, it } from 'vitest';
import {
  allMask,
  buildIndex,
  queryIndex,
  summarizeMask,
  timelineOf,
  yearSpanOf,
} from '../../../../src/features/filters/article-index.ts';
import { filterArticles } from '../../../../src/features/filters/apply-filters.ts';
import { countOptions } from '../../../../src/features/filters/count-options.ts';
import { DEFAULT_VIEW, type ViewState } from '../../../../src/features/filters/filter-state.ts';
import { countByCountry } from '../../../../src/features/map/count-by-country.ts';
import { countByPeriod, yearSpan } from '../../../../src/features/timeline/count-by-period.ts';
import { sortArticles } from '../../../../src/features/table/sort-articles.ts';
import { SortIndex } from '../../../../src/features/table/sort-index.ts';
import { summarize } from '../../../../src/app/summarize.ts';
import { foldText } from '../../../../src/lib/fold-text.ts';
import { forEachBit } from '../../../../src/features/filters/bitset.ts';
import { scanTexts, searchTerms } from '../../../../src/features/filters/text-scan.ts';
import { EVENT_TYPES, TOPICS, type Article } from '../../../../src/schema/dataset.ts';
import { makeArticle, mentioned, partner, SEEDLIKE } from '../make-article.ts';

/** A deterministic generator, so a failing case can be re-run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODES = ['UZ', 'RS', 'AZ', 'VN', 'CU', 'KZ', 'CN'];
const ORGS = ['Huawei', 'ZTE', 'huawei', 'Ministry of ICT', 'ITU'];
const WORDS = ['cable', 'Data Centre', 'café', 'network', 'Signed', 'МОУ', 'ИКТ'];

function corpus(n: number, seed: number): Article[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const year = 2015 + Math.floor(r() * 8);
    const p = r();
    const date =
      p < 0.1
        ? null
        : p < 0.25
          ? String(year)
          : p < 0.4
            ? `${year}-0${1 + Math.floor(r() * 9)}`
            : `${year}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
    const id = `a${String((i * 7919) % n).padStart(4, '0')}-${i}`;
    return makeArticle({
      id,
      date,
      title: `${pick(WORDS)} ${pick(WORDS)} ${i % 5 === 0 ? '' : i}`,
      summary: pick(WORDS),
      text: `${pick(WORDS)} ${pick(WORDS)}`,
      language: pick(['en', 'ru', 'uz']),
      eventType: pick(EVENT_TYPES),
      topics: r() < 0.2 ? [] : [pick(TOPICS), pick(TOPICS)].filter((t, k, a) => a.indexOf(t) === k),
      countries: [
        ...(r() < 0.15 ? [] : [partner(pick(CODES))]),
        ...(r() < 0.3 ? [partner(pick(CODES))] : []),
        ...(r() < 0.5 ? [mentioned(pick(CODES))] : []),
      ].filter((c, k, a) => a.findIndex((x) => x.code === c.code) === k),
      organisations:
        r() < 0.3 ? [] : [{ name: pick(ORGS), kind: 'company', country: null, evidence: '' }],
      eventGroup: r() < 0.2 ? `a${String(Math.floor(r() * n)).padStart(4, '0')}` : id,
    });
  });
}

function states(seed: number, count: number): ViewState[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const some = <T>(list: readonly T[]) =>
    r() < 0.5 ? [] : [pick(list), ...(r() < 0.3 ? [pick(list)] : [])];
  return Array.from({ length: count }, () => {
    const from =
      r() < 0.6
        ? null
        : r() < 0.5
          ? String(2015 + Math.floor(r() * 8))
          : `2018-0${1 + Math.floor(r() * 9)}`;
    const to =
      r() < 0.6
        ? null
        : r() < 0.5
          ? String(2017 + Math.floor(r() * 6))
          : `2021-0${1 + Math.floor(r() * 9)}`;
    return {
      ...DEFAULT_VIEW,
      countries: [...new Set(some(CODES))],
      from: from !== null && to !== null && from > to ? null : from,
      to,
      types: [...new Set(some(EVENT_TYPES))],
      topics: [...new Set(some(TOPICS))],
      org: r() < 0.8 ? null : pick(ORGS),
      languages: [...new Set(some(['en', 'ru', 'uz']))],
      query: r() < 0.7 ? '' : pick(['cafe', 'data', 'ИКТ', 'net sig', 'мо']),
    };
  });
}

const ids = (articles: readonly { id: string }[]) => articles.map((a) => a.id);
function positions(mask: Uint32Array): number[] {
  const out: number[] = [];
  forEachBit(mask, (i) => out.push(i));
  return out;
}

describe('the precomputed indexes', () => {
  const articles = corpus(700, 1);
  const search = articles.map((a) => foldText(`${a.title}\n${a.summary}\n${a.text}`));
  const index = buildIndex(articles);
  const sorter = new SortIndex(articles);
  const searched = (state: ViewState) => scanTexts(search, searchTerms(state.query), null).mask;

  it('filter by intersecting bitsets to exactly what a scan of every article finds', () => {
    for (const state of states(2, 300)) {
      const result = queryIndex(index, state, searched(state));
      expect(positions(result.shown).map((i) => articles[i]!.id)).toEqual(
        ids(filterArticles(articles, state)),
      );
    }
  });

  it('count options, map stats, header and timeline as the per-article functions do', () => {
    const span = yearSpan(articles);
    expect(yearSpanOf(index)).toEqual(span);
    for (const state of states(3, 150)) {
      const result = queryIndex(index, state, searched(state));
      const expected = countOptions(articles, state);
      for (const facet of ['countries', 'years', 'types', 'topics', 'orgs', 'languages'] as const)
        expect(Object.fromEntries(result.counts[facet])).toEqual(
          Object.fromEntries(expected[facet]),
        );
      expect(result.countryStats).toEqual(
        countByCountry(filterArticles(articles, state, 'countries')),
      );
      const shown = filterArticles(articles, state);
      expect(result.summary).toEqual(summarize(shown));
      expect(timelineOf(index, result.shown, state.from, state.to, span)).toEqual(
        countByPeriod(shown, state.from, state.to, span),
      );
    }
    expect(summarizeMask(index, allMask(index))).toEqual(summarize(articles));
  });

  it('count a lone filter and no filter from the totals, as a scan does', () => {
    const lone: ViewState[] = [
      DEFAULT_VIEW,
      { ...DEFAULT_VIEW, countries: ['UZ'] },
      { ...DEFAULT_VIEW, from: '2019', to: '2021' },
      { ...DEFAULT_VIEW, types: ['visit'] },
      { ...DEFAULT_VIEW, topics: ['5g'] },
      {
        ...DEFAULT_VIEW,
        org: articles.find((a) => a.organisations.length)!.organisations[0]!.name,
      },
      { ...DEFAULT_VIEW, languages: ['ru'] },
    ];
    // Twice: the second time the totals come from the cache.
    for (const state of [...lone, ...lone]) {
      const result = queryIndex(index, state, searched(state));
      const expected = countOptions(articles, state);
      for (const facet of ['countries', 'years', 'types', 'topics', 'orgs', 'languages'] as const)
        expect(Object.fromEntries(result.counts[facet])).toEqual(
          Object.fromEntries(expected[facet]),
        );
    }
  });

  it('sort the filtered rows as sortArticles does, one key or several', () => {
    const keys = [
      [{ column: 'date', desc: true }],
      [{ column: 'date', desc: false }],
      [{ column: 'title', desc: false }],
      [{ column: 'partners', desc: true }],
      [{ column: 'organisations', desc: false }],
      [{ column: 'topics', desc: true }],
      [
        { column: 'type', desc: false },
        { column: 'date', desc: true },
      ],
      [
        { column: 'language', desc: true },
        { column: 'title', desc: false },
      ],
    ] as const;
    for (const state of states(4, 20))
      for (const sort of keys) {
        const result = queryIndex(index, state, searched(state));
        expect(ids([...sorter.sorted(result.shown, sort)].map((p) => articles[p]!))).toEqual(
          ids(sortArticles(filterArticles(articles, state), sort)),
        );
      }
  });

  it('match nothing for a query while the search texts load', () => {
    const result = queryIndex(index, { ...DEFAULT_VIEW, query: 'cable' }, null);
    expect(positions(result.shown)).toEqual([]);
  });

  it('work on the seed-like articles and an empty dataset', () => {
    const seedIndex = buildIndex(SEEDLIKE);
    const result = queryIndex(seedIndex, { ...DEFAULT_VIEW, countries: ['UZ'] }, null);
    expect(positions(result.shown)).toEqual([0, 1]);
    expect(result.counts.countries.get('RS')).toBe(1);
    const empty = buildIndex([]);
    expect(positions(queryIndex(empty, DEFAULT_VIEW, null).shown)).toEqual([]);
    expect(yearSpanOf(empty)).toBeNull();
  });
});
