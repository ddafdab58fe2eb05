// Which animation frame's callbacks are running, for a page's own code to read: requestAnimationFrame wrapped so
// that, while a callback runs (and the microtasks it queued, a mutation observer's among them), `window.__inFrame`
// holds that frame's timestamp, and null otherwise. A change made there is shown by that frame; one made in a task,
// by the first frame whose callbacks run after it. Shared by the interactions benchmark's probe and the browser
// tests that check a change is made in its frame. A string, not a function: the TypeScript loader would wrap
// named functions in a helper the page lacks.

/** Evaluated in the page (page.evaluate, or page.addInitScript before its own scripts); once is enough. */
export const FRAME_CALLBACK_CLOCK = `(() => {
  if ('__inFrame' in window) return;
  window.__inFrame = null;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    raf((now) => {
      window.__inFrame = now;
      try {
        return callback(now);
      } finally {
        queueMicrotask(() => { window.__inFrame = null; });
      }
    });
})()`;
