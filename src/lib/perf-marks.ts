/**
 * Performance marks the benchmark (`npm run bench:app`) reads; cheap enough to stay in the app.
 *
 * - `atlas:first-render`: a measure from navigation start until every shown view has rendered
 *   with data for the first time.
 * - `atlas:filter`: one measure per filter change, from the input event to the frame after all
 *   views committed the new result.
 * - Marks along the way: `atlas:index-parsed`, `atlas:index-validated`, `atlas:index-decoded`,
 *   `atlas:data-ready`, `atlas:indexes-built`, and `atlas:search-ready` once the search file
 *   (loaded after the first render) has arrived and searches run at full speed: the search
 *   workers hold their texts and have fingerprinted them.
 */
const rendered = new Set<string>();
let expected: readonly string[] = [];
let firstDone = false;
let pendingStart: number | null = null;

export function expectViews(views: readonly string[]): void {
  expected = views;
}

function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** A view calls this once it has drawn with data. */
export function markViewRendered(view: string): void {
  if (firstDone) return;
  rendered.add(view);
  if (expected.length > 0 && expected.every((v) => rendered.has(v))) {
    firstDone = true;
    afterPaint(() =>
      performance.measure('atlas:first-render', { start: 0, end: performance.now() }),
    );
  }
}

/** Called when the user changes a filter (before the state update). */
export function markFilterStart(): void {
  pendingStart ??= performance.now();
}

/** Called after the views committed a new filter result. */
export function markViewsUpdated(): void {
  const start = pendingStart;
  if (start === null) return;
  pendingStart = null;
  afterPaint(() => performance.measure('atlas:filter', { start, end: performance.now() }));
}

/** Marks `atlas:search-ready`, once per page (the search may be started again, say by React). */
export function markSearchReady(): void {
  if (performance.getEntriesByName('atlas:search-ready').length === 0)
    performance.mark('atlas:search-ready');
}
