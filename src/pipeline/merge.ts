import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { Article } from '../schema/dataset.ts';
import { assemble, comparePaths, finishArticle, sortProblems } from './assemble.ts';
import type { BuildReport } from './build-dataset.ts';
import type { Logger } from './logger.ts';
import { quietProgress } from './progress.ts';
import type { Progress } from './progress.ts';
import { inShard } from './shard.ts';
import { readShardFile } from './shard-file.ts';
import type { ShardArticle, ShardFile } from './shard-file.ts';
import { writeDataset } from './write-dataset.ts';

/**
 * Merges the outputs of `--shard 1/n` … `--shard n/n` into the document one run over the whole
 * folder gives, byte for byte: articles and problems back in path order, then ids, duplicates and
 * event groups computed again over the whole set. Any bad or missing shard throws an error naming
 * it, and nothing is written.
 */
export async function mergeShards(
  inputs: readonly string[],
  output: string,
  logger: Logger,
  progress: Progress = quietProgress,
): Promise<BuildReport> {
  if (inputs.length === 0) throw new Error('--merge needs the shard files to merge');
  const shards: ShardFile[] = [];
  for (const input of inputs) shards.push(await readShardFile(input));
  checkComplete(shards);

  const all = shards
    .flatMap((shard, s) => shard.articles.map((article) => ({ article, s })))
    .sort((a, b) => comparePaths(a.article.file, b.article.file));
  const assembled = assemble(all.map(({ article }) => article));
  const problems = sortProblems(shards.flatMap((shard) => shard.problems));

  const handles: FileHandle[] = [];
  try {
    for (const shard of shards) handles.push(await open(shard.path, 'r'));
    progress.start('merging', all.length);
    await writeDataset(output, {
      count: all.length,
      problems,
      article: async (i) => {
        const { article, s } = all[i]!;
        const stored = await readArticle(handles[s]!, article);
        progress.increment();
        return finishArticle(stored, stored.encoding, assembled[i]!);
      },
    });
  } finally {
    progress.stop();
    await Promise.all(handles.map((handle) => handle.close()));
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  logger.info(`merged ${shards.length} shards`);
  return {
    files: all.length + new Set(problems.map((p) => p.file)).size,
    articles: all.length,
    errors,
    warnings: problems.length - errors,
    read: 0,
    unopened: 0,
    copied: 0,
  };
}

/** All shards of one split, each once, made by one extractor, each holding only its own files. */
function checkComplete(shards: readonly ShardFile[]): void {
  const { count, extractor } = shards[0]!.data;
  const seen = new Map<number, string>();
  for (const shard of shards) {
    const { index } = shard.data;
    if (shard.data.count !== count)
      throw new Error(`${shard.path}: shard of ${shard.data.count}, others are of ${count}`);
    if (shard.data.extractor !== extractor)
      throw new Error(
        `${shard.path}: made by another extractor (${shard.data.extractor}) than ${shards[0]!.path} (${extractor}); rebuild the shards with one version`,
      );
    if (seen.has(index))
      throw new Error(
        `${shard.path}: shard ${index}/${count} given twice (also ${seen.get(index)})`,
      );
    seen.set(index, shard.path);
    const slice = { index, count };
    const stray = [...shard.articles, ...shard.problems].find((item) => !inShard(item.file, slice));
    if (stray)
      throw new Error(`${shard.path}: ${stray.file} does not belong to shard ${index}/${count}`);
  }
  const absent = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (absent.length)
    throw new Error(`missing shard ${absent.map((i) => `${i}/${count}`).join(', ')}`);
}

async function readArticle(handle: FileHandle, article: ShardArticle): Promise<Article> {
  const buffer = Buffer.alloc(article.length);
  const { bytesRead } = await handle.read(buffer, 0, article.length, article.offset);
  if (bytesRead !== article.length)
    throw new Error(`${article.file}: shard file changed while merging`);
  return JSON.parse(buffer.toString('utf8')) as Article;
}
