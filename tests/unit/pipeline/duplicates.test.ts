import { describe, expect, it } from 'vitest';
import { groupArticles } from '../../../src/pipeline/duplicates.ts';
import type { ExtractedArticle } from '../../../src/schema/dataset.ts';
import { makeArticle, partner } from '../features/make-article.ts';

function article(
  id: string,
  title: string,
  date: string | null,
  partners: string[],
  eventType: ExtractedArticle['eventType'] = 'mou',
): ExtractedArticle {
  return makeArticle({
    id,
    title,
    date,
    eventType,
    countries: partners.map((code) => partner(code)),
  });
}

describe('groupArticles', () => {
  it('marks identical content as a duplicate of the first file', () => {
    const groups = groupArticles([
      { article: article('a', 'Kenya signs cloud MoU', '2024-01-02', ['KE']), contentHash: 'h1' },
      { article: article('b', 'Kenya signs cloud MoU', '2024-01-02', ['KE']), contentHash: 'h1' },
    ]);
    expect(groups).toEqual([
      { duplicateOf: null, eventGroup: 'a' },
      { duplicateOf: 'a', eventGroup: 'a' },
    ]);
  });

  it('puts a copy in the event group of its original, and never starts a group from a copy', () => {
    const groups = groupArticles([
      { article: article('a', 'Kenya signs cloud MoU', '2024-01-02', ['KE']), contentHash: 'h1' },
      { article: article('b', 'Kenya signs a cloud MoU', '2024-01-03', ['KE']), contentHash: 'h2' },
      { article: article('c', 'Kenya signs a cloud MoU', '2024-01-03', ['KE']), contentHash: 'h2' },
    ]);
    expect(groups).toEqual([
      { duplicateOf: null, eventGroup: 'a' },
      { duplicateOf: null, eventGroup: 'a' },
      { duplicateOf: 'b', eventGroup: 'a' },
    ]);
  });

  it('groups reports of one event: same partners and type, close dates, similar titles', () => {
    const groups = groupArticles([
      {
        article: article('a', 'Kenya and Huawei sign cloud memorandum', '2024-01-02', ['KE']),
        contentHash: '1',
      },
      {
        article: article('b', 'Huawei, Kenya sign memorandum on cloud services', '2024-01-05', [
          'KE',
        ]),
        contentHash: '2',
      },
      {
        article: article('c', 'Kenya and Huawei sign cloud memorandum', '2024-06-01', ['KE']),
        contentHash: '3',
      },
      {
        article: article(
          'd',
          'Kenya and Huawei sign cloud memorandum',
          '2024-01-03',
          ['KE'],
          'visit',
        ),
        contentHash: '4',
      },
      {
        article: article('e', 'Ghana launches fibre backbone tender', '2024-01-03', ['KE']),
        contentHash: '5',
      },
    ]);
    expect(groups.map((g) => g.eventGroup)).toEqual(['a', 'a', 'c', 'd', 'e']);
  });

  it('never groups articles without partner countries', () => {
    const groups = groupArticles([
      { article: article('a', 'Cloud memorandum signed', '2024-01-02', []), contentHash: '1' },
      { article: article('b', 'Cloud memorandum signed', '2024-01-02', []), contentHash: '2' },
    ]);
    expect(groups.map((g) => g.eventGroup)).toEqual(['a', 'b']);
  });
});
