import { scanTexts, type TextScan } from './text-scan.ts';
import type { SearchReply, SearchRequest } from './search-messages.ts';

// Searches one slice of the search texts off the main thread (see text-search.ts).
let texts: readonly string[] = [];
let last: TextScan | null = null;

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'texts') {
    texts = request.texts;
    last = null;
    return;
  }
  last = scanTexts(texts, request.terms, last);
  const reply: SearchReply = { id: request.id, mask: last.mask };
  self.postMessage(reply);
};
