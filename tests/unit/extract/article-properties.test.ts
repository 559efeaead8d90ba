import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/article.ts';
import { processFile } from '../../../src/pipeline/process-file.ts';
import { ExtractedArticleSchema } from '../../../src/schema/dataset.ts';

// Fragments of real pages, so random mixes reach the extractors' deeper paths, not just the
// "nothing found" branch.
const FRAGMENTS = [
  'seed_url: https://example.org/a\ntitle: Deal\ndate: \n\n',
  ' date 2024-02-29  Title | Site | Section\n',
  'Eng\nЎзб\nРус\n',
  '© 2024 All rights reserved',
  'img_0001.jpg',
  'The Ministry of Digital Development of Kenya and Huawei signed a memorandum on 5G on Monday.',
  'Министерство связи Азербайджана подписало соглашение с Международным союзом электросвязи 21 ноября.',
  'وقّعت سلطنة عُمان مذكرة تفاهم اليوم في مسقط',
  '中国和莫桑比克签署了关于数字经济合作的谅解备忘录。',
  '25.04.2019',
  '21:40 - 21 / 11 / 2025',
  'yesterday, last Thursday, вчера, ontem',
  '<script>alert(1)</script><a href="javascript:alert(1)">x</a>',
  '<!doctype html><html><head><title>T</title></head><body><p>Body</p></body></html>',
  '\u202e\u0000\u001b[31m',
  'Guinea-Bissau Niger Nigeria Dominica Sudan South Sudan Congo Georgia Jordan Chad turkey',
];

const pageText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), { maxLength: 12 })
    .map((parts) => parts.join('\n')),
);

describe('extraction never throws and always gives a valid record', () => {
  it('for random and mixed page text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const article = extractArticle('random/file.txt', text);
        expect(ExtractedArticleSchema.safeParse(article).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('for random bytes: an article or a problem naming the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const result = processFile('bytes.bin', bytes);
        if (result.processed)
          expect(ExtractedArticleSchema.safeParse(result.processed.article).success).toBe(true);
        else expect(result.problems[0]).toMatchObject({ file: 'bytes.bin', severity: 'error' });
      }),
      { numRuns: 300 },
    );
  });
});
