import { z } from 'zod';
import { ArticleSchema, ProblemSchema } from '../schema/dataset.ts';
import type { Problem } from '../schema/dataset.ts';
import { comparePaths } from './assemble.ts';
import { summarise } from './outcome.ts';
import type { Summary } from './outcome.ts';
import { readLines } from './read-lines.ts';
import { SHARD_FIELD, ShardDataSchema } from './shard-data.ts';
import type { ShardData } from './shard-data.ts';

/** Where one article sits in a shard file, and what the merge needs to know about it. */
export interface ShardArticle {
  file: string;
  offset: number;
  length: number;
  contentHash: string;
  summary: Summary;
}

export interface ShardFile {
  path: string;
  data: ShardData;
  articles: ShardArticle[];
  problems: Problem[];
}

const RestSchema = z.strictObject({
  problems: z.array(ProblemSchema),
  [SHARD_FIELD]: ShardDataSchema,
});

/**
 * Reads and validates a shard output without loading it whole (a shard of a large folder is
 * hundreds of megabytes): the layout writeDataset produces is read line by line, each article is
 * parsed and checked against the schema on its own, and only its position is kept. Throws an
 * error naming the file and what is wrong.
 */
export async function readShardFile(file: string): Promise<ShardFile> {
  const fail = (message: string): never => {
    throw new Error(`${file}: ${message}`);
  };
  const articles: (Omit<ShardArticle, 'contentHash' | 'summary'> & { summary: Summary })[] = [];
  const rest: string[] = [];
  let state: 'head' | 'articles' | 'article' | 'rest' = 'head';
  let lineNumber = 0;
  let current: { offset: number; lines: string[] } | null = null;
  try {
    for await (const line of readLines(file)) {
      lineNumber++;
      const { text } = line;
      if (state === 'head') {
        if (lineNumber === 1 && text === '{') continue;
        if (lineNumber === 2 && text === ' "schemaVersion": 1,') continue;
        if (lineNumber === 3 && text === ' "articles": [') state = 'articles';
        else if (lineNumber === 3 && text === ' "articles": [],') state = 'rest';
        else fail(`line ${lineNumber}: not the output of \`npm run data -- --shard i/n\``);
      } else if (state === 'articles') {
        if (text === '  {') {
          current = { offset: line.offset, lines: [text] };
          state = 'article';
        } else if (text === ' ],') state = 'rest';
        else fail(`line ${lineNumber}: expected an article or the end of the article list`);
      } else if (state === 'article') {
        current!.lines.push(text === '  },' ? '  }' : text);
        if (text === '  }' || text === '  },') {
          const parsed = ArticleSchema.safeParse(JSON.parse(current!.lines.join('\n')));
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            fail(
              `article ending on line ${lineNumber}: ${issue?.path.join('.')}: ${issue?.message}`,
            );
          } else {
            const length = line.offset + 3 - current!.offset;
            articles.push({
              file: parsed.data.file,
              offset: current!.offset,
              length,
              summary: summarise(parsed.data),
            });
          }
          current = null;
          state = 'articles';
        }
      } else rest.push(text);
    }
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(`${file}: `)) throw error;
    fail(error instanceof Error ? error.message : String(error));
  }
  if (state !== 'rest') fail('ends before the article list is closed');
  let parsedRest: z.infer<typeof RestSchema> | undefined;
  try {
    const checked = RestSchema.safeParse(JSON.parse(`{${rest.join('\n')}`));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const where = issue?.path.join('.') || 'document';
      fail(
        issue?.code === 'invalid_type' && where === SHARD_FIELD
          ? `has no "${SHARD_FIELD}" field: not made with --shard`
          : `${where}: ${issue?.message}`,
      );
    } else parsedRest = checked.data;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(`${file}: `)) throw error;
    fail(`after the articles: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { problems, shard: data } = parsedRest!;
  if (data.articles.length !== articles.length)
    fail(`shard data lists ${data.articles.length} articles, the file has ${articles.length}`);
  for (let i = 1; i < articles.length; i++)
    if (comparePaths(articles[i - 1]!.file, articles[i]!.file) >= 0)
      fail(`articles are not in path order at ${articles[i]!.file}`);
  return {
    path: file,
    data,
    problems,
    articles: articles.map((article, i) => ({
      ...article,
      contentHash: data.articles[i]!.contentHash,
      summary: { ...article.summary, id: data.articles[i]!.id },
    })),
  };
}
