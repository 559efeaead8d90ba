import { describe, expect, it } from 'vitest';
import {
  keyedEntries,
  keyedFromJson,
  keyedToJson,
} from '../../../src/extract/gazetteer/countries-keys.ts';

describe('keyedEntries as JSON (what the worker bundle prepares)', () => {
  it('reads back as the keys and entries it was written from', () => {
    const keyed = keyedEntries();
    expect(keyed.length).toBeGreaterThan(10_000);
    expect(keyedFromJson(keyedToJson(keyed))).toEqual(keyed);
  });
});
