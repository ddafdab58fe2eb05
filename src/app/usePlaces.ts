// The gazetteer, loaded lazily (its own chunk) once something needs it (search), or once the page is idle
// after the rings are painted: parsing it must never delay the first rings.
import { useCallback, useEffect, useState } from 'react';
import { loadPlaces, type Place } from '../data';

export function usePlaces(loadWhenIdle: boolean) {
  const [places, setPlaces] = useState<Place[] | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(
    function loadWhenPageIsIdle() {
      if (!loadWhenIdle) return;
      const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1200));
      const cancel = window.cancelIdleCallback ?? window.clearTimeout;
      // two frames first, so the rings are on screen, then whenever the main thread is free
      let handle = 0;
      const raf = requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          handle = idle(() => setWanted(true), { timeout: 3000 });
        }),
      );
      return () => {
        cancelAnimationFrame(raf);
        cancel(handle);
      };
    },
    [loadWhenIdle],
  );
  useEffect(
    function loadGazetteer() {
      if (!wanted || places) return;
      let live = true;
      loadPlaces().then(
        (loaded) => live && setPlaces(loaded),
        () => live && setWanted(false),
      );
      return () => {
        live = false;
      };
    },
    [wanted, places],
  );
  const request = useCallback(() => setWanted(true), []);
  return { places, request };
}
