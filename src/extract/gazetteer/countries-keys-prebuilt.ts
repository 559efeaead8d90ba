/**
 * keyedToJson(keyedEntries()), when the worker bundle has it worked out in advance (the bundler
 * replaces this module): inflecting and folding some 65,000 names costs each worker thread
 * nearly half a second at start-up. Null when the sources run as they are, or the prepared data
 * is gone; the matcher then works the keys out itself. A function, so the text is not kept once
 * the trie is built.
 */
export function prebuiltKeyedEntries(): string | null {
  return null;
}
