import type { Problem } from '../../schema/dataset.ts';
import type { ListedArticle as Article } from '../../schema/app-index.ts';

interface Dataset {
  articles: readonly Article[];
  problems: readonly Problem[];
}
import type { QualityFilter } from '../filters/filter-state.ts';

/** An article as the quality view names it: enough to show and link it. */
export interface ArticleRef {
  id: string;
  title: string;
  file: string;
}

export interface ProblemEntry extends Problem {
  /** The article made from this file despite the problem (a cap warning), when there is one. */
  article: ArticleRef | null;
}

export interface WarnedArticle extends ArticleRef {
  warnings: readonly string[];
}

export interface DuplicateEntry extends ArticleRef {
  original: ArticleRef;
}

export interface QualityReport {
  /** Files that could not be read (errors) or were skipped or cut (warnings), in path order. */
  problems: ProblemEntry[];
  /** Articles whose extraction left warnings, in path order. */
  warned: WarnedArticle[];
  /** Articles whose file has the same content as an earlier one. */
  duplicates: DuplicateEntry[];
  /** Problems with severity `error`: files that are not in the dataset. */
  errors: number;
  /** Problems with severity `warning` plus every article warning. */
  warnings: number;
  articles: number;
  /** Distinct events: articles grouped by `eventGroup`. */
  events: number;
}

function ref(article: Article): ArticleRef {
  return { id: article.id, title: article.title, file: article.file };
}

/** What the data quality view lists, from the whole dataset (filters do not apply here). */
export function qualityReport(dataset: Pick<Dataset, 'articles' | 'problems'>): QualityReport {
  const byFile = new Map(dataset.articles.map((a) => [a.file, a]));
  const byId = new Map(dataset.articles.map((a) => [a.id, a]));
  const problems = dataset.problems.map((problem) => {
    const article = byFile.get(problem.file);
    return { ...problem, article: article ? ref(article) : null };
  });
  const warned = dataset.articles
    .filter((a) => a.warnings.length > 0)
    .map((a) => ({ ...ref(a), warnings: a.warnings }));
  const duplicates = dataset.articles.flatMap((a) => {
    const original = a.duplicateOf === null ? undefined : byId.get(a.duplicateOf);
    return original ? [{ ...ref(a), original: ref(original) }] : [];
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    problems,
    warned,
    duplicates,
    errors,
    warnings:
      problems.length - errors + warned.reduce((sum, article) => sum + article.warnings.length, 0),
    articles: dataset.articles.length,
    events: new Set(dataset.articles.map((a) => a.eventGroup)).size,
  };
}

/** The report's entries a severity filter shows: errors are file problems only. */
export function filterReport(
  report: QualityReport,
  filter: QualityFilter,
): Pick<QualityReport, 'problems' | 'warned' | 'duplicates'> {
  if (filter === 'all') return report;
  return {
    problems: report.problems.filter((p) => p.severity === filter),
    warned: filter === 'warning' ? report.warned : [],
    duplicates: filter === 'warning' ? report.duplicates : [],
  };
}

/** The report's two header counts, in one loop (the button shows them before the view opens). */
export function qualityCountsOf(
  dataset: Pick<Dataset, 'articles' | 'problems'>,
): Pick<QualityReport, 'errors' | 'warnings'> {
  const errors = dataset.problems.filter((p) => p.severity === 'error').length;
  let warnings = dataset.problems.length - errors;
  for (const article of dataset.articles) warnings += article.warnings.length;
  return { errors, warnings };
}
