import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/article.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import type { ExtractedArticle } from '../../../src/schema/dataset.ts';
import { sharedDir } from '../support/shared-dir.ts';

// Web text puts emoji, flags and CJK characters outside the BMP between sentences. Each is two
// UTF-16 code units, which offsets and sentence splitting must not trip over.
const ASTRAL = ['🚀', '🇰🇿', '📡', '𠀀'];

function articles(): [string, string][] {
  const folders = ['seeds', path.join(sharedDir(), 'corpus', 'articles')];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .map((name): [string, string] => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}

function fields(article: ExtractedArticle) {
  return {
    countries: article.countries.map((country) => `${country.code}:${country.role}`),
    organisations: article.organisations.map((organisation) => organisation.name),
    eventType: article.eventType,
    topics: article.topics,
    date: article.date,
    language: article.language,
  };
}

describe('characters outside the BMP between sentences change nothing extracted', () => {
  it.each(articles())('%s', (name, raw) => {
    let inserted = 0;
    const sprinkled = raw
      .split('\n')
      .map((line) =>
        splitSentences(line).reduce(
          (joined, sentence) =>
            joined ? `${joined} ${ASTRAL[inserted++ % ASTRAL.length]} ${sentence}` : sentence,
          '',
        ),
      )
      .join('\n');
    expect(inserted).toBeGreaterThan(0);
    const article = extractArticle(name, sprinkled);
    const plain = extractArticle(name, raw);
    expect(fields(article)).toEqual(fields(plain));
    // The surface forms, cut out of the text at the matcher's offsets, are the names as written.
    for (const [index, country] of article.countries.entries())
      expect(country.surface).toEqual(plain.countries[index]!.surface);
  });
});
