import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/schema/dataset.ts';
import { freshPiece, recordBytes, storedPiece } from '../../../src/pipeline/article-piece.ts';
import { finishArticle, onItsOwn } from '../../../src/pipeline/assemble.ts';
import { prepareStore, readEntrySync, writeEntrySync } from '../../../src/pipeline/cache-store.ts';
import type { Entry } from '../../../src/pipeline/cache-store.ts';
import type { Outcome } from '../../../src/pipeline/outcome.ts';
import { summarise } from '../../../src/pipeline/outcome.ts';
import { processFile } from '../../../src/pipeline/process-file.ts';

let store: string;
let article: Article;
let outcome: Outcome;
const KEY = 'ab'.repeat(32);

beforeAll(async () => {
  store = await mkdtemp(path.join(tmpdir(), 'atlas-store-'));
  await prepareStore(store);
  const file = '001_0c43a0cc180803c7.txt';
  const { processed, problems } = processFile(file, await readFile(path.join('seeds', file)));
  const extracted = processed!.article;
  // As the extraction task serialises it: an article on its own.
  article = finishArticle(extracted, processed!.encoding, onItsOwn(extracted.id));
  outcome = {
    key: KEY,
    contentHash: 'c'.repeat(64),
    truncatedFrom: null,
    problems,
    summary: summarise(extracted),
  };
});

afterAll(async () => {
  await rm(store, { recursive: true, force: true });
});

const entryFile = (key: string): string =>
  path.join(store, 'entries', key.slice(0, 2), `${key}.json`);

describe('cache entries', () => {
  it('give back the outcome and the serialised record, byte for byte', () => {
    const record = recordBytes(article);
    writeEntrySync(store, KEY, { outcome, record });
    const entry = readEntrySync(store, KEY)!;
    expect(entry.outcome).toEqual(outcome);
    expect(entry.record!.bytes.equals(record.bytes)).toBe(true);
    expect(entry.record!.own.equals(record.own)).toBe(true);
    expect(entry.record!.was).toEqual({
      id: article.id,
      duplicateOf: null,
      eventGroup: article.id,
    });
  });

  it('keep the outcome alone for a file that is not an article', () => {
    const key = 'cd'.repeat(32);
    const failed: Entry = { outcome: { ...outcome, key, summary: null }, record: null };
    writeEntrySync(store, key, failed);
    expect(readEntrySync(store, key)).toEqual(failed);
  });

  it('are a miss when cut short, added to, filed under another key, missing or not an entry', async () => {
    writeEntrySync(store, KEY, { outcome, record: recordBytes(article) });
    const whole = await readFile(entryFile(KEY));
    const other = 'ef'.repeat(32);
    for (const damaged of [
      whole.subarray(0, whole.length - 1),
      Buffer.concat([whole, Buffer.from('x')]),
      whole.subarray(0, whole.indexOf(0x0a)),
      Buffer.from('not an entry'),
    ]) {
      await writeFile(entryFile(KEY), damaged);
      expect(readEntrySync(store, KEY)).toBeNull();
    }
    await writeFile(entryFile(other), whole);
    expect(readEntrySync(store, other)).toBeNull();
    expect(readEntrySync(store, '12'.repeat(32))).toBeNull();
  });
});

describe('storedPiece', () => {
  const folders = [
    { id: 'alone', change: {} },
    { id: 'renamed', change: { id: 'renamed-id' } },
    { id: 'a duplicate', change: { duplicateOf: 'original-id', eventGroup: 'original-id' } },
    { id: 'in an event', change: { eventGroup: 'first-report-id' } },
  ];
  for (const { id, change } of folders) {
    it(`gives what serialising the finished article gives: ${id}`, () => {
      const finished = { ...article, ...change };
      const expected = freshPiece(finished);
      const piece = storedPiece(recordBytes(article), {
        id: finished.id,
        duplicateOf: finished.duplicateOf,
        eventGroup: finished.eventGroup,
      });
      expect(piece.bytes.toString()).toBe(expected.bytes.toString());
      expect(piece.own.equals(expected.own)).toBe(true);
      expect(piece.folder).toEqual(expected.folder);
      expect(piece.item.row).toEqual(expected.item.row);
      expect(piece.item.article()).toEqual(finished);
    });
  }

  it('serialises afresh a record not laid out as the document lays it out', () => {
    const record = { ...recordBytes(article), bytes: Buffer.from(JSON.stringify(article)) };
    const folder = { id: 'other', duplicateOf: null, eventGroup: 'group' };
    const expected = freshPiece({ ...article, ...folder });
    expect(storedPiece(record, folder).bytes.toString()).toBe(expected.bytes.toString());
  });
});
