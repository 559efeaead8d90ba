import { describe, expect, it } from 'vitest';
import { DATASET_URL, loadDataset, validateDataset } from '../../../src/app/dataset-source.ts';
import { SEEDLIKE } from '../features/make-article.ts';

function fakeFetch(status: number, body: string): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    expect(String(input)).toBe(DATASET_URL);
    return new Response(body, { status });
  }) as typeof fetch;
}

const valid = { schemaVersion: 1, articles: SEEDLIKE, problems: [] };

describe('loadDataset', () => {
  it('fetches the relative URL and returns the validated dataset', async () => {
    const dataset = await loadDataset(fakeFetch(200, JSON.stringify(valid)));
    expect(dataset.articles).toHaveLength(5);
  });

  it('explains a missing file and how an administrator puts it back', async () => {
    await expect(loadDataset(fakeFetch(404, 'not found'))).rejects.toThrow(/missing \(HTTP 404\)/);
    await expect(loadDataset(fakeFetch(404, 'not found'))).rejects.toThrow(
      /npm run data -- --output .*data\/articles\.json/,
    );
  });

  it('explains broken JSON', async () => {
    await expect(loadDataset(fakeFetch(200, '{"schema'))).rejects.toThrow(/not valid JSON/);
  });

  it('names the field that breaks the schema', async () => {
    const broken = { ...valid, articles: [{ ...SEEDLIKE[0], eventType: 'party' }] };
    await expect(loadDataset(fakeFetch(200, JSON.stringify(broken)))).rejects.toThrow(
      /articles\.0\.eventType/,
    );
  });

  it('rejects duplicate ids, which would make URLs ambiguous', async () => {
    const twice = { ...valid, articles: [SEEDLIKE[0], SEEDLIKE[0]] };
    await expect(loadDataset(fakeFetch(200, JSON.stringify(twice)))).rejects.toThrow(/twice/);
  });

  it('explains a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(loadDataset(failing)).rejects.toThrow(/could not be fetched/);
  });
});

describe('validateDataset', () => {
  it('returns the dataset and names its source in every message', () => {
    expect(validateDataset(valid, 'inlined').articles).toHaveLength(5);
    expect(() => validateDataset({ schemaVersion: 2 }, 'inlined in this file')).toThrow(
      /^The dataset inlined in this file does not match the schema: /,
    );
    expect(() => validateDataset(null, 'x')).toThrow(/\(root\)/);
  });
});
