import { scanTexts, type TextScan } from './text-scan.ts';
import type { SearchReady, SearchReply, SearchRequest } from './search-messages.ts';
import { signTexts } from './text-signatures.ts';

// Searches one slice of the search texts off the main thread (see text-search.ts).
let texts: readonly string[] = [];
let signatures: Uint32Array = new Uint32Array(0);
let last: TextScan | null = null;

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'texts') {
    texts = request.texts;
    // Made once, before the first search is answered (messages are handled in order).
    signatures = signTexts(texts);
    last = null;
    const ready: SearchReady = { type: 'ready' };
    self.postMessage(ready);
    return;
  }
  last = scanTexts(texts, request.terms, last, signatures);
  const reply: SearchReply = { id: request.id, mask: last.mask };
  self.postMessage(reply);
};
