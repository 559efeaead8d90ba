import { describe, expect, it } from 'vitest';
import { articleId } from '../../../src/extract/article-id.ts';

describe('articleId', () => {
  it('keeps a plain file name as it is, without its extension', () => {
    expect(articleId('000_73a2e28172a05d7d.txt')).toBe('000_73a2e28172a05d7d');
  });
  it('adds a path hash when slugging loses information, so ids stay unique', () => {
    const a = articleId('news/Сербия статья.txt');
    const b = articleId('news/Сербия-статья.txt');
    expect(a).toMatch(/^[a-z0-9][a-z0-9_-]*$/u);
    expect(a).not.toBe(b);
  });
  it('is stable', () => {
    expect(articleId('a/b c.html')).toBe(articleId('a/b c.html'));
  });
});
