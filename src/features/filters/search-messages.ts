/** What the page sends a search worker: its slice of the texts, then searches. */
export type SearchRequest =
  | { type: 'texts'; texts: readonly string[] }
  | { type: 'scan'; id: number; terms: readonly string[] };

/** A worker's answer: the matches among its slice (bit 0 = the slice's first text). */
export interface SearchReply {
  id: number;
  mask: Uint32Array;
}

/** Sent once, when a worker holds its slice and has fingerprinted it. */
export interface SearchReady {
  type: 'ready';
}
