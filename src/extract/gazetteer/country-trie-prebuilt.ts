/**
 * countryTrieBytes(keyedEntries()), when the worker bundle has it worked out in advance (the
 * bundler replaces this module): inflecting and folding some 65,000 names costs each worker thread
 * nearly half a second at start-up. Null when the sources run as they are, or the prepared file is
 * gone; the matcher then works the trie out itself.
 */
export function prebuiltCountryTrie(): Uint8Array | null {
  return null;
}
