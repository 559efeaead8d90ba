import type { ListedArticle } from '../../schema/app-index.ts';
import type { SortColumn, SortKey } from '../filters/filter-state.ts';
import { forEachBit } from '../filters/bitset.ts';
import { sortValue } from './sort-articles.ts';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/** Room for the id rank under a column rank in one float64 sort key (2^21 articles). */
const ID_BITS = 2 ** 21;

/**
 * Sort orders computed once per column (lazily, on first use) and reused for every filter:
 * sorting the shown rows by one column is a walk over the column's precomputed permutation
 * keeping the shown positions, O(n) instead of a comparison sort of article objects. The order
 * is sortArticles' own: empty values last in both directions, the article id breaking ties.
 */
export class SortIndex {
  private readonly ranks = new Map<SortColumn, Int32Array>();
  private readonly perms = new Map<string, Uint32Array>();
  private idRankCache: Uint32Array | null = null;
  private byIdRank: Uint32Array | null = null;

  constructor(private readonly articles: readonly ListedArticle[]) {}

  private idRanks(): Uint32Array {
    if (this.idRankCache) return this.idRankCache;
    const n = this.articles.length;
    const order = Array.from({ length: n }, (_, i) => i);
    const ids = this.articles.map((a) => a.id);
    // Articles come in path order, which is usually id order too: then there is nothing to sort.
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) sorted = ids[i - 1]! < ids[i]!;
    if (!sorted) order.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
    const rank = new Uint32Array(n);
    order.forEach((p, r) => (rank[p] = r));
    this.idRankCache = rank;
    this.byIdRank = Uint32Array.from(order);
    return rank;
  }

  /** Per article, the rank of its value in the column (equal values equal), -1 when empty. */
  rank(column: SortColumn): Int32Array {
    const cached = this.ranks.get(column);
    if (cached) return cached;
    const values = this.articles.map((a) => sortValue(a, column));
    const distinct = [...new Set(values)].filter((v) => v !== '');
    // Dates are ISO strings: plain comparison orders them. Other columns sort like people read.
    if (column === 'date') distinct.sort();
    else distinct.sort(collator.compare);
    const at = new Map<string, number>();
    distinct.forEach((v, k) => {
      // Values the collator calls equal (case, accents) share a rank, as in sortArticles.
      const prev = distinct[k - 1];
      at.set(
        v,
        k > 0 && column !== 'date' && collator.compare(prev!, v) === 0 ? at.get(prev!)! : k,
      );
    });
    const rank = Int32Array.from(values, (v) => (v === '' ? -1 : at.get(v)!));
    this.ranks.set(column, rank);
    return rank;
  }

  /** All positions ordered by one key. */
  private permutation({ column, desc }: SortKey): Uint32Array {
    const name = `${column}.${desc}`;
    const cached = this.perms.get(name);
    if (cached) return cached;
    const rank = this.rank(column);
    const idRank = this.idRanks();
    let max = 0;
    for (const r of rank) if (r > max) max = r;
    const keys = new Float64Array(rank.length);
    for (let i = 0; i < rank.length; i++) {
      const r = rank[i]!;
      const key = r < 0 ? max + 1 : desc ? max - r : r;
      keys[i] = key * ID_BITS + idRank[i]!;
    }
    keys.sort();
    const perm = new Uint32Array(rank.length);
    for (let k = 0; k < keys.length; k++) perm[k] = this.byIdRank![keys[k]! % ID_BITS]!;
    this.perms.set(name, perm);
    return perm;
  }

  /** The positions in `mask`, sorted by `keys`. */
  sorted(mask: Uint32Array, keys: readonly SortKey[]): Uint32Array {
    const inMask = (i: number) => (mask[i >>> 5]! & (1 << (i & 31))) !== 0;
    if (keys.length === 1) {
      const perm = this.permutation(keys[0]!);
      const out: number[] = [];
      for (let k = 0; k < perm.length; k++) if (inMask(perm[k]!)) out.push(perm[k]!);
      return Uint32Array.from(out);
    }
    const ranks = keys.map((k) => this.rank(k.column));
    const idRank = this.idRanks();
    const out: number[] = [];
    forEachBit(mask, (i) => out.push(i));
    out.sort((a, b) => {
      for (let k = 0; k < keys.length; k++) {
        const ra = ranks[k]![a]!;
        const rb = ranks[k]![b]!;
        if (ra === rb) continue;
        if (ra < 0) return 1;
        if (rb < 0) return -1;
        return keys[k]!.desc ? rb - ra : ra - rb;
      }
      return idRank[a]! - idRank[b]!;
    });
    return Uint32Array.from(out);
  }
}
