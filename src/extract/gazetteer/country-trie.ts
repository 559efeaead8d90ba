import type { GazetteerEntry, MentionVia, SurfaceRule } from './countries-entries.ts';
import type { KeyedEntries } from './countries-keys.ts';

const MAGIC = 0x43_54_52_31; // "CTR1"
const HEADER_WORDS = 4;
const ROOT = 0;
/** Up to this many children are searched one by one; more (the root's) by halving. */
const LINEAR_CHILDREN = 8;

/**
 * The country gazetteer's folded keys as a trie in a few flat arrays, which a worker takes from a
 * file as they are. A trie of objects (145,000 nodes, each with a Map) cost every worker about
 * 0.3 s to parse and build, and as much again in garbage collection, and held 30 MB. Nodes are
 * numbered breadth first, so the children of a node are consecutive, in code-unit order; the root
 * is node 0. A key's entries are kept as JSON and made into objects the first time it matches.
 */
export class CountryTrie {
  private readonly parsed = new Map<number, GazetteerEntry[]>();
  private readonly decoder = new TextDecoder();

  private constructor(
    /** Node n's children are nodes childStart[n] up to childStart[n + 1]. */
    private readonly childStart: Int32Array,
    /** The code unit on the edge into each node. */
    private readonly unit: Uint16Array,
    /** Each node's key number, or -1 when no key ends there. */
    private readonly slot: Int32Array,
    /** Key k's entries are bytes slotStart[k] up to slotStart[k + 1] of the blob. */
    private readonly slotStart: Uint32Array,
    private readonly blob: Uint8Array,
  ) {}

  readonly root = ROOT;

  /** The child of `node` along code unit `code`, or -1. */
  child(node: number, code: number): number {
    let low = this.childStart[node]!;
    let high = this.childStart[node + 1]!;
    const { unit } = this;
    while (high - low > LINEAR_CHILDREN) {
      const middle = (low + high) >>> 1;
      if (unit[middle]! < code) low = middle + 1;
      else high = middle + 1;
    }
    for (let i = low; i < high; i++) if (unit[i] === code) return i;
    return -1;
  }

  /** The entries filed under the key ending at `node`, in gazetteer order; null when none ends there. */
  entriesAt(node: number): GazetteerEntry[] | null {
    const key = this.slot[node]!;
    if (key < 0) return null;
    let entries = this.parsed.get(key);
    if (!entries) {
      const json = this.decoder.decode(
        this.blob.subarray(this.slotStart[key], this.slotStart[key + 1]),
      );
      const row = JSON.parse(json) as (string | null)[];
      entries = [];
      for (let i = 0; i < row.length; i += 4) {
        entries.push({
          code: row[i] ?? null,
          raw: row[i + 1]!,
          via: row[i + 2] as MentionVia,
          surface: row[i + 3] as SurfaceRule,
        });
      }
      this.parsed.set(key, entries);
    }
    return entries;
  }

  /** The trie laid out by countryTrieBytes. */
  static read(bytes: Uint8Array): CountryTrie {
    // Typed views need their offset aligned to their element size.
    const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const header = new Uint32Array(data.buffer, data.byteOffset, HEADER_WORDS);
    const [magic, nodes, keys, blobLength] = header as unknown as [number, number, number, number];
    if (magic !== MAGIC) throw new Error('not a country trie');
    let offset = data.byteOffset + HEADER_WORDS * 4;
    const take = <T>(make: (offset: number) => T, byteLength: number): T => {
      const view = make(offset);
      offset += byteLength;
      return view;
    };
    const childStart = take((at) => new Int32Array(data.buffer, at, nodes + 1), (nodes + 1) * 4);
    const slot = take((at) => new Int32Array(data.buffer, at, nodes), nodes * 4);
    const slotStart = take((at) => new Uint32Array(data.buffer, at, keys + 1), (keys + 1) * 4);
    const unit = take((at) => new Uint16Array(data.buffer, at, nodes), nodes * 2);
    const blob = new Uint8Array(data.buffer, offset, blobLength);
    return new CountryTrie(childStart, unit, slot, slotStart, blob);
  }
}

/**
 * The trie of `keyed` (each key walked by UTF-16 code unit, as the matcher walks the text) in the
 * layout CountryTrie.read takes: a header (magic, nodes, keys, blob length), then childStart,
 * slot, slotStart, unit, and the entries' JSON one key after another.
 */
export function countryTrieBytes(keyed: readonly KeyedEntries[]): Uint8Array {
  // First as nested maps (node numbers in order of creation), then renumbered breadth first.
  const children: Map<number, number>[] = [new Map()];
  const keyAt: number[] = [-1];
  keyed.forEach(([key], k) => {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = children[node]!.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        keyAt.push(-1);
        children[node]!.set(code, next);
      }
      node = next;
    }
    keyAt[node] = k;
  });

  const nodes = children.length;
  const order = [ROOT];
  const units = [0];
  const childStart = new Int32Array(nodes + 1);
  for (let position = 0; position < order.length; position++) {
    childStart[position] = order.length;
    for (const [code, next] of [...children[order[position]!]!].sort((a, b) => a[0] - b[0])) {
      order.push(next);
      units.push(code);
    }
  }
  childStart[nodes] = nodes;

  const encoder = new TextEncoder();
  const jsons = keyed.map(([, entries]) =>
    encoder.encode(
      JSON.stringify(entries.flatMap((entry) => [entry.code, entry.raw, entry.via, entry.surface])),
    ),
  );
  const slotStart = new Uint32Array(keyed.length + 1);
  jsons.forEach((json, k) => (slotStart[k + 1] = slotStart[k]! + json.length));
  const blobLength = slotStart[keyed.length]!;

  const size = HEADER_WORDS * 4 + (nodes + 1) * 4 + nodes * 4 + (keyed.length + 1) * 4 + nodes * 2;
  const bytes = new Uint8Array(size + blobLength);
  new Uint32Array(bytes.buffer, 0, HEADER_WORDS).set([MAGIC, nodes, keyed.length, blobLength]);
  let offset = HEADER_WORDS * 4;
  new Int32Array(bytes.buffer, offset, nodes + 1).set(childStart);
  offset += (nodes + 1) * 4;
  new Int32Array(bytes.buffer, offset, nodes).set(order.map((old) => keyAt[old]!));
  offset += nodes * 4;
  new Uint32Array(bytes.buffer, offset, keyed.length + 1).set(slotStart);
  offset += (keyed.length + 1) * 4;
  new Uint16Array(bytes.buffer, offset, nodes).set(units);
  offset += nodes * 2;
  for (const json of jsons) {
    bytes.set(json, offset);
    offset += json.length;
  }
  return bytes;
}
