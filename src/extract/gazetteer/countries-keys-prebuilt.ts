/**
 * keyedToJson(keyedEntries()), when the worker bundle has it worked out in advance (the bundler
 * replaces this module): inflecting and folding some 65,000 names costs each worker thread
 * nearly half a second at start-up. Null when the sources run as they are, or the prepared data
 * is gone; the matcher then works the keys out itself.
 */
export const PREBUILT_KEYED_ENTRIES: string | null = null;
