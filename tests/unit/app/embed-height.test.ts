import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, reportHeightToParent } from '../../../src/app/embed-height.ts';

/** A window whose root height the test sets, with a ResizeObserver the test triggers. */
function fakeWindow({ framed }: { framed: boolean }) {
  const posted: { message: unknown; target: string }[] = [];
  const observers: { callback: () => void; observed: unknown[]; connected: boolean }[] = [];
  let height = 0;
  const root = { getBoundingClientRect: () => ({ height }) };
  class FakeResizeObserver {
    record: (typeof observers)[number];
    constructor(callback: () => void) {
      this.record = { callback, observed: [], connected: true };
      observers.push(this.record);
    }
    observe(target: unknown) {
      this.record.observed.push(target);
    }
    disconnect() {
      this.record.connected = false;
    }
  }
  const parent = {
    postMessage: (message: unknown, target: string) => posted.push({ message, target }),
  };
  const win = {
    document: { documentElement: root },
    ResizeObserver: FakeResizeObserver,
  } as unknown as Window & typeof globalThis & { parent: unknown };
  (win as { parent: unknown }).parent = framed ? parent : win;
  return {
    win,
    posted,
    observers,
    root,
    resize(next: number) {
      height = next;
      for (const o of observers) if (o.connected) o.callback();
    },
  };
}

describe('reportHeightToParent', () => {
  it('does nothing outside an iframe', () => {
    const fake = fakeWindow({ framed: false });
    reportHeightToParent(fake.win);
    fake.resize(500);
    expect(fake.observers).toHaveLength(0);
    expect(fake.posted).toEqual([]);
  });

  it('observes the root and posts its height, rounded up, only when it changes', () => {
    const fake = fakeWindow({ framed: true });
    reportHeightToParent(fake.win);
    expect(fake.observers[0]?.observed).toEqual([fake.root]);
    fake.resize(640.2);
    fake.resize(640.7);
    fake.resize(700);
    fake.resize(700);
    fake.resize(500);
    expect(fake.posted.map((p) => p.message)).toEqual([
      { type: HEIGHT_MESSAGE, height: 641 },
      { type: HEIGHT_MESSAGE, height: 700 },
      { type: HEIGHT_MESSAGE, height: 500 },
    ]);
    expect(HEIGHT_MESSAGE).toBe('ict-atlas:height');
    expect(new Set(fake.posted.map((p) => p.target))).toEqual(new Set(['*']));
  });

  it('stops when told', () => {
    const fake = fakeWindow({ framed: true });
    const stop = reportHeightToParent(fake.win);
    fake.resize(300);
    stop();
    fake.resize(400);
    expect(fake.posted).toHaveLength(1);
  });
});
