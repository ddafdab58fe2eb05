// Escape leaves a mode of the page (such as "Add by clicking the map") from wherever the focus is, unless
// something inside took the key for itself first (a text field reverting its draft, a dialog closing).
import { useEffect, useRef } from 'react';

export function useEscapeKey(active: boolean, onEscape: () => void): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(
    function listenForEscape() {
      if (!active) return;
      const onKeyDown = (e: KeyboardEvent) => {
        if (e.key === 'Escape' && !e.defaultPrevented) latest.current();
      };
      document.addEventListener('keydown', onKeyDown);
      return () => document.removeEventListener('keydown', onKeyDown);
    },
    [active],
  );
}
