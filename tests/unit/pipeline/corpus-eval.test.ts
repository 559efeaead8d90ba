import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateFolder } from '../../../src/pipeline/evaluate.ts';
import { stderrLogger } from '../../../src/pipeline/logger.ts';
import type { FieldScore } from '../../../src/pipeline/score.ts';
import { sharedDir } from '../support/shared-dir.ts';

// The floors the issue sets for the labelled development corpus.
const FLOORS: Record<string, number> = {
  'partner countries': 0.9,
  'date (exact)': 0.8,
  'event type': 0.8,
  language: 0.95,
};

let scores: FieldScore[];
let missing: string[];
beforeAll(async () => {
  const corpus = path.join(sharedDir(), 'corpus');
  const result = await evaluateFolder(
    path.join(corpus, 'articles'),
    path.join(corpus, 'labels.json'),
    stderrLogger(true),
  );
  scores = result.scores;
  missing = result.missing;
}, 60_000);

describe('extraction on the labelled corpus', () => {
  it('builds an article for every labelled file', () => {
    expect(missing).toEqual([]);
  });
  it.each(Object.entries(FLOORS))('%s F1 is at least %d', (field, floor) => {
    const score = scores.find((s) => s.field === field);
    expect(score, field).toBeDefined();
    expect(score!.f1).toBeGreaterThanOrEqual(floor);
  });
});
