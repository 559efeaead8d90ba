import type { Article, ExtractedArticle, Problem } from '../schema/dataset.ts';
import { fnv1a } from '../extract/article-id.ts';
import { groupArticles } from './duplicates.ts';
import type { Grouped } from './duplicates.ts';
import type { Summary } from './outcome.ts';

/** One article as the folder-wide step sees it: where it is, its summary, its content hash. */
export interface Placed {
  file: string;
  contentHash: string;
  summary: Summary;
}

export interface Assembled {
  id: string;
  grouped: Grouped;
}

/**
 * The folder-wide fields, from summaries alone: unique ids, then duplicates and event groups.
 * `placed` must be in path order. A single run and a merge of shards both come here with the
 * same list, so they give the same ids and groups.
 */
export function assemble(placed: readonly Placed[]): Assembled[] {
  const counts = new Map<string, number>();
  for (const { summary } of placed) counts.set(summary.id, (counts.get(summary.id) ?? 0) + 1);
  // Two paths can slug to one id (`a.txt`, `a.html`): every holder of a shared id gets a path hash.
  const ids = placed.map(({ file, summary }) =>
    counts.get(summary.id)! > 1 ? `${summary.id}-${fnv1a(file)}` : summary.id,
  );
  const grouped = groupArticles(
    placed.map(({ contentHash, summary }, i) => ({
      contentHash,
      article: {
        id: ids[i]!,
        title: summary.title,
        date: summary.date,
        eventType: summary.eventType,
        countries: summary.partners.map((code) => ({ code, role: 'partner' })),
      },
    })),
  );
  return ids.map((id, i) => ({ id, grouped: grouped[i]! }));
}

/** The folder-wide fields of an article with no duplicate and no other report of its event. */
export function onItsOwn(id: string): Assembled {
  return { id, grouped: { duplicateOf: null, eventGroup: id } };
}

/** The published record: the extracted one with the pipeline's fields, in the schema's key order. */
export function finishArticle(
  extracted: ExtractedArticle,
  encoding: string,
  { id, grouped }: Assembled,
): Article {
  return { ...extracted, id, encoding, ...grouped };
}

/** Code-point order of paths: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Problems in path order (a stable sort: one file's problems keep their order). */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => comparePaths(a.problem.file, b.problem.file) || a.i - b.i)
    .map(({ problem }) => problem);
}
