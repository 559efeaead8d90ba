import { createHash } from 'node:crypto';

/** One slice of the input: `index` of `count`, 1-based as written on the command line. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); throws a message fit for the user otherwise. */
export function parseShard(spec: string): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(spec.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`--shard must be i/n with 1 ≤ i ≤ n, got "${spec}"`);
  return { index, count };
}

/**
 * Whether a file (path relative to the input, `/`-separated) belongs to the shard. The slice is a
 * hash of the path, not its position: adding or removing a file never moves any other file to
 * another shard, and every machine computes the same slice.
 */
export function inShard(file: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const bucket = createHash('sha1').update(file).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
