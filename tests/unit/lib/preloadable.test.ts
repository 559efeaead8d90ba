import { createElement, Suspense, use } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadable, preloadableComponent } from '../../../src/lib/preloadable.ts';

/** A component that draws what the promise gives, inside Suspense with a fallback. */
function page(promise: Promise<string>): string {
  function Shown() {
    return createElement('p', null, use(promise));
  }
  return renderToString(
    createElement(
      Suspense,
      { fallback: createElement('i', null, 'loading') },
      createElement(Shown),
    ),
  );
}

describe('preloadable', () => {
  it('starts loading once, on the first call, and hands out the same promise', async () => {
    let loads = 0;
    const load = preloadable(async () => `module ${++loads}`);
    expect(loads).toBe(0);
    const first = load();
    expect(load()).toBe(first);
    expect(await first).toBe('module 1');
    expect(loads).toBe(1);
  });

  it('is drawn at once by use() once loaded, with no fallback shown first', async () => {
    const load = preloadable(() => Promise.resolve('chart'));
    const pending = page(load());
    expect(pending).toContain('loading');
    await load();
    const loaded = page(load());
    expect(loaded).toContain('<p>chart</p>');
    expect(loaded).not.toContain('loading');
    // A plain promise settled just as long ago still suspends: React cannot see that it settled.
    const plain = Promise.resolve('chart');
    await plain;
    expect(page(plain)).toContain('loading');
  });

  it('keeps a failure for use() to throw, as React.lazy does', async () => {
    const load = preloadable(() => Promise.reject(new Error('chunk missing')));
    await expect(load()).rejects.toThrow('chunk missing');
    function Shown() {
      return createElement('p', null, use(load()));
    }
    expect(() => renderToString(createElement(Shown))).toThrow('chunk missing');
  });

  it('gives a component drawn with its props at once once preloaded, loading its code once', async () => {
    let loads = 0;
    const { Component, preload } = preloadableComponent(async () => {
      loads++;
      return ({ label }: { label: string }) => createElement('b', null, label);
    });
    const inSuspense = () =>
      renderToString(
        createElement(
          Suspense,
          { fallback: createElement('i', null, 'loading') },
          createElement(Component, { label: 'map' }),
        ),
      );
    expect(loads).toBe(0);
    expect(inSuspense()).toContain('loading');
    preload();
    await Promise.resolve();
    const drawn = inSuspense();
    expect(drawn).toContain('<b>map</b>');
    expect(drawn).not.toContain('loading');
    expect(loads).toBe(1);
  });
});
