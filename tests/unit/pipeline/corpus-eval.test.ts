import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateFolder } from '../../../src/pipeline/evaluate.ts';
import { stderrLogger } from '../../../src/pipeline/logger.ts';
import type { FieldScore } from '../../../src/pipeline/score.ts';
import { sharedDir } from '../support/shared-dir.ts';

// The floors the issue sets for the labelled development corpus, held for every labelled set:
// the team's corpus, and two sets written apart from the extractor to check it generalises.
const FLOORS: Record<string, number> = {
  'partner countries': 0.9,
  'date (exact)': 0.8,
  'event type': 0.8,
  language: 0.95,
};

const SETS: [string, () => string][] = [
  ['the team corpus', () => path.join(sharedDir(), 'corpus')],
  ['the generalisation set', () => path.resolve('tests/fixtures/generalisation')],
  ['the held-back set', () => path.resolve('tests/fixtures/held-back')],
];

describe.each(SETS)('extraction on %s', (_name, folder) => {
  let scores: FieldScore[];
  let missing: string[];
  beforeAll(async () => {
    const root = folder();
    const result = await evaluateFolder(
      path.join(root, 'articles'),
      path.join(root, 'labels.json'),
      stderrLogger(true),
    );
    scores = result.scores;
    missing = result.missing;
  }, 120_000);

  it('builds an article for every labelled file', () => {
    expect(missing).toEqual([]);
  });
  it.each(Object.entries(FLOORS))('%s F1 is at least %d', (field, floor) => {
    const score = scores.find((s) => s.field === field);
    expect(score, field).toBeDefined();
    expect(score!.f1).toBeGreaterThanOrEqual(floor);
  });
});
