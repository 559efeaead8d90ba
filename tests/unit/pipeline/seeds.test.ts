import { beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { readFile } from 'node:fs/promises';
import { buildDataset, serialiseDataset } from '../../../src/pipeline/build-dataset.ts';
import { stderrLogger } from '../../../src/pipeline/logger.ts';
import { datasetJsonSchema, JSON_SCHEMA_PATH } from '../../../src/pipeline/write-json-schema.ts';
import type { Dataset } from '../../../src/schema/dataset.ts';

// What a careful reader extracts from the bundled seeds (../shared/data-contract.md).
const EXPECTED = [
  {
    file: '000_73a2e28172a05d7d.txt',
    language: 'en',
    date: '2019-04-25',
    dateKind: 'event',
    partners: ['UZ'],
    eventType: 'visit',
    title: 'President visits Huawei Innovation Center',
  },
  {
    file: '001_0c43a0cc180803c7.txt',
    language: 'en',
    date: '2018',
    dateKind: 'event',
    partners: ['UZ'],
    eventType: 'mou',
    title:
      'Huawei and Ministry of Innovative Development of Uzbekistan sign memorandum of understanding',
  },
  {
    file: '002_77d503811cbaa37f.txt',
    language: 'en',
    date: '2020-12-11',
    dateKind: 'published',
    partners: ['RS'],
    eventType: 'agreement',
    title:
      "Huawei Signed an Agreement with Serbia's Office for Information Technologies and eGovernment",
  },
  {
    file: '003_1181aa2a515ff9e7.txt',
    language: 'ru',
    date: '2025-11-21',
    dateKind: 'event',
    partners: ['AZ'],
    eventType: 'meeting',
    title:
      'Али Асадов встретился с генеральным секретарем Международного союза электросвязи - ФОТО',
  },
  {
    file: '004_d14f011232b0acf4.txt',
    language: 'en',
    date: '2019-05-02',
    dateKind: 'event',
    partners: ['CU', 'VN'],
    eventType: 'meeting',
    title: 'Vietnam - Cuba strengthen cooperation in telecommunications and ICT',
  },
];

let dataset: Dataset;
beforeAll(async () => {
  dataset = await buildDataset('seeds', stderrLogger(true));
});

describe('the seeds dataset', () => {
  it('has every seed as an article and no problems', () => {
    expect(dataset.articles.map((a) => a.file)).toEqual(EXPECTED.map((e) => e.file));
    expect(dataset.problems).toEqual([]);
  });

  it.each(EXPECTED)('$file: partners, date, event type, language and title', (expected) => {
    const article = dataset.articles.find((a) => a.file === expected.file)!;
    expect({
      language: article.language,
      date: article.date,
      dateKind: article.dateKind,
      partners: article.countries
        .filter((c) => c.role === 'partner')
        .map((c) => c.code)
        .sort(),
      eventType: article.eventType,
      title: article.title,
    }).toEqual({
      language: expected.language,
      date: expected.date,
      dateKind: expected.dateKind,
      partners: expected.partners,
      eventType: expected.eventType,
      title: expected.title,
    });
  });

  it('names China only as mentioned, with Huawei as a Chinese organisation, in the Huawei seeds', () => {
    for (const file of EXPECTED.slice(0, 3).map((e) => e.file)) {
      const article = dataset.articles.find((a) => a.file === file)!;
      expect(article.countries.find((c) => c.code === 'CN')?.role).toBe('mentioned');
      expect(article.organisations.find((o) => /huawei/iu.test(o.name))?.country).toBe('CN');
    }
  });

  it('carries an evidence sentence from the text for every country and the date', () => {
    for (const article of dataset.articles) {
      for (const country of article.countries) expect(country.evidence.length).toBeGreaterThan(0);
      expect(article.dateEvidence).toBeTruthy();
    }
  });

  it('validates against the committed JSON Schema, which matches the zod schema', async () => {
    const committed = await readFile(JSON_SCHEMA_PATH, 'utf8');
    expect(committed).toBe(datasetJsonSchema());
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committed));
    const valid = validate(JSON.parse(serialiseDataset(dataset)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
