// Work that must never delay the first rings: it waits two animation frames (the rings are then on screen),
// and, when asked, until the main thread is idle too. Browsers without requestIdleCallback wait a fixed time.

/** How long to wait for an idle main thread: at most `timeoutMs`; `fallbackMs` where the browser cannot tell. */
export interface IdleWait {
  timeoutMs: number;
  fallbackMs: number;
}

/**
 * Calls `then` once the main thread is idle; returns a function that cancels the wait.
 *
 * @example
 * const cancel = whenIdle(() => loadOutlines(), { timeoutMs: 2500, fallbackMs: 800 });
 */
export function whenIdle(then: () => void, { timeoutMs, fallbackMs }: IdleWait): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(then, fallbackMs);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(then, { timeout: timeoutMs });
  return () => window.cancelIdleCallback(handle);
}

/**
 * Calls `then` after the next two frames, and then, given `idle`, once the main thread is idle; returns a
 * function that cancels whatever is still pending.
 *
 * @example
 * const cancel = afterFirstPaint(() => setReady(true));
 * const cancelIdle = afterFirstPaint(() => placeLabels(), { timeoutMs: 1500, fallbackMs: 300 });
 */
export function afterFirstPaint(then: () => void, idle?: IdleWait): () => void {
  let second = 0;
  let cancelIdle: (() => void) | undefined;
  const first = requestAnimationFrame(() => {
    second = requestAnimationFrame(() => {
      if (idle) cancelIdle = whenIdle(then, idle);
      else then();
    });
  });
  return () => {
    cancelAnimationFrame(first);
    cancelAnimationFrame(second);
    cancelIdle?.();
  };
}
