import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX_URL, loadAppData } from '../../../src/app/app-data.ts';
import { writeAppData } from '../../../src/pipeline/write-app-data.ts';
import { writeDataset } from '../../../src/pipeline/write-dataset.ts';
import { SEEDLIKE } from '../features/make-article.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'atlas-app-data-'));
  const document = path.join(folder, 'articles.json');
  await writeDataset(document, {
    count: SEEDLIKE.length,
    article: (i) => Promise.resolve(SEEDLIKE[i]!),
    problems: [],
  });
  await writeAppData(document);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Serves `./data/…` from the folder; `override` answers some URLs itself. */
function siteFetch(
  requests: string[],
  override: Record<string, Response | (() => Response)> = {},
): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    const given = override[url];
    if (given) return typeof given === 'function' ? given() : given;
    try {
      return new Response(await readFile(path.join(folder, url.replace('./data/', ''))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

describe('loadAppData', () => {
  it('reads the index, then each details chunk once, and the search file on demand', async () => {
    const requests: string[] = [];
    const data = await loadAppData(siteFetch(requests));
    expect(requests).toEqual([INDEX_URL]);
    expect(data.articles.map((a) => a.id)).toEqual(SEEDLIKE.map((a) => a.id));
    expect(await data.details('a2')).toEqual(SEEDLIKE[2]);
    expect(await data.details('a4')).toEqual(SEEDLIKE[4]);
    expect(requests.filter((r) => r.includes('.details/0000-'))).toHaveLength(1);
    const search = await data.loadSearch();
    expect(search.summary).toEqual(SEEDLIKE.map((a) => a.summary));
    expect(search.search[2]).toContain('state data center in kragujevac');
    await expect(data.details('nope')).rejects.toThrow(/No article/);
  });

  it('falls back to the whole document when there is no index', async () => {
    const requests: string[] = [];
    const data = await loadAppData(
      siteFetch(requests, { [INDEX_URL]: () => new Response('', { status: 404 }) }),
    );
    expect(requests).toEqual([INDEX_URL, './data/articles.json']);
    expect(data.articles).toHaveLength(5);
    expect((await data.details('a2')).text).toBe('State Data Center in Kragujevac');
  });

  it('says what is wrong with a broken or inconsistent index', async () => {
    const broken = (body: string) =>
      loadAppData(siteFetch([], { [INDEX_URL]: () => new Response(body) }));
    await expect(broken('{"format": "ict-atl')).rejects.toThrow(
      /articles\.index\.json is not valid JSON/,
    );
    await expect(broken('{"version": 2}')).rejects.toThrow(/does not match the schema/);
    const index = JSON.parse(await readFile(path.join(folder, 'articles.index.json'), 'utf8'));
    await expect(broken(JSON.stringify({ ...index, title: ['one'] }))).rejects.toThrow(
      /inconsistent: title has 1 entries, not 5/,
    );
    await expect(
      broken(JSON.stringify({ ...index, id: ['a0', 'a0', 'a2', 'a3', 'a4'] })),
    ).rejects.toThrow(/id appears twice/);
    // Organisations are [name, kind, country] triples: a name, and whole numbers, country ≥ -1.
    const withOrganisations = (organisations: unknown[]) =>
      broken(JSON.stringify({ ...index, dict: { ...index.dict, organisations } }));
    for (const bad of [
      ['', 0, -1],
      ['Huawei', 0],
      ['Huawei', 0, -2],
      ['Huawei', 1.5, 0],
      [3, 0, 0],
    ])
      await expect(withOrganisations([bad])).rejects.toThrow(/does not match the schema/);
    await expect(withOrganisations([['Huawei', 0, -1, 'extra']])).rejects.toThrow(
      /does not match the schema/,
    );
  });

  it('reports a details chunk that went missing (data replaced under an open page)', async () => {
    const data = await loadAppData(siteFetch([]));
    await rm(path.join(folder, 'articles.details'), { recursive: true });
    await expect(data.details('a0')).rejects.toThrow(/missing \(HTTP 404\).*reload/);
  });
});
