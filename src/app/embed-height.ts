/** The message an embedded ICT Atlas posts to its host page: `{ type, height }`, nothing else. */
export const HEIGHT_MESSAGE = 'ict-atlas:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The page's content height in CSS pixels, rounded up. */
  height: number;
}

/**
 * Inside an iframe, posts the content height to the parent whenever it changes, so the host page
 * can size the frame to fit (no inner scroll bar). Outside an iframe it does nothing. Returns a
 * function that stops reporting.
 */
export function reportHeightToParent(win: Window & typeof globalThis = window): () => void {
  if (win.parent === win) return () => {};
  const root = win.document.documentElement;
  let last = -1;
  const post = () => {
    // The root's own box, not scrollHeight: scrollHeight never drops below the frame's current
    // height, so a frame could grow but never shrink back.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    // Target origin '*': the host may be any intranet page, whose origin this page cannot know
    // without configuration, and the message carries one number about this page's own layout,
    // never any article data or state, so no receiver learns anything it should not.
    win.parent.postMessage(message, '*');
  };
  // A ResizeObserver reports once on observe() and then on every change of the root's size:
  // data arriving, filters changing the row count, the frame's width reflowing the layout.
  const observer = new win.ResizeObserver(post);
  observer.observe(root);
  return () => observer.disconnect();
}
