import type { Article, CountryEntry } from '../../../src/schema/dataset.ts';

/** A valid article with neutral defaults; tests override only what they are about. */
export function makeArticle(overrides: Partial<Article> & { id: string }): Article {
  return {
    file: `${overrides.id}.txt`,
    url: null,
    title: `Title ${overrides.id}`,
    language: 'en',
    date: null,
    dateKind: null,
    datePrecision: null,
    dateEvidence: null,
    publishedDate: null,
    countries: [],
    organisations: [],
    eventType: 'other',
    eventTypeEvidence: null,
    topics: [],
    topicEvidence: [],
    summary: '',
    text: '',
    warnings: [],
    encoding: 'utf-8',
    duplicateOf: null,
    eventGroup: overrides.id,
    ...overrides,
  };
}

export function partner(code: string, surface: string[] = []): CountryEntry {
  return { code, role: 'partner', evidence: `${code} evidence.`, surface };
}

export function mentioned(code: string, surface: string[] = []): CountryEntry {
  return { code, role: 'mentioned', evidence: `${code} mentioned.`, surface };
}

/** Five articles shaped like the seeds: dates, languages, partners and types as the contract lists. */
export const SEEDLIKE: Article[] = [
  makeArticle({
    id: 'a0',
    date: '2019-04-25',
    eventType: 'visit',
    countries: [partner('UZ'), mentioned('CN')],
    organisations: [{ name: 'Huawei', kind: 'company', country: 'CN', evidence: '' }],
    topics: ['safe-city'],
  }),
  makeArticle({
    id: 'a1',
    date: '2018',
    eventType: 'mou',
    countries: [partner('UZ'), mentioned('CN')],
    organisations: [{ name: 'Huawei', kind: 'company', country: 'CN', evidence: '' }],
    topics: ['smart-city'],
  }),
  makeArticle({
    id: 'a2',
    date: '2020-12-11',
    eventType: 'agreement',
    countries: [partner('RS'), mentioned('CN')],
    organisations: [{ name: 'Huawei', kind: 'company', country: 'CN', evidence: '' }],
    topics: ['data-center'],
    text: 'State Data Center in Kragujevac',
  }),
  makeArticle({
    id: 'a3',
    date: '2025-11-21',
    eventType: 'meeting',
    language: 'ru',
    countries: [partner('AZ')],
    title: 'Али Асадов встретился с генеральным секретарем',
  }),
  makeArticle({
    id: 'a4',
    date: '2019-05-02',
    eventType: 'meeting',
    countries: [partner('VN'), partner('CU')],
    topics: ['4g'],
  }),
];
