import { describe, expect, it } from 'vitest';
import { filterReport, qualityReport } from '../../../../src/features/quality/quality-report.ts';
import type { Problem } from '../../../../src/schema/dataset.ts';
import { makeArticle } from '../make-article.ts';

const articles = [
  makeArticle({ id: 'a', file: 'a.txt', title: 'A', warnings: ['no date found'] }),
  makeArticle({ id: 'b', file: 'b.txt', title: 'B', eventGroup: 'a' }),
  makeArticle({
    id: 'c',
    file: 'big.txt',
    title: 'C',
    warnings: ['no partner country found', 'source URL dropped: javascript: is not http or https'],
  }),
  makeArticle({ id: 'd', file: 'd.txt', title: 'D', duplicateOf: 'b', eventGroup: 'a' }),
];
const problems: Problem[] = [
  { file: '.DS_Store', severity: 'warning', message: 'hidden file skipped' },
  {
    file: 'big.txt',
    severity: 'warning',
    message: 'file is 26214400 bytes; only the first 2097152 were read',
  },
  { file: 'empty.txt', severity: 'error', message: 'empty file' },
  { file: 'image.png', severity: 'error', message: 'binary content, not text' },
];

describe('qualityReport', () => {
  const report = qualityReport({ articles, problems });

  it('counts errors, warnings (file problems and article warnings), articles and events', () => {
    expect(report).toMatchObject({ errors: 2, warnings: 2 + 3, articles: 4, events: 2 });
  });

  it('links a problem to the article its file still became', () => {
    expect(report.problems.map((p) => p.article?.id ?? null)).toEqual([null, 'c', null, null]);
  });

  it('lists articles with warnings and duplicates with their originals, in dataset order', () => {
    expect(report.warned.map((a) => [a.id, a.warnings.length])).toEqual([
      ['a', 1],
      ['c', 2],
    ]);
    expect(report.duplicates).toEqual([
      { id: 'd', title: 'D', file: 'd.txt', original: { id: 'b', title: 'B', file: 'b.txt' } },
    ]);
  });

  it('ignores a duplicateOf naming no article', () => {
    const orphan = makeArticle({ id: 'x', duplicateOf: 'gone' });
    expect(qualityReport({ articles: [orphan], problems: [] }).duplicates).toEqual([]);
  });

  it('is all zeros for a clean dataset', () => {
    expect(qualityReport({ articles: [], problems: [] })).toMatchObject({
      errors: 0,
      warnings: 0,
      events: 0,
      problems: [],
      warned: [],
    });
  });
});

describe('filterReport', () => {
  const report = qualityReport({ articles, problems });

  it('shows everything for all', () => {
    expect(filterReport(report, 'all').problems).toHaveLength(4);
  });

  it('shows only unreadable files for error', () => {
    const shown = filterReport(report, 'error');
    expect(shown.problems.map((p) => p.file)).toEqual(['empty.txt', 'image.png']);
    expect(shown.warned).toEqual([]);
    expect(shown.duplicates).toEqual([]);
  });

  it('shows warning problems, articles with warnings and duplicates for warning', () => {
    const shown = filterReport(report, 'warning');
    expect(shown.problems.map((p) => p.file)).toEqual(['.DS_Store', 'big.txt']);
    expect(shown.warned).toHaveLength(2);
    expect(shown.duplicates).toHaveLength(1);
  });
});
