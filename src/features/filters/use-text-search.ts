import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { TextSearch } from './text-search.ts';
import { searchTerms } from './text-scan.ts';
import { markSearchReady } from '../../lib/perf-marks.ts';

/** The query the views show, and its matches (null: no search applies, or none has run yet). */
export interface Searched {
  query: string;
  mask: Uint32Array | null;
}

interface Done extends Searched {
  engine: TextSearch;
  key: string;
}

/**
 * Runs the query's search (off the page's thread where it can) and gives what the views show:
 * the query's matches once found and, while its search runs, the last finished one, so the views
 * never show a half-done result and typing never waits for them. Before the texts have loaded a
 * query matches nothing (the search box says they are loading).
 */
export function useTextSearch(texts: readonly string[] | null, query: string): Searched {
  const engine = useMemo(() => (texts ? new TextSearch(texts) : null), [texts]);
  useEffect(() => {
    void engine?.warm().then(markSearchReady);
    return () => engine?.stop();
  }, [engine]);
  const key = searchTerms(query).join(' ');
  const [done, setDone] = useState<Done | null>(null);
  // Only the latest query's result is shown: one for an older query arrives too late.
  const latest = useRef(key);
  // An empty query needs no search: it is shown at once, and stays shown while the next one runs
  // (set while rendering, as React does for state derived from props).
  if (engine && key === '' && (done?.engine !== engine || done.key !== ''))
    setDone({ engine, key, query, mask: null });
  useEffect(() => {
    latest.current = key;
    if (!engine || key === '') return;
    void engine.search(key.split(' ')).then((mask) => {
      // As a click's update is: rendered, committed and its effects run in one task, rather
      // than render and effects in separate tasks, each followed by its own frame.
      if (mask && latest.current === key) flushSync(() => setDone({ engine, key, query, mask }));
    });
  }, [engine, key, query]);
  if (key === '' || !engine || done?.engine !== engine) return { query, mask: null };
  // The same terms (say, a space typed): the box's query is the one shown.
  return done.key === key ? { query, mask: done.mask } : { query: done.query, mask: done.mask };
}
