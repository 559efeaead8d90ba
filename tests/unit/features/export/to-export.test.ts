import { describe, expect, it } from 'vitest';
import {
  articlesToCsv,
  articlesToJson,
  CSV_HEADER,
} from '../../../../src/features/export/to-export.ts';
import { SEEDLIKE } from '../make-article.ts';

describe('articlesToCsv', () => {
  it('starts with a BOM and a header, one CRLF-ended record per article', () => {
    const csv = articlesToCsv(SEEDLIKE.slice(0, 2));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toBe(
      'a0,2019-04-25,Title a0,,UZ,Uzbekistan,CN,Huawei,visit,safe-city,en,,a0.txt',
    );
  });

  it('joins several partners with semicolons', () => {
    const csv = articlesToCsv([SEEDLIKE[4]!]);
    expect(csv).toContain(',VN; CU,Vietnam; Cuba,');
  });

  it('keeps Cyrillic titles', () => {
    expect(articlesToCsv([SEEDLIKE[3]!])).toContain('Али Асадов');
  });

  it('writes only a header for no rows', () => {
    expect(articlesToCsv([])).toBe(`\uFEFF${CSV_HEADER.join(',')}\r\n`);
  });
});

describe('articlesToJson', () => {
  it('holds exactly the given articles and the query that chose them', () => {
    const json = JSON.parse(articlesToJson(SEEDLIKE.slice(1, 3), '?country=UZ')) as {
      schemaVersion: number;
      query: string;
      articles: { id: string }[];
    };
    expect(json.schemaVersion).toBe(1);
    expect(json.query).toBe('?country=UZ');
    expect(json.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
  });
});
