import type { Page } from '../../../src/extract/page.ts';

/** A parsed page built by hand, for extractor tests that start after page parsing. */
export function pageOf(title: string, body: string[], chrome: string[] = []): Page {
  return {
    meta: { url: null, title: null, date: null },
    title,
    lines: [title, ...body, ...chrome],
    bodyLines: body,
    chromeLines: chrome,
    language: 'en',
  };
}
