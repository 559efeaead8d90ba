import { z } from 'zod';
import { DatasetSchema } from '../schema/dataset.ts';

/** The top-level field a shard's output adds: what merging needs beyond the articles. */
export const SHARD_FIELD = 'shard';

export const ShardDataSchema = z.strictObject({
  index: z.number().int().min(1),
  count: z.number().int().min(1),
  /** The extractor fingerprint: shards made by different extractors must not be merged. */
  extractor: z.string(),
  /**
   * Per article, in the shard's order: the id extraction gave (before ids are made unique over
   * the whole folder) and the content hash (exact duplicates are found across shards).
   */
  articles: z.array(z.strictObject({ id: z.string(), contentHash: z.string() })),
});

export type ShardData = z.infer<typeof ShardDataSchema>;

/** A shard output: a valid dataset for its slice, plus the shard field. */
export const ShardDocumentSchema = DatasetSchema.extend({ [SHARD_FIELD]: ShardDataSchema });
