// Work for just after the next frame: a task posted from that frame's animation callback, so it runs once the
// frame's style, layout and paint are done (a canvas drawn on before it has been rasterised for it), and before
// the frame after it.
import { nextTask } from './nextTask';

/**
 * Runs `callback` in a task after the next frame; returns a function that cancels it.
 *
 * @example
 * const cancel = afterTheFrame(() => copyTheCanvas());
 */
export function afterTheFrame(callback: () => void): () => void {
  let cancelTask: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    cancelTask = nextTask(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelTask?.();
  };
}
