import { useCallback, useEffect, useState } from 'react';
import type { ViewState } from './filter-state.ts';
import { markFilterStart } from '../../lib/perf-marks.ts';
import { formatViewState, parseViewState } from './url-state.ts';

export type UpdateView = (next: ViewState, options?: { replace?: boolean }) => void;

/**
 * The view state, kept in the query string. Discrete changes push a history entry so back and
 * forward step through them; typing-speed changes (the search box) replace the current one.
 */
export function useViewState(): [ViewState, UpdateView] {
  const [state, setState] = useState(() => parseViewState(window.location.search));

  useEffect(() => {
    const onPop = () => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback<UpdateView>((next, options) => {
    const search = formatViewState(next, window.location.search);
    markFilterStart();
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (search !== window.location.search) {
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    // Re-read what was written, so the state always equals what a reload of the URL would give.
    setState(parseViewState(search));
  }, []);

  return [state, update];
}
