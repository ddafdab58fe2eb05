// A flag that turns true once the first rings are painted (two frames), and, when asked, once the main thread
// is idle after that: what builds or loads something the first rings must not wait for renders behind it.
import { useEffect, useState } from 'react';
import { afterFirstPaint, type IdleWait } from './afterFirstPaint';

export interface AfterFirstPaintOptions {
  /** Also wait for an idle main thread after the frames. */
  idle?: IdleWait;
  /** While false nothing is scheduled (default true); once true, the flag stays true. */
  enabled?: boolean;
}

/**
 * False until two frames have been painted (and, given `idle`, the main thread was idle), then true for good.
 *
 * @example
 * const ready = useAfterFirstPaint();
 * const idle = useAfterFirstPaint({ idle: { timeoutMs: 1500, fallbackMs: 300 } });
 */
export function useAfterFirstPaint({ idle, enabled = true }: AfterFirstPaintOptions = {}): boolean {
  const [done, setDone] = useState(false);
  const timeoutMs = idle?.timeoutMs;
  const fallbackMs = idle?.fallbackMs;
  useEffect(
    function waitForFirstPaint() {
      if (!enabled || done) return;
      const wait =
        timeoutMs === undefined || fallbackMs === undefined ? undefined : { timeoutMs, fallbackMs };
      return afterFirstPaint(() => setDone(true), wait);
    },
    [enabled, done, timeoutMs, fallbackMs],
  );
  return done;
}
