import type { Article } from '../schema/dataset.ts';

/**
 * An article as it sits in the document: two levels deep, `JSON.stringify(…, null, 1)`. A module
 * of its own because the cache keeps records in this form: it is part of the extractor's
 * fingerprint, and the document's writer is not.
 */
export function articleText(article: Article): string {
  return indent(JSON.stringify(article, null, 1));
}

/** An article sits two levels deep; JSON strings never hold a raw newline, so this is safe. */
function indent(json: string): string {
  return `  ${json.replaceAll('\n', '\n  ')}`;
}
