// Calls back whenever an element's box changes size: a panel shown or hidden, a window or iframe resized, a
// phone rotated. One observer for every cause, where a timeout after each known cause would miss the others.
import { useEffect, useRef } from 'react';

export function useResizeObserver(element: HTMLElement | null, onResize: () => void): void {
  const latest = useRef(onResize);
  latest.current = onResize;
  useEffect(
    function observeSize() {
      if (!element || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(() => latest.current());
      observer.observe(element);
      return () => observer.disconnect();
    },
    [element],
  );
}
