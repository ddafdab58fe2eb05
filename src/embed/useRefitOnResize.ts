// An embedded map whose URL left the view to the map fits its rings again when its iframe changes size (the
// host page's column narrows, a phone turns), so a ring fitted at 1000 px is not a speck at 300 px.
import { useEffect, useRef } from 'react';

/** The resize settles for this long before the map refits: a window being dragged resizes every frame. */
export const REFIT_DELAY_MS = 150;

/**
 * Calls `refit` once the window's size has changed and settled, while `enabled` (embed mode, and a scenario
 * with no fixed view: neither the URL, the host page nor the reader set one).
 *
 * @example
 * useRefitOnResize(embed && scenario.view === null, () => setFitRequest((n) => n + 1));
 */
export function useRefitOnResize(enabled: boolean, refit: () => void): void {
  const latest = useRef(refit);
  useEffect(function keepLatestRefit() {
    latest.current = refit;
  });
  useEffect(
    function refitWhenResized() {
      if (!enabled) return;
      let size = `${window.innerWidth}x${window.innerHeight}`;
      let timer: number | undefined;
      const onResize = () => {
        const now = `${window.innerWidth}x${window.innerHeight}`;
        if (now === size) return;
        size = now;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => latest.current(), REFIT_DELAY_MS);
      };
      window.addEventListener('resize', onResize);
      return () => {
        window.removeEventListener('resize', onResize);
        window.clearTimeout(timer);
      };
    },
    [enabled],
  );
}
