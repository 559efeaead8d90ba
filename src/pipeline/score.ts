import { z } from 'zod';
import type { Article } from '../schema/dataset.ts';
import { collapseSpaces } from '../extract/text-clean.ts';

/** One labelled article, as in ../shared/corpus/labels.json. */
export const LabelSchema = z.object({
  file: z.string(),
  language: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  date_kind: z.enum(['event', 'published']).nullable(),
  countries: z.array(z.string()),
  countries_incidental: z.array(z.string()).default([]),
  organisations: z.array(z.string()).default([]),
  event_type: z.string(),
  topics: z.array(z.string()).default([]),
});
export type Label = z.infer<typeof LabelSchema>;

export interface FieldScore {
  field: string;
  precision: number;
  recall: number;
  f1: number;
  /** Items compared: labelled items for set fields, articles for single-valued ones. */
  support: number;
}

export interface Mismatch {
  file: string;
  field: string;
  expected: string;
  got: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 per field over labelled pairs, micro-averaged over articles. */
export function scoreArticles(pairs: { label: Label; article: Article | undefined }[]): {
  scores: FieldScore[];
  mismatches: Mismatch[];
} {
  const mismatches: Mismatch[] = [];
  const sets = new Map<string, Counts>();
  const singles = new Map<string, Counts>();

  const addSet = (field: string, file: string, expected: string[], got: string[], same = exact) => {
    const counts = sets.get(field) ?? { tp: 0, fp: 0, fn: 0 };
    const unmatched = [...got];
    let tp = 0;
    for (const item of expected) {
      const at = unmatched.findIndex((candidate) => same(item, candidate));
      if (at >= 0) {
        unmatched.splice(at, 1);
        tp++;
      }
    }
    counts.tp += tp;
    counts.fp += unmatched.length;
    counts.fn += expected.length - tp;
    sets.set(field, counts);
    if (tp !== expected.length || unmatched.length > 0) {
      mismatches.push({
        file,
        field,
        expected: [...expected].sort().join(','),
        got: [...got].sort().join(','),
      });
    }
  };
  // A single-valued field: a wrong non-null answer is both a false positive and a false negative.
  const addSingle = (field: string, file: string, expected: string | null, got: string | null) => {
    const counts = singles.get(field) ?? { tp: 0, fp: 0, fn: 0 };
    if (expected !== null && got !== null && exact(expected, got)) counts.tp++;
    else {
      if (got !== null) counts.fp++;
      if (expected !== null) counts.fn++;
      if (expected === null && got === null) counts.tp++;
      else mismatches.push({ file, field, expected: String(expected), got: String(got) });
    }
    singles.set(field, counts);
  };

  for (const { label, article } of pairs) {
    const file = label.file;
    const partners =
      article?.countries.filter((c) => c.role === 'partner').map((c) => c.code) ?? [];
    const mentioned =
      article?.countries.filter((c) => c.role === 'mentioned').map((c) => c.code) ?? [];
    addSet('partner countries', file, label.countries, partners);
    addSet('mentioned countries', file, label.countries_incidental, mentioned);
    addSet(
      'all countries',
      file,
      [...label.countries, ...label.countries_incidental],
      [...partners, ...mentioned],
    );
    addSingle('date (exact)', file, label.date, article?.date ?? null);
    addSingle('date kind', file, label.date_kind, article?.dateKind ?? null);
    addSingle('event type', file, label.event_type, article?.eventType ?? null);
    addSingle('language', file, label.language, article?.language ?? null);
    addSingle(
      'title',
      file,
      normaliseTitle(label.title),
      article ? normaliseTitle(article.title) : null,
    );
    addSet(
      'organisations',
      file,
      label.organisations,
      article?.organisations.map((o) => o.name) ?? [],
      sameOrganisation,
    );
    addSet('topics', file, label.topics, article?.topics ?? []);
  }
  const scores = [...singles, ...sets].map(([field, counts]) => toScore(field, counts));
  return { scores, mismatches };
}

function toScore(field: string, { tp, fp, fn }: Counts): FieldScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { field, precision, recall, f1, support: tp + fn };
}

function exact(a: string, b: string): boolean {
  return a === b;
}

function normaliseTitle(title: string): string {
  return collapseSpaces(title).trim();
}

/** Organisation names match loosely: case, spacing and punctuation aside, or one inside the other. */
function sameOrganisation(expected: string, got: string): boolean {
  const key = (name: string) =>
    name
      .toLowerCase()
      .replace(/[\s\p{P}]+/gu, ' ')
      .trim();
  const a = key(expected);
  const b = key(got);
  return a === b || (b.length >= 3 && a.includes(b)) || (a.length >= 3 && b.includes(a));
}
