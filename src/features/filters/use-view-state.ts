import { useCallback, useEffect, useState } from 'react';
import { keepUnchanged, type ViewState } from './filter-state.ts';
import { markFilterStart } from '../../lib/perf-marks.ts';
import { formatViewState, parseViewState } from './url-state.ts';

/** Sets the view; a function gets the current one (so callbacks need not change with it). */
export type UpdateView = (
  next: ViewState | ((current: ViewState) => ViewState),
  options?: { replace?: boolean },
) => void;

/**
 * The view state, kept in the query string. Discrete changes push a history entry so back and
 * forward step through them; typing-speed changes (the search box) replace the current one.
 */
export function useViewState(): [ViewState, UpdateView] {
  const [state, setState] = useState(() => parseViewState(window.location.search));

  useEffect(() => {
    const onPop = () => setState((s) => keepUnchanged(s, parseViewState(window.location.search)));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback<UpdateView>((change, options) => {
    // The URL always holds the current view (every update writes it), so it is read from there.
    const next =
      typeof change === 'function' ? change(parseViewState(window.location.search)) : change;
    const search = formatViewState(next, window.location.search);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // The URL holds the whole view: the same URL is the same view, and nothing will render.
    if (search !== window.location.search) {
      markFilterStart();
      if (options?.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    // Re-read what was written, so the state always equals what a reload of the URL would give.
    setState((s) => keepUnchanged(s, parseViewState(search)));
  }, []);

  return [state, update];
}
