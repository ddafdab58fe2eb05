// Work that follows a change once the frame showing it is painted: a task posted from that frame's
// animation-frame callback runs after the frame's rendering. A hidden page paints no frame, so the work goes
// after PAINT_WAIT_MS all the same.

/** A hidden page paints no frame: the work goes after this long all the same. */
const PAINT_WAIT_MS = 100;

/**
 * Runs `run` once, just after the next frame is painted (or after PAINT_WAIT_MS without a frame).
 *
 * @example
 * afterPaint(() => writeUrl(scenario));
 */
export function afterPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => window.setTimeout(once, 0));
  window.setTimeout(once, PAINT_WAIT_MS);
}
