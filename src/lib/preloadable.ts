import { createElement, use } from 'react';
import type { ComponentType, ReactElement } from 'react';

/** A promise with the fields React's `use` reads before it suspends. */
type Tracked<T> = Promise<T> & {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
  reason?: unknown;
};

/**
 * `load` started once, on the first call, as a promise that `use` reads at once when it has
 * settled: React checks a promise's `status` before suspending on it. A component loaded with
 * React.lazy suspends on its first render even when its module arrived long before, and React
 * then keeps the fallback up for at least 300 ms: a quarter of the first render at 100,000
 * articles was that wait.
 */
export function preloadable<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Tracked<T> | null = null;
  return () => {
    if (promise === null) {
      const tracked: Tracked<T> = load();
      tracked.status = 'pending';
      tracked.then(
        (value) => {
          tracked.status = 'fulfilled';
          tracked.value = value;
        },
        (reason: unknown) => {
          tracked.status = 'rejected';
          tracked.reason = reason;
        },
      );
      promise = tracked;
    }
    return promise;
  };
}

/**
 * A component whose code `load` brings (once: on `preload`, or on its first render), drawn at
 * once when the code has arrived; React.lazy's would suspend regardless (see preloadable).
 */
export function preloadableComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { Component: (props: P) => ReactElement; preload: () => void } {
  const loaded = preloadable(load);
  function Loaded(props: P): ReactElement {
    return createElement(use(loaded()), props);
  }
  return { Component: Loaded, preload: () => void loaded() };
}
