import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/article.ts';
import { validateOrRepair } from '../../../src/pipeline/validate-record.ts';

const article = extractArticle(
  'a.txt',
  'Kenya and Huawei sign cloud memorandum\n\nKenya’s Ministry of ICT signed a memorandum with Huawei on cloud services on 3 May 2023.\n',
);

describe('validateOrRepair', () => {
  it('passes a valid record through unchanged', () => {
    expect(validateOrRepair(article)).toEqual({ article, reason: '' });
  });

  it('drops an invalid list entry with a warning instead of losing the article', () => {
    const broken = {
      ...article,
      countries: [
        ...article.countries,
        { code: '26', role: 'partner' as const, evidence: '', surface: [] },
      ],
    };
    const repaired = validateOrRepair(broken).article!;
    expect(repaired.countries).toEqual(article.countries);
    expect(repaired.warnings.at(-1)).toMatch(/dropped an invalid countries\.\d+\.code/u);
  });

  it('refuses a record whose required field is invalid', () => {
    expect(validateOrRepair({ ...article, language: 'english' }).article).toBeNull();
  });
});
