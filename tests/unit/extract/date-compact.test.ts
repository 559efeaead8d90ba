import { describe, expect, it } from 'vitest';
import { compact } from '../../../src/extract/date-compact.ts';

describe('compact', () => {
  it.each(['', 'Signed on 5 May 2024, à Paris.', 'Подписано 5 мая', 'It’s — “done”'])(
    'keeps "%s" as it is',
    (text) => {
      const page = `${text}\u2019`;
      expect(compact(page.slice(0, text.length))).toBe(text);
    },
  );
});
