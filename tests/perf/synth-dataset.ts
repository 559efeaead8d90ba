import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TOPICS, EVENT_TYPES, type Article } from '../../src/schema/dataset.ts';
import { writeAppData } from '../../src/pipeline/write-app-data.ts';
import { writeDataset } from '../../src/pipeline/write-dataset.ts';

/** Partner countries the synthetic articles spread over (all drawn on the map). */
const COUNTRIES = (
  'UZ KZ KG TJ TM AZ AM GE RU UA BY MD RS BA ME MK AL TR IR IQ SA AE QA OM EG MA DZ TN ET KE ' +
  'NG GH ZA TZ UG RW AO ZM ZW SN CI CM IN PK BD LK NP MM TH VN KH LA MY ID PH MN KR JP BR AR CL ' +
  'PE CO VE MX CU EC BO PY UY DE FR IT ES PL HU CZ RO BG GR PT FI SE NO'
).split(' ');

/** A small deterministic generator (mulberry32), so a size always gives the same dataset. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The i-th synthetic article: a template's text and evidence, with its own id, file, date,
 * partners, organisations, event type and topics drawn deterministically, so filters, the map
 * and the timeline have realistic spread at any size.
 */
export function synthArticle(templates: readonly Article[], i: number): Article {
  const t = templates[i % templates.length]!;
  const r = random(i + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const year = 2005 + Math.floor(r() * 21);
  const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
  const p = r();
  const date =
    p < 0.05
      ? null
      : p < 0.15
        ? String(year)
        : p < 0.3
          ? `${year}-${month}`
          : `${year}-${month}-${day}`;
  const partners = [...new Set([pick(COUNTRIES), ...(r() < 0.3 ? [pick(COUNTRIES)] : [])])];
  const mentioned = t.countries.filter((c) => c.role === 'mentioned' && !partners.includes(c.code));
  const evidence = t.countries[0]?.evidence ?? t.summary;
  const topics = [...new Set([pick(TOPICS), ...(r() < 0.5 ? [pick(TOPICS)] : [])])];
  const id = `g${String(i).padStart(6, '0')}-${t.id}`.slice(0, 60);
  const organisations = [
    ...t.organisations,
    ...(r() < 0.6
      ? [
          {
            name: `Telecom Operator ${Math.floor(r() * 2000)}`,
            kind: 'company' as const,
            country: partners[0]!,
            evidence,
          },
        ]
      : []),
  ];
  return {
    ...t,
    id,
    file: `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}/article-${String(i).padStart(6, '0')}.txt`,
    title: `${t.title} #${i}`,
    date,
    dateKind: date === null ? null : r() < 0.7 ? 'event' : 'published',
    datePrecision:
      date === null ? null : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
    countries: [
      ...partners.map((code) => ({ code, role: 'partner' as const, evidence, surface: [] })),
      ...mentioned,
    ],
    organisations,
    eventType: pick(EVENT_TYPES),
    topics,
    topicEvidence: topics.map((topic) => ({ topic, evidence })),
    text: `${t.text}\n\nReference ${i}: the parties agreed to review progress in ${year + 1}.`,
    duplicateOf: null,
    eventGroup: id,
  };
}

/** Reads a contract document's articles (a small one: the templates). */
export async function readTemplates(document: string): Promise<Article[]> {
  const json = JSON.parse(await readFile(document, 'utf8')) as { articles: Article[] };
  if (json.articles.length === 0) throw new Error(`${document} has no articles to copy`);
  return json.articles;
}

/**
 * Writes a synthetic dataset of `count` articles to `<folder>/articles.json` (streamed, as the
 * data command writes it) and its app sidecars beside it, as the data command does.
 */
export async function writeSyntheticData(
  templates: readonly Article[],
  count: number,
  folder: string,
): Promise<string> {
  const document = path.join(folder, 'articles.json');
  await writeDataset(document, {
    count,
    article: (i) => Promise.resolve(synthArticle(templates, i)),
    problems: [{ file: 'broken/scan.pdf', severity: 'error', message: 'binary content, not text' }],
  });
  await writeAppData(document);
  return document;
}
