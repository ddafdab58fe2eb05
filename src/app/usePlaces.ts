// The gazetteer, loaded lazily (its own chunk) once something needs it (search), or once the page is idle
// after the rings are painted: parsing it must never delay the first rings. A failed load (offline before the
// app was cached) is kept as a problem to show; the next request, or the connection coming back, tries again.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { loadPlaces, type Place } from '../data';
import { useAfterFirstPaint } from '../map';

export function usePlaces(loadWhenIdle: boolean) {
  const [places, setPlaces] = useState<Place[] | null>(null);
  // each request while nothing is loading starts an attempt; a number, so that every one re-runs the load
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const request = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setAttempt((n) => n + 1);
  }, []);
  const idle = useAfterFirstPaint({ enabled: loadWhenIdle, idle: { timeoutMs: 3000, fallbackMs: 1200 } });
  useEffect(
    function loadWhenPageIsIdle() {
      if (idle) request();
    },
    [idle, request],
  );
  useEffect(
    function loadGazetteer() {
      if (attempt === 0 || places) return;
      let live = true;
      loadPlaces().then(
        (loaded) => {
          if (!live) return;
          // a transition: the lists that use the places render in slices, never as one long task on the idle page
          startTransition(() => {
            setPlaces(loaded);
            setProblem(null);
          });
        },
        (error: unknown) => {
          busy.current = false;
          if (!live) return;
          setProblem(error instanceof Error ? error.message : 'The place names could not be loaded.');
        },
      );
      return () => {
        live = false;
      };
    },
    [attempt, places],
  );
  useEffect(
    function tryAgainWhenBackOnline() {
      if (!problem) return;
      window.addEventListener('online', request);
      return () => window.removeEventListener('online', request);
    },
    [problem, request],
  );
  return { places, problem, request };
}
